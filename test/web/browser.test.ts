// The preview in Debian's Chromium driven by playwright-core (no browser download): a seller clicks through
// qr-failure to a person and a case number, then sees the diagram. Skipped only without /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesIn } from '../../src/conversation/messages.ts';
import { stringIn } from '../../src/i18n/strings.ts';
import { shippedFlows, tempDir } from '../support.ts';
import { startTestPreview, type Preview } from './preview.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`test/web/browser.test.ts is SKIPPED: no Chromium at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium (.ci/run does this).`);
}

/** Offline and quiet: no sandbox (root in CI), no GPU, nothing phoning home. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the user sees as the highlight (the step's box colour), from the page's own stylesheet. */
const HIGHLIGHT = 'rgb(255, 229, 138)';

describe('the web preview in Chromium', { timeout: 60_000 }, () => {
  let preview: Preview;
  let browser: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    preview = await startTestPreview();
    browser = await chromium.launchPersistentContext(tempDir('shoplink-chromium-'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.running.stop();
  });

  /** The latest buttons are the ones that can be pressed; answered ones stay on screen, disabled. */
  const button = (name: string) => page.getByRole('button', { name, exact: true, disabled: false });
  const said = (text: string | RegExp) => page.locator('.msg.bot').filter({ hasText: text }).last();

  it.skipIf(!hasChromium)('walks the qr-failure tree by clicking and typing, and hands off with a case number', async () => {
    await page.goto(`${preview.base}/`);
    await expect.poll(() => said('What brings you here?').isVisible()).toBe(true);

    await button("Something isn't working").click();
    await said('Which of these sounds like what you').waitFor();
    // The menu already asked the symptom: the QR tree starts with its first fix.
    await button('The QR code won\'t scan, or it says "authorization failed"').click();

    // The step's Markdown: bold and a bulleted list, as a person reads it.
    const cache = said('This is often a cache problem');
    await cache.waitFor();
    expect(await cache.locator('strong').first().textContent()).toBe('cache');
    expect(await cache.locator('li').allTextContents()).toEqual([
      'Close the TikTok app completely.',
      'Update it from the App Store or Google Play if an update is waiting.',
      'Open it again, bring up the QR code in Seller Center once more, and scan.',
    ]);
    await button('Still not working').click();
    await said('Now the computer:').waitFor();
    await button('Still not working').click();

    // The step asks for the exact message: the text box is labelled with the question.
    const box = page.getByLabel('The exact message you see');
    await box.waitFor();
    expect(await box.getAttribute('placeholder')).toBe('Copy it word for word if you can');
    await box.fill('Authorization failed (error 1002)');
    await page.getByRole('button', { name: 'Send' }).click();

    // The preview runs no desk: the page says the case is recorded, not that someone will reply.
    await said('No support team is connected to this chat right now, so no one will reply here').waitFor();
    const caseLine = said('Your case number is');
    await caseLine.waitFor();
    expect(await caseLine.textContent()).toBe('Your case number is #1.');
    expect(await caseLine.locator('strong').textContent()).toBe('#1');
    expect(await page.locator('.msg.user').allTextContents()).toEqual([
      "Something isn't working",
      'The QR code won\'t scan, or it says "authorization failed"',
      'Still not working',
      'Still not working',
      'Authorization failed (error 1002)',
    ]);
  });

  // Goes on from the conversation above, in the same tab, as the person would.
  it.skipIf(!hasChromium)("opens the flow's diagram with the current step highlighted", async () => {
    await page.getByRole('link', { name: "See this flow's diagram" }).click();
    await page.waitForURL(/\/flows\/qr-failure\?session=/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('QR code won\'t scan or "authorization failed"');
    expect(await page.locator('.here').textContent()).toContain('You are here: escalate');

    // Mermaid (served by the preview itself) has drawn the SVG: every step is a box with its name.
    const svg = page.locator('.diagram svg');
    await svg.waitFor();
    const box = (step: string) => svg.locator('g.node').filter({ has: page.locator(`text=/^${step}$/`) }).locator('rect').first();
    for (const step of ['what-happens', 'restart-app', 'clear-browser', 'ask-message', 'escalate', 'done']) await box(step).waitFor();

    // Runs in the page; the tests are type-checked without the DOM library, hence the cast.
    const fill = (step: string) => box(step).evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }).getComputedStyle(el).fill);
    expect(await fill('escalate')).toBe(HIGHLIGHT);
    for (const other of ['what-happens', 'restart-app', 'ask-message', 'escalate-other', 'done']) expect(await fill(other)).not.toBe(HIGHLIGHT);
    expect(problems).toEqual([]);
  });

  it.skipIf(!hasChromium)('draws every flow\'s diagram, the built-in steps included', async () => {
    await page.goto(`${preview.base}/flows`);
    const links = page.locator('.flow-list a');
    const titles = await links.allTextContents();
    expect(titles).toContain('Main menu');
    expect(titles).toHaveLength(10);
    for (let i = 0; i < titles.length; i++) {
      await page.goto(`${preview.base}/flows`);
      await links.nth(i).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(titles[i]);
      await page.locator('.diagram svg g.node').first().waitFor();
      expect(await page.locator('#diagram-error').isVisible(), titles[i]).toBe(false);
    }
    expect(problems).toEqual([]);
  });
});

describe('the web preview in Chromium set to Spanish', { timeout: 60_000 }, () => {
  let preview: Preview;
  let browser: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    preview = await startTestPreview();
    // The browser's language, as a Spanish-speaking seller's browser sends it (Accept-Language: es-ES).
    browser = await chromium.launchPersistentContext(tempDir('shoplink-chromium-'), { executablePath: CHROMIUM, headless: true, args: FLAGS, locale: 'es-ES' });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.running.stop();
  });

  it.skipIf(!hasChromium)('greets, guides and asks in Spanish, the page\'s own words too', async () => {
    const spanish = shippedFlows().translations.get('es')!;
    const menu = spanish.get('menu')!.steps;
    const qr = spanish.get('qr-failure')!.steps;
    const button = (name: string) => page.getByRole('button', { name, exact: true, disabled: false });
    const firstLine = (text: string) => text.trim().split('\n')[0]!.replace(/\*\*/g, '');

    await page.goto(`${preview.base}/`);
    await page.locator('.msg.bot').filter({ hasText: firstLine(menu.welcome!.say!) }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    // Each step's words are awaited before its buttons are pressed: two steps in a row offer "Sigue sin funcionar",
    // and the answered one must have given way first.
    const said = (say: string) => page.locator('.msg.bot').filter({ hasText: firstLine(say) }).last().waitFor();
    await button(menu.welcome!.choices!.trouble!.label).click();
    await said(menu.trouble!.say!);
    await button(menu.trouble!.choices!['qr-failure.restart-app']!.label).click();
    await said(qr['restart-app']!.say!);
    await button(qr['restart-app']!.choices!['clear-browser']!.label).click();
    await said(qr['clear-browser']!.say!);
    await button(qr['clear-browser']!.choices!['ask-message']!.label).click();
    const box = page.getByLabel(qr['ask-message']!.ask!.label);
    await box.waitFor();
    expect(await box.getAttribute('placeholder')).toBe(qr['ask-message']!.ask!.placeholder);
    await box.fill('Authorization failed (error 1002)');
    await page.getByRole('button', { name: stringIn('es', 'web.send') }).click();
    await page.locator('.msg.bot').filter({ hasText: messagesIn('es').caseOpened(1).replace(/\*\*/g, '') }).waitFor();
    expect(problems).toEqual([]);
  });
});
