// The contract driver for the web preview: its real HTTP server, spoken to as the page's script does (POST
// /api/turn, GET /api/messages while a case is open), each person a session. What a person sees is the page's chat
// log: the bot's replies and their own words, with only the newest buttons still pressable (older ones retired).
import { Metrics } from '../../../src/metrics.ts';
import type { Address } from '../../../src/address.ts';
import { webPlatform } from '../../../src/web/platform.ts';
import { listen, type RunningWeb } from '../../../src/web/server.ts';
import { visitorOf, webAddress, type WebReply, type WebTurn } from '../../../src/web/turn.ts';
import { createWeb } from '../../../src/web/web.ts';
import type { Acted, ContractPlatform, ContractUser, Harness, Seen } from './driver.ts';

interface Line {
  text: string;
  buttons: WebReply['buttons'];
  mine: boolean;
}

export function webDriver(): ContractPlatform {
  let server: RunningWeb;
  let base: string;

  const user = (name: string): ContractUser => {
    const session = `contract-${name}`;
    const log: Line[] = [];
    /** The page retires older buttons when new ones arrive, as on Slack where answered buttons go. */
    const show = (replies: WebReply[]) => {
      if (replies.some((r) => r.buttons.length || r.ask)) for (const line of log) line.buttons = [];
      for (const r of replies) log.push({ text: r.text, buttons: r.buttons, mine: false });
    };
    const send = async (fields: Record<string, unknown>, shown?: string): Promise<Acted> => {
      if (shown !== undefined) log.push({ text: shown, buttons: [], mine: true });
      const started = performance.now();
      const res = await fetch(`${base}/api/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, ...fields }) });
      const turn = (await res.json()) as WebTurn & { error?: string };
      if (!res.ok) throw new Error(`/api/turn answered ${res.status}: ${turn.error}`);
      show(turn.replies);
      return { ackMs: performance.now() - started };
    };
    const actionOf = (label: string, lines: readonly Line[]) => {
      const button = lines.flatMap((l) => l.buttons).findLast((b) => b.label === label);
      if (!button) throw new Error(`${name} sees no "${label}"`);
      return button.action;
    };
    return {
      id: visitorOf(session),
      start: () => send({}),
      type: (text) => send({ text }, text),
      press: (label, from) => send({ press: actionOf(label, from ? [from.ref as Line] : log) }, label),
      // The page labels its text box with the question: the answer is typed there.
      answer: (text) => send({ text }, text),
      async doublePress(label) {
        const action = actionOf(label, log);
        log.push({ text: label, buttons: [], mine: true });
        await Promise.all([send({ press: action }), send({ press: action })]);
      },
      async seen(): Promise<Seen[]> {
        // While a case is open the page asks for what the support team sent.
        const res = await fetch(`${base}/api/messages?session=${session}`);
        show(((await res.json()) as { replies: WebReply[] }).replies);
        return log.map((l) => ({ text: l.text, buttons: l.buttons.map((b) => b.label), select: false, form: false, private: false, ref: structuredClone(l) }));
      },
      where(): Address {
        return webAddress(session);
      },
    };
  };

  return {
    spec: webPlatform,
    bystander: 'visitor-someone',
    async start(h: Harness) {
      const web = createWeb({ store: h.store, metrics: new Metrics(h.flows), log: h.log, platforms: () => ['web'], conversations: h.conversations });
      h.cases.connect({ reach: web.reach });
      server = await listen(web.handler, 0, '127.0.0.1');
      base = `http://127.0.0.1:${server.port}`;
    },
    async stop() {
      await server?.stop();
    },
    user,
  };
}
