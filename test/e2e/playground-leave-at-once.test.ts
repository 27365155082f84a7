/**
 * One of the author's own pathways (the designer's Pathways view, kept in IndexedDB) is saved a
 * moment after each change. A page reloaded or closed within that moment must still keep the
 * last edit: a write to IndexedDB begun as the page goes need not finish, so the page keeps a
 * copy where a write as it goes is certain, and the next visit puts it back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const STEP = 30_000;
const editorText = (page: Page) => page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);

/** Keeps the example open now as one of the author's pathways, everything so far saved. */
async function keepAsOwn(page: Page): Promise<void> {
  // Leaving with unsaved work may ask first (beforeunload): the author says leave (the watch's
  // own handler would say stay, and the reload would never happen).
  page.removeAllListeners('dialog');
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  await page.getByRole('button', { name: 'Keep as one of your pathways', exact: true }).click();
  await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: STEP }).toContain('one of your pathways');
  // Everything so far is saved: only what is typed next is at risk.
  await page.locator('#pg-editor').evaluate((editor) => (editor as HTMLElement & { autosaveController: { saveNow(): Promise<void> } }).autosaveController.saveNow());
}

/** Types " Third." at the end of the pathway's Summary, as the author would. */
async function typeAtEndOfSummary(page: Page): Promise<string> {
  const summary = page.locator('#pg-editor').getByRole('textbox', { name: /^Summary/ });
  await summary.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Third.');
  return summary.inputValue();
}

describe('an own pathway left at once keeps its last edit', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('reloaded straight after typing: the text is there', async () => {
    await withPlayground(playground, {}, async ({ page }) => {
      await keepAsOwn(page);
      const typed = await typeAtEndOfSummary(page);
      expect(typed).toMatch(/ Third\.$/);
      await page.reload({ timeout: 90_000 });
      await waitForPlayground(page);
      await expect.poll(() => page.locator('#pg-pathway option:checked').textContent(), { timeout: STEP }).toContain('(one of your pathways)');
      await expect.poll(() => editorText(page), { timeout: STEP }).toContain(JSON.stringify(typed));
      // The copy has gone into the pathway's own record: nothing is left waiting beside it.
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pathway-editor:')))).toEqual([]);
    });
  }, 240_000);

  it('closed straight after typing: the text is there when the page is opened again', async () => {
    await withPlayground(playground, {}, async ({ page, newTab }) => {
      await keepAsOwn(page);
      const typed = await typeAtEndOfSummary(page);
      await page.close();
      await expect.poll(() => page.isClosed(), { timeout: STEP }).toBe(true);
      const { page: again } = await newTab();
      await again.goto(playground.origin, { timeout: 90_000 });
      await waitForPlayground(again);
      await expect.poll(() => again.locator('#pg-pathway option:checked').textContent(), { timeout: STEP }).toContain('(one of your pathways)');
      await expect.poll(() => editorText(again), { timeout: STEP }).toContain(JSON.stringify(typed));
    });
  }, 240_000);
});
