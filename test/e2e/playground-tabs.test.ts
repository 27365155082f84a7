/**
 * The same pathway open in two tabs of one browser: each tab saves its text as the author types,
 * so without care the last tab to save writes over the other's work. A tab told that another
 * tab changed the pathway it has open stops saving and asks which version to keep, and whichever
 * the author keeps, nothing of the other is written over before they choose.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const STEP = 30_000;
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('pathway-playground:draft:wigan.json') ?? '{}') as { title?: string });
const editorTitle = (page: Page) => page.evaluate(() => JSON.parse((document.querySelector('#pg-editor') as HTMLElement & { text: string }).text).title as string);

/** An edit through the editor's model, as any form or the JSON view makes one. */
const setTitle = (page: Page, title: string) =>
  page.evaluate((value) => {
    const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
    editor.modeling.set('/title', value);
  }, title);

describe('the same pathway open in two tabs', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('a tab whose pathway another tab changed stops saving and asks which version to keep; nothing is written over', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page: first, newTab }) => {
      const { page: second } = await newTab();
      await second.goto(`${playground.origin}/?pathway=wigan.json`, { timeout: 90_000 });
      await waitForPlayground(second);

      await setTitle(second, 'Edited in the second tab');
      await expect.poll(async () => (await stored(second)).title, { timeout: STEP }).toBe('Edited in the second tab');

      // The first tab is told, and asked.
      const panel = first.locator('#pg-conflict');
      await expect.poll(() => panel.isVisible(), { timeout: STEP }).toBe(true);
      expect(await panel.textContent()).toContain('This pathway was changed in another tab of this browser.');
      // Its own edit now is not written over the second tab's.
      await setTitle(first, 'Edited in the first tab');
      await expect.poll(() => first.locator('#pg-saved').textContent(), { timeout: STEP }).toContain('not being saved until you choose');
      expect((await stored(first)).title).toBe('Edited in the second tab');

      // Keeping this tab's version saves it, and the second tab is asked in turn.
      await first.getByRole('button', { name: "Keep this tab's version" }).click();
      await expect.poll(async () => (await stored(first)).title, { timeout: STEP }).toBe('Edited in the first tab');
      expect(await panel.isVisible()).toBe(false);
      await expect.poll(() => second.locator('#pg-conflict').isVisible(), { timeout: STEP }).toBe(true);

      // The second tab takes the first tab's version: its editor shows it, and it is what is kept.
      await second.getByRole('button', { name: "Use the other tab's version" }).click();
      await expect.poll(() => editorTitle(second), { timeout: STEP }).toBe('Edited in the first tab');
      expect(await second.locator('#pg-conflict').isVisible()).toBe(false);
      expect((await stored(second)).title).toBe('Edited in the first tab');
    });
  }, 240_000);
});
