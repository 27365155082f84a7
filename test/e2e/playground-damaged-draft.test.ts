/**
 * A saved draft that is damaged (cut short, say, when the browser stopped mid-write): the text
 * is kept as it is, but nothing claims all is well. The status line says the JSON is not valid
 * and offers the last version that was valid JSON, kept beside the draft; the preview pane says
 * in plain words that it shows once the JSON is valid, not the widget's message for developers.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const STEP = 30_000;
const DRAFT = 'pathway-playground:draft:wigan.json';

describe('a damaged draft', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('is not called saved and well; the preview says when it will show; the last valid version can be put back', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const text = () => page.locator('#pg-editor').evaluate((element) => (element as HTMLElement & { text: string }).text);
      // An edit, saved with the last valid version beside it.
      await page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } }).modeling.set('/title', 'Edited title'));
      await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFT), { timeout: STEP }).toContain('Edited title');
      const valid = await text();

      // The draft is cut in half behind the page's back, and the page reloaded.
      await page.evaluate((key) => {
        const saved = localStorage.getItem(key)!;
        localStorage.setItem(key, saved.slice(0, Math.floor(saved.length / 2)));
      }, DRAFT);
      await page.reload();
      await waitForPlayground(page, { preview: false });
      const damaged = await text();
      expect(damaged).toBe(valid.slice(0, Math.floor(valid.length / 2)));

      const status = page.locator('#pg-saved');
      await expect.poll(() => status.textContent(), { timeout: STEP }).toContain('the JSON is not valid');
      expect(await status.textContent()).not.toContain('your changes are saved');
      const note = page.locator('#pg-preview-note');
      expect(await note.textContent()).toMatch(/^The preview shows here once this is fixed: .+\. Nothing you typed is lost\.$/);
      expect(await page.locator('#pg-widget-frame').isVisible()).toBe(false);
      expect(await axeViolations(page, { exclude: ['#pg-editor'] })).toEqual([]);

      const restore = page.getByRole('button', { name: /^Go back to the last version that was valid JSON, saved at / });
      await restore.focus();
      await page.keyboard.press('Enter');
      await expect.poll(text, { timeout: STEP }).toBe(valid);
      await expect.poll(() => status.textContent(), { timeout: STEP }).toContain('your changes are saved in this browser');
      expect(await page.locator('#pg-restore').isVisible()).toBe(false);
      await page.locator('#pg-widget').getByRole('button', { name: 'Start now', exact: true }).waitFor({ state: 'visible', timeout: STEP });
      expect(await note.textContent()).toBe('');
      // Putting it back is one step of the designer's history: undo brings the damaged text back.
      await page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { undo(): void }).undo());
      await expect.poll(text, { timeout: STEP }).toBe(damaged);
    });
  }, 300_000);
});
