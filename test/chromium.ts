/**
 * The one description of how tests and benchmarks start a browser: the system Chromium
 * (never a downloaded one), headless, with nothing that phones home.
 *
 * The path is found by scripts/find-chromium.mjs, the same function `npm test` runs before
 * anything else: `PATHWAY_CHROMIUM`, then `CHROME_PATH`, then the usual places (/usr/bin/chromium
 * first). If none is found (only possible when vitest is run directly, since `npm test` stops or
 * installs one first), it falls back to the variable's value or /usr/bin/chromium, so the launch
 * error names the path it tried.
 */
import { findChromium } from '../scripts/find-chromium.mjs';

export const CHROMIUM_PATH: string =
  findChromium().path ?? (process.env.PATHWAY_CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
