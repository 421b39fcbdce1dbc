// `shoplink preview --watch` while someone edits a copy of flows/: a broken edit shows its `flows check`
// problems on the pages while conversations keep the last good flows; fixing the file clears them.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { problemsIn } from '../../src/platforms/open-flows.ts';
import { formatProblem } from '../../src/flow/problem.ts';
import { escapeHtml } from '../../src/web/http.ts';
import { FLOWS_DIR, tempDir } from '../support.ts';
import { eventually, startTestPreview, texts, Visitor, type Preview } from './preview.ts';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.running.stop();
  preview = undefined;
});

function copyOfFlows(): string {
  const dir = join(tempDir('shoplink-watch-'), 'flows');
  cpSync(FLOWS_DIR, dir, { recursive: true });
  return dir;
}

const status = async (p: Preview) => (await (await p.get('/api/flows-status')).json()) as { version: number; ready: boolean; problems: string[] };

describe('the preview with --watch', { timeout: 30_000 }, () => {
  it('shows a broken edit on the page, keeps the last good flows, and recovers when the file is fixed', async () => {
    const dir = copyOfFlows();
    const file = join(dir, 'qr-failure.yaml');
    const good = readFileSync(file, 'utf8');
    preview = await startTestPreview({ watch: true, flowsDir: dir });
    const ana = new Visitor(preview, 'ana-w');
    await ana.say('problem with the qr code');
    await ana.press("The QR code won't scan");

    // A typo in a goto: the kind of slip `flows check` exists for.
    writeFileSync(file, good.replace('        goto: clear-browser\n', '        goto: clear-browsr\n'));
    const expected = problemsIn(dir).map(formatProblem);
    expect(expected[0]).toMatch(/qr-failure\.yaml:\d+: steps\.restart-app\.choices\.1\.goto: no step or flow "clear-browsr" \(did you mean "clear-browser"\?\)$/);
    const page = await eventually('the problem on the chat page', async () => {
      const html = await (await preview!.get('/')).text();
      return html.includes(escapeHtml(expected[0]!)) ? html : undefined;
    });
    for (const line of expected) expect(page).toContain(`<li><code>${escapeHtml(line)}</code></li>`);
    expect(page).toContain('<section id="problems" class="problems" role="alert">');
    expect(page).toContain('Conversations keep using the last good flows until these are fixed.');
    expect(await (await preview.get('/flows/qr-failure')).text()).toContain(escapeHtml(expected[0]!));
    expect((await status(preview)).problems).toEqual(expected);
    const health = await preview.get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', flowProblems: expected.length });

    // The conversation goes on with the last good flows, and each answer carries the problems.
    const next = await ana.press('Still not working');
    expect(next).toMatchObject({ step: 'clear-browser', problems: expected });

    // Fixed, with an edit to the next step's words: the banner goes and the edit is live.
    writeFileSync(file, good.replace("Sorry, that's frustrating.", 'Sorry, that is frustrating (edited).'));
    await eventually('the problems to clear', async () => ((await status(preview!)).problems.length === 0 ? true : undefined));
    const fixed = await (await preview.get('/')).text();
    expect(fixed).toContain('<section id="problems" class="problems" role="alert" hidden>');
    const asked = await ana.press('Still not working');
    expect(asked).toMatchObject({ step: 'ask-message', problems: [] });
    expect(texts(asked)).toContain('Sorry, that is frustrating (edited).');
  });

  it('starts even when the flows are broken, shows why, and opens the chat once they are fixed', async () => {
    const dir = copyOfFlows();
    const file = join(dir, 'menu.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('start: welcome', 'start: welcom'));
    preview = await startTestPreview({ watch: true, flowsDir: dir });

    const html = await (await preview.get('/')).text();
    expect(html).toContain('The chat starts once these are fixed.');
    expect(html).toMatch(/menu\.yaml:\d+: start: /);
    const refused = await preview.post(JSON.stringify({ session: 'bo-w' }));
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^the flows have problems, so the bot cannot answer yet: .*menu\.yaml:\d+: start: /);
    expect((await preview.get('/flows/menu')).status).toBe(503);

    writeFileSync(file, good);
    await eventually('the flows to load', async () => ((await status(preview!)).ready ? true : undefined));
    expect(await new Visitor(preview, 'bo-w').send()).toMatchObject({ flow: 'menu', step: 'welcome', problems: [] });
  });
});
