// How engine replies look in Slack: Markdown as mrkdwn, buttons or a select menu, the Answer button, and
// user text that is shown but can never ping.
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/conversation/messages.ts';
import { answered, replyMessage } from '../../../src/platforms/slack/blocks.ts';
import { controls, textOf } from '../../fakes/slack.ts';

const asMessage = (blocks: object[]) => ({ channel: 'C1', ts: '1', text: '', blocks: blocks as never[], edits: 0 });

describe('Slack rendering', () => {
  it('writes bold, lists and code as mrkdwn, escaping &, < and >', () => {
    const m = replyMessage({ kind: 'step', text: '**Step 1:** open <Seller Center> & log in\n- tap **My QR Code**\n- type `start over`' });
    expect(textOf(m)).toBe('*Step 1:* open &lt;Seller Center&gt; &amp; log in\n• tap *My QR Code*\n• type `start over`');
    expect(m.blocks.every((b) => b.type !== 'section' || (b.text as { verbatim?: boolean }).verbatim === true)).toBe(true);
  });

  it("keeps the engine's own mention of a conversation's owner", () => {
    expect(textOf(replyMessage({ kind: 'notice', text: messages.foreign('<@U0ANA>') }))).toBe('This conversation belongs to <@U0ANA>. Start your own with /linkhelp.');
  });

  it('shows up to five choices as buttons and more as one select menu', () => {
    const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Choice ${i + 1}`, action: `AAAAAAAAAAAA:1:${i}` }));
    const five = asMessage(replyMessage({ kind: 'step', text: 'Pick one', buttons: buttons(5) }).blocks);
    expect(controls(five).map((c) => c.type)).toEqual(Array(5).fill('button'));
    expect(controls(five)[4]).toMatchObject({ label: 'Choice 5', actionId: 'AAAAAAAAAAAA:1:4' });
    const six = asMessage(replyMessage({ kind: 'step', text: 'Pick one', buttons: buttons(6) }).blocks);
    expect(controls(six).map((c) => c.type)).toEqual(Array(6).fill('static_select'));
    expect(controls(six)[5]).toMatchObject({ label: 'Choice 6', value: 'AAAAAAAAAAAA:1:5' });
  });

  it('offers an Answer button for a question', () => {
    const m = asMessage(replyMessage({ kind: 'step', text: 'One last thing.', ask: { label: 'The exact message you see', action: 'AAAAAAAAAAAA:3:a' } }).blocks);
    expect(controls(m)).toEqual([expect.objectContaining({ label: 'Answer', actionId: 'AAAAAAAAAAAA:3:a' })]);
  });

  it('splits text longer than a section holds', () => {
    const line = 'x'.repeat(99);
    const m = replyMessage({ kind: 'step', text: Array(50).fill(line).join('\n') });
    const sections = m.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBe(2);
    expect(sections.every((b) => (b.text as { text: string }).text.length <= 3000)).toBe(true);
  });

  it('replaces answered controls with the answer, which cannot ping', () => {
    const asked = replyMessage({ kind: 'step', text: 'What do you see?', ask: { label: 'What you see', action: 'AAAAAAAAAAAA:3:a' } });
    const blocks = answered(asked.blocks, '<!here> <!channel> @everyone @here <@U0BOSS> & <https://evil|x>');
    expect(controls(asMessage(blocks))).toEqual([]);
    expect(textOf(asMessage(blocks))).toBe(
      'What do you see?\n✓ &lt;!here&gt; &lt;!channel&gt; @\u2060everyone @\u2060here &lt;@U0BOSS&gt; &amp; &lt;https://evil|x&gt;',
    );
  });
});
