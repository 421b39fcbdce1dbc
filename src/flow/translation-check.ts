// Checks flows/i18n/<lang>/*.yaml against the flows: words the English has and a language lacks (gaps),
// keys the flows no longer have (stale), and texts that grew past a platform's limit in translation.
import { dirname, join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { FlowLimits } from './limits.ts';
import type { Flow } from './load.ts';
import type { Problem } from './problem.ts';
import { systemFlow } from './system.ts';
import { choiceKeyOf } from './translation.ts';
import { shortPath, TRANSLATIONS_DIR, type TranslationFile } from './translations.ts';

export interface TranslationCheck {
  /** Stop the flows from being served: a translated text past a platform limit, a phrase routing to no step. */
  problems: Problem[];
  /** Missing and stale keys: reported, while English shows in place of what is missing. */
  gaps: Problem[];
}

/** Text with a letter in it needs translating; "1" … "5" and "👍" do not. */
const worded = (text: string | undefined): text is string => text !== undefined && /\p{L}/u.test(text);

/** The start of an English text, to say what is missing. */
const quote = (text: string) => `"${text.trim().split('\n')[0]!.slice(0, 50)}${text.trim().length > 50 ? '…' : ''}"`;

const didYouMean = (name: string, candidates: string[]) => (candidates.length ? ` (did you mean "${closest(name, candidates)}"?)` : '');

/**
 * Checks the files against the flows. Flows named in `broken` (they have problems of their own) are left out:
 * a mistyped `goto` would otherwise read as a stale key in every language, and one typo is one problem.
 */
export function checkTranslations(
  contentFlows: readonly Flow[],
  files: readonly TranslationFile[],
  limits: FlowLimits,
  broken: ReadonlySet<string> = new Set(),
): TranslationCheck {
  const problems: Problem[] = [];
  const gaps: Problem[] = [];
  const flows = [...contentFlows, systemFlow(contentFlows.map((f) => f.id))];
  const byId = new Map(flows.map((f) => [f.id, f]));
  const at = (list: Problem[], file: TranslationFile, path: (string | number)[], message: string) =>
    list.push({ file: file.file, path: path.join('.'), line: file.lineOf(path), message });

  for (const file of files) {
    if (broken.has(file.flow)) continue;
    const flow = byId.get(file.flow);
    if (!flow) {
      gaps.push({ file: file.file, path: '', message: `no flow "${file.flow}" to translate${didYouMean(file.flow, [...byId.keys()])}: remove the file or rename it after its flow` });
      continue;
    }
    checkFile(flow, file, limits, (path, message) => at(problems, file, path, message), (path, message) => at(gaps, file, path, message));
  }

  // A language folder with some files lacks the others: each flow it lacks is one gap.
  const languages = [...new Set(files.map((f) => f.language))];
  const folder = contentFlows[0] ? join(dirname(contentFlows[0].file), TRANSLATIONS_DIR) : TRANSLATIONS_DIR;
  for (const language of languages) {
    for (const flow of flows) {
      if (files.some((f) => f.language === language && f.flow === flow.id)) continue;
      const words = Object.values(flow.steps).some((s) => worded(s.say) || s.choices?.some((c) => worded(c.label)) || s.ask);
      if (!words) continue;
      gaps.push({ file: shortPath(join(folder, language, `${flow.id}.yaml`)), path: '', message: `no translation of the flow "${flow.id}": it shows in English` });
    }
  }
  return { problems, gaps };
}

type Report = (path: (string | number)[], message: string) => void;

function checkFile(flow: Flow, file: TranslationFile, l: FlowLimits, problem: Report, gap: Report): void {
  const text = file.text;
  const stepNames = Object.keys(flow.steps);
  text.match.forEach((m, i) => {
    if (typeof m !== 'string' && !flow.steps[m.step]) problem(['match', i, 'step'], `no step "${m.step}" in ${flow.file}${didYouMean(m.step, stepNames)}`);
  });

  for (const [name, words] of Object.entries(text.steps)) {
    const step = flow.steps[name];
    if (!step) {
      gap(['steps', name], `no step "${name}" in ${flow.file}${didYouMean(name, stepNames)}: a step renamed or removed`);
      continue;
    }
    if (words.say !== undefined && step.say === undefined) gap(['steps', name, 'say'], 'the English step says nothing here');
    if (words.ask && !step.ask) gap(['steps', name, 'ask'], 'the English step asks no question');
    if (words.handoff && !step.handoff) gap(['steps', name, 'handoff'], 'the English step hands nothing over');
    const keys = (step.choices ?? []).map(choiceKeyOf);
    for (const key of Object.keys(words.choices ?? {})) {
      if (!keys.includes(key)) gap(['steps', name, 'choices', key], `no choice "${key}" in this step${didYouMean(key, keys)} (a choice is keyed by its id, else its goto)`);
    }
    // Limits: translations grow, and a label past Slack's limit makes the whole message fail.
    if (words.say && words.say.length > l.message.value) problem(['steps', name, 'say'], `${words.say.length} characters; at most ${l.message.value} fit a ${l.message.platform} message`);
    const labels: string[] = [];
    for (const [key, choice] of Object.entries(words.choices ?? {})) {
      if (choice.label.length > l.buttonLabel.value) problem(['steps', name, 'choices', key, 'label'], `${choice.label.length} characters; ${l.buttonLabel.platform} buttons take ${l.buttonLabel.value}`);
      if (labels.includes(choice.label.toLowerCase())) problem(['steps', name, 'choices', key, 'label'], `the label "${choice.label}" is used twice in this step`);
      labels.push(choice.label.toLowerCase());
    }
    if (words.ask && words.ask.label.length > l.formLabel.value) problem(['steps', name, 'ask', 'label'], `${words.ask.label.length} characters; ${l.formLabel.platform} input labels take ${l.formLabel.value}`);
    if (words.ask?.placeholder && words.ask.placeholder.length > l.placeholder.value) {
      problem(['steps', name, 'ask', 'placeholder'], `${words.ask.placeholder.length} characters; ${l.placeholder.platform} placeholders take ${l.placeholder.value}`);
    }
  }

  // Gaps: what the English words and this file does not.
  for (const [name, step] of Object.entries(flow.steps)) {
    const words = text.steps[name];
    const needs = worded(step.say) || step.choices?.some((c) => worded(c.label)) || step.ask !== undefined;
    if (!needs) continue;
    const missing = (path: (string | number)[], english: string) => gap(['steps', name, ...path], `not translated (English: ${quote(english)})`);
    if (!words) {
      missing([], step.say ?? step.ask?.label ?? '');
      continue;
    }
    if (worded(step.say) && words.say === undefined) missing(['say'], step.say);
    for (const choice of step.choices ?? []) {
      if (worded(choice.label) && !words.choices?.[choiceKeyOf(choice)]) missing(['choices', choiceKeyOf(choice)], choice.label);
    }
    if (step.ask && !words.ask) missing(['ask'], step.ask.label);
    else if (step.ask?.placeholder && words.ask && words.ask.placeholder === undefined) missing(['ask', 'placeholder'], step.ask.placeholder);
  }
}
