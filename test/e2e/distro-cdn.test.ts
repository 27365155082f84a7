/**
 * The split widget from a council's CDN: the page names one script on a second origin, under
 * the strict Content-Security-Policy with only that origin added to script-src. The parts
 * the widget loads later (the journey, the end pages) are found beside the script, on the
 * CDN, without configuration, and a whole journey completes with no violation or error. A
 * pathway on the CDN that the page's connect-src, or the CDN's missing CORS header, keeps from
 * the widget is reported as what it is.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withPage, type PageOptions } from './browser.js';
import { CDN_FOLDER, startCdnServer, type CdnServer } from './cdn-server.js';
import { completeJourney, waitForStart } from './journey.js';
import { useServerAndBrowser } from './harness.js';
import type { Browser, Locator, Page } from 'playwright-core';
import type { E2eServer } from './server.js';

let server: E2eServer;
let browser: Browser;
let cdn: CdnServer;

describe('the widget loaded from a second origin (a CDN) under a strict CSP', () => {
  useServerAndBrowser((startedServer, startedBrowser) => {
    server = startedServer;
    browser = startedBrowser;
  });
  beforeAll(async () => {
    cdn = await startCdnServer();
  });
  afterAll(async () => {
    await cdn?.close();
  });
  // Each test sets how the CDN answers; none leaves it holding or failing for the next.
  afterEach(() => {
    cdn?.chunks({});
  });

  /** A council's page: the strict policy with the CDN added to script-src, one script from the CDN, one element. */
  function publishPage(): string {
    const policy = `default-src 'none'; script-src 'self' ${cdn.origin}; style-src 'self'; connect-src 'self'`;
    return server.publish(
      'cdn-page.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attendance pathway</title>
<script src="/pages/csp-collector.js"></script>
<script type="module" src="${cdn.origin}${CDN_FOLDER}/pathway-widget.js"></script></head>
<body><main><h1>Before a referral</h1><pathway-widget src="/pathways/wigan.json"></pathway-widget></main></body></html>`,
      'text/html; charset=utf-8',
      { 'content-security-policy': policy },
    );
  }

  /** That page, freshly opened (see withPage), and its widget. */
  function withCdnPage(options: PageOptions, body: (opened: { page: Page; widget: Locator }) => Promise<void>): Promise<void> {
    return withPage(browser, options, async ({ page }) => {
      await page.goto(`${server.origin}${publishPage()}`);
      await body({ page, widget: page.locator('pathway-widget') });
    });
  }

  it('finds its chunks beside the script and completes a journey with zero violations', async () => {
    cdn.chunks({});
    await withCdnPage({}, async ({ page, widget }) => {
      await waitForStart(widget);
      const visited = await completeJourney(widget, { attendance: '88', answer: { name: 'Yes' }, evidenceNote: 'Kept in the pupil file' });
      expect(visited).toEqual(['start', 'measures', 'stage', 'questions', 'check', 'summary']);
      await expect.poll(() => widget.locator('[part~="summary"]').textContent()).toContain('Identify and Understand');

      // The entry came from the CDN, and so did every part it loaded: none was asked of the page's own server.
      expect(cdn.requests[0]).toBe(`${CDN_FOLDER}/pathway-widget.js`);
      const chunks = cdn.requests.filter((path) => path.startsWith(`${CDN_FOLDER}/chunks/`));
      expect(chunks.length).toBeGreaterThanOrEqual(2);
      expect(server.requests.map((request) => request.url).filter((url) => url.endsWith('.js') && url !== '/pages/csp-collector.js')).toEqual([]);

      expect(await page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations)).toEqual([]);
    });
  });

  it('draws the start page before its later parts arrive, and "Start now" pressed meanwhile goes on when they do', async () => {
    cdn.chunks({ hold: true });
    await withCdnPage({}, async ({ page, widget }) => {
      const start = widget.getByRole('button', { name: 'Start now' });
      await start.waitFor();
      // The journey part is held at the CDN: the start page came from the first module alone.
      expect(await widget.locator('[part~="heading"]').textContent()).toContain('Wigan');
      // ...styled by it too: the first-paint sheet has the buttons.
      expect(await start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(0, 112, 60)');
      await start.click();
      await page.waitForTimeout(200);
      expect(await widget.locator('[part~="heading"]').textContent()).toContain('Wigan');
      cdn.release();
      await expect.poll(() => widget.locator('[part~="heading"]').textContent(), { timeout: 20_000 }).toContain("The pupil's attendance");
      // The journey's sheet came with its part: the measures page's boxes have their GOV.UK border.
      const box = widget.locator('input[data-part="percentage"]');
      expect(await box.evaluate((input) => getComputedStyle(input).borderTop)).toBe('2px solid rgb(11, 12, 12)');
    });
  });

  it('a page whose part arrives after Continue gets focus on its heading when it is drawn', async () => {
    // The end pages (Check your answers onwards) are held at the CDN, prefetch included.
    cdn.chunks({ hold: true, only: /^chunks\/end-pages-/ });
    await withCdnPage({}, async ({ page, widget }) => {
      const heading = widget.locator('[part~="heading"]');
      const focusedId = () => page.evaluate(() => document.querySelector('pathway-widget')?.shadowRoot?.activeElement?.id);
      await waitForStart(widget);
      await widget.getByRole('button', { name: 'Start now' }).click();
      await widget.locator('input[data-part="percentage"]').fill('88');
      await widget.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toContain('Which stage applies');
      await widget.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toContain('Questions and evidence');
      await widget.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => widget.locator('.loading').count(), { timeout: 20_000 }).toBe(1);
      cdn.release();
      await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toContain('Check your answers');
      expect(await focusedId()).toBe('page-heading');
    });
  });

  it('a part that cannot be downloaded is said plainly, with Try again, and the journey goes on once it can', async () => {
    cdn.chunks({ status: 503 });
    // The chunks' 503s are logged to the console; the test asserts what the widget says of them.
    await withCdnPage({ allowConsoleErrors: true }, async ({ widget }) => {
      const panel = widget.locator('[part~="error-panel"]');
      await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('Part of this page could not be downloaded');

      cdn.chunks({});
      await widget.getByRole('button', { name: 'Try again' }).click();
      await widget.getByRole('button', { name: 'Start now' }).click();
      await expect.poll(() => widget.locator('[part~="heading"]').textContent(), { timeout: 20_000 }).toContain("The pupil's attendance");
    });
  });

  /**
   * A page whose widget's src is on the CDN, under `connect` as its connect-src; a script of the
   * page's own records each pathway-error (the policy allows no inline script).
   */
  function withPathwayFromCdn(connect: string, body: (opened: { widget: Locator; error: { code: string; message: string } }) => Promise<void>): Promise<void> {
    const recorder = server.publish('record-errors.js', 'addEventListener("pathway-error", (e) => (window.__errors ||= []).push(e.detail));', 'text/javascript');
    const policy = `default-src 'none'; script-src 'self' ${cdn.origin}; style-src 'self'; connect-src ${connect}`;
    const path = server.publish(
      'cdn-src-page.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attendance pathway</title>
<script src="${recorder}"></script>
<script type="module" src="${cdn.origin}${CDN_FOLDER}/pathway-widget.js"></script></head>
<body><main><h1>Before a referral</h1><pathway-widget src="${cdn.origin}${CDN_FOLDER}/pathways/wigan.json?key=s3cret"></pathway-widget></main></body></html>`,
      'text/html; charset=utf-8',
      { 'content-security-policy': policy },
    );
    // The refused or failed fetch is logged to the console: what the widget makes of it is the test.
    return withPage(browser, { allowConsoleErrors: true }, async ({ page }) => {
      await page.goto(`${server.origin}${path}`);
      const errors = () => page.evaluate(() => (window as unknown as { __errors?: { code: string; message: string }[] }).__errors ?? []);
      await expect.poll(async () => (await errors()).length, { timeout: 20_000 }).toBe(1);
      await body({ widget: page.locator('pathway-widget'), error: (await errors())[0] });
    });
  }

  it("a src on an origin the page's connect-src does not allow: the web team is told to add it, the school is not told to check its connection", async () => {
    cdn.chunks({});
    await withPathwayFromCdn("'self'", async ({ widget, error }) => {
      expect(error.code).toBe('csp-blocked');
      expect(error.message).toContain(
        `This page's Content-Security-Policy does not allow the widget to fetch ${cdn.origin}${CDN_FOLDER}/pathways/wigan.json?…: add its origin (${cdn.origin}) to connect-src.`,
      );
      expect(error.message).not.toContain('s3cret');
      const panel = widget.locator('[part~="error-panel"]');
      expect(await panel.textContent()).toContain('The pathway cannot be downloaded on this page because of how the page is set up.');
      expect(await panel.textContent()).not.toContain('Check your connection');
      expect(await widget.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    });
  });

  it('a src on another origin served without CORS: the message names CORS and the network, and Try again is offered', async () => {
    cdn.chunks({});
    await withPathwayFromCdn(`'self' ${cdn.origin}`, async ({ widget, error }) => {
      expect(error.code).toBe('fetch-failed');
      expect(error.message).toContain(`The widget could not fetch ${cdn.origin}${CDN_FOLDER}/pathways/wigan.json?…. Either the network failed, or the server did not allow this page's origin (${server.origin})`);
      expect(error.message).toContain('Access-Control-Allow-Origin');
      expect(await widget.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    });
  });
});
