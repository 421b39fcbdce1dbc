// The words the bot tells people to type, in every language it speaks, do what it promised: the commands in
// help and in its hints, and "cancel reminder" where a flow offers a check-back. Read from the shipped texts, so
// a translator who rewords a command learns here when the bot would no longer understand it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { messagesIn } from '../../../src/conversation/messages.ts';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../../src/i18n/languages.ts';
import { Understanding } from '../../../src/understanding/interpret.ts';
import { FLOWS_DIR, shippedFlows } from '../../support.ts';

const understanding = new Understanding(shippedFlows());
const STRINGS = join(FLOWS_DIR, '..', 'src', 'i18n', 'strings');

/** The **bold** words of a text: how the bot marks what to type. */
const bold = (text: string) => [...text.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]!);

/** The step that offers a check-back: the English one that tells people to type "cancel reminder". */
const CHECK_BACK = (() => {
  const flow = parse(readFileSync(join(FLOWS_DIR, 'missing-icon.yaml'), 'utf8')) as { steps: Record<string, { say?: string }> };
  return Object.keys(flow.steps).find((name) => flow.steps[name]!.say?.includes('**cancel reminder**'))!;
})();

/** The words that step tells people to type, in a language: its bold words that are not a number of hours. */
function cancelWords(language: Language): string[] {
  const file = language === SOURCE_LANGUAGE ? join(FLOWS_DIR, 'missing-icon.yaml') : join(FLOWS_DIR, 'i18n', language, 'missing-icon.yaml');
  const flow = parse(readFileSync(file, 'utf8')) as { steps: Record<string, { say?: string }> };
  return bold(flow.steps[CHECK_BACK]?.say ?? '').filter((b) => !/\d/.test(b));
}

describe.each(LANGUAGES)('what the bot tells people to type in %s', (language) => {
  const m = messagesIn(language);
  const strings = JSON.parse(readFileSync(join(STRINGS, `${language}.json`), 'utf8')) as { terminal: { hint: string }; web: { hint: string } };

  it('help names start over, back and a person, in that order, and each is understood as said', () => {
    const taught = bold(m.help);
    expect(taught).toHaveLength(3);
    expect(taught.map((t) => understanding.interpret(t, { language }))).toMatchObject([
      { kind: 'command', command: 'restart' },
      { kind: 'command', command: 'back' },
      { kind: 'command', command: 'human' },
    ]);
  });

  it("the web preview's hint teaches the same three commands as help", () => {
    expect(bold(strings.web.hint)).toEqual(bold(m.help));
  });

  it("the terminal's hint offers help by a word that asks for help", () => {
    const [, help] = bold(strings.terminal.hint);
    expect(understanding.interpret(help!, { language })).toMatchObject({ kind: 'command', command: 'help' });
  });

  it('a check-back can be cancelled with the words its flow gives', () => {
    const [cancel] = cancelWords(language);
    expect(cancel).toBeDefined();
    expect(understanding.interpret(cancel!, { language })).toMatchObject({ kind: 'command', command: 'cancel' });
  });
});
