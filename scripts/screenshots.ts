/**
 * `npm run screenshots`: the README's pictures, made again from the current code with the
 * system Chromium (headless; the path and flags every test uses, test/chromium.ts). It starts
 * the playground exactly as `npm start` does (its Vite config, on a free port) and writes:
 *
 *   docs/designer.png        the playground at 1280×800: the designer on Wigan's stage
 *                            "Identify and Understand", the preview, the input and the output
 *   docs/widget-stage.png    the widget on a council page (the embed page, under the strict
 *                            CSP): which stage applies for a child looked after at 45%
 *   docs/widget-summary.png  the same journey's summary
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const configFile = fileURLToPath(new URL('../playground/vite.config.ts', import.meta.url));
/** Fixed, generous limits: the first visit compiles every module on the dev server. */
const LOAD = 120_000;
const STEP = 30_000;

const heading = (widget: Locator) => widget.evaluate((element) => (element.shadowRoot?.querySelector('#page-heading')?.textContent ?? '').replace(/\s+/g, ' ').trim());

async function waitForHeading(page: Page, widget: Locator, ending: string): Promise<void> {
  const deadline = Date.now() + STEP;
  while (!(await heading(widget)).endsWith(ending)) {
    if (Date.now() > deadline) throw new Error(`The widget never showed "${ending}" (it shows "${await heading(widget)}")`);
    await page.waitForTimeout(50);
  }
}

async function main(): Promise<void> {
  await mkdir(docs, { recursive: true });
  const server = await createServer({ configFile, server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The playground server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
  try {
    // The designer, in the playground, as a council officer first sees it on a laptop.
    const designer = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await designer.newPage();
    await page.goto(`${origin}/?pathway=wigan.json`, { timeout: LOAD });
    const widget = page.locator('#pg-widget');
    await widget.getByRole('button', { name: 'Start now', exact: true }).waitFor({ timeout: LOAD });
    const caseBox = page.getByLabel("The pupil's case (JSON)");
    await caseBox.fill('{ "measures": { "attendance": { "percentage": 88 } } }');
    await caseBox.press('Tab');
    await page.locator('#pg-editor').getByRole('treeitem', { name: /Stage Identify and Understand/ }).click();
    await page.locator('#pg-editor').getByLabel(/^Name\b/).first().waitFor({ timeout: STEP });
    await widget.getByRole('button', { name: 'Start now', exact: true }).click();
    await waitForHeading(page, widget, "The pupil's attendance");
    await widget.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(page, widget, 'Which stage applies');
    await page.locator('#pg-output-facts').waitFor({ timeout: STEP });
    await page.locator('#pg-input-body').evaluate((body) => body.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${docs}designer.png` });
    await designer.close();

    // The widget as a council website shows it: the embed page, strict CSP, nothing else on it.
    const council = await browser.newContext({ viewport: { width: 1024, height: 900 }, deviceScaleFactor: 1 });
    const embed = await council.newPage();
    await embed.goto(`${origin}/embed.html?pathway=wigan.json`, { timeout: LOAD });
    const element = embed.locator('pathway-widget');
    await element.getByRole('button', { name: 'Start now', exact: true }).click({ timeout: LOAD });
    await waitForHeading(embed, element, "The pupil's attendance");
    await element.getByRole('textbox', { name: 'Percentage', exact: true }).fill('45');
    await element.getByRole('checkbox', { name: 'Child Looked After (CLA)' }).check();
    await element.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(embed, element, 'Which stage applies');
    await embed.mouse.move(0, 0);
    await element.screenshot({ path: `${docs}widget-stage.png` });

    await element.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(embed, element, 'Questions and evidence');
    const questions = element.locator('[data-questions]');
    const names = [...new Set(await questions.locator('input[type="radio"]').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).name)))];
    for (const name of names) await questions.locator(`input[type="radio"][name=${JSON.stringify(name)}]`).first().check();
    await element.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForHeading(embed, element, 'Check your answers');
    await element.getByRole('button', { name: 'Continue to summary', exact: true }).click();
    await waitForHeading(embed, element, 'Summary');
    await embed.mouse.move(0, 0);
    await element.screenshot({ path: `${docs}widget-summary.png` });
    await council.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('Wrote docs/designer.png, docs/widget-stage.png and docs/widget-summary.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
