/**
 * The playground keeps the item the author had open in the designer's outline (a stage, a
 * question…) across a reload, per pathway, as it keeps each pathway's draft; when that item no
 * longer exists the designer opens at the top of the outline, never on another item; renamed,
 * it is still found.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const editor = (page: Page) => page.locator('#pg-editor');
/** The outline item shown selected, and the form the designer shows. */
const selected = (page: Page) => editor(page).locator('[role="treeitem"][aria-selected="true"]').getAttribute('data-pointer');
const formPointer = (page: Page) => editor(page).locator('pe-object-form').first().evaluate((form) => (form as HTMLElement & { pointer: string }).pointer);

async function reload(page: Page, options: { preview?: boolean } = {}): Promise<void> {
  await page.reload();
  await waitForPlayground(page, options);
}

describe('the playground keeps the open item across a reload', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('reopens the item chosen in the outline, per pathway, and falls back to the outline when it is gone', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      // By keyboard: a stage in the outline, opened (Right), its first item (Right again), chosen (Enter).
      const stage = editor(page).locator('[role="treeitem"][data-pointer="/stages/1"]');
      await stage.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => selected(page), { timeout: 30_000 }).toMatch(/^\/stages\/1\/./);
      const chosen = (await selected(page))!;
      const form = await formPointer(page);

      await reload(page);
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe(chosen);
      expect(await formPointer(page)).toBe(form);
      // Reopened quietly: focus is not pulled into the form.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      // Per pathway: another pathway keeps its own.
      await page.selectOption('#pg-pathway', 'norfolk.json');
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe('');
      await editor(page).locator('[role="treeitem"][data-pointer="/stages/0"]').click();
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe('/stages/0');
      await page.selectOption('#pg-pathway', 'wigan.json');
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe(chosen);
      await reload(page);
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe(chosen);
      expect(await axeViolations(page)).toEqual([]);

      // A reload while the JSON cannot be read opens nothing, and forgets nothing: fixed, it reopens there.
      const setText = (text: string) =>
        page.evaluate((value) => (document.querySelector('#pg-editor') as HTMLElement & { modeling: { setText(text: string): void } }).modeling.setText(value), text);
      const good = await page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);
      await setText(`${good.slice(0, 200)}`);
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).toContain('the JSON is not valid');
      await reload(page, { preview: false });
      await setText(good);
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).not.toContain('the JSON is not valid');
      await reload(page);
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe(chosen);

      // The stage is taken out (and another put in its place): the designer opens on the outline, not on the newcomer.
      await page.evaluate(() => {
        const element = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
        element.modeling.set('/stages/1', { id: 'newcomer', title: 'A stage put in its place', bands: [] });
      });
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).toContain('your changes are saved');
      // (What still refers to the old stage leaves nothing the preview can show: it is not waited for.)
      await reload(page, { preview: false });
      await expect.poll(() => editor(page).locator('[role="treeitem"][data-pointer="/stages/1"]').textContent(), { timeout: 30_000 }).toContain('A stage put in its place');
      expect(await selected(page)).toBe('');
      expect(await formPointer(page)).toBe('');
    });
  }, 300_000);

  it('reopens a stage whose short name was just changed, on a reload straight after', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await editor(page).locator('[role="treeitem"][data-pointer="/stages/1"]').click();
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe('/stages/1');
      const shortName = editor(page).locator('[data-pointer="/stages/1/id"]');
      await shortName.fill('renamed-stage');
      await shortName.press('Tab');
      const text = () => page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);
      await expect.poll(text, { timeout: 30_000 }).toContain('"renamed-stage"');
      await reload(page);
      await expect.poll(() => selected(page), { timeout: 30_000 }).toBe('/stages/1');
      expect(await formPointer(page)).toBe('/stages/1');
    });
  }, 300_000);
});
