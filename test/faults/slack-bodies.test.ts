// Issue 13, item 1: abuse of Slack's request URL in HTTP mode. Oversized bodies are refused before Bolt
// buffers them (signed or not), and clients too slow to send their headers are disconnected.
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS } from '../../src/http-limits.ts';
import { MAX_SLACK_BODY_BYTES } from '../../src/platforms/slack/body-limit.ts';
import { EVENTS_PATH, sendToApp, startSlackUnderTest, type SlackUnderTest } from '../fakes/slack.ts';

let app: SlackUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Declares `declared` bytes, sends one 64 KB chunk, and resolves with the answer, or "closed" if the server hung up. */
function postHuge(url: string, declared: number): Promise<number | 'closed'> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${EVENTS_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(declared) } });
    const timer = setTimeout(() => reject(new Error('no answer within 2 s: the server is reading the whole body')), 2000);
    req.on('response', (res) => (clearTimeout(timer), res.resume(), resolve(res.statusCode!)));
    req.on('error', () => (clearTimeout(timer), resolve('closed')));
    req.write(Buffer.alloc(64 * 1024, 'x'));
  });
}

describe('Slack HTTP mode under abuse', { timeout: 20_000 }, () => {
  it('refuses a body larger than Slack ever sends before reading it, signed or not', async () => {
    app = await startSlackUnderTest();
    // 256 MB announced, 64 KB sent: refused at once, not after buffering.
    expect(await postHuge(app.app.url, 256 * 1024 * 1024)).toBe(413);
    // Signed, a little over the limit, sent in full: still refused, and no turn ran.
    const body = JSON.stringify({ type: 'event_callback', event_id: 'EvBIG', event: { type: 'message', text: 'x'.repeat(MAX_SLACK_BODY_BYTES) } });
    const sent = await sendToApp(app.app, body, 'application/json');
    expect(sent.status).toBe(413);
    expect(app.slack.callsTo('chat.postMessage')).toEqual([]);
    // A body without a declared length (chunked) could grow without bound: Slack always declares it.
    const chunked = await new Promise<number>((resolve) => {
      const req = request(`${app!.app.url}${EVENTS_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
      req.on('response', (res) => (res.resume(), resolve(res.statusCode!)));
      req.on('error', () => resolve(0));
      req.write('{');
    });
    expect(chunked).toBe(411);
    // A normal request still works.
    const ok = await app.user('U0ANA').command('my bag icon is missing', 'D0ANA');
    expect(ok.status).toBe(200);
  });

  it('disconnects a client that never finishes its headers', async () => {
    app = await startSlackUnderTest();
    const started = Date.now();
    const socket = connect(Number(new URL(app.app.url).port), '127.0.0.1');
    socket.write(`POST ${EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
    socket.on('data', () => undefined);
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const held = Date.now() - started;
    console.log(`a client stuck in its headers was disconnected after ${(held / 1000).toFixed(1)} s`);
    expect(held).toBeLessThan(HEADERS_TIMEOUT_MS + 2500);
  });
});
