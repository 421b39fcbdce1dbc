// Loads, checks and compiles a flows folder in one call: what the bot does at start. Texts are checked against
// the strictest limits of the platforms given (all that have limits by default); any problem stops the start.
import { platforms } from '../platforms/registry.ts';
import { checkFlows } from './check.ts';
import { compileFlows, type CompiledFlows } from './compile.ts';
import { loadFlows } from './load.ts';
import type { FlowLimits } from './limits.ts';
import { FlowError, type Problem } from './problem.ts';

/** Loads and checks without compiling: every problem, for `shoplink flows check`. */
export function problemsIn(dir: string, limits: FlowLimits = platforms.strictestLimits()): Problem[] {
  const { flows, problems } = loadFlows(dir);
  return [...problems, ...checkFlows(flows, limits)];
}

export function openFlows(dir: string, limits: FlowLimits = platforms.strictestLimits()): CompiledFlows {
  const { flows, problems } = loadFlows(dir);
  const all = [...problems, ...checkFlows(flows, limits)];
  if (all.length > 0) throw new FlowError(all);
  return compileFlows(flows);
}
