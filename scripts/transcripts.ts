// Regenerates docs/transcripts/: one conversation per language from its first message to a fix or a handoff, run
// through the terminal's JSONL runner (what `shoplink chat --jsonl` runs), and the desk post of the Thai case.
// Run with `npm run transcripts`; it stops with an error when a conversation no longer goes where it should.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { webApi } from '@slack/bolt';
import pino from 'pino';
import { Conversations } from '../src/conversation/conversation.ts';
import { openFlows } from '../src/platforms/open-flows.ts';
import { deskWordsIn } from '../src/handoff/desk-words.ts';
import { withoutDesk } from '../src/handoff/no-desk.ts';
import { terminalLocale } from '../src/i18n/locale.ts';
import type { Language } from '../src/i18n/languages.ts';
import { SlackDesk } from '../src/platforms/slack/desk.ts';
import { SlackNames } from '../src/platforms/slack/names.ts';
import { runJsonl, type JsonlReply } from '../src/platforms/terminal/jsonl.ts';
import { MemoryStore } from '../src/store/memory.ts';

const OUT = new URL('../docs/transcripts/', import.meta.url);
const FLOWS = new URL('../flows', import.meta.url).pathname;

type Line = { text: string } | { press: string | number };

interface Script {
  /** The file it is written to under docs/transcripts/ (without .jsonl); the language code when not given. */
  name?: string;
  language: Language;
  /** Who is typing (the terminal user's name) and their LANG, if it names their language. */
  user: string;
  lang?: string;
  /** How the conversation must end ("active": still talking, where the bot pointed elsewhere). */
  ends: 'resolved' | 'handoff' | 'active';
  lines: Line[];
}

/**
 * Sellers and creators as they write: LANG says the language for some, what they type for the others. Buttons are
 * pressed by their label in the conversation's language.
 */
const SCRIPTS: Script[] = [
  {
    language: 'es',
    user: 'lucia',
    lang: 'es_MX.UTF-8',
    ends: 'resolved',
    lines: [
      { text: 'hola, no puedo escanear el código qr' },
      { text: 'es que tengo el seller center abierto en este mismo teléfono' },
      { press: 'Así funcionó' },
      { press: 'Listo, gracias' },
    ],
  },
  {
    language: 'id',
    user: 'rini',
    ends: 'handoff',
    lines: [
      { text: 'Kak, akun TikTok saya katanya sudah tertaut ke toko lain' },
      { press: 'Itu toko lamaku, tapi aku sudah nggak bisa login' },
      { press: 'Aku tetap nggak bisa masuk' },
      { text: 'Toko lama saya, Batik Sari Solo. Email yang dulu dipakai daftar sudah nggak aktif' },
      { text: '@batiksari.solo' },
    ],
  },
  {
    language: 'vi',
    user: 'minh',
    ends: 'resolved',
    lines: [
      { text: 'mình liên kết rồi mà không thấy biểu tượng giỏ hàng trên trang cá nhân' },
      { text: 'hơn 1 ngày rồi bạn ơi' },
      { press: 'Không, shop chưa hoạt động hoặc chưa được duyệt' },
      { press: 'Hiểu rồi, cảm ơn' },
    ],
  },
  {
    language: 'th',
    user: 'somchai',
    lang: 'th_TH.UTF-8',
    ends: 'handoff',
    lines: [
      { text: 'สวัสดีครับ' },
      { text: 'สแกนqrแล้วขึ้นauthorization failedครับ' },
      { text: 'ยังไม่ได้เลยครับ' },
      { press: 'ยังไม่ได้อยู่ดี' },
      { text: 'ขึ้นว่า authorization failed ทุกครั้งที่กดอนุญาต รหัส 1002 <!channel>' },
    ],
  },
];

/**
 * What people met before the understanding stage, each now working, in English: answers typed instead of
 * pressed, what was already said not asked again, a person asked for in one's own words, a keyword inside
 * another topic not taken for linking, and a question next to linking answered honestly.
 */
const BEHAVIOURS: Script[] = [
  {
    name: 'understanding/typed-answers',
    language: 'en',
    user: 'dana',
    ends: 'resolved',
    lines: [
      { text: 'the bag icon isnt showing on my profile' },
      { text: 'hmm' },
      { text: '5' },
      { text: 'ages ago, like last week' },
      { text: 'nope its still pending' },
      { text: 'ok got it thanks' },
    ],
  },
  {
    name: 'understanding/already-said',
    language: 'en',
    user: 'marco',
    ends: 'handoff',
    lines: [
      { text: 'i linked my account 3 days ago but theres no shopping bag on my profile. shop is approved and active' },
      { text: '@marco.candles' },
    ],
  },
  {
    name: 'understanding/person',
    language: 'en',
    user: 'ayo',
    ends: 'handoff',
    lines: [
      { text: 'Every time I scan it says authorization failed' },
      { text: 'yep did that, still nothing' },
      { text: 'can i please just talk to a real human' },
      { text: 'Scanning from Seller Center on my laptop, the app says authorization failed every time. Tried restarting, updating and another browser.' },
    ],
  },
  {
    name: 'understanding/keywords',
    language: 'en',
    user: 'lin',
    ends: 'active',
    lines: [
      { text: 'customers scan a QR code at checkout to pay and it fails' },
      { text: 'Show me the menu' },
      { text: 'how do I link my bank account for payouts' },
    ],
  },
  {
    name: 'understanding/out-of-scope',
    language: 'en',
    user: 'priya',
    ends: 'handoff',
    lines: [
      { text: 'my refund request has been pending for 2 weeks, when do i get the money back' },
      { text: 'Talk to a person' },
      { text: 'Buyer returned an order on 3 March and the refund still shows pending in Seller Center.' },
    ],
  },
];

