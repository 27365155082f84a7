/**
 * withPage, the one way the end-to-end tests open a page: it fails a test whose page raised an
 * error or logged one, saying what was said, allows console errors only when told, and closes
 * its context whatever the test did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, withPage, type WatchedPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A page that logs a console error and raises an uncaught one, once both have been seen. */
const complain = async ({ page, watch }: WatchedPage): Promise<void> => {
  await page.setContent('<script>console.error("the console complains"); throw new Error("the page breaks")</script>');
  await expect.poll(() => watch.pageErrors.length + watch.consoleErrors.length).toBe(2);
};

describe('withPage', () => {
  it('fails when the page logged a console error or raised an error, naming each', async () => {
    const failure = withPage(browser, {}, complain);
    await expect(failure).rejects.toThrow(/console error: the console complains/);
    await expect(failure).rejects.toThrow(/page error: Error: the page breaks/);
  });

  it('allows console errors when told, but never page errors', async () => {
    const failure = withPage(browser, { allowConsoleErrors: true }, complain);
    await expect(failure).rejects.toThrow(/page error: Error: the page breaks/);
    await expect(failure).rejects.not.toThrow(/the console complains/);
    await expect(
      withPage(browser, { allowConsoleErrors: true }, async ({ page }) => {
        await page.setContent('<script>console.error("expected by this test")</script>');
      }),
    ).resolves.toBeUndefined();
  });

  it('checks every tab it opened, and says which tab spoke', async () => {
    const failure = withPage(browser, {}, async ({ newTab }) => complain(await newTab()));
    await expect(failure).rejects.toThrow(/tab 2, page error: Error: the page breaks/);
  });

  it('closes its context when the test passes and when it throws', async () => {
    const contexts: BrowserContext[] = [];
    await withPage(browser, { viewport: { width: 320, height: 640 } }, async ({ page, context }) => {
      contexts.push(context);
      expect(page.viewportSize()).toEqual({ width: 320, height: 640 });
    });
    await expect(
      withPage(browser, {}, async ({ context }) => {
        contexts.push(context);
        throw new Error('the test failed');
      }),
    ).rejects.toThrow('the test failed');
    expect(contexts).toHaveLength(2);
    expect(browser.contexts().filter((context) => contexts.includes(context))).toEqual([]);
  });
});
