// The web preview's HTTP API as a script or the page uses it: /api/turn walks a flow to a handoff, bad
// requests get a 400 (or 413/415) that says what to fix and change nothing; /healthz and /metrics report.
import { afterEach, describe, expect, it } from 'vitest';
import { conversationIdOf } from '../../src/address.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { webAddress } from '../../src/web/turn.ts';
import { messagesIn } from '../../src/conversation/messages.ts';
import type { WebTurn } from '../../src/web/turn.ts';
import { shippedFlows, troubled } from '../support.ts';
import { startTestPreview, texts, Visitor, type Preview } from './preview.ts';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.running.stop();
  preview = undefined;
});

describe('POST /api/turn', () => {
  it('walks the qr-failure tree to a handoff with a case number, with buttons to press by their token', async () => {
    preview = await startTestPreview();
    const ana = new Visitor(preview, 'ana-1');
    const first = await ana.say('problem with the qr code');
    expect(first).toMatchObject({ flow: 'qr-failure', step: 'what-happens', status: 'active' });
    expect(ana.buttons).toEqual(["The QR code won't scan", 'It says "authorization failed"', 'Something else']);
    expect(first.replies.at(-1)!.buttons[0]!.action).toMatch(/^[\w-]{12}:\d+:0$/);

    expect(await ana.press("The QR code won't scan")).toMatchObject({ step: 'restart-app' });
    expect(texts(ana.last!)).toContain('- Close the TikTok app completely.');
    await ana.press('Still not working');
    const asked = await ana.press('Still not working');
    expect(asked).toMatchObject({ step: 'ask-message', status: 'active' });
    expect(asked.replies.at(-1)!.ask).toEqual({ label: 'The exact message you see', placeholder: 'Copy it word for word if you can' });

    const handed = await ana.say('Authorization failed (1002)');
    expect(handed).toMatchObject({ flow: 'qr-failure', step: 'escalate', status: 'handoff', caseNumber: 1 });
    expect(texts(handed)).toContain('Your case number is **#1**.');
  });

  it('shows where a conversation is when the page opens, and starts a flow by its id', async () => {
    preview = await startTestPreview();
    const bo = new Visitor(preview, 'bo');
    const hello = await bo.send();
    expect(hello).toMatchObject({ flow: 'menu', step: 'welcome' });
    expect(bo.buttons).toContain("I'm a creator");
    await bo.press("I'm a creator");
    expect(await bo.send()).toMatchObject({ flow: 'creator-link' });
    expect(await bo.send({ flow: 'missing-icon' })).toMatchObject({ flow: 'missing-icon', status: 'active' });
  });

  it('answers bad requests with a 4xx that says what to fix, and the conversation is unchanged', async () => {
    const store = new MemoryStore();
    preview = await startTestPreview({ store });
    const ana = new Visitor(preview, 'ana-3');
    await ana.say('problem with the qr code');
    const before = await store.loadConversation(conversationIdOf(webAddress('ana-3')));

    const bad: [string, number, string, string?][] = [
      ['{"session": "ana-3", "text": ', 400, 'the body is not valid JSON'],
      ['{"session": "ana-3", "txt": "hello"}', 400, 'unknown field "txt"'],
      ['{"session": "ana-3", "text": "hi", "press": "x"}', 400, 'send only one of "text", "press" or "flow"'],
      ['{"text": "hello"}', 400, '"session" must be 1 to 64 letters'],
      ['{"session": "../etc", "text": "hello"}', 400, '"session" must be 1 to 64 letters'],
      ['["ana-3", "hello"]', 400, 'the body must be a JSON object'],
      ['{"session": "ana-3", "text": 42}', 400, '"text" must be a string'],
      ['{"session": "ana-3", "press": ""}', 400, '"press" must be the "action" of a button'],
      ['{"session": "ana-3", "flow": "nope"}', 400, '"flow" must be one of the flows: after-link, already-linked'],
      ['{"session": "ana-3", "text": "hello"}', 415, 'Content-Type: application/json', 'text/plain'],
      [JSON.stringify({ session: 'ana-3', text: 'x'.repeat(40_000) }), 413, 'larger than 32768 bytes'],
    ];
    for (const [body, status, message, type] of bad) {
      const res = await preview.post(body, type);
      expect(res.status, body.slice(0, 60)).toBe(status);
      expect(((await res.json()) as { error: string }).error).toContain(message);
    }
    const wrongMethod = await preview.get('/api/turn');
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toEqual({ error: 'use POST here' });
    expect((await preview.get('/nowhere')).status).toBe(404);

    expect(await store.loadConversation(conversationIdOf(webAddress('ana-3')))).toEqual(before);
    // The same buttons still work: nothing crashed, nothing moved.
    expect(await ana.press('Something else')).toMatchObject({ step: 'other' });
  });

  it('lets the engine answer empty or over-long text, as on every platform', async () => {
    preview = await startTestPreview();
    const ana = new Visitor(preview, 'ana-4');
    await ana.send();
    const empty = await ana.say('   ');
    expect(empty).toMatchObject({ refused: 'empty', flow: 'menu', step: 'welcome' });
    expect(texts(empty)).toContain("I didn't catch anything there.");
    expect(await ana.say('y'.repeat(4001))).toMatchObject({ refused: 'too-long', step: 'welcome' });
  });
});

