/**
 * The playground's journeys as a new user would make them, each with the keyboard alone (Tab,
 * Shift+Tab, arrows, Enter, Space and typing; no clicks, no filling fields by script):
 *
 * 1. start the playground and pick Wigan;
 * 2. rename a stage in the forms, and see the preview change without losing its place;
 * 3. open the JSON view, type invalid JSON, reload, find the text still there; then fix it;
 * 4. answer as a school for a child looked after at 45%: enforcement is not offered, and the
 *    pathway says what to do instead; the Output pane agrees; download the summary;
 * 5. open the embed page and complete the same journey under the strict CSP, with the same result.
 *
 * Time limits are generous and fixed (CI machines are slower than this one); none is worked out
 * from how fast this machine is.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { withPage } from './browser.js';
import { focused, focusedRadioGroupAnswered, pressTo, tabTo } from './keyboard.js';
import { usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const STEP = 30_000;
const CLA_MESSAGE = "Please note we do not proceed to legal enforcement for CLA but would look to escalate within children's social care.";
const STAGE_AT_45 = 'Formalise support.';

const headingOf = (widget: Locator) =>
  widget.evaluate((element) => (element.shadowRoot?.querySelector('#page-heading')?.textContent ?? '').replace(/\s+/g, ' ').trim());

async function waitForHeading(widget: Locator, ending: string): Promise<string> {
  await expect.poll(() => headingOf(widget), { timeout: STEP }).toMatch(new RegExp(`${ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  return headingOf(widget);
}

const widgetText = (widget: Locator) => widget.evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** Replaces the focused box's text by typing, as a person would: select all, then type. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

interface StageChoice {
  label: string;
  hint: string;
  disabled: boolean;
}

interface SchoolResult {
  stageChoices: StageChoice[];
  stagePageText: string;
  summaryText: string;
  summary: Record<string, unknown>;
}

/**
 * The school's journey in a widget, by keyboard: from its start page, 45% attendance and
 * "Child Looked After (CLA)", the stage page, every question answered with its first choice,
 * to the summary; then "Download as JSON". Focus must already be before the widget's Start button.
 */
async function schoolJourney(page: Page, widget: Locator): Promise<SchoolResult> {
  await tabTo(page, { tag: 'button', name: 'Start now' });
  await page.keyboard.press('Enter');
  await waitForHeading(widget, "The pupil's attendance");

  await tabTo(page, { tag: 'input', name: 'Percentage' });
  await typeOver(page, '45');
  await tabTo(page, { tag: 'input', type: 'checkbox', name: 'Child Looked After (CLA)' });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'button', name: 'Continue' });
  await page.keyboard.press('Enter');

  await waitForHeading(widget, 'Which stage applies');
  const stagePageText = await widgetText(widget);
  const stageChoices = await widget.evaluate((element) =>
    [...(element.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"][name="stage"]') ?? [])].map((radio) => ({
      label: (radio.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      // What a screen reader hears after the name: the hint the radio is described by.
      hint: (radio.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? element.shadowRoot?.getElementById(id)?.textContent ?? '' : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      disabled: radio.disabled,
    })),
  );
  const chosen = await widget.evaluate((element) => element.shadowRoot?.querySelector('input[name="stage"]:checked') !== null);
  if (!chosen && stageChoices.length > 0) {
    await tabTo(page, { tag: 'input', type: 'radio' });
    await page.keyboard.press('Space');
  }
  await tabTo(page, { tag: 'button', name: 'Continue' });
  await page.keyboard.press('Enter');

  // Questions (and pupil details, where a referral needs them), until "Check your answers".
  for (let pages = 0; pages < 6; pages++) {
    const heading = await headingOf(widget);
    if (heading.endsWith('Check your answers')) break;
    for (let presses = 0; presses < 400; presses++) {
      const now = await focused(page);
      if (now.tag === 'button' && now.name === 'Continue') break;
      if (now.type === 'radio' && !(await focusedRadioGroupAnswered(page))) await page.keyboard.press('Space');
      else if (now.tag === 'input' && (now.type === 'text' || now.type === 'email' || now.type === 'tel' || now.type === '')) {
        const empty = await page.evaluate(() => {
          let element: Element | null = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return (element as HTMLInputElement).value === '';
        });
        if (empty) await page.keyboard.type(/Day/.test(now.name) ? '27' : /Month/.test(now.name) ? '3' : /Year/.test(now.name) ? '2014' : now.type === 'email' ? 'office@example.org' : now.type === 'tel' ? '01632 960001' : 'Alex Example');
      }
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => headingOf(widget), { timeout: STEP }).not.toBe(heading);
  }
  await waitForHeading(widget, 'Check your answers');
  await tabTo(page, { tag: 'button', name: 'Continue to summary' });
  await page.keyboard.press('Enter');
  await waitForHeading(widget, 'Summary');
  const summaryText = await widgetText(widget);

  await tabTo(page, { tag: 'button', name: 'Download as JSON' });
  const download = page.waitForEvent('download', { timeout: STEP });
  await page.keyboard.press('Enter');
  const file = await (await download).path();
  const summary = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  return { stageChoices, stagePageText, summaryText, summary };
}

