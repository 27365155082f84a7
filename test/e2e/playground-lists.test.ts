/**
 * One list of the author's pathways: the designer's Pathways view ("Your pathways"). The
 * playground's picker is something else, said plainly: the example pathways (the seeds) to try,
 * each keeping the changes tried on it in this browser. An example worth keeping is copied into
 * Your pathways with one button, and from then on it is that list's, like any other.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_EXAMPLE, axeViolations, usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const editorText = (page: Page) => page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);
const yourPathways = (page: Page) => page.locator('#pg-editor pe-library li[data-key] .name').allTextContents();

describe('the playground has one list of your pathways', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('the picker offers examples to try; "Keep as one of your pathways" puts the example in Your pathways and opens it there', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      // The picker says what it is, and where the author's own pathways are.
      const picker = page.getByLabel('Example pathway', { exact: true });
      expect(await picker.count()).toBe(1);
      expect(await picker.evaluate((select) => select.id)).toBe('pg-pathway');
      expect(await page.locator('#pg-pathway-hint').textContent()).toBe('Your own pathways are under Pathways in the designer.');

      // Changes tried on an example, then kept: a copy goes into Your pathways and is what is open.
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
        editor.modeling.set('/title', 'Wigan, kept as mine');
      });
      const keep = page.getByRole('button', { name: 'Keep as one of your pathways', exact: true });
      await keep.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).toContain('one of your pathways');
      expect(await page.locator('#pg-pathway option:checked').textContent()).toBe('Wigan Council: Wigan, kept as mine (one of your pathways)');
      expect(await keep.isHidden()).toBe(true);
      // Focus is not lost to the page when the button goes: it is on the status line that says what happened.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pg-saved');
      await page.locator('#pg-editor').getByRole('tab', { name: 'Pathways' }).click();
      await expect.poll(() => yourPathways(page), { timeout: 30_000 }).toEqual(['Wigan, kept as mine']);
      expect(await axeViolations(page)).toEqual([]);

      // The example itself is still there to try, with the changes tried on it.
      await page.selectOption('#pg-pathway', 'wigan.json');
      await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('"title": "Wigan, kept as mine"');
      expect(await keep.isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }, 300_000);

  it('a reload opens again the pathway of yours that was open, and says so when it has since been deleted', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
        editor.modeling.set('/title', 'Wigan, mine to reopen');
      });
      await page.getByRole('button', { name: 'Keep as one of your pathways', exact: true }).click();
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).toContain('one of your pathways');

      // The address no longer names the example: a reload is not taken back to it.
      expect(new URL(page.url()).searchParams.has('pathway')).toBe(false);
      // Reloaded: the kept pathway is what is open again, not the example it came from.
      await page.reload({ timeout: 90_000 });
      await waitForPlayground(page);
      await expect.poll(() => page.locator('#pg-pathway option:checked').textContent(), { timeout: 30_000 }).toBe(
        'Wigan Council: Wigan, mine to reopen (one of your pathways)',
      );
      expect(await editorText(page)).toContain('"title": "Wigan, mine to reopen"');
      expect(await page.getByRole('button', { name: 'Keep as one of your pathways', exact: true }).isHidden()).toBe(true);

      // Deleted meanwhile (from another tab, say): the next reload opens an example and says why.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('pathway-editor');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const transaction = db.transaction('drafts', 'readwrite');
              transaction.objectStore('drafts').clear();
              transaction.oncomplete = () => (db.close(), resolve());
              transaction.onerror = () => reject(transaction.error);
            };
          }),
      );
      await page.reload({ timeout: 90_000 });
      await waitForPlayground(page);
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).toBe(
        `The pathway you had open last is no longer in your pathways, so ${FIRST_EXAMPLE.label} is open instead.`,
      );
      expect(await page.locator('#pg-pathway').inputValue()).toBe(FIRST_EXAMPLE.file);
    });
  }, 300_000);
});
