/**
 * The one way the end-to-end tests start a browser: the system Chromium, headless, with nothing
 * that phones home. One browser per test file; each test opens its own context.
 */
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';


export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** Everything a page said that a test may want to assert is absent. */
export interface PageWatch {
  pageErrors: string[];
  consoleErrors: string[];
  /** Console lines of any type, as "type: text". */
  console: string[];
  dialogs: string[];
}

/** Starts recording page errors, console output and dialogs (dismissing each dialog). */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { pageErrors: [], consoleErrors: [], console: [], dialogs: [] };
  page.on('pageerror', (error) => watch.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    const line = `${message.type()}: ${message.text()}`;
    watch.console.push(line);
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return watch;
}
