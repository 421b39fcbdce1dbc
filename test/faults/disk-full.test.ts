// Issue 13, item 11 (disk): a disk that takes no more writes (here a file size limit, ulimit -f, which fails
// writes as a full disk does) must show on /healthz as 503, not "ok" because reads still work.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { slackEnv } from '../bench/faults.ts';
import { FakeSlack } from '../fakes/slack.ts';
import { freePort, tempDir } from '../support.ts';
import { BotProcess } from './process.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a full disk under a SQLite bot', { timeout: 30_000 }, () => {
  it('turns /healthz to 503 while reads still work, and the bot stays up', async () => {
    const file = join(tempDir(), 'full.db');
    // The database exists and is migrated; from now on the files may not grow past 32 KB (the WAL fills up).
    await new SqliteStore(file).close();
    expect(statSync(file).size).toBeGreaterThan(32 * 1024);
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const port = await freePort();
    const bot = await BotProcess.start(slackEnv(slack, port, `sqlite:${file}`), { maxFileKb: 32 });
    cleanups.push(() => bot.kill());
    const seen: number[] = [];
    for (let i = 0; i < 20 && !seen.includes(503); i++) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      seen.push(res.status);
      if (res.status === 503) expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
    }
    expect(seen).toContain(503);
    await bot.waitForLog('/healthz: the database did not answer', 3000);
    expect(bot.exited).toBe(false);
  });
});
