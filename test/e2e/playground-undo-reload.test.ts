/**
 * Undo survives a reload for the playground's examples, as it does for the designer's own
 * Pathways: the undo history is kept beside each example's draft, for the text it belongs to,
 * and an example started again forgets it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const STEP = 30_000;
type Designer = HTMLElement & { undo(): void; redo(): void; text: string; modeling: { set(pointer: string, value: unknown): void } };

const title = (page: Page) => page.evaluate(() => (JSON.parse((document.querySelector('#pg-editor') as Designer).text) as { title: string }).title);
const setTitle = (page: Page, value: string) => page.evaluate((text) => (document.querySelector('#pg-editor') as Designer).modeling.set('/title', text), value);
const undo = (page: Page) => page.evaluate(() => (document.querySelector('#pg-editor') as Designer).undo());

describe('undo across a reload, for an example', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('undoes an edit made before the reload, and one made before switching examples', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const original = await title(page);
      await setTitle(page, 'Edited title');
      await expect.poll(() => page.evaluate(() => localStorage.getItem('pathway-playground:draft:wigan.json')), { timeout: STEP }).toContain('Edited title');
      await page.reload();
      await waitForPlayground(page);
      expect(await title(page)).toBe('Edited title');
      await undo(page);
      await expect.poll(() => title(page), { timeout: STEP }).toBe(original);
      // Undone back to the seed, it is redone after a reload too.
      await page.reload();
      await waitForPlayground(page);
      expect(await title(page)).toBe(original);
      await page.evaluate(() => (document.querySelector('#pg-editor') as Designer).redo());
      await expect.poll(() => title(page), { timeout: STEP }).toBe('Edited title');

      // Edited and left at once for another example: its history is kept on the way out.
      await setTitle(page, 'Edited again');
      await page.selectOption('#pg-pathway', 'norfolk.json');
      await page.selectOption('#pg-pathway', 'wigan.json');
      await expect.poll(() => title(page), { timeout: STEP }).toBe('Edited again');
      await undo(page);
      await expect.poll(() => title(page), { timeout: STEP }).toBe('Edited title');
    });
  }, 300_000);

  it('uses no history kept for other text, and forgets it when the example is started again', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const original = await title(page);
      await setTitle(page, 'Edited title');
      await expect.poll(() => page.evaluate(() => localStorage.getItem('pathway-playground:draft:wigan.json')), { timeout: STEP }).toContain('Edited title');
      // The draft changed behind the page's back (another version of the page, say): its history is not for this text.
      await page.evaluate(() => {
        const key = 'pathway-playground:draft:wigan.json';
        localStorage.setItem(key, localStorage.getItem(key)!.replace('Edited title', 'Changed elsewhere'));
      });
      await page.reload();
      await waitForPlayground(page);
      expect(await title(page)).toBe('Changed elsewhere');
      await undo(page);
      expect(await title(page)).toBe('Changed elsewhere');

      await setTitle(page, 'Edited title');
      await page.getByRole('button', { name: /^Start .* again$/ }).click();
      await page.getByRole('button', { name: 'Yes, delete my changes' }).click();
      await expect.poll(() => title(page), { timeout: STEP }).toBe(original);
      expect(await page.evaluate(() => localStorage.getItem('pathway-playground:history:wigan.json'))).toBeNull();
      await page.reload();
      await waitForPlayground(page);
      await undo(page);
      expect(await title(page)).toBe(original);
    });
  }, 300_000);
});
