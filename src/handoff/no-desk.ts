// With no support desk running, a handoff must not promise that someone will reply: the flows' handoff steps
// ("Someone will reply right here") are told as what really happens, a case that is recorded and kept.
import type { CompiledFlows, StepInfo } from '../flow/compile.ts';
import type { StepKey } from '../flow/check.ts';
import { messages } from '../conversation/messages.ts';

/** The same flows, whose handoff steps say the no-desk sentence instead of their own, in every language. */
export function withoutDesk(compiled: CompiledFlows): CompiledFlows {
  const steps = new Map<StepKey, StepInfo>();
  for (const [key, info] of compiled.steps) {
    steps.set(key, info.step.handoff ? { ...info, noDesk: true, step: { ...info.step, say: messages.noDesk } } : info);
  }
  return { ...compiled, steps };
}
