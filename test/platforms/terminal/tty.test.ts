// The terminal chat on a real terminal (a pseudo-terminal from util-linux `script`): arrow keys edit the line and
// recall earlier ones, text wraps to the terminal's width, NO_COLOR turns colour off, and help says how to quit.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../src/bin/shoplink.js', import.meta.url));
const SCRIPT = '/usr/bin/script';
const LEFT = '\x1b[D';
const UP = '\x1b[A';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** Runs the chat on a 50-column terminal; `keys` are typed one batch per prompt. Returns everything shown. */
async function onTerminal(keys: string[][], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(SCRIPT, ['-qfec', `stty cols 50 rows 40; exec "${process.execPath}" "${BIN}" chat`, '/dev/null'], {
    env: { ...process.env, DATABASE_URL: 'memory:', TERM: 'xterm', NO_COLOR: '', ...env },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  const exited = once(child, 'exit');
  const prompts = () => out.split('you> ').length - 1;
  for (const [i, batch] of keys.entries()) {
    while (prompts() <= i) await pause(50);
    // Typed key by key, as a person does: readline is in raw mode by now.
    for (const key of batch) child.stdin!.write(key), await pause(100);
  }
  await exited;
  return out;
}

describe.skipIf(!existsSync(SCRIPT))('the terminal chat on a terminal', { timeout: 60_000 }, () => {
  it('edits the line with the arrow keys, recalls it with up, wraps to the width and says how to quit', async () => {
    const out = await onTerminal([['h', 'l', 'p', LEFT, LEFT, 'e', '\r'], [UP, '\r'], ['q', 'u', 'i', 't', '\r']]);
    const text = plain(out);
    // "hlp", two steps left, "e": the line sent is "help"; the up arrow sends it again.
    const helps = text.split('Type quit (or press Ctrl+D) to\r\nleave.').length - 1;
    expect(helps).toBe(2);
    expect(text).toContain('Type quit or press Ctrl+D to leave; help shows\r\nwhat else you can say.');
    for (const line of text.split(/\r?\n/)) expect(line.length).toBeLessThanOrEqual(50);
    expect(out).toContain('\x1b[1mquit\x1b[22m');
    expect(text).toContain('Bye! Run it again any time.');
  });

  it('shows no colour under NO_COLOR', async () => {
    const out = await onTerminal([['q', 'u', 'i', 't', '\r']], { NO_COLOR: '1' });
    expect(plain(out)).toContain('Type quit or press Ctrl+D to leave');
    expect(out).not.toMatch(/\x1b\[[12]m/);
  });
});
