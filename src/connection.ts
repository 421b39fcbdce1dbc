// A platform's live connection to its servers (Slack's Socket Mode socket, Discord's gateway) for /healthz:
// up or down and since when, so a reconnect of a few seconds is not an outage but a long drop is.

export type ConnectionState = 'up' | 'down';

/** /healthz answers 503 once a connection has been down this long (a gateway resume takes seconds). */
export const DOWN_TOO_LONG_MS = 60_000;

export interface ConnectionView {
  state: ConnectionState;
  /** When it entered this state (ISO 8601). */
  since: string;
}

export class Connection {
  private state: ConnectionState;
  private since: number;

  constructor(
    initial: ConnectionState,
    private now: () => number = Date.now,
  ) {
    this.state = initial;
    this.since = now();
  }

  set(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.since = this.now();
  }

  /** Down for longer than DOWN_TOO_LONG_MS. */
  downTooLong(): boolean {
    return this.state === 'down' && this.now() - this.since > DOWN_TOO_LONG_MS;
  }

  view(): ConnectionView {
    return { state: this.state, since: new Date(this.since).toISOString() };
  }
}
