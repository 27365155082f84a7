/**
 * The distributed file, as a council web team uses it: one script and one element on a blank
 * page. It renders; a second copy of the script does no harm; the bundle holds no eval, no
 * `new Function` and no HTML sinks of its own; without `submit-url` the page asks the network
 * for nothing but the script and the pathway; with it, a failed submit keeps the answers and a
 * retry succeeds; and the printed summary has no buttons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withPage } from './browser.js';
import { WIDGET_BUNDLE, WIDGET_DIST, type E2eServer } from './server.js';
import { UI, completeJourney, waitForStart } from './journey.js';
import { useServerAndBrowser } from './harness.js';

const WIGAN = JSON.parse(readFileSync(new URL('../../pathways/wigan.json', import.meta.url), 'utf8')) as { id: string; version: string };

let server: E2eServer;
let browser: Browser;

/** Every request the page makes from now on, as "METHOD url". */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

const journey = { attendance: '88', answer: { name: 'Yes' }, evidenceNote: 'Kept in the pupil file' } as const;

/** Occurrences of `pattern` in `text`, with a little context each side. */
function occurrences(text: string, pattern: RegExp): string[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].map((match) =>
    text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 40),
  );
}

describe('the distributed widget: one script, one element', () => {
  useServerAndBrowser((startedServer, startedBrowser) => {
    server = startedServer;
    browser = startedBrowser;
  });

  describe('the bundle text', () => {
    // The entry and every part it loads later.
    const bundle = (): string =>
      [WIDGET_BUNDLE, ...readdirSync(join(WIDGET_DIST, 'chunks')).map((name) => join(WIDGET_DIST, 'chunks', name))]
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');

    it('has no eval and no new Function (nothing a strict CSP would need unsafe-eval for)', () => {
      expect(occurrences(bundle(), /\bnew\s+Function\s*\(/)).toEqual([]);
      expect(occurrences(bundle(), /(?<![\w$.])Function\s*\(/)).toEqual([]);
      expect(occurrences(bundle(), /(?<![\w$.])eval\s*\(/)).toEqual([]);
      expect(occurrences(bundle(), /\bsetTimeout\s*\(\s*["'`]/)).toEqual([]);
    });

    it('has no unsafeHTML/unsafeSVG directive and no HTML-parsing sinks', () => {
      for (const sink of [/unsafeHTML/, /unsafeSVG/, /insertAdjacentHTML/, /document\.write/, /createContextualFragment/, /setHTMLUnsafe/, /DOMParser/, /srcdoc/, /\.outerHTML\s*=(?!=)/]) {
        expect(occurrences(bundle(), sink), String(sink)).toEqual([]);
      }
    });

    it('assigns innerHTML only where lit-html parses its own template strings (never a value)', () => {
      const assignments = occurrences(bundle(), /\.innerHTML\s*=(?!=)/);
      // lit-html's Template.createElement: `const t = document.createElement("template"); t.innerHTML = html`,
      // where html is the developer's template literal strings with markers, not data.
      const litTemplate = /createElement\(["'`]template["'`]\);return ([\w$]+)\.innerHTML=[\w$]+,\1\}/;
      expect(assignments.length).toBeGreaterThanOrEqual(1);
      for (const assignment of assignments) expect(assignment).toMatch(litTemplate);
    });
  });

  it('a blank page with only the script and the element renders the pathway, without an error', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(`${server.origin}/pages/distro.html`);
      const ready = page.evaluate(
        () =>
          new Promise<{ pathwayId: string; version: string }>((resolve) =>
            document.querySelector('pathway-widget')!.addEventListener('pathway-ready', (event) => resolve((event as CustomEvent).detail), { once: true }),
          ),
      );
      const widget = page.locator('pathway-widget');
      await waitForStart(widget);
      expect(await page.evaluate(() => typeof customElements.get('pathway-widget'))).toBe('function');
      await expect.poll(() => widget.locator('#page-heading').textContent()).toContain('A pathway for supporting non-attendance');
      // The ready event may already have fired before the listener was added: only check it when it arrives.
      const detail = await Promise.race([ready, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 500))]);
      if (detail) expect(detail).toEqual({ pathwayId: WIGAN.id, version: WIGAN.version });
    });
  });

  it('loading the script twice (two module instances) is harmless', async () => {
    await withPage(browser, {}, async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`${server.origin}/pages/distro-twice.html`);
      const widget = page.locator('pathway-widget');
      await waitForStart(widget);
      await page.waitForLoadState('load');
      expect(requests.filter((request) => request.includes('/pathway-widget.js'))).toHaveLength(2);
      expect(await page.evaluate(() => typeof customElements.get('pathway-widget'))).toBe('function');
      expect(await page.locator('pathway-widget').count()).toBe(1);
      await completeJourney(widget, journey);
    });
  }, 60_000);

  it('with no submit-url, a whole journey requests nothing but the page, the script, its parts and the pathway', async () => {
    server.reset();
    await withPage(browser, {}, async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`${server.origin}/pages/distro.html`);
      const widget = page.locator('pathway-widget');
      await waitForStart(widget);
      await completeJourney(widget, journey);
      expect(await widget.getByRole('button', { name: UI.submit }).count()).toBe(0);
      await page.waitForTimeout(300);
      // The parts the widget loads later (the journey, the end pages) sit beside the script in chunks/.
      const isPart = (url: string) => /\/chunks\/[\w-]+\.js$/.test(url);
      expect(requests.filter((request) => !isPart(request))).toEqual([
        `GET ${server.origin}/pages/distro.html`,
        `GET ${server.origin}/pathway-widget.js`,
        `GET ${server.origin}/pathways/wigan.json`,
      ]);
      const parts = requests.filter(isPart);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      expect(parts.every((request) => request.startsWith(`GET ${server.origin}/chunks/`))).toBe(true);
      expect(server.requests.filter((request) => !isPart(request.url)).map((request) => `${request.method} ${request.url}`)).toEqual([
        'GET /pages/distro.html',
        'GET /pathway-widget.js',
        'GET /pathways/wigan.json',
      ]);
    });
  }, 60_000);

  it('submit: the first POST fails with a clear message and the answers kept; Try again succeeds once', async () => {
    server.reset();
    await withPage(browser, { allowConsoleErrors: true }, async ({ page }) => {
      await page.goto(`${server.origin}/pages/distro-submit.html`);
      const widget = page.locator('pathway-widget');
      const errors: string[] = [];
      await page.exposeFunction('__recordPathwayError', (code: string) => errors.push(code));
      await page.evaluate(() =>
        document.querySelector('pathway-widget')!.addEventListener('pathway-error', (event) =>
          (window as unknown as { __recordPathwayError(code: string): void }).__recordPathwayError((event as CustomEvent).detail.code),
        ),
      );
      await waitForStart(widget);
      await completeJourney(widget, journey);
      const answersBefore = await widget.locator('[data-section="answers"]').textContent();
      expect(answersBefore).toContain('Yes');

      await widget.getByRole('button', { name: UI.submit, exact: true }).click();
      const alert = widget.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(UI.submitHttpFailed(503));
      expect(await widget.locator('[data-section="answers"]').textContent()).toBe(answersBefore);
      expect(server.submissions.map((submission) => submission.status)).toEqual([503]);
      expect(errors).toEqual(['submit-failed']);

      await widget.getByRole('button', { name: UI.retry, exact: true }).click();
      await expect.poll(() => widget.getByRole('status').filter({ hasText: UI.submitSuccess }).count()).toBe(1);
      expect(server.submissions.map((submission) => submission.status)).toEqual([503, 200]);
      const [failed, succeeded] = server.submissions;
      expect(succeeded.contentType).toMatch(/^application\/json/);
      expect(succeeded.idempotencyKey).toBeTruthy();
      expect(succeeded.idempotencyKey).toBe(failed.idempotencyKey);
      const body = JSON.parse(succeeded.body) as { format: string; pathway: { id: string; version: string }; answers: unknown[] };
      expect(body.format).toBe('pathway-summary/1');
      expect(body.pathway).toMatchObject({ id: WIGAN.id, version: WIGAN.version });
      expect(body.answers.length).toBeGreaterThan(0);
    });
  }, 60_000);

  it('printing the summary hides every button', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(`${server.origin}/pages/distro-submit.html`);
      const widget = page.locator('pathway-widget');
      await waitForStart(widget);
      await completeJourney(widget, journey);
      const buttons = widget.getByRole('button');
      expect(await buttons.count()).toBeGreaterThanOrEqual(4);
      // A button is hidden when it, or anything it sits in (across shadow boundaries), computes to display: none.
      const shown = (): Promise<boolean[]> =>
        buttons.evaluateAll((elements) =>
          elements.map((element) => {
            for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
              if (node instanceof Element && getComputedStyle(node).display === 'none') return false;
            }
            return true;
          }),
        );
      expect((await shown()).every(Boolean)).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await shown()).toEqual(new Array(await buttons.count()).fill(false));
      expect(await widget.locator('[part~="summary"]').evaluate((element) => element.checkVisibility())).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect((await shown()).every(Boolean)).toBe(true);
    });
  }, 60_000);
});
