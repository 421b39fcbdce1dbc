// Understanding measured on the corpus's check part, which tuning never reads, in English and in every other
// language. The targets are 90% right, at most 2% confidently wrong and no out-of-scope question in a linking
// tree; until the stage reaches them, this guards the level it has reached (see README, "Measuring it"), so a
// change that makes it worse fails.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { corpusFile, corpusLanguages, evaluate, formatReport, readCorpus, type CorpusItem } from '../../src/understanding/eval.ts';
import { Understanding } from '../../src/understanding/interpret.ts';
import { shippedFlows } from '../support.ts';

const corpus = (part: string) => readCorpus(fileURLToPath(new URL(`./corpus/${part}.yaml`, import.meta.url)));

describe('understanding on messages it was not tuned on', () => {
  // Scored inside the first test that needs it, not while the file loads: mutation testing then knows
  // which tests run which code, instead of counting every line as run at start.
  let scored: ReturnType<typeof evaluate> | undefined;
  const score = () => {
    const flows = shippedFlows();
    return (scored ??= evaluate(corpus('check'), new Understanding(flows), flows));
  };

  it('has a check part of at least 200 messages, none stale', () => {
    const report = score();
    console.log(formatReport('check', report));
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(report.stale).toBe(0);
  });

  it('understands at least 90% and is confidently wrong on at most 4.5% (targets: 90% and 2%)', () => {
    const report = score();
    expect(report.overall.right / report.total).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.wrong / report.total).toBeLessThanOrEqual(0.045);
  });

  it('routes no out-of-scope question into a linking tree', () => {
    const report = score();
    expect(report.scopeLeaks).toBe(0);
  });
});

describe('understanding in every other language, on messages it was not tuned on', () => {
  const folder = fileURLToPath(new URL('./corpus', import.meta.url));
  const languages = corpusLanguages(folder, 'check').filter((l) => l !== 'en');

  it('has a corpus for every language shoplink speaks, of at least 60 messages each', () => {
    expect(languages).toEqual(LANGUAGES.filter((l) => l !== 'en'));
    for (const language of languages) {
      const size = readCorpus(corpusFile(folder, language, 'tune')).length + readCorpus(corpusFile(folder, language, 'check')).length;
      expect({ language, size: size >= 60 }).toEqual({ language, size: true });
    }
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`understands at least 90% in ${language}, confidently wrong on at most 7%, no out-of-scope question in a linking tree (targets: 90%, 2%, none)`, () => {
      const flows = shippedFlows();
      const report = evaluate(readCorpus(corpusFile(folder, language, 'check')), new Understanding(flows), flows, language);
      console.log(formatReport(`check [${language}]`, report));
      expect(report.stale).toBe(0);
      expect(report.overall.right / report.total).toBeGreaterThanOrEqual(0.9);
      expect(report.overall.wrong / report.total).toBeLessThanOrEqual(0.07);
      expect(report.scopeLeaks).toBe(0);
    });
  }
});

describe('the verdict on one message', () => {
  const flows = shippedFlows();
  const understanding = new Understanding(flows);
  const verdict = (text: string, at: string | null, expect: CorpusItem['expect']) => evaluate([{ text, at, expect }], understanding, flows).scored[0]!.verdict;

  it('counts a person asked for at a step with a person button as right, whether the button or the command answers, however it is labelled', () => {
    expect(verdict("I'd prefer chatting with an actual support person", 'menu.welcome', { intent: 'person' })).toBe('right');
    expect(verdict('can i talk to a real human', null, { intent: 'person' })).toBe('right');
    expect(verdict("I own a shop", 'menu.welcome', { intent: 'person' })).toBe('wrong');
    expect(verdict('i want to talk to someone', 'already-linked.still-blocked', { intent: 'choice', label: 'Get me a person' })).toBe('right');
    expect(verdict('i want to talk to someone', 'already-linked.still-blocked', { intent: 'choice', label: "I'll wait and try later" })).toBe('wrong');
  });

  it('counts thanks at a step whose button ends the talk with thanks as right, though the button answers', () => {
    expect(verdict('thanks a lot', 'already-linked.linked', { intent: 'command', command: 'thanks' })).toBe('right');
    expect(verdict('thanks a lot', 'already-linked.linked', { intent: 'choice', label: 'All done, thanks' })).toBe('right');
    expect(verdict('what next', 'already-linked.linked', { intent: 'command', command: 'thanks' })).toBe('wrong');
  });

  it('counts a reminder turned down at a step that offers one as right, whether "No thanks" or the command answers', () => {
    expect(verdict('no reminder please', 'missing-icon.wait', { intent: 'command', command: 'cancel' })).toBe('right');
    expect(verdict('no reminder please', 'missing-icon.wait', { intent: 'choice', label: 'No thanks' })).toBe('right');
    expect(verdict('yes check back', 'missing-icon.wait', { intent: 'command', command: 'cancel' })).toBe('wrong');
  });

  it('counts a button that is a command by its words as right when the command answers, and no other button', () => {
    expect(verdict('take me back to the first menu', 'menu.seller-start', { intent: 'choice', label: 'Back to the start' })).toBe('right');
    expect(verdict('take me back to the first menu', 'menu.seller-start', { intent: 'command', command: 'restart' })).toBe('right');
    expect(verdict('thanks a lot', 'already-linked.unlink', { intent: 'choice', label: "I'll leave it for now" })).toBe('wrong');
  });

  it('counts help asked as a first message as the menu, either way round, and only as a first message', () => {
    expect(verdict('what can this bot do?', null, { intent: 'route', flow: 'menu' })).toBe('right');
    expect(verdict('what can you help me with for tiktok shop linking', null, { intent: 'command', command: 'help' })).toBe('right');
    expect(verdict('what can this bot do?', null, { intent: 'route', flow: 'preflight' })).toBe('wrong');
    expect(verdict('what can this bot do?', 'already-linked.explain', { intent: 'route', flow: 'menu' })).toBe('wrong');
  });

  it("counts the step's button that leads into the flow expected as right, and one that leads elsewhere as wrong", () => {
    expect(verdict('how to sell these in live', 'creator-link.showcase', { intent: 'route', flow: 'after-link' })).toBe('right');
    expect(verdict('how to sell these in live', 'creator-link.showcase', { intent: 'route', flow: 'creator-link' })).toBe('wrong');
  });
});
