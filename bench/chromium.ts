/**
 * How the benchmarks start Chromium: the tests' browser and arguments (test/chromium.ts), with
 * the omnibox popup left out.
 *
 * Headless Chromium 156 builds its omnibox popup, a web page of its own, in many new browser
 * contexts (traces of cold samples, sessions 18 and 19: in about half the samples, 100–200
 * `chrome://omnibox-popup.top-chrome` and `chrome://resources` modules fetched and compiled while
 * the page measured loads, on the same two cores; the floor's N = 50 render read 260–290 ms in
 * those samples and 120–150 ms in the others). A person's browser builds it once, not per page,
 * and it is no renderer's cost. Three features draw that popup (plain, "full" and AI-mode); all
 * three are turned off.
 *
 * Chromium reads only the last `--disable-features` switch on its command line, and Playwright
 * already passes one with features of its own turned off (paint holding, AI mode, optimisation
 * hints…). So the bench asks Chromium which features Playwright turned off (chrome://version
 * shows the command line) and passes one switch with those and the popup's. Session 18 passed
 * the popup's alone, which turned Playwright's back on and left the popup in.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.js';

export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'] as const;

const SWITCH = '--disable-features=';

/** Every feature a command line's `--disable-features` switches name, in order, each once. */
export function disabledFeaturesOf(commandLine: string): string[] {
  const features = commandLine
    .split(/\s+/)
    .filter((arg) => arg.startsWith(SWITCH))
    .flatMap((arg) => arg.slice(SWITCH.length).replace(/^"|"$/g, '').split(','))
    .filter((feature) => feature.length > 0);
  return [...new Set(features)];
}

/** One `--disable-features` switch holding the features already turned off and `more`. */
export function disableFeaturesSwitch(alreadyDisabled: readonly string[], more: readonly string[]): string {
  return `${SWITCH}${[...new Set([...alreadyDisabled, ...more])].join(',')}`;
}

async function commandLineOf(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto('chrome://version');
    return (await page.textContent('#command_line')) ?? '';
  } finally {
    await page.close();
  }
}

export interface BenchChromium {
  browser: Browser;
  /** The arguments it was started with, beside Playwright's own. */
  args: string[];
}

export async function launchBenchChromium(): Promise<BenchChromium> {
  const probe = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let playwrights: string[];
  try {
    playwrights = disabledFeaturesOf(await commandLineOf(probe));
  } finally {
    await probe.close();
  }
  const args = [...CHROMIUM_ARGS, disableFeaturesSwitch(playwrights, OMNIBOX_POPUP_FEATURES)];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
  const last = disabledFeaturesOf((await commandLineOf(browser)).split(/\s+/).filter((arg) => arg.startsWith(SWITCH)).at(-1) ?? '');
  const lost = [...playwrights, ...OMNIBOX_POPUP_FEATURES].filter((feature) => !last.includes(feature));
  if (lost.length > 0) {
    await browser.close();
    throw new Error(`Chromium's last --disable-features switch leaves out ${lost.join(', ')}: the bench would not run as described.`);
  }
  return { browser, args };
}
