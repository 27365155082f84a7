/** The setup every end-to-end file shares: the built widget, a local server and one browser. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { assertWidgetBuilt, startE2eServer, type E2eServer } from './server.js';

/** Starts the server and the browser before the file's tests, hands them over, and closes both after. */
export function useServerAndBrowser(ready: (server: E2eServer, browser: Browser) => void): void {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertWidgetBuilt();
    server = await startE2eServer();
    browser = await launchChromium();
    ready(server, browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
