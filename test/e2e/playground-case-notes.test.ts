/**
 * The Input pane says what the case names that the open pathway does not have (the preview
 * ignores it): a case written for another pathway no longer looks like a pathway that does not
 * work. The note follows both the case and the pathway as either changes.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, usePlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

describe('the playground Input pane', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('names the circumstance the case ticks that the pathway does not have, and clears the note when it does', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const notes = page.locator('#pg-case-notes');
      const caseArea = page.getByLabel("The pupil's case (JSON)", { exact: true });

      await caseArea.fill('{ "measures": { "attendance": { "percentage": 45 } }, "cohorts": ["child-looked-after"] }');
      await caseArea.blur();
      await expect.poll(() => notes.textContent(), { timeout: 30_000 }).toBe(
        'This pathway has no circumstance "child-looked-after" (under "cohorts"), so the preview ignores it: its circumstances are "looked-after", "child-in-need", "child-protection", "early-help-plan".',
      );
      expect(await caseArea.getAttribute('aria-describedby')).toBe('pg-case-hint pg-case-notes');
      expect(await axeViolations(page)).toEqual([]);

      // The pathway changes under the case: the author adds the circumstance the case names.
      await page.locator('#pg-editor').evaluate((editor) =>
        (editor as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } }).modeling.set('/cohorts/4', { id: 'child-looked-after', title: 'Child looked after (CLA)' }),
      );
      await expect.poll(() => notes.isHidden(), { timeout: 30_000 }).toBe(true);
      expect(await caseArea.getAttribute('aria-describedby')).toBe('pg-case-hint');
    });
  }, 180_000);
});
