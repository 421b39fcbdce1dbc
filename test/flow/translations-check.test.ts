// `shoplink flows check` on translations: words a language lacks and keys the flows no longer have (gaps, shown
// in English meanwhile), texts past a platform limit (which stop the flows), and the engine strings' keys and values.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flow/load.ts';
import { checkedFlows, openFlows, problemsIn } from '../../src/platforms/open-flows.ts';
import { formatProblem } from '../../src/flow/problem.ts';
import { checkStrings } from '../../src/flow/strings-check.ts';
import { checkTranslations } from '../../src/flow/translation-check.ts';
import { loadTranslations } from '../../src/flow/translations.ts';
import { platforms } from '../../src/platforms/registry.ts';
import { FLOWS_DIR } from '../support.ts';

const fixture = (name: string) => relative(process.cwd(), fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const DIR = fixture('translated');
const lines = (problems: { file: string; line?: number; path: string; message: string }[]) => problems.map((p) => formatProblem(p).replace(`${DIR}/`, ''));

describe('flows check on translations', () => {
  it('finds nothing to fix in the shipped translations', () => {
    const { problems, gaps } = checkTranslations(loadFlows(FLOWS_DIR).flows, loadTranslations(FLOWS_DIR).files, platforms.strictestLimits());
    expect(lines(problems)).toEqual([]);
    expect(lines(gaps)).toEqual([]);
    expect(loadTranslations(FLOWS_DIR).problems).toEqual([]);
  });

  it('stops on translated texts past a platform limit, a repeated label, and a phrase routing to no step', () => {
    const { compiled, problems } = checkedFlows(DIR);
    expect(compiled).toBeUndefined();
    expect(lines(problems)).toEqual([
      'i18n/es/menu.yaml:4: match.0.step: no step "describ" in ' + `${DIR}/menu.yaml (did you mean "describe"?)`,
      'i18n/es/menu.yaml:9: steps.welcome.choices.describe.label: 83 characters; Slack buttons take 75',
      'i18n/es/menu.yaml:11: steps.welcome.choices.system.humano.label: the label "Hablar con una persona" is used twice in this step',
      'i18n/es/menu.yaml:14: steps.describe.ask.label: 49 characters; Discord input labels take 45',
    ]);
    expect(() => openFlows(DIR)).toThrow(/FlowError: .*i18n\/es\/menu\.yaml:9: steps\.welcome\.choices\.describe\.label: 83 characters/);
  });

  it('lists missing words and stale keys with file and line, without stopping the flows', () => {
    const { gaps } = checkedFlows(DIR);
    expect(lines(gaps)).toEqual([
      'i18n/es/gone.yaml: no flow "gone" to translate (did you mean "menu"?): remove the file or rename it after its flow',
      'i18n/es/menu.yaml:11: steps.welcome.choices.system.humano: no choice "system.humano" in this step (did you mean "system.human"?) (a choice is keyed by its id, else its goto)',
      `i18n/es/menu.yaml:15: steps.farewell: no step "farewell" in ${DIR}/menu.yaml (did you mean "done"?): a step renamed or removed`,
      'i18n/es/menu.yaml:8: steps.welcome.choices.system.human: not translated (English: "Talk to a person")',
      'i18n/es/menu.yaml:14: steps.describe.ask.placeholder: not translated (English: "The exact words on screen")',
      'i18n/es/menu.yaml:5: steps.done: not translated (English: "Thanks, I\'ve passed it on.")',
      'i18n/es/system.yaml: no translation of the flow "system": it shows in English',
      'i18n/id/system.yaml: no translation of the flow "system": it shows in English',
    ]);
  });

  it('reports all of them in `flows check`', () => {
    const all = problemsIn(DIR).map(formatProblem);
    expect(all).toContain(`${DIR}/i18n/es/menu.yaml:5: steps.done: not translated (English: "Thanks, I've passed it on.")`);
    expect(all).toContain(`${DIR}/i18n/es/menu.yaml:14: steps.describe.ask.label: 49 characters; Discord input labels take 45`);
    expect(all).toHaveLength(12);
  });
});

describe('flows check on the engine strings', () => {
  it('wants every English key, no other, each with the same {{values}}', () => {
    const found = lines(checkStrings(fixture('strings'))).map((l) => l.replace(`${fixture('strings')}/`, ''));
    expect(found.at(-1)).toMatch(/^vi\.json: not valid JSON: /);
    expect(found.slice(0, -1)).toEqual([
      'es.json:3: caseOpened: has {{numero}} where English has {{n}}',
      'es.json: topics.payouts: not translated (English: "payouts and payments")',
      'es.json:5: topics.refunds: English has no such sentence (renamed or removed?)',
      'fr.json: "fr" is not a language shoplink speaks (src/i18n/languages.ts)',
      'id.json:4: topics.payouts: must be a sentence (a non-empty string)',
    ]);
  });

  it('finds no broken sentence in the shipped strings (a new English key may wait for its translation)', () => {
    expect(checkStrings().filter((p) => !p.message.startsWith('not translated'))).toEqual([]);
  });
});
