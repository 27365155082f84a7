/**
 * The README's first command, `npm start`, serves the playground. The first test opens it on
 * that dev server; the rest use the same config's build (playground-global-setup.ts says why).
 * Together they check what a new user sees: every seed in the picker by authority and title (and
 * a blank pathway), the designer, the widget previewing the draft, the engine's output agreeing
 * with it, the Input pane driving the preview, panes that resize and collapse by keyboard, a
 * layout that works at 1280×800 and at 320 px, nothing lost when switching pathways, and
 * axe-core finding nothing on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_EXAMPLE, SEEDS, axeViolations, usePlayground, waitForPlayground, withPlayground, type Playground } from './playground-server.js';

let playground: Playground;

const editorText = (page: Page) => page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);

describe('the playground (npm start)', () => {
  usePlayground((started) => {
    playground = started;
  });

  it('offers every seed by authority and title, and a blank pathway; opens the first in the designer, the preview and the output (on `npm start`\'s dev server)', async () => {
    await withPlayground({ ...playground, origin: playground.devOrigin }, {}, async ({ page }) => {
      const options = await page.locator('#pg-pathway option').evaluateAll((all) =>
        all.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
      );
      expect(options.filter((option) => option.value !== 'blank').sort((a, b) => a.value.localeCompare(b.value))).toEqual(
        SEEDS.map((seed) => ({ value: seed.file, label: seed.label })).sort((a, b) => a.value.localeCompare(b.value)),
      );
      expect(options).toContainEqual({ value: 'blank', label: 'A blank pathway' });
      // A first visit opens the first example offered, and the address names it (a reload or a shared link opens it).
      expect(options[0]!.value).toBe(FIRST_EXAMPLE.file);
      expect(await page.locator('#pg-pathway').inputValue()).toBe(FIRST_EXAMPLE.file);
      expect(new URL(page.url()).searchParams.get('pathway')).toBe(FIRST_EXAMPLE.file);

      // The designer holds the pathway; the preview is the widget on it; the output is the engine's.
      expect(await editorText(page)).toContain(`"title": ${JSON.stringify(FIRST_EXAMPLE.title)}`);
      await expect.poll(() => page.locator('#pg-widget').getByRole('heading', { level: 2 }).first().textContent(), { timeout: 30_000 }).toContain(
        FIRST_EXAMPLE.title,
      );
      await expect.poll(() => page.locator('#pg-output-facts').textContent(), { timeout: 30_000 }).toContain('Stage');
      // The editor's own preview is left out: the Preview pane is the one widget.
      expect(await page.locator('#pg-editor').evaluate((editor) => editor.shadowRoot?.querySelector('pe-preview') === null)).toBe(true);
      expect(await page.locator('pathway-widget').count()).toBe(1);
    });
  }, 180_000);

  it('axe-core: 0 violations on the playground page, every control labelled', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await page.locator('#pg-output-facts').waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.getByLabel("The pupil's case (JSON)").count()).toBe(1);
      expect(await page.getByLabel('Example pathway', { exact: true }).count()).toBe(1);
      // One <h1>, the playground's: the designer's title sits under its pane's heading (heading-level).
      expect(await page.locator('h1').allTextContents()).toEqual(['Pathway playground']);
      expect(await page.locator('#pg-editor .toolbar .title').evaluate((title) => title.tagName)).toBe('H3');
    });
  }, 180_000);

  it('works at 320 px: nothing wider than the screen, panes stacked, every pane reachable', async () => {
    await withPlayground(playground, { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const pane of ['#pg-designer', '#pg-preview', '#pg-input', '#pg-output']) {
        const box = await page.locator(pane).boundingBox();
        expect(box, pane).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      }
      // Splitters are for side-by-side panes; stacked, they are not shown.
      expect(await page.locator('[role="separator"]').first().isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    });
  }, 180_000);

  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    it(`at ${viewport.width}×${viewport.height} the page never grows past the window, and the JSON view's text box is on the first screen and tall`, async () => {
      await withPlayground(playground, { viewport }, async ({ page }) => {
        const editor = page.locator('#pg-editor');
        // A long form (Wigan's fullest stage), then the wheel over the header: the page must not scroll into blank space.
        await editor.getByRole('treeitem').nth(5).click();
        await page.mouse.move(200, 20);
        await page.mouse.wheel(0, 3000);
        const pageSize = () => page.evaluate(() => ({ height: document.documentElement.scrollHeight, scrolled: window.scrollY }));
        expect(await pageSize()).toEqual({ height: viewport.height, scrolled: 0 });
        expect((await editor.boundingBox())!.height).toBeLessThan(viewport.height);

        await editor.getByRole('tab', { name: 'JSON' }).click();
        await page.locator('#pg-editor .monaco-editor').first().waitFor({ timeout: 90_000 });
        const box = async () => (await page.locator('#pg-editor').locator('.editor[part="editor"]').boundingBox())!;
        let json = await box();
        expect(json.y + json.height).toBeLessThanOrEqual(viewport.height);
        expect(json.height).toBeGreaterThanOrEqual(180);
        expect(json.width).toBeGreaterThanOrEqual(450);
        expect(await pageSize()).toEqual({ height: viewport.height, scrolled: 0 });

        // Hide outline gives the JSON the rest of the pane; the button says what it does.
        const toggle = editor.getByRole('button', { name: 'Hide outline' });
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        await toggle.click();
        expect(await editor.getByRole('button', { name: 'Show outline' }).getAttribute('aria-expanded')).toBe('false');
        json = await box();
        expect(json.y + json.height).toBeLessThanOrEqual(viewport.height);
        expect(json.height).toBeGreaterThanOrEqual(300);
        expect(await axeViolations(page)).toEqual([]);
      });
    }, 180_000);
  }

  it('panes resize by keyboard (separator with aria-valuenow, arrows, Home, End) and collapse (Hide/Show, Enter)', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const splitter = page.getByRole('separator', { name: 'Width of the designer' });
      expect(await splitter.getAttribute('aria-valuenow')).toBe('58');
      const designerWidth = async () => (await page.locator('#pg-designer').boundingBox())!.width;
      const before = await designerWidth();
      await splitter.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await splitter.getAttribute('aria-valuenow')).toBe('54');
      expect(await designerWidth()).toBeLessThan(before);
      await page.keyboard.press('Shift+ArrowRight');
      expect(await splitter.getAttribute('aria-valuenow')).toBe('64');
      await page.keyboard.press('Home');
      expect(await splitter.getAttribute('aria-valuenow')).toBe('25');
      await page.keyboard.press('End');
      expect(await splitter.getAttribute('aria-valuenow')).toBe('80');
      expect(await splitter.getAttribute('aria-valuetext')).toBe('The designer takes 80% of the width');

      const preview = page.getByRole('separator', { name: 'Height of the preview' });
      const previewHeight = async () => (await page.locator('#pg-preview').boundingBox())!.height;
      const tall = await previewHeight();
      await preview.focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(Number(await preview.getAttribute('aria-valuenow'))).toBe(46);
      expect(await previewHeight()).toBeLessThan(tall);

      // Collapse: the Hide button, then Enter on a splitter; each says whether its pane is shown.
      const hideOutput = page.locator('#pg-output .pg-collapse');
      expect(await hideOutput.getAttribute('aria-expanded')).toBe('true');
      await hideOutput.focus();
      await page.keyboard.press('Enter');
      expect(await hideOutput.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#pg-output-body').isVisible()).toBe(false);
      expect((await hideOutput.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Show the output');
      await page.keyboard.press('Space');
      expect(await page.locator('#pg-output-body').isVisible()).toBe(true);

      await preview.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#pg-preview-body').isVisible()).toBe(false);
      expect(await page.locator('#pg-preview .pg-collapse').getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      expect(await page.locator('#pg-preview-body').isVisible()).toBe(true);
    });
  }, 180_000);

  it('the Preview takes the room of the panes hidden below it (and the Input, of a hidden Output)', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const height = async (id: string) => (await page.locator(id).boundingBox())!.height;
      const side = await height('#pg-side');
      const shownPreview = await height('#pg-preview');
      await page.locator('#pg-output .pg-collapse').click();
      await expect.poll(() => height('#pg-output')).toBeLessThan(80);
      // The Output's room goes to the Input, the pane above it; the Preview keeps its height.
      expect(await height('#pg-preview')).toBe(shownPreview);
      const headers = (await height('#pg-output')) * 2;
      await page.locator('#pg-input .pg-collapse').click();
      await expect.poll(() => height('#pg-input')).toBeLessThan(80);
      // All that is left beside the two headers and the splitters goes to the Preview.
      expect(await height('#pg-preview')).toBeGreaterThan(side - headers - 40);
      await page.locator('#pg-input .pg-collapse').click();
      await page.locator('#pg-output .pg-collapse').click();
      await expect.poll(() => height('#pg-preview')).toBe(shownPreview);
    });
  }, 180_000);

  it('the Input pane drives the preview through its case, and says in plain English what is wrong with bad JSON', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const caseBox = page.getByLabel("The pupil's case (JSON)");
      await caseBox.fill('{ "measures": { "attendance": { "percentage": 45 } }, "cohorts": ["looked-after"], }');
      await caseBox.press('Tab');
      const error = page.locator('#pg-case-error');
      await expect.poll(() => error.textContent(), { timeout: 30_000 }).toBe(
        'Error: The case is not valid JSON. Line 1, column 84: a comma before "}" (remove the trailing comma).',
      );
      expect(await caseBox.getAttribute('aria-invalid')).toBe('true');
      expect(await caseBox.getAttribute('aria-describedby')).toContain('pg-case-error');

      await caseBox.fill('{ "measures": { "attendance": { "percentage": 45 } }, "cohorts": "looked-after" }');
      await caseBox.press('Tab');
      await expect.poll(() => error.textContent(), { timeout: 30_000 }).toContain('"cohorts" must be a list of circumstance ids in square brackets');

      await caseBox.fill('{ "measures": { "attendance": { "percentage": 45 } }, "cohorts": ["looked-after"] }');
      await caseBox.press('Tab');
      await expect.poll(() => error.isVisible(), { timeout: 30_000 }).toBe(false);
      // The output shows the case; the preview was given it (its attendance page holds 45).
      await expect.poll(() => page.locator('#pg-output-facts').textContent(), { timeout: 30_000 }).toContain('Formalise support.');
      expect(await page.locator('#pg-output-facts').textContent()).toContain('Child Looked After (CLA)');
      const widget = page.locator('#pg-widget');
      await widget.getByRole('button', { name: 'Start now', exact: true }).click();
      await expect.poll(() => widget.getByRole('textbox', { name: 'Percentage', exact: true }).inputValue(), { timeout: 30_000 }).toBe('45');
      expect(await widget.getByRole('checkbox', { name: 'Child Looked After (CLA)' }).isChecked()).toBe(true);

      // What is entered in the preview can be taken back into the case.
      await widget.getByRole('textbox', { name: 'Percentage', exact: true }).fill('47');
      await widget.getByRole('textbox', { name: 'Percentage', exact: true }).press('Tab');
      await page.getByRole('button', { name: "Copy the preview's answers into the case" }).click();
      const copied = JSON.parse(await caseBox.inputValue()) as { measures: Record<string, unknown>; cohorts: string[] };
      expect(copied.measures.attendance).toEqual({ percentage: 47 });
      expect(copied.cohorts).toEqual(['looked-after']);
      expect(await error.isVisible()).toBe(false);
    });
  }, 180_000);

  it('switching pathways keeps each one\'s changes (autosave per pathway); starting again asks first (GOV.UK confirmation)', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      // An edit to Wigan through the editor's model, as any form or the JSON view makes one.
      await page.evaluate(() => {
        const editor = document.querySelector('#pg-editor') as HTMLElement & { modeling: { set(pointer: string, value: unknown, options?: object): void } };
        editor.modeling.set('/title', 'Wigan, edited in the playground');
      });
      await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: 30_000 }).toContain('your changes are saved in this browser');

      await page.selectOption('#pg-pathway', 'norfolk.json');
      await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('"title": "A Staged Intervention Pathway for Promoting Good School Attendance"');
      await page.selectOption('#pg-pathway', 'blank');
      await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('"title": "New pathway"');
      await page.selectOption('#pg-pathway', 'wigan.json');
      await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('"title": "Wigan, edited in the playground"');

      // Reloading keeps it too, on the same pathway.
      await page.reload();
      await waitForPlayground(page);
      expect(await page.locator('#pg-pathway').inputValue()).toBe('wigan.json');
      expect(await editorText(page)).toContain('"title": "Wigan, edited in the playground"');

      // Starting again asks; Cancel keeps the changes, confirming discards them.
      await page.getByRole('button', { name: 'Start this pathway again' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: 30_000 });
      expect(await dialog.getByRole('heading').textContent()).toBe('Start Wigan Council: A pathway for supporting non-attendance again?');
      await page.keyboard.press('Enter'); // Cancel has focus: the safe choice
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      expect(await editorText(page)).toContain('Wigan, edited in the playground');
      await page.getByRole('button', { name: 'Start this pathway again' }).click();
      await dialog.getByRole('button', { name: 'Yes, delete my changes' }).click();
      await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('"title": "A pathway for supporting non-attendance"');
    });
  }, 180_000);

  it('the blank pathway is a valid start: the preview shows it', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      await page.selectOption('#pg-pathway', 'blank');
      await expect.poll(() => page.locator('#pg-widget').getByRole('heading', { level: 2 }).first().textContent(), { timeout: 30_000 }).toContain('New pathway');
      expect(await page.locator('#pg-preview-note').textContent()).toBe('');
    });
  }, 180_000);

  it('links to the embed page for a seed (not for a blank pathway), served with the strict CSP', async () => {
    await withPlayground(playground, { path: '/?pathway=wigan.json' }, async ({ page }) => {
      const link = page.getByRole('link', { name: 'See it as a council website would' });
      expect(await link.getAttribute('href')).toBe('/embed.html?pathway=wigan.json');
      await page.selectOption('#pg-pathway', 'norfolk.json');
      expect(await link.getAttribute('href')).toBe('/embed.html?pathway=norfolk.json');
      // The embed page shows published seeds only: a blank pathway has none to show.
      await page.selectOption('#pg-pathway', 'blank');
      expect(await page.locator('#pg-embed-link').isHidden()).toBe(true);
      await page.selectOption('#pg-pathway', 'norfolk.json');
      expect(await link.isVisible()).toBe(true);
      const response = await fetch(`${playground.origin}/embed.html?pathway=norfolk.json`);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'");
      const html = await response.text();
      expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/pathway-widget.js">']);
      expect(html.match(/<pathway-widget\b[^>]*>/g)).toEqual(['<pathway-widget src="/pathways/norfolk.json">']);
      // Its fallback text links to the same pathway's public page.
      expect(html.match(/<a href="\/pathways\/[^"]*"/g)).toEqual(['<a href="/pathways/norfolk.html"']);
      expect(html).not.toMatch(/style=|<style/);
      // Only seed names are ever put in the page.
      const odd = await (await fetch(`${playground.origin}/embed.html?pathway=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
      expect(odd.match(/<pathway-widget\b[^>]*>/g)).toEqual(['<pathway-widget src="/pathways/wigan.json">']);
      // The widget served is the production build `npm run build` makes, not Lit's development
      // build (which the dev server's own process would resolve, and which warns in the console).
      const script = await (await fetch(`${playground.origin}/pathway-widget.js`)).text();
      expect(script.length).toBeGreaterThan(10_000);
      expect(script).not.toContain('Lit is in dev mode');
    });
  }, 180_000);
});