describe('POST /api/turn in the browser\'s language', () => {
  const spanish = () => shippedFlows().translations.get('es')!;

  it('speaks the language Accept-Language prefers, and says which in the JSON', async () => {
    preview = await startTestPreview();
    const turn = (body: Record<string, unknown>) =>
      fetch(`${preview!.base}/api/turn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'es-MX,es;q=0.9,en;q=0.8' },
        body: JSON.stringify({ session: 'lucia', ...body }),
      }).then((r) => r.json() as Promise<WebTurn>);
    const hello = await turn({});
    expect(hello).toMatchObject({ flow: 'menu', step: 'welcome', language: 'es' });
    const welcome = spanish().get('menu')!.steps.welcome!;
    expect(hello.replies[0]!.text).toBe(welcome.say!.trim());
    const trouble = hello.replies[0]!.buttons.find((b) => b.label === welcome.choices!.trouble!.label)!;
    const next = await turn({ press: trouble.action });
    expect(next).toMatchObject({ step: 'trouble', language: 'es' });
    expect(next.replies[0]!.text).toBe(spanish().get('menu')!.steps.trouble!.say!.trim());
    const wrong = await turn({ text: '9' });
    expect(wrong.replies[0]!.text).toBe(messagesIn('es').outOfRange(9, 4));
  });

  it('stays English for a browser that prefers a language the bot does not speak', async () => {
    preview = await startTestPreview();
    const res = await fetch(`${preview.base}/api/turn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR,fr;q=0.9' },
      body: JSON.stringify({ session: 'amelie' }),
    });
    expect(await res.json()).toMatchObject({ flow: 'menu', language: 'en' });
  });
});

describe('GET /healthz', () => {
  it('is 200 with the platforms when the database answers, 503 when it does not', async () => {
    const store = troubled(new MemoryStore());
    preview = await startTestPreview({ store });
    const ok = await preview.get('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', platforms: ['web'], database: 'reachable' });

    store.trouble.failing = true;
    const down = await preview.get('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', platforms: ['web'], database: 'unreachable' });
  });
});

describe('GET /metrics', () => {
  it('counts the turns, flows, steps and cases of a few conversations, and the web\'s answer times', async () => {
    preview = await startTestPreview();
    const ana = new Visitor(preview, 'ana-5');
    await ana.say('problem with the qr code');
    await ana.press("The QR code won't scan");
    await ana.press('Still not working');
    await ana.press('Still not working');
    await ana.say('Authorization failed');
    const bo = new Visitor(preview, 'bo-5');
    await bo.say('my bag icon is missing');
    await bo.say('start over');

    const res = await preview.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('shoplink_turns_total{platform="web"} 7');
    expect(text).toContain('shoplink_flows_total{flow="qr-failure",event="started"} 1');
    expect(text).toContain('shoplink_flows_total{flow="qr-failure",event="handoff"} 1');
    expect(text).toContain('shoplink_flows_total{flow="missing-icon",event="abandoned"} 1');
    expect(text).toContain('shoplink_steps_entered_total{flow="qr-failure",step="clear-browser"} 1');
    expect(text).toContain('shoplink_cases_total{event="opened"} 1');
    expect(text).toContain('shoplink_ack_seconds_count{platform="web"} 7');
    // The process's own metrics carry their standard names, so stock Node.js dashboards find them.
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);
    expect(text).not.toContain('shoplink_process_');
  });
});
