// The contract driver for the terminal, through `shoplink chat --jsonl`'s runner (the scripted chat, a public
// contract): one JSON line in per act, one out. Only the newest choices can be pressed, and nobody else is there.
import { PassThrough, Writable } from 'node:stream';
import type { Address } from '../../../src/address.ts';
import { terminalPlatform } from '../../../src/platforms/terminal/platform.ts';
import { runJsonl, type JsonlReply } from '../../../src/platforms/terminal/jsonl.ts';
import type { ContractPlatform, ContractUser, Harness, Seen } from './driver.ts';

export function terminalDriver(): ContractPlatform {
  let h: Harness;
  const chats: { input: PassThrough; done: Promise<void> }[] = [];

  const user = (name: string): ContractUser => {
    const address: Address = { platform: terminalPlatform.id, workspace: 'local', channel: `contract-${name}`, user: name };
    const log: { text: string; buttons: string[] }[] = [];
    const lines: string[] = [];
    const waiting: ((line: string) => void)[] = [];
    let chat: { input: PassThrough; done: Promise<void> } | undefined;
    const output = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) (waiting.shift() ?? ((l: string) => lines.push(l)))(line);
        done();
      },
    });
    const next = () => new Promise<string>((resolve) => (lines.length ? resolve(lines.shift()!) : waiting.push(resolve)));
    /** What the person typed stays on the screen above the bot's answer, as in a terminal. */
    const send = async (line: object, typed: string) => {
      log.push({ text: `you> ${typed}`, buttons: [] });
      if (!chat) {
        const input = new PassThrough();
        chat = { input, done: runJsonl(h.conversations, { input, output, address }) };
        chats.push(chat);
      }
      chat.input.write(`${JSON.stringify(line)}\n`);
      const out = JSON.parse(await next()) as JsonlReply | { error: string };
      if ('error' in out) log.push({ text: out.error, buttons: [] });
      else {
        // The latest buttons are the ones that can be pressed (by label or number).
        if (out.replies.some((r) => r.buttons.length)) for (const l of log) l.buttons = [];
        log.push(...out.replies.map((r) => ({ text: r.text, buttons: r.buttons })));
      }
      return {};
    };
    return {
      id: name,
      start: () => send({ text: 'hello' }, 'hello'),
      type: (text) => send({ text }, text),
      press: (label) => send({ press: label }, label),
      answer: (text) => send({ text }, text),
      async doublePress() {
        throw new Error('the terminal cannot press twice at once');
      },
      async seen(): Promise<Seen[]> {
        return log.map((l) => ({ ...l, select: false, form: false, private: false, ref: undefined }));
      },
      where: () => address,
    };
  };

  return {
    spec: terminalPlatform,
    cannot: { pressOld: true, pressTwice: true, beReachedLater: true },
    bystander: 'someone',
    async start(harness) {
      h = harness;
    },
    async stop() {
      for (const c of chats) c.input.end();
      await Promise.all(chats.map((c) => c.done));
    },
    user,
  };
}
