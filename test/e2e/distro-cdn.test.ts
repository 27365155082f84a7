/**
 * The split widget from a council's CDN: the page names one script on a second origin, under
 * the strict Content-Security-Policy with only that origin added to script-src. The parts
 * the widget loads later (the journey, the end pages) are found beside the script, on the
 * CDN, without configuration, and a whole journey completes with no violation or error. A
 * pathway on the CDN that the page's connect-src, or the CDN's missing CORS header, keeps from
 * the widget is reported as what it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPage } from './browser.js';
import { CDN_FOLDER, startCdnServer, type CdnServer } from './cdn-server.js';
import { completeJourney, waitForStart } from './journey.js';
import { useServerAndBrowser } from './harness.js';
import type { Browser } from 'playwright-core';
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

  /** That page in a fresh browser context, watched for errors. */
  async function openPage() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const watch = watchPage(tab);
    await tab.goto(`${server.origin}${publishPage()}`);
    return { context, tab, watch, widget: tab.locator('pathway-widget') };
  }

  it('finds its chunks beside the script and completes a journey with zero violations', async () => {
    cdn.chunks({});
    const { context, tab, watch, widget } = await openPage();
    try {
      await waitForStart(widget);
      const visited = await completeJourney(widget, { attendance: '88', answer: { name: 'Yes' }, evidenceNote: 'Kept in the pupil file' });
      expect(visited).toEqual(['start', 'measures', 'stage', 'questions', 'check', 'summary']);
      await expect.poll(() => widget.locator('[part~="summary"]').textContent()).toContain('Identify and Understand');

      // The entry came from the CDN, and so did every part it loaded: none was asked of the page's own server.
      expect(cdn.requests[0]).toBe(`${CDN_FOLDER}/pathway-widget.js`);
      const chunks = cdn.requests.filter((path) => path.startsWith(`${CDN_FOLDER}/chunks/`));
      expect(chunks.length).toBeGreaterThanOrEqual(2);
      expect(server.requests.map((request) => request.url).filter((url) => url.endsWith('.js') && url !== '/pages/csp-collector.js')).toEqual([]);

      expect(await tab.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('draws the start page before its later parts arrive, and "Start now" pressed meanwhile goes on when they do', async () => {
    cdn.chunks({ hold: true });
    const { context, tab, watch, widget } = await openPage();
    try {
      const start = widget.getByRole('button', { name: 'Start now' });
      await start.waitFor();
      // The journey part is held at the CDN: the start page came from the first module alone.
      expect(await widget.locator('[part~="heading"]').textContent()).toContain('Wigan');
      // ...styled by it too: the first-paint sheet has the buttons.
      expect(await start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(0, 112, 60)');
      await start.click();
      await tab.waitForTimeout(200);
      expect(await widget.locator('[part~="heading"]').textContent()).toContain('Wigan');
      cdn.release();
      await expect.poll(() => widget.locator('[part~="heading"]').textContent(), { timeout: 20_000 }).toContain("The pupil's attendance");
      // The journey's sheet came with its part: the measures page's boxes have their GOV.UK border.
      const box = widget.locator('input[data-part="percentage"]');
      expect(await box.evaluate((input) => getComputedStyle(input).borderTop)).toBe('2px solid rgb(11, 12, 12)');
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      cdn.chunks({});
      await context.close();
    }
  });

  it('a page whose part arrives after Continue gets focus on its heading when it is drawn', async () => {
    // The end pages (Check your answers onwards) are held at the CDN, prefetch included.
    cdn.chunks({ hold: true, only: /^chunks\/end-pages-/ });
    const { context, tab, watch, widget } = await openPage();
    const heading = widget.locator('[part~="heading"]');
    const focusedId = () => tab.evaluate(() => document.querySelector('pathway-widget')?.shadowRoot?.activeElement?.id);
    try {
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
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      cdn.chunks({});
      await context.close();
    }
  });

  it('a part that cannot be downloaded is said plainly, with Try again, and the journey goes on once it can', async () => {
    cdn.chunks({ status: 503 });
    const { context, watch, widget } = await openPage();
    try {
      const panel = widget.locator('[part~="error-panel"]');
      await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('Part of this page could not be downloaded');
      expect(watch.pageErrors).toEqual([]);

      cdn.chunks({});
      await widget.getByRole('button', { name: 'Try again' }).click();
      await widget.getByRole('button', { name: 'Start now' }).click();
      await expect.poll(() => widget.locator('[part~="heading"]').textContent(), { timeout: 20_000 }).toContain("The pupil's attendance");
    } finally {
      cdn.chunks({});
      await context.close();
    }
  });

  /**
   * A page whose widget's src is on the CDN, under `connect` as its connect-src; a script of the
   * page's own records each pathway-error (the policy allows no inline script).
   */
  async function openPathwayFromCdn(connect: string) {
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}${path}`);
    const errors = () => tab.evaluate(() => (window as unknown as { __errors?: { code: string; message: string }[] }).__errors ?? []);
    await expect.poll(async () => (await errors()).length, { timeout: 20_000 }).toBe(1);
    return { context, widget: tab.locator('pathway-widget'), error: (await errors())[0] };
  }

  it("a src on an origin the page's connect-src does not allow: the web team is told to add it, the school is not told to check its connection", async () => {
    cdn.chunks({});
    const { context, widget, error } = await openPathwayFromCdn("'self'");
    try {
      expect(error.code).toBe('csp-blocked');
      expect(error.message).toContain(
        `This page's Content-Security-Policy does not allow the widget to fetch ${cdn.origin}${CDN_FOLDER}/pathways/wigan.json?…: add its origin (${cdn.origin}) to connect-src.`,
      );
      expect(error.message).not.toContain('s3cret');
      const panel = widget.locator('[part~="error-panel"]');
      expect(await panel.textContent()).toContain('The pathway cannot be downloaded on this page because of how the page is set up.');
      expect(await panel.textContent()).not.toContain('Check your connection');
      expect(await widget.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a src on another origin served without CORS: the message names CORS and the network, and Try again is offered', async () => {
    cdn.chunks({});
    const { context, widget, error } = await openPathwayFromCdn(`'self' ${cdn.origin}`);
    try {
      expect(error.code).toBe('fetch-failed');
      expect(error.message).toContain(`The widget could not fetch ${cdn.origin}${CDN_FOLDER}/pathways/wigan.json?…. Either the network failed, or the server did not allow this page's origin (${server.origin})`);
      expect(error.message).toContain('Access-Control-Allow-Origin');
      expect(await widget.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
