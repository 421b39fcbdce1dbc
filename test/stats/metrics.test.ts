// /metrics after a scripted set of conversations: turns, flows started and ended by outcome, steps entered
// (the drop-off between steps), router fallbacks and case events, as Prometheus reads them.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { Cases } from '../../src/handoff/cases.ts';
import { Metrics } from '../../src/metrics.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { address, shippedFlows, User } from '../support.ts';

describe('metrics', () => {
  it('count what users and agents did', async () => {
    const store = new MemoryStore();
    const metrics = new Metrics(shippedFlows());
    const conversations = new Conversations(shippedFlows(), store, { observer: metrics });
    const cases = new Cases({ store, conversations, log: pino({ level: 'silent' }), observer: metrics });
    const ana = new User(conversations, address({ platform: 'slack' }));
    await ana.say('problem with the qr code');
    await ana.press("The QR code won't scan");
    await ana.press('Still not working');
    await ana.press('Still not working');
    await ana.say('Authorization failed');
    await cases.claim(1, 'A1', 'Sam');
    await cases.resolve(1, 'A1');
    const bo = new User(conversations, address({ platform: 'discord' }));
    await bo.say('my bag icon is missing');
    await bo.say('start over');
    await bo.say('purple elephants');

    const text = await metrics.text();
    expect(text).toContain('shoplink_turns_total{platform="slack"} 6');
    expect(text).toContain('shoplink_turns_total{platform="discord"} 3');
    expect(text).toContain('shoplink_flows_total{flow="qr-failure",event="started"} 1');
    expect(text).toContain('shoplink_flows_total{flow="qr-failure",event="handoff"} 1');
    expect(text).toContain('shoplink_flows_total{flow="missing-icon",event="abandoned"} 1');
    expect(text).toContain('shoplink_steps_entered_total{flow="qr-failure",step="clear-browser"} 1');
    expect(text).toContain('shoplink_router_fallbacks_total 1');
    expect(text).toContain('shoplink_cases_total{event="opened"} 1');
    expect(text).toContain('shoplink_cases_total{event="claimed"} 1');
    expect(text).toContain('shoplink_cases_total{event="resolved"} 1');
  });
});
