/**
 * The widget under `Content-Security-Policy: default-src 'none'; script-src 'self';
 * style-src 'self'; connect-src 'self'`: it loads its `src`, and a whole journey (attendance
 * 88%, every question answered, summary, both downloads, print) raises no violation, no page error
 * and no console error. Two control pages prove the collector neither misses a violation nor
 * invents one.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withPage, type PageWatch } from './browser.js';
import { STRICT_CSP, type E2eServer } from './server.js';
import { completeJourney, waitForStart } from './journey.js';
import { useServerAndBrowser } from './harness.js';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

let server: E2eServer;
let browser: Browser;

const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/** Console lines Chromium writes when it refuses something under the policy. */
const cspConsoleLines = (watch: PageWatch): string[] =>
  watch.console.filter((line) => /Content Security Policy|CSP violation/i.test(line));

describe('the widget under a strict Content-Security-Policy', () => {
  useServerAndBrowser((startedServer, startedBrowser) => {
    server = startedServer;
    browser = startedBrowser;
  });

  it('the test page is served with exactly the strict policy', async () => {
    const response = await fetch(`${server.origin}/pages/csp.html`);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(await response.text()).not.toMatch(/<script>|<style|style="/);
  });

  it('control: the collector catches inline script and inline styles, so the test can fail', async () => {
    await withPage(browser, { allowConsoleErrors: true }, async ({ page, watch }) => {
      await page.goto(`${server.origin}/pages/csp-control.html`);
      await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(3);
      const directives = (await violations(page)).map((violation) => violation.directive);
      expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem', 'style-src-attr']));
      expect(await page.evaluate(() => (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan)).toBeUndefined();
      expect(cspConsoleLines(watch).length).toBeGreaterThanOrEqual(3);
    });
  });

  it('control: a page with nothing inline records no violation (no false alarms)', async () => {
    await withPage(browser, {}, async ({ page, watch }) => {
      await page.goto(`${server.origin}/pages/csp-empty.html`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      expect(await violations(page)).toEqual([]);
      expect(cspConsoleLines(watch)).toEqual([]);
    });
  });

  it('loads /pathways/wigan.json and completes a whole journey with zero violations, page errors and console errors', async () => {
    await withPage(browser, {}, async ({ page, watch }) => {
      await page.goto(`${server.origin}/pages/csp.html`);
      const widget = page.locator('pathway-widget');
      await waitForStart(widget);
      const visited = await completeJourney(widget, {
        attendance: '88',
        answer: { name: 'Yes' },
        evidenceNote: 'Kept in the pupil file',
      });
      expect(visited).toEqual(['start', 'measures', 'stage', 'questions', 'check', 'summary']);
      const summary = widget.locator('[part~="summary"]');
      await expect.poll(() => summary.textContent()).toContain('Identify and Understand');
      expect(await summary.textContent()).toContain('88');

      // Violations by step, so a failure names the step that caused it.
      const byStep: Record<string, Violation[]> = { journey: await violations(page) };
      // Both downloads are made in the page (blob URLs) and must work under the policy too.
      for (const name of ['Download as JSON', 'Download as a web page']) {
        const before = (await violations(page)).length;
        const download = page.waitForEvent('download', { timeout: 10_000 });
        await widget.getByRole('button', { name, exact: true }).click();
        expect((await download).suggestedFilename()).toMatch(/\.(json|html)$/);
        await page.waitForTimeout(200);
        byStep[name] = (await violations(page)).slice(before);
      }

      // Print fills a frame of its own with a copy of the summary and its stylesheets, then removes it.
      const before = (await violations(page)).length;
      await page.evaluate(() => {
        const root = document.querySelector('pathway-widget')!.shadowRoot!;
        new MutationObserver((records) => {
          for (const node of records.flatMap((record) => [...record.addedNodes])) {
            if (node instanceof HTMLIFrameElement) (window as unknown as { __framed: boolean }).__framed = true;
          }
        }).observe(root, { childList: true });
      });
      await widget.getByRole('button', { name: 'Print', exact: true }).click();
      expect(await page.evaluate(() => (window as unknown as { __framed?: boolean }).__framed)).toBe(true);
      expect(await widget.locator('iframe').count()).toBe(0);
      expect(await widget.getByRole('button', { name: 'Print', exact: true }).evaluate((button) => button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement === button)).toBe(true);
      byStep.Print = (await violations(page)).slice(before);

      expect(byStep).toEqual({ journey: [], 'Download as JSON': [], 'Download as a web page': [], Print: [] });
      expect(cspConsoleLines(watch)).toEqual([]);
      const requested = server.requests.map((request) => request.url);
      expect(requested).toContain('/pathways/wigan.json');
    });
  }, 60_000);
});
