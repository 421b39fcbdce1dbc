// People's Slack locales, read with users.info against the fake Slack through a real WebClient: asked once per
// user while known, again after the TTL, not again for a while after a failure, and only so many users kept.
import { webApi } from '@slack/bolt';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { FAILED_LOOKUP_TTL_MS, LOCALE_TTL_MS, SlackLocales } from '../../../src/platforms/slack/locales.ts';
import { FakeSlack } from '../../fakes/slack.ts';

let slack: FakeSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

async function locales(max?: number) {
  slack = await FakeSlack.start();
  let clock = 1_000_000;
  const client = new webApi.WebClient('xoxb-fake', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  const l = new SlackLocales(client, pino({ level: 'silent' }), () => clock, max);
  const lookups = (user: string) => slack!.callsTo('users.info').filter((c) => c.args.user === user).length;
  return { l, s: slack, lookups, advance: (ms: number) => void (clock += ms) };
}

describe('Slack locales', () => {
  it('asks Slack once per user while known, with include_locale, and again once the TTL has passed', async () => {
    const { l, s, lookups, advance } = await locales();
    s.users.set('U1', { name: 'lucia', locale: 'es-ES' });
    expect(l.cached('U1')).toBeUndefined();
    expect(await l.of('U1', 5000)).toBe('es-ES');
    expect(await l.of('U1')).toBe('es-ES');
    expect(l.languageKnown('U1')).toBe('es');
    expect(lookups('U1')).toBe(1);
    expect(String(s.callsTo('users.info')[0]!.args.include_locale)).toBe('true');
    s.users.set('U1', { name: 'lucia', locale: 'th-TH' });
    advance(LOCALE_TTL_MS);
    expect(l.cached('U1')).toBeUndefined();
    expect(await l.of('U1', 5000)).toBe('th-TH');
    expect(lookups('U1')).toBe(2);
  });

  it('gives no locale when Slack fails, and does not ask again for every message meanwhile', async () => {
    const { l, s, advance } = await locales();
    s.fail('users.info', 1, { error: 'missing_scope' });
    s.users.set('U2', { name: 'rini', locale: 'id-ID' });
    expect(await l.of('U2', 5000)).toBeUndefined();
    // Asked again, Slack would now answer: the answer stays "none" because it is not asked.
    expect(await l.of('U2', 5000)).toBeUndefined();
    expect(s.callsTo('users.info')).toEqual([]);
    advance(FAILED_LOOKUP_TTL_MS);
    expect(await l.of('U2', 5000)).toBe('id-ID');
  });

  it('answers without a locale while Slack holds the answer, and knows it once Slack answers', async () => {
    const { l, s } = await locales();
    s.users.set('U3', { name: 'minh', locale: 'vi-VN' });
    const held = s.hold('users.info');
    expect(await l.of('U3', 50)).toBeUndefined();
    held.release();
    await s.waitFor((c) => c.method === 'users.info');
    expect(await l.of('U3', 5000)).toBe('vi-VN');
  });

  it('keeps only so many users, the least recently asked about going first', async () => {
    const { l, s, lookups } = await locales(2);
    for (const u of ['UA', 'UB', 'UC']) s.users.set(u, { name: u, locale: 'th' });
    await l.of('UA', 5000);
    await l.of('UB', 5000);
    l.cached('UA');
    await l.of('UC', 5000);
    expect(l.cached('UA')).toBe('th');
    expect(l.cached('UB')).toBeUndefined();
    expect(lookups('UA')).toBe(1);
  });
});
