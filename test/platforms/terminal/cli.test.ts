// The terminal as people and scripts use it: the real `shoplink` command in a child process, over a
// real SQLite file. Covers the JSONL contract line by line, --session resume and piped human chat.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messagesIn } from '../../../src/conversation/messages.ts';
import { loadTranslations } from '../../../src/flow/translations.ts';
import { FLOWS_DIR, tempDir } from '../../support.ts';

const BIN = fileURLToPath(new URL('../../../src/bin/shoplink.js', import.meta.url));

function run(args: string[], input: string, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      // The terminal's locale chooses the language: English tests run under C, whatever the machine's LANG.
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', DATABASE_URL: `sqlite:${join(tempDir(), 'cli.db')}`, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

const jsonl = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

describe('shoplink chat --jsonl', { timeout: 30_000 }, () => {
  it('prints nothing before the first input line and exits at end of input', async () => {
    const { stdout, code } = await run(['chat', '--jsonl'], '');
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('answers each line with exactly one JSON line, and bad lines with an error that changes nothing', async () => {
    const { stdout, code } = await run(
      ['chat', '--jsonl'],
      jsonl([
        { text: "problem with the qr code" },
        'this is not json',
        {},
        { press: 'No such button' },
        { press: 9 },
        { press: "THE QR CODE WON'T SCAN" },
        { press: 2 },
        { press: 'still not working' },
        { text: 'Authorization failed (1002)' },
      ]),
    );
    expect(code).toBe(0);
    const out = parse(stdout);
    expect(out).toHaveLength(9);
    expect(out[0]).toMatchObject({ flow: 'qr-failure', step: 'what-happens', status: 'active' });
    expect(out[0].replies.at(-1).buttons).toEqual(["The QR code won't scan", 'It says "authorization failed"', 'Something else']);
    expect(out[1]).toEqual({ error: 'not JSON: send one object a line, like {"text": "hello"} or {"press": 1}' });
    expect(out[2]).toEqual({ error: 'expected {"text": "..."}, {"press": "Label"} or {"press": 2}' });
    expect(out[3]).toEqual({ error: `no button "No such button"; the buttons are: "The QR code won't scan", "It says "authorization failed"", "Something else"` });
    expect(out[4]).toEqual({ error: 'no button 9: the latest message has 3 (1 to 3)' });
    expect(out[5]).toMatchObject({ flow: 'qr-failure', step: 'restart-app' });
    expect(out[6]).toMatchObject({ step: 'clear-browser' });
    expect(out[7]).toMatchObject({ step: 'ask-message', status: 'active' });
    expect(out[8]).toMatchObject({ step: 'escalate', status: 'handoff' });
    expect(out[8].replies.at(-1).text).toMatch(/^Your case number is \*\*#1\*\*/);
  });

  it('starts afresh each run, and resumes a stored conversation with --session', async () => {
    const db = `sqlite:${join(tempDir(), 'session.db')}`;
    const first = parse((await run(['chat', '--jsonl', '--session', 'qa-1'], jsonl([{ text: 'start' }, { press: "I'm a creator" }]), { DATABASE_URL: db })).stdout);
    expect(first[1]).toMatchObject({ flow: 'creator-link' });
    const label = first[1].replies.at(-1).buttons[0];

    const resumed = parse((await run(['chat', '--jsonl', '--session', 'qa-1'], jsonl([{ press: label }]), { DATABASE_URL: db })).stdout);
    expect(resumed[0].flow).toBe('creator-link');
    expect(resumed[0].step).not.toBe(first[1].step);

    const fresh = parse((await run(['chat', '--jsonl'], jsonl([{ press: label }]), { DATABASE_URL: db })).stdout);
    expect(fresh[0]).toEqual({ error: 'the latest message has no buttons' });
  });
});

describe('shoplink chat (for people)', { timeout: 30_000 }, () => {
  it('works with piped input: greets, answers by number and text, and ends cleanly at end of input', async () => {
    const { stdout, stderr, code } = await run(['chat'], 'hello\n3\nmy bag icon is missing\n');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('What brings you here?');
    expect(stdout).toContain('  3) Something isn\'t working');
    expect(stdout).toContain('you> 3');
    expect(stdout).toContain('Which of these sounds like what you\'re seeing?');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^  \d\) /);
    expect(stdout).not.toMatch(/error|exception/i);
  });

  it('refuses to start on a broken flow file, naming the file and line', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'menu.yaml'), 'id: menu\ntitle: M\nsummary: m\nstart: hi\nsteps:\n  hi: { say: hello, choices: [{ label: Go, goto: hii }] }\n');
    const { stderr, code } = await run(['chat'], '', { FLOWS_DIR: dir });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`FlowError: ${join(dir, 'menu.yaml')}:6: steps.hi.choices.0.goto: no step or flow "hii" (did you mean "hi"?)`]);
  });
});

