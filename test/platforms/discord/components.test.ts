// The translation of engine replies into Discord messages, on its own: limits, selects, the answer button,
// the chosen-label line, and custom_ids that always come back as the engine's token.
import { describe, expect, it } from 'vitest';
import { encodeAction } from '../../../src/conversation/action.ts';
import type { Reply } from '../../../src/conversation/reply.ts';
import {
  MAX_CONTENT,
  MAX_CUSTOM_ID,
  actionOf,
  answerModal,
  chosenLine,
  renderReplies,
} from '../../../src/platforms/discord/components.ts';
import { split } from '../../../src/platforms/text.ts';

const token = (choice: Parameters<typeof encodeAction>[0]['choice'], rev = 123456789) => encodeAction({ conversation: 'abcdefghijkl', rev, choice });
const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Choice ${i + 1}`, action: token(i) }));

describe('renderReplies', () => {
  it('joins a turn into one message with the controls of the last reply, mentions off', () => {
    const replies: Reply[] = [
      { text: 'A hint.', kind: 'notice' },
      { text: 'The step.', kind: 'step', buttons: buttons(3) },
    ];
    const [m, ...rest] = renderReplies(replies);
    expect(rest).toEqual([]);
    expect(m!.content).toBe('A hint.\n\nThe step.');
    expect(m!.allowedMentions).toEqual({ parse: [] });
    expect(m!.components).toHaveLength(1);
    expect(m!.components[0]!.components.map((c) => ('custom_id' in c ? c.custom_id : ''))).toEqual(buttons(3).map((b) => `sl:${b.action}`));
  });

  it('keeps five choices as buttons and turns six or more into a select of up to 25 options', () => {
    expect(renderReplies([{ text: 'x', kind: 'step', buttons: buttons(5) }])[0]!.components[0]!.components).toHaveLength(5);
    const [select] = renderReplies([{ text: 'x', kind: 'step', buttons: buttons(25) }])[0]!.components[0]!.components;
    expect(select).toMatchObject({ type: 3, custom_id: 'sl:pick' });
    expect((select as { options: unknown[] }).options).toHaveLength(25);
  });

  it('cuts a long turn into messages of at most 2000 characters, the buttons on the last', () => {
    const long = Array.from({ length: 80 }, (_, i) => `Line ${i} ${'y'.repeat(50)}`).join('\n');
    const out = renderReplies([
      { text: long, kind: 'step' },
      { text: 'Pick one.', kind: 'step', buttons: buttons(2) },
    ]);
    expect(out.length).toBeGreaterThan(2);
    for (const m of out) expect(m.content.length).toBeLessThanOrEqual(MAX_CONTENT);
    expect(out.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(out.at(-1)!.components).toHaveLength(1);
    expect(out.map((m) => m.content).join('\n')).toContain('Line 79');
  });

  it('renders an ask as one button labelled with the question, and its modal with the same token', () => {
    const ask = { label: 'Your TikTok @username', placeholder: '@yourname', action: token('answer') };
    const [m] = renderReplies([{ text: 'Sure.', kind: 'step', ask }]);
    expect(m!.components[0]!.components).toEqual([{ type: 2, style: 1, label: ask.label, emoji: { name: '✏️' }, custom_id: `sl:${ask.action}` }]);
    const modal = answerModal(ask.action, ask.label, ask.placeholder);
    expect(modal.custom_id).toBe(`sl:${ask.action}`);
    expect(modal.components[0]).toMatchObject({ components: [{ custom_id: 'answer', label: ask.label, placeholder: '@yourname', max_length: 4000 }] });
  });

  it('leads with what was chosen, escaped and on one line', () => {
    expect(renderReplies([{ text: 'Next.', kind: 'step' }], '**bold** <@123>\nsecond line')[0]!.content).toBe('-# ✓ \\*\\*bold\\*\\* <@123>\n\nNext.');
    expect(chosenLine('x'.repeat(200)).length).toBeLessThanOrEqual(90);
  });

  it('shows nothing for a turn with nothing to show (a double click)', () => {
    expect(renderReplies([])).toEqual([]);
  });
});

describe('custom_ids', () => {
  it('stay within 100 characters at the largest revision and read back as the token', () => {
    for (const choice of [24, 'restart', 'human', 'answer'] as const) {
      const action = token(choice, 999_999_999);
      const [m] = renderReplies([{ text: 'x', kind: 'step', ...(choice === 'answer' ? { ask: { label: 'Q', action } } : { buttons: [{ label: 'B', action }] }) }]);
      const id = (m!.components[0]!.components[0] as { custom_id: string }).custom_id;
      expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
      expect(actionOf(id)).toBe(action);
    }
  });

  it('are not ours without the prefix; a select carries the token in its value', () => {
    expect(actionOf('other-bot:abc')).toBeUndefined();
    expect(actionOf('sl:pick', ['abcdefghijkl:1:7'])).toBe('abcdefghijkl:1:7');
    expect(actionOf('sl:pick', [])).toBeUndefined();
  });
});

describe('split', () => {
  it('cuts at line breaks, then spaces, then anywhere', () => {
    expect(split('aaaa\nbbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(split('aaaa bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(split('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
