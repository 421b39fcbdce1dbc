// Figures of issue 13's faults, measured on a real `shoplink start` (Slack HTTP mode, the fake Slack):
// peak memory under oversized POSTs, /healthz while SQLite is locked, and kill -9 runs (lost / repeated lines).
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSlack, SIGNING_SECRET } from '../fakes/slack.ts';
import { BotProcess } from '../faults/process.ts';
import { freePort, tempDir } from '../support.ts';

const MB = 1024 * 1024;

/** Four unsigned 256 MB POSTs to /slack/events at once; prints the bot's peak memory. */
async function oversizedPosts(): Promise<void> {
  const slack = await FakeSlack.start();
  const port = await freePort();
  const bot = await BotProcess.start(slackEnv(slack, port, `sqlite:${join(tempDir(), 'bench.db')}`));
  try {
    const before = bot.peakRssMb();
    const chunk = Buffer.alloc(MB, 'x');
    const post = () =>
      new Promise<string>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(256 * MB) } });
        let sent = 0;
        req.on('response', (res) => (res.resume(), resolve(`${res.statusCode} after ${sent} MB sent`)));
        req.on('error', () => resolve(`closed after ${sent} MB sent`));
        const write = () => {
          while (sent < 256 && req.write(chunk)) sent++;
          if (sent < 256) req.once('drain', () => (sent++, write()));
          else req.end();
        };
        write();
      });
    const answers = await Promise.all([post(), post(), post(), post()]);
    console.log(`oversized POSTs: four of 256 MB, unsigned: ${answers.join('; ')}`);
    console.log(`  bot peak RSS: ${before.toFixed(0)} MB before, ${bot.peakRssMb().toFixed(0)} MB after`);
  } finally {
    await bot.kill();
    await slack.close();
  }
}

export function slackEnv(slack: FakeSlack, port: number, databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SLACK_BOT_TOKEN: 'xoxb-fake',
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    ...extra,
  };
}

export async function main(): Promise<void> {
  console.log('\n## Faults (a real shoplink start, Slack HTTP mode)');
  await oversizedPosts();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
