/**
 * Importing a file in the designer's Pathways view and opening it: everything the author sees
 * (the preview, the output, the picker, the status line, the outline) shows the imported
 * pathway at once, with no edit; a fresh browser is not told its work was "restored"; the
 * pathway that was open keeps its changes; the imported one is never overwritten by the next
 * pathway picked; a file that is not JSON is explained as the CLI explains it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const STEP = 30_000;
const seed = JSON.parse(readFileSync(fileURLToPath(new URL('../../pathways/southwark.json', import.meta.url)), 'utf8')) as {
  stages: { title: string }[];
} & Record<string, unknown>;

/** A pathway that is none of the seeds: Southwark's, renamed throughout. */
const imported = {
  ...seed,
  id: 'testshire-imported',
  title: 'Testshire graduated response',
  authority: { name: 'Testshire County Council' },
  stages: seed.stages.map((stage, i) => (i === 0 ? { ...stage, title: 'Testshire first stage' } : stage)),
};
const importedFile = { name: 'testshire.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported, null, 2)) };
const LABEL = 'Testshire County Council: Testshire graduated response';

const editorText = (page: Page) => page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);
const pickerLabel = (page: Page) => page.locator('#pg-pathway').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
const previewHeading = (page: Page) => page.locator('#pg-widget').getByRole('heading', { level: 2 }).first().textContent();
const pageText = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      const shadow = (node as Element).shadowRoot;
      if (shadow) shadow.childNodes.forEach(visit);
      node.childNodes.forEach(visit);
    };
    visit(document.body);
    return parts.join(' ').replace(/\s+/g, ' ');
  });

/** Imports files in the designer's Pathways view; resolves once a report on each is shown. */
async function importFiles(page: Page, files: (typeof importedFile)[]): Promise<void> {
  await page.getByRole('tab', { name: 'Pathways' }).click();
  const before = await page.locator('[data-import-report]').count();
  await page.locator('#import-file').setInputFiles(files);
  await expect.poll(() => page.locator('[data-import-report]').count(), { timeout: STEP }).toBe(before + files.length);
}

/** The outline's items, as the author reads them. */
const outline = (page: Page) => page.getByRole('tree', { name: 'Outline' }).textContent();

describe('importing a pathway in the playground', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('shows the imported pathway everywhere at once, with no edit, and says nothing was restored', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      expect(await page.locator('#pg-pathway').inputValue()).toBe('wigan.json');
      await importFiles(page, [importedFile]);
      await page.getByRole('button', { name: 'Open it' }).first().click();

      await expect.poll(() => previewHeading(page), { timeout: STEP }).toContain('Testshire graduated response');
      expect(await pickerLabel(page)).toContain(LABEL);
      expect(await page.locator('#pg-saved').textContent()).toContain(LABEL);
      expect(await outline(page)).toContain('Testshire first stage');
      await expect.poll(() => page.locator('#pg-output-summary').textContent(), { timeout: STEP }).toContain('testshire-imported');
      // A fresh browser had no work to restore: opening a file is not a restore.
      await page.waitForTimeout(500);
      expect(await pageText(page)).not.toContain('has been restored');
    });
  }, 180_000);

  it('keeps the changes to the pathway that was open, and never writes another pathway over the imported one', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
        editor.modeling.set('/title', 'Wigan, changed before the import');
      });
      await importFiles(page, [importedFile]);
      await page.getByRole('button', { name: 'Open it' }).first().click();
      await expect.poll(() => previewHeading(page), { timeout: STEP }).toContain('Testshire graduated response');
      // An edit to the imported pathway is its own, not Wigan's.
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
        editor.modeling.set('/version', '2025.9');
      });
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: STEP }).toContain('your changes are saved');

      await page.selectOption('#pg-pathway', 'wigan.json');
      await expect.poll(() => editorText(page), { timeout: STEP }).toContain('"title": "Wigan, changed before the import"');
      await expect.poll(() => previewHeading(page), { timeout: STEP }).toContain('Wigan, changed before the import');
      expect(await page.locator('#pg-pathway option').evaluateAll((all) => all.map((option) => option.textContent))).not.toContainEqual(
        expect.stringContaining('Testshire'),
      );

      // The imported pathway is still itself, with its edit, in the Pathways list; opening it again shows it.
      await page.getByRole('tab', { name: 'Pathways' }).click();
      const entry = page.locator('pe-library li').filter({ hasText: 'Testshire graduated response' });
      await expect.poll(() => entry.textContent(), { timeout: STEP }).toContain('Version 2025.9');
      expect(await page.locator('pe-library li').filter({ hasText: 'Wigan' }).count()).toBe(0);
      await entry.getByRole('button', { name: /^Open/ }).click();
      await expect.poll(() => previewHeading(page), { timeout: STEP }).toContain('Testshire graduated response');
      expect(await editorText(page)).toContain('"version": "2025.9"');
    });
  }, 180_000);

  it('imports the same file twice as two copies, each of which opens', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await importFiles(page, [importedFile]);
      await importFiles(page, [importedFile]);
      expect(await page.locator('pe-library li').filter({ hasText: 'Testshire graduated response' }).count()).toBe(2);
      await page.getByRole('button', { name: 'Open it' }).nth(1).click();
      await expect.poll(() => previewHeading(page), { timeout: STEP }).toContain('Testshire graduated response');
      const first = await page.locator('#pg-pathway').inputValue();
      // The reports are gone once the view is left: the other copy is opened from the list.
      await page.getByRole('tab', { name: 'Pathways' }).click();
      const other = page.locator(`pe-library li:not([data-key="${first.slice('saved:'.length)}"])`).filter({ hasText: 'Testshire graduated response' });
      await other.getByRole('button', { name: /^Open/ }).click();
      await expect.poll(() => page.locator('#pg-pathway').inputValue(), { timeout: STEP }).not.toBe(first);
      expect(await pickerLabel(page)).toContain(LABEL);
    });
  }, 180_000);

  it('explains a trailing comma as the CLI does, opens the file to be fixed, and leaves the earlier work alone', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown): void } };
        editor.modeling.set('/title', 'Wigan, changed before a broken import');
      });
      const broken = `{\n  "schemaVersion": "1.1",\n  "id": "broken",\n  "title": "A broken file",\n}\n`;
      await importFiles(page, [{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) }]);
      const report = page.locator('[data-import-report]').first();
      expect(await report.textContent()).toContain('Line 5, column 1: a comma before "}" (remove the trailing comma)');
      await report.getByRole('button', { name: 'Open it' }).click();
      await expect.poll(() => page.locator('#pg-preview-note').textContent(), { timeout: STEP }).toContain('The preview shows here once this is fixed: ');
      expect(await pickerLabel(page)).toContain('A broken file');
      expect(await page.locator('#pg-saved').textContent()).toContain('the JSON is not valid');
      expect(await page.locator('#pg-widget').count()).toBe(1);
      expect(await editorText(page)).toBe(broken);

      await page.selectOption('#pg-pathway', 'wigan.json');
      await expect.poll(() => editorText(page), { timeout: STEP }).toContain('"title": "Wigan, changed before a broken import"');
    });
  }, 180_000);
});
