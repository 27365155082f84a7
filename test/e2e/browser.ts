/**
 * The one way the end-to-end tests start a browser (the system Chromium, headless, with nothing
 * that phones home) and open a page in it. One browser per test file; each test opens its own
 * context with `withPage`.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Page, type ViewportSize } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';


export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** Everything a page said that a test may want to assert is absent. */
export interface PageWatch {
  pageErrors: string[];
  /** Console errors' text; a resource that failed to load is followed by its address, which Chromium leaves out of the text. */
  consoleErrors: string[];
  /** Console lines of any type, as "type: text". */
  console: string[];
  dialogs: string[];
}

/** Starts recording page errors, console output and dialogs (dismissing each dialog). */
function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { pageErrors: [], consoleErrors: [], console: [], dialogs: [] };
  page.on('pageerror', (error) => watch.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    const line = `${message.type()}: ${message.text()}`;
    watch.console.push(line);
    if (message.type() !== 'error') return;
    const address = message.location().url;
    watch.consoleErrors.push(message.text().startsWith('Failed to load resource') && address ? `${message.text()} (${address})` : message.text());
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return watch;
}

export interface PageOptions {
  /** The window's size; a laptop's 1280 × 800 unless given. */
  viewport?: ViewportSize;
  /** Any other setting the context needs (JavaScript off, the page's own CSP bypassed). */
  context?: Omit<BrowserContextOptions, 'viewport'>;
  /**
   * For a test that provokes console errors on purpose (a script the CSP blocks, a download that
   * fails) and asserts what it expects itself. Page errors are still not allowed.
   */
  allowConsoleErrors?: boolean;
}

/** A watched tab: the page and what it has said so far. */
export interface WatchedPage {
  page: Page;
  watch: PageWatch;
}

export interface OpenPage extends WatchedPage {
  context: BrowserContext;
  /** Another tab in the same context (sharing its storage), watched and checked like the first. */
  newTab(): Promise<WatchedPage>;
}

/**
 * Opens a fresh context and a watched page in it, runs `body`, and closes the context whatever
 * happens, so no test leaks a context into the next or forgets to look at what the page said.
 * When `body` succeeds, fails if any tab raised a page error or (unless allowed) logged a console
 * error, listing each.
 */
export async function withPage<T>(browser: Browser, options: PageOptions, body: (opened: OpenPage) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, ...options.context });
  try {
    const tabs: WatchedPage[] = [];
    const newTab = async (): Promise<WatchedPage> => {
      const page = await context.newPage();
      const tab = { page, watch: watchPage(page) };
      tabs.push(tab);
      return tab;
    };
    const first = await newTab();
    const result = await body({ ...first, context, newTab });
    const said = tabs.flatMap(({ watch }, index) => {
      const where = tabs.length > 1 ? `tab ${index + 1}, ` : '';
      return [
        ...watch.pageErrors.map((error) => `${where}page error: ${error}`),
        ...(options.allowConsoleErrors ? [] : watch.consoleErrors.map((error) => `${where}console error: ${error}`)),
      ];
    });
    if (said.length > 0) throw new Error(`The page raised or logged errors:\n${said.map((line) => `- ${line}`).join('\n')}`);
    return result;
  } finally {
    await context.close();
  }
}
