/**
 * The one description of how tests and benchmarks start a browser: the system Chromium
 * (never a downloaded one), headless, with nothing that phones home.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