/** One script through the runner: the input and output lines, interleaved, and the store the case is in. */
async function run(script: Script, flows: ReturnType<typeof openFlows>): Promise<{ lines: string[]; store: MemoryStore }> {
  // The terminal chat runs no desk: a handoff records the case and says so, as `shoplink chat` does.
  const store = new MemoryStore();
  const conversations = new Conversations(withoutDesk(flows), store);
  const input = new PassThrough();
  const output = new PassThrough();
  const out: string[] = [];
  output.on('data', (chunk: Buffer) => out.push(...chunk.toString().split('\n').filter(Boolean)));
  const address = { platform: 'terminal', workspace: 'local', channel: `transcript-${script.name ?? script.language}`, user: script.user };
  const locale = terminalLocale({ LANG: script.lang ?? 'C' });
  const done = runJsonl(conversations, { input, output, address, ...(locale ? { locale } : {}) });
  for (const line of script.lines) input.write(`${JSON.stringify(line)}\n`);
  input.end();
  await done;
  const answers = out.map((l) => JSON.parse(l) as JsonlReply | { error: string });
  answers.forEach((a, i) => {
    if ('error' in a) throw new Error(`${script.language}, line ${i + 1}: ${a.error}`);
    if (a.language !== script.language) throw new Error(`${script.name ?? script.language}, line ${i + 1}: answered in ${a.language}`);
  });
  const last = answers.at(-1) as JsonlReply;
  if (last.status !== script.ends) throw new Error(`${script.name ?? script.language}: ends ${last.status} at ${last.flow}.${last.step}, not ${script.ends}`);
  return { lines: script.lines.flatMap((l, i) => [JSON.stringify(l), out[i]!]), store };
}

/** The Slack desk post of a case as text: its header, sections, buttons and hint, in the desk's language. */
async function deskPost(store: MemoryStore, flows: ReturnType<typeof openFlows>, language: Language): Promise<string> {
  const c = (await store.getCase(1))!;
  const spoken = (await store.loadConversation(c.conversationId))?.language;
  const log = pino({ level: 'silent' });
  // A requester outside Slack: the desk asks Slack nothing to draw the post.
  const client = new webApi.WebClient('xoxb-unused');
  const words = deskWordsIn(language);
  const desk = new SlackDesk({ client, channel: 'C0DESK', flows, names: new SlackNames(client, log), words, log, now: () => c.openedAt });
  const post = await desk.render({ ...c, ...(spoken ? { language: spoken } : {}) });
  return post.blocks
    .map((b) => {
      if (b.type === 'header') return `*${b.text.text}*`;
      if (b.type === 'section') return b.text?.text ?? '';
      if (b.type === 'actions') return b.elements.map((e) => ('text' in e && e.text ? `[ ${e.text.text} ]` : '')).join(' ');
      if (b.type === 'context') return b.elements.map((e) => ('text' in e ? `_${e.text}_` : '')).join(' ');
      return '';
    })
    .join('\n\n');
}

async function main(): Promise<void> {
  const flows = openFlows(FLOWS);
  mkdirSync(OUT, { recursive: true });
  let thai: MemoryStore | undefined;
  for (const script of SCRIPTS) {
    const { lines, store } = await run(script, flows);
    writeFileSync(new URL(`${script.language}.jsonl`, OUT), `${lines.join('\n')}\n`);
    if (script.language === 'th') thai = store;
    console.log(`docs/transcripts/${script.language}.jsonl: ${script.lines.length} turns, ends ${script.ends}`);
  }
  mkdirSync(new URL('understanding/', OUT), { recursive: true });
  for (const script of BEHAVIOURS) {
    const { lines } = await run(script, flows);
    writeFileSync(new URL(`${script.name}.jsonl`, OUT), `${lines.join('\n')}\n`);
    console.log(`docs/transcripts/${script.name}.jsonl: ${script.lines.length} turns, ends ${script.ends}`);
  }
  const [english, spanish] = [await deskPost(thai!, flows, 'en'), await deskPost(thai!, flows, 'es')];
  writeFileSync(
    new URL('desk-post.md', OUT),
    [
      '<!-- Generated by `npm run transcripts` from docs/transcripts/th.jsonl\'s conversation; do not edit. -->',
      '# The desk post of a Thai case',
      '',
      "Somchai's case from [`th.jsonl`](th.jsonl), as the Slack desk posts it (Slack mrkdwn: `*bold*`, `•` lists),",
      'first with the default `DESK_LANGUAGE=en`, then with `DESK_LANGUAGE=es`. What he typed is quoted as he wrote it',
      '(escaped, so his `<!channel>` pings nobody); the buttons he pressed read in the desk\'s language.',
      '',
      '## DESK_LANGUAGE=en',
      '',
      '```text',
      english,
      '```',
      '',
      '## DESK_LANGUAGE=es',
      '',
      '```text',
      spanish,
      '```',
      '',
    ].join('\n'),
  );
  console.log('docs/transcripts/desk-post.md: the Thai case on an English and a Spanish desk');
}

await main();
