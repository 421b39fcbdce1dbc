// Loads, checks and compiles a flows folder and its translations in one call: what the bot does at start.
// Texts are checked against the limits given: the platforms' (src/platforms/open-flows.ts picks them).
import { checkFlows } from './check.ts';
import { compileFlows, type CompiledFlows } from './compile.ts';
import type { FlowLimits } from './limits.ts';
import { loadFlows, type Flow } from './load.ts';
import { FlowError, type Problem } from './problem.ts';
import { checkTranslations } from './translation-check.ts';
import { loadTranslations } from './translations.ts';

export interface CheckedFlows {
  compiled?: CompiledFlows;
  /** What stops the flows from being served: a flow's problem, a translation that is broken or too long. */
  problems: Problem[];
  /** Translation keys missing or left over: reported by `flows check`; English shows meanwhile. */
  gaps: Problem[];
}

/** The flows a problem is about: their translations are checked once they are fixed. */
const brokenIn = (flows: readonly Flow[], problems: readonly Problem[]) => new Set(flows.filter((f) => problems.some((p) => p.file === f.file)).map((f) => f.id));

/** Loads, checks and (when nothing stops it) compiles a flows folder with its translations. */
export function checkedFlows(dir: string, limits: FlowLimits): CheckedFlows {
  const { flows, problems } = loadFlows(dir);
  const translated = loadTranslations(dir);
  const found = [...problems, ...checkFlows(flows, limits)];
  const words = checkTranslations(flows, translated.files, limits, brokenIn(flows, found));
  const stopping = [...found, ...translated.problems, ...words.problems];
  return { ...(stopping.length === 0 ? { compiled: compileFlows(flows, translated.translations) } : {}), problems: stopping, gaps: words.gaps };
}

/** Every problem of a flows folder, for `shoplink flows check`: the flows' and their translations'. */
export function problemsIn(dir: string, limits: FlowLimits): Problem[] {
  const { problems, gaps } = checkedFlows(dir, limits);
  return [...problems, ...gaps];
}

export function openFlows(dir: string, limits: FlowLimits): CompiledFlows {
  const { compiled, problems } = checkedFlows(dir, limits);
  if (!compiled) throw new FlowError(problems);
  return compiled;
}
