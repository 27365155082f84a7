/**
 * Invalid JSON at 1280×800: the status line, its "go back" button, the outline above and the
 * JSON view's error together left two lines of the JSON editor in view. The error is one short
 * paragraph now, the "go back" button sits beside the status line rather than on a row of its
 * own, and the outline strip shrinks while the JSON does not parse: the whole editor box is in
 * view at once, before anything is clicked.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, usePlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;
const STEP = 30_000;
const DRAFT = 'pathway-playground:draft:wigan.json';

type Editor = HTMLElement & { modeling: { set(pointer: string, value: unknown): void; setText(text: string): void }; text: string; view: string; updateComplete: Promise<unknown> };

describe('the JSON view with invalid JSON', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('at 1280×800, going to the error shows the whole JSON editor box, with the error above it', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      // An edit first, so a last valid version is kept and the status line offers to go back to it.
      await page.evaluate(() => (document.querySelector('#pg-editor') as Editor).modeling.set('/title', 'Edited title'));
      await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFT), { timeout: STEP }).toContain('Edited title');
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as Editor;
        editor.view = 'json';
        // A brace where a property name should be, far down the file (as the tester's paste did).
        const text = editor.text;
        const at = text.indexOf('"type": "yesNo"', Math.floor(text.length / 2));
        editor.modeling.setText(`${text.slice(0, at)}{${text.slice(at)}`);
      });
      await page.locator('#pg-restore').waitFor({ state: 'visible', timeout: STEP });
      const view = page.locator('#pg-editor pe-json-view');
      await view.locator('.monaco-editor').waitFor({ state: 'visible', timeout: 90_000 });
      const measure = () => page.evaluate(() => {
        const view = document.querySelector('#pg-editor')!.shadowRoot!.querySelector('pe-json-view')!;
        const box = view.shadowRoot!.querySelector('.editor')!.getBoundingClientRect();
        const error = view.shadowRoot!.querySelector('.error')!.getBoundingClientRect();
        const designer = document.querySelector('#pg-designer')!.getBoundingClientRect();
        const shown = (rect: DOMRect) => Math.max(0, Math.min(rect.bottom, designer.bottom, innerHeight) - Math.max(rect.top, designer.top, 0));
        return { editor: shown(box), editorHeight: box.height, error: shown(error), errorHeight: error.height };
      });
      // At once, with nothing scrolled: the error and the whole editor box, ten lines of text at least.
      const atOnce = await measure();
      expect(atOnce.error).toBe(atOnce.errorHeight);
      expect(atOnce.editor).toBe(atOnce.editorHeight);
      expect(atOnce.editor).toBeGreaterThanOrEqual(190);
      const rows = await page.evaluate(() => {
        const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
        return { status: top('#pg-saved'), restore: top('#pg-restore'), statusBottom: document.querySelector('#pg-saved')!.getBoundingClientRect().bottom };
      });
      expect(rows.restore).toBeLessThan(rows.statusBottom);
      const goTo = view.getByRole('button', { name: /^Go to line \d+, column \d+$/ });
      await goTo.click();
      // Focus reaches the editor, and its pane scrolls, just after the click.
      await expect.poll(async () => { const r = await measure(); return r.editor === r.editorHeight; }, { timeout: STEP }).toBe(true);
      const room = await measure();
      // The error in view with the editor, and the whole editor box: ten lines of text at least, not two.
      expect(room.error).toBe(room.errorHeight);
      expect(room.editor).toBe(room.editorHeight);
      expect(room.editor).toBeGreaterThanOrEqual(190);
      // Only the designer's own pane scrolled, never the page.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await axeViolations(page, { exclude: ['#pg-editor pe-json-view .monaco-editor'] })).toEqual([]);
    });
  }, 300_000);
});
