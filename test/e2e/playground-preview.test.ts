/**
 * The playground's Preview pane while the author edits: a reference that names nothing
 * mid-edit (an outcome's stage left empty) keeps the last version the widget could show, with
 * the note naming the problem as the designer's problems list does; never the page meant for a
 * council's published pathway.
 */
import { describe, expect, it } from 'vitest';
import { usePlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

describe('the playground preview mid-edit', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('keeps the last version it could show while an outcome leads to no stage, and says what it waits for', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const widgetText = () => page.locator('#pg-widget').evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
      const note = () => page.locator('#pg-preview-note').textContent();

      await page.locator('#pg-editor').evaluate((editor) => (editor as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } }).modeling.set('/stages/0/outcomes/0/to', ''));
      await expect.poll(note, { timeout: 30_000 }).toMatch(/^The preview shows the last version that could be shown, until this is fixed: Stage "Prevention of non-attendance" › Outcome "Barriers to school attendance identified"/);
      expect(await widgetText()).not.toContain('Sorry, this pathway cannot be shown');
      expect(await widgetText()).toContain('A pathway for supporting non-attendance');

      await page.locator('#pg-editor').evaluate((editor) => (editor as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } }).modeling.set('/stages/0/outcomes/0/to', 'identify-and-understand'));
      await expect.poll(note, { timeout: 30_000 }).toBe('');
    });
  }, 180_000);
});
