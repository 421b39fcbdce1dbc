// The sizes a flow's texts must fit, with the platform each comes from: `flows check` gets the strictest of the
// platforms configured (src/platforms/registry.ts), so a flow that passes renders on every one of them.

export interface Limit {
  value: number;
  /** The platform whose rule this is, named in problems ("Slack buttons take 75"). */
  platform: string;
}

export interface FlowLimits {
  buttonLabel: Limit;
  message: Limit;
  selectOptions: Limit;
  formLabel: Limit;
  placeholder: Limit;
}
