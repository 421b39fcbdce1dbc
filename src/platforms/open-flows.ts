// Opens a flows folder checked against the limits of the platforms that show it: the strictest of those named
// (every registered platform's when none is), so the flow layer itself never needs to know a platform.
import type { CompiledFlows } from '../flow/compile.ts';
import * as open from '../flow/open.ts';
import type { Problem } from '../flow/problem.ts';
import { platforms } from './registry.ts';

export type { CheckedFlows } from '../flow/open.ts';

export function checkedFlows(dir: string, on?: readonly string[]): open.CheckedFlows {
  return open.checkedFlows(dir, platforms.strictestLimits(on));
}

export function problemsIn(dir: string, on?: readonly string[]): Problem[] {
  return open.problemsIn(dir, platforms.strictestLimits(on));
}

export function openFlows(dir: string, on?: readonly string[]): CompiledFlows {
  return open.openFlows(dir, platforms.strictestLimits(on));
}