/** What must be true of the looked-after journey wherever the widget runs. */
function expectLookedAfterResult(result: SchoolResult): void {
  // Enforcement is not offered: its stage is marked so where stages are listed, and nothing leads to it.
  const enforcement = result.stageChoices.filter((choice) => /Enforcement/i.test(choice.label));
  for (const choice of enforcement) expect(`${choice.label} ${choice.hint}`).toContain('Not offered for this pupil');
  expect(result.stagePageText).toContain(STAGE_AT_45);
  // What to do instead, in the pathway's words, on the way and in the summary.
  expect(result.summaryText).toContain(CLA_MESSAGE);
  const summary = result.summary as {
    stage?: { title: string };
    exceptions: { title: string; message: string; effect: string }[];
    nextSteps: string[];
    canHappen?: string[];
    cohorts: { title: string }[];
    measures: { display: string }[];
  };
  expect(summary.stage?.title).toBe(STAGE_AT_45);
  expect(summary.cohorts.map((cohort) => cohort.title)).toEqual(['Child Looked After (CLA)']);
  expect(summary.measures[0]?.display).toContain('45');
  // The summary a school downloads says the same: the exception, and no step towards enforcement.
  // (Soft, so that a failure lists every one of these at once.)
  expect.soft(summary.exceptions, 'the summary names the looked-after exception').toContainEqual(
    expect.objectContaining({ title: 'Child Looked After (CLA)', effect: 'block', message: CLA_MESSAGE }),
  );
  expect.soft([...summary.nextSteps, ...(summary.canHappen ?? [])].join(' '), "the summary's next steps do not lead to enforcement").not.toMatch(/Enforcement Referral/);
  expect.soft(result.summaryText, 'the summary page does not offer escalation to enforcement').not.toMatch(/escalate to "?Enforcement Referral/);
}

/** Waits for Monaco in the designer's JSON view (its typing element, named "Pathway JSON"); says plainly why it is missing. */
async function expectJsonView(editor: Locator): Promise<void> {
  const deadline = Date.now() + 90_000;
  const typing = editor.locator('pe-json-view [aria-label="Pathway JSON"]');
  while ((await typing.count()) === 0) {
    if (Date.now() > deadline) {
      const state = await editor.evaluate((element) => ({
        registered: customElements.get('pe-json-view') !== undefined,
        says: (element.shadowRoot?.querySelector('#editor-main')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
      }));
      throw new Error(
        state.registered
          ? `Monaco did not appear in the JSON view within 90 s; the view says "${state.says}"`
          : `<pe-json-view> is not registered (@pathway/editor/embed does not define it), so the designer says "${state.says}"`,
      );
    }
    await editor.page().waitForTimeout(200);
  }
}

/** The summary without the moment it was made. */
const comparable = (summary: Record<string, unknown>) => ({ ...summary, generatedAt: undefined });

let playgroundResult: SchoolResult | undefined;

describe('the playground, by keyboard alone', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('starts and picks Wigan', async () => {
    await withPlayground(playground, { path: '/?pathway=norfolk.json' }, async ({ page }) => {
      expect(await page.locator('#pg-pathway').inputValue()).toBe('norfolk.json');
      await tabTo(page, { tag: 'select', name: 'Example pathway' });
      // Type-ahead on the focused picker, as a keyboard user chooses from a list.
      await page.keyboard.type('Wigan');
      await expect.poll(() => page.locator('#pg-pathway').inputValue(), { timeout: STEP }).toBe('wigan.json');
      await expect.poll(() => headingOf(page.locator('#pg-widget')), { timeout: STEP }).toContain('A pathway for supporting non-attendance');
      const title = await page.locator('#pg-editor').evaluate((editor) => editor.shadowRoot?.querySelector('.toolbar .title')?.textContent);
      expect(title).toBe('A pathway for supporting non-attendance');
    });
  }, 240_000);

  it('renames a stage in the forms; the preview shows the new name and keeps its page and answers', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const widget = page.locator('#pg-widget');
      // To the preview by its skip link, then into the widget: 45%, on to the stage's questions.
      await tabTo(page, { tag: 'a', name: 'Skip to the preview' });
      await page.keyboard.press('Enter');
      await tabTo(page, { tag: 'button', name: 'Start now' });
      await page.keyboard.press('Enter');
      await waitForHeading(widget, "The pupil's attendance");
      await tabTo(page, { tag: 'input', name: 'Percentage' });
      await typeOver(page, '45');
      await tabTo(page, { tag: 'button', name: 'Continue' });
      await page.keyboard.press('Enter');
      await waitForHeading(widget, 'Which stage applies');
      await tabTo(page, { tag: 'button', name: 'Continue' });
      await page.keyboard.press('Enter');
      expect(await waitForHeading(widget, 'Questions and evidence')).toBe(`${STAGE_AT_45} Questions and evidence`);
      // Answer the first question, so there is something to keep.
      await tabTo(page, { tag: 'input', type: 'radio' });
      await page.keyboard.press('Space');
      const answered = await widget.evaluate((element) => [...(element.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? [])].map((radio) => radio.id));
      expect(answered).toHaveLength(1);

      // Back to the outline (Shift+Tab through the designer), down to the stage, Enter opens its form.
      await tabTo(page, { role: 'treeitem' }, { backwards: true, limit: 1500 });
      await pressTo(page, 'ArrowDown', { role: 'treeitem', name: new RegExp(`Stage ${STAGE_AT_45.replace('.', '\\.')}$`) });
      await page.keyboard.press('Enter');
      await tabTo(page, { tag: 'input', name: /^Name\b/ });
      await typeOver(page, 'Formalise support (renamed)');

      await expect.poll(() => headingOf(widget), { timeout: STEP }).toBe('Formalise support (renamed) Questions and evidence');
      const stillAnswered = await widget.evaluate((element) => [...(element.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? [])].map((radio) => radio.id));
      expect(stillAnswered).toEqual(answered);
      await expect.poll(() => page.locator('#pg-output-facts').textContent(), { timeout: STEP }).toContain('Formalise support (renamed)');
    });
  }, 240_000);

  it('keeps invalid JSON typed in the JSON view across a reload, character for character; then it is fixed', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const editor = page.locator('#pg-editor');
      const text = () => editor.evaluate((element) => (element as HTMLElement & { text: string }).text);
      const original = await text();

      await tabTo(page, { role: 'tab', name: 'Forms' });
      await pressTo(page, 'ArrowRight', { role: 'tab', name: 'JSON' }, 5);
      // Monaco is loaded on first open; its text area takes the keys.
      await expectJsonView(editor);
      await tabTo(page, { name: 'Pathway JSON' }, { limit: 20 });
      await page.keyboard.press('ControlOrMeta+End');
      // Words where JSON allows none (no brackets or quotes, which Monaco would close by itself).
      await page.keyboard.type(' oops');
      const typed = `${original} oops`;
      await expect.poll(text, { timeout: STEP }).toBe(typed);
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: STEP }).toContain('the JSON is not valid, so the preview cannot show it. Your text is kept in this browser exactly as it is');

      await page.reload();
      await waitForPlayground(page, { preview: false });
      await expect.poll(text, { timeout: STEP }).toBe(typed);
      expect(await page.locator('#pg-preview-note').textContent()).toMatch(/^The preview shows here once this is fixed: .+\. Nothing you typed is lost\.$/);
      // The forms say what to do; the way back to the JSON view is a button.
      await tabTo(page, { tag: 'button', name: 'Go to the JSON view' });
      await page.keyboard.press('Enter');
      await expectJsonView(editor);
      await tabTo(page, { name: 'Pathway JSON' }, { limit: 20 });
      await page.keyboard.press('ControlOrMeta+End');
      for (let i = 0; i < ' oops'.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(text, { timeout: STEP }).toBe(original);
      await expect.poll(() => page.locator('#pg-preview-note').textContent(), { timeout: STEP }).toBe('');
    });
  }, 300_000);

  it('answers as a school for a child looked after at 45%: no enforcement, what to do instead, the output agrees, the summary downloads', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const widget = page.locator('#pg-widget');
      await tabTo(page, { tag: 'a', name: 'Skip to the preview' });
      await page.keyboard.press('Enter');
      const result = await schoolJourney(page, widget);
      playgroundResult = result;
      // The Output pane: the engine on the same pathway and the same entries says the same as the
      // summary the preview downloaded.
      const facts = page.locator('#pg-output-facts');
      await expect.poll(() => facts.textContent(), { timeout: STEP }).toContain(STAGE_AT_45);
      expect(await facts.textContent()).toContain('Child Looked After (CLA)');
      expect(await facts.textContent()).toContain(CLA_MESSAGE);
      const output = JSON.parse((await page.locator('#pg-output-summary').textContent()) ?? '{}') as Record<string, unknown>;
      expect(comparable(output)).toEqual(comparable(result.summary));
      // What the school must be told, in the preview and in the downloaded summary.
      expectLookedAfterResult(result);
    });
  }, 300_000);

  it('the embed page: the same journey under the strict CSP, with the same result', async () => {
    await withPage(playground.browser, {}, async ({ page, watch }) => {
      await page.goto(`${playground.origin}/embed.html?pathway=wigan.json`, { timeout: 90_000 });
      const response = await page.request.get(`${playground.origin}/embed.html?pathway=wigan.json`);
      expect(response.headers()['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'");
      const widget = page.locator('pathway-widget');
      await widget.getByRole('button', { name: 'Start now', exact: true }).waitFor({ timeout: 90_000 });
      const result = await schoolJourney(page, widget);
      // The same result as in the playground's preview: the same pages, the same summary.
      if (playgroundResult) {
        expect(result.stageChoices).toEqual(playgroundResult.stageChoices);
        expect(comparable(result.summary)).toEqual(comparable(playgroundResult.summary));
      }
      // The snippet on the page is the page's own markup.
      const snippet = await page.locator('.embed-snippet').textContent();
      expect(snippet).toBe(
        '<script type="module" src="/pathway-widget.js"></script>\n<pathway-widget src="/pathways/wigan.json">\n  <p>The attendance pathway tool could not be loaded. <a href="/pathways/wigan.html">Read the pathway</a>.</p>\n</pathway-widget>',
      );
      expect(watch.console.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
      // The production build, as a council's page would have it: Lit's development build warns.
      expect(watch.console.filter((line) => /dev mode/i.test(line))).toEqual([]);
      expectLookedAfterResult(result);
    });
  }, 300_000);
});