describe('shoplink chat in Spanish', { timeout: 30_000 }, () => {
  const spanish = loadTranslations(FLOWS_DIR).translations.get('es')!;
  const es = (flow: string, step: string) => spanish.get(flow)!.steps[step]!;

  it('speaks the terminal\'s language (LANG=es_ES.UTF-8) from greeting to a recorded case', async () => {
    const db = `sqlite:${join(tempDir(), 'es.db')}`;
    const { stdout, stderr, code } = await run(['chat'], 'help\n3\n1\n2\n2\nError 1002: autorización fallida\n', { LANG: 'es_ES.UTF-8', DATABASE_URL: db });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const m = messagesIn('es');
    const plain = (text: string) => text.trim().replace(/\*\*/g, '');
    expect(stdout).toContain(plain(es('menu', 'welcome').say!));
    expect(stdout).toContain(`  3) ${es('menu', 'welcome').choices!.trouble!.label}`);
    // Help says how to leave and which other languages there are, in Spanish.
    expect(stdout).toContain(plain(`${m.help} ${m.terminal.quitHint}`));
    expect(stdout).toContain(plain(m.languagesOffer));
    expect(stdout).toContain(plain(es('menu', 'trouble').say!));
    expect(stdout).toContain(plain(es('qr-failure', 'restart-app').say!).split('\n')[0]);
    expect(stdout).toContain(`(${es('qr-failure', 'ask-message').ask!.label}: ${m.terminal.typeAnswer})`);
    expect(stdout).toContain(plain(m.noDesk));
    expect(stdout).toContain(plain(m.caseOpened(1)));
    expect(stdout).not.toContain('What brings you here?');
  });

  it('switches when the user names a language, and the scripted chat says which it speaks', async () => {
    const out = parse((await run(['chat', '--jsonl'], jsonl([{ text: 'hello' }, { text: 'en español por favor' }, { press: 1 }]))).stdout);
    expect(out[0]).toMatchObject({ flow: 'menu', step: 'welcome', language: 'en' });
    expect(out[1]).toMatchObject({ flow: 'menu', step: 'welcome', language: 'es' });
    expect(out[1].replies.map((r: { text: string }) => r.text)).toEqual([messagesIn('es').languageChanged, es('menu', 'welcome').say!.trim()]);
    expect(out[2]).toMatchObject({ flow: 'menu', step: 'seller-start', language: 'es' });
  });
});

describe('shoplink flows check', { timeout: 30_000 }, () => {
  it('prints every problem and exits 1, or says all is fine', async () => {
    const ok = await run(['flows', 'check'], '');
    expect(ok).toMatchObject({ code: 0, stdout: 'All flows are fine.\n' });
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'menu.yaml'), 'id: menu\ntitle: M\nsummary: m\nstart: hi\nsteps:\n  hi: { say: hello, end: resolved }\n  lost: { say: nobody, end: resolved }\n');
    writeFileSync(join(dir, 'extra.yaml'), 'id: extras\ntitle: E\nsummary: e\nstart: a\nsteps:\n  a: { say: hi, goto: menu.hello }\n');
    const bad = await run(['flows', 'check', '--dir', dir], '');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/extra\.yaml:1: id: the id "extras" should match the file name "extra"/);
    expect(bad.stdout).toMatch(/extra\.yaml:6: steps\.a\.goto: flow "menu" has no step "hello" \(did you mean "hi"\?\)/);
    expect(bad.stdout).toMatch(/menu\.yaml:7: steps\.lost: unreachable: no step leads here/);
    // The unknown target's consequences in that flow are left out: one typo reads as one problem.
    expect(bad.stdout).not.toMatch(/extra\.yaml:\d+: steps\.a: this flow can end neither/);
    expect(bad.stdout).toMatch(/\n\n3 problems found\.\n$/);
  });
});

describe('shoplink cases and forget', { timeout: 60_000 }, () => {
  it('lists open cases, shows one in full, and erases a person on request', async () => {
    const db = `sqlite:${join(tempDir(), 'cases.db')}`;
    const opened = parse(
      (await run(['chat', '--jsonl', '--session', 'desk-1'], jsonl([{ text: 'talk to a person' }, { text: 'My shop Acme cannot link, error 1002' }]), { DATABASE_URL: db })).stdout,
    );
    expect(opened[1]).toMatchObject({ status: 'handoff' });

    const list = await run(['cases', 'list'], '', { DATABASE_URL: db });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^Open cases \(1\):\n- #1 · system · open · terminal user \S+ · waiting 0 min\n$/);

    const show = await run(['cases', 'show', '1'], '', { DATABASE_URL: db });
    expect(show.stdout).toContain('Case #1 · Built-in steps');
    expect(show.stdout).toContain('Why a person: Asked to talk to a person');
    expect(show.stdout).toContain('- request: My shop Acme cannot link, error 1002');
    expect(show.stdout).toMatch(/Status log:\n- \d{4}-\d\d-\d\d \d\d:\d\d open \(bot\)/);
    expect(show.stdout).toMatch(/user: My shop Acme cannot link, error 1002/);
    expect((await run(['cases', 'show', '7'], '', { DATABASE_URL: db })).stderr.trim()).toBe('There is no case #7.');

    const user = /terminal user (\S+)/.exec(list.stdout)![1]!;
    const forgot = await run(['forget', `terminal:${user}`], '', { DATABASE_URL: db });
    expect(forgot.stdout.trim()).toBe('Erased 1 conversation; 1 case kept without their words.');
    const after = await run(['cases', 'show', '1'], '', { DATABASE_URL: db });
    expect(after.stdout).not.toContain('Acme');
    expect((await run(['forget', 'nobody'], '', { DATABASE_URL: db })).stderr.trim()).toBe('"nobody": name the person as <platform>:<user id>, e.g. slack:U0123ABCD');
  });
});
