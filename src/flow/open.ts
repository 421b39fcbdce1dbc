// Loads, checks and compiles a flows folder and its translations in one call: what the bot does at start.
// Any problem that would reach users stops it with a FlowError listing them all, so a typo never does.
import { checkFlows } from './check.ts';
import { compileFlows, type CompiledFlows } from './compile.ts';
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

/** Loads, checks and (when nothing stops it) compiles a flows folder with its translations. */
/** The flows a problem is about: their translations are checked once they are fixed. */
const brokenIn = (flows: readonly Flow[], problems: readonly Problem[]) => new Set(flows.filter((f) => problems.some((p) => p.file === f.file)).map((f) => f.id));

export function checkedFlows(dir: string): CheckedFlows {
  const { flows, problems } = loadFlows(dir);
  const translated = loadTranslations(dir);
  const found = [...problems, ...checkFlows(flows)];
  const words = checkTranslations(flows, translated.files, brokenIn(flows, found));
  const stopping = [...found, ...translated.problems, ...words.problems];
  return { ...(stopping.length === 0 ? { compiled: compileFlows(flows, translated.translations) } : {}), problems: stopping, gaps: words.gaps };
}

/** Every problem of a flows folder, for `shoplink flows check`: the flows' and their translations'. */
export function problemsIn(dir: string): Problem[] {
  const { problems, gaps } = checkedFlows(dir);
  return [...problems, ...gaps];
}

export function openFlows(dir: string): CompiledFlows {
  const { compiled, problems } = checkedFlows(dir);
  if (!compiled) throw new FlowError(problems);
  return compiled;
}
