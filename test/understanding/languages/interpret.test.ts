// The whole interpretation stage in Spanish, Indonesian, Vietnamese and Thai over the shipped flows and
// their translations: messages written for these tests (examples/<lang>.yaml, apart from the evaluation
// corpus) reach the right flow, command, topic or button, and English still works in every conversation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { StepKey } from '../../../src/flow/check.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { Understanding, type Intent } from '../../../src/understanding/interpret.ts';
import { shippedFlows } from '../../support.ts';

const flows = shippedFlows();
const understanding = new Understanding(flows);

interface Example {
  text: string;
  at?: string;
  want: string;
}

const examples = (language: string): Example[] => parse(readFileSync(fileURLToPath(new URL(`./examples/${language}.yaml`, import.meta.url)), 'utf8'));

/** What an intent amounts to, in the examples' words. */
function meaning(intent: Intent, at: string | undefined): string {
  switch (intent.kind) {
    case 'route':
      return intent.flow;
    case 'command':
      return intent.command;
    case 'out-of-scope':
      return intent.topic;
    case 'choice':
      return `choice: ${flows.steps.get(at as StepKey)!.step.choices![intent.index]!.label}`;
    default:
      return intent.kind;
  }
}

describe('messages in each language', () => {
  for (const language of ['es', 'id', 'vi', 'th'] as const satisfies readonly Language[]) {
    it(`understands the ${language} examples`, () => {
      const got = examples(language).map((e) => ({ text: e.text, want: meaning(understanding.interpret(e.text, { step: e.at as StepKey | undefined, language }), e.at) }));
      expect(got).toEqual(examples(language).map((e) => ({ text: e.text, want: e.want })));
    });
  }
});

describe('English beside the conversation language', () => {
  it('routes an English message in a conversation in any language', () => {
    for (const language of ['es', 'id', 'vi', 'th'] as const) {
      expect(understanding.interpret('my qr code will not scan', { language })).toMatchObject({ kind: 'route', flow: 'qr-failure' });
      expect(understanding.interpret('talk to a person', { language })).toMatchObject({ kind: 'command', command: 'human' });
    }
  });

  it('reads the translated buttons of the step the user is on', () => {
    // The Spanish label of qr-failure.restart-app's first button, typed as shown.
    const label = flows.translations!.get('es')!.get('qr-failure')!.steps['restart-app']!.choices!['fixed']!.label;
    expect(understanding.interpret(label, { step: 'qr-failure.restart-app', language: 'es' })).toMatchObject({ kind: 'choice', index: 0 });
  });

  it('takes a conversation without a language for an English one', () => {
    expect(understanding.interpret('sí', { step: 'preflight.age' })).toMatchObject({ kind: 'unsure' });
    expect(understanding.interpret('sí', { step: 'preflight.age', language: 'es' })).toMatchObject({ kind: 'choice', index: 0 });
  });
});
