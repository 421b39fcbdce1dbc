// Loads, checks and compiles a flows folder in one call: what the bot does at start.
// Any problem stops it with a FlowError listing them all, so a typo never reaches users.
import { checkFlows } from './check.ts';
import { compileFlows, type CompiledFlows } from './compile.ts';
import { loadFlows } from './load.ts';
import { FlowError, type Problem } from './problem.ts';

/** Loads and checks without compiling: every problem, for `shoplink flows check`. */
export function problemsIn(dir: string): Problem[] {
  const { flows, problems } = loadFlows(dir);
  return [...problems, ...checkFlows(flows)];
}

export function openFlows(dir: string): CompiledFlows {
  const { flows, problems } = loadFlows(dir);
  const all = [...problems, ...checkFlows(flows)];
  if (all.length > 0) throw new FlowError(all);
  return compileFlows(flows);
}
