/**
 * One cold sample: a new browser context (a fresh profile: empty HTTP cache, storage and code
 * cache), one page, one renderer, one N. Reads the probe's render time, then forces garbage
 * collection over the DevTools protocol and reads the JS heap, counts elements, times the first
 * answer and later answers, waits for the page's network to go quiet (so chunks a renderer
 * prefetches are counted), and gzips exactly the JS and CSS files the page loaded.
 *
 * The blank page the heap is read against goes through the same steps up to the heap reading:
 * the same probe, and the same Playwright calls, whose injected script lives in the page's heap
 * too (about 0.6 MB; a blank page loaded without those calls understates every page's baseline).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { AnswerTiming } from './browser/probe.js';
import { PROBE_PATH, blankPageUrl, pageUrl, type RendererName } from './pages.js';
import type { BenchServer } from './server.js';

/** The later answers: questions 2 to 6, each answered "Yes" once the page is idle after the one before. */
export const LATER_ANSWERS = [1, 2, 3, 4, 5] as const;

export interface Sample {
  renderMs: number;
  /** The first answer after render (question 1): cold code paths, the case a person meets first. */
  firstAnswer: AnswerTiming;
  /** Answers to questions 2–6, after the first. */
  laterAnswers: AnswerTiming[];
  /** The median of `laterAnswers`. */
  laterAnswerMs: number;
  heapBytes: number;
  elements: number;
  shippedGzipBytes: number;
  shippedFiles: string[];
  /** The widget's and the floors' first question and evidence rows written out ('' for the peers): probe.ts rowShape. */
  rowShape: string;
  /** Widget only: ms after script start when it was ready, and when the last Continue before the questions was pressed. */
  phases: { ready?: number; lastContinue?: number };
}

export interface BlankHeap {
  /** The blank page measured as every page is: probe, the same Playwright calls, then GC. */
  bytes: number;
  /** The same page loaded with no Playwright call before the reading (how the baseline was read before issue 12). */
  probeOnlyBytes: number;
}

interface ProbeWindow {
  __bench: {
    rendered: Promise<number>;
    answer(indexes: number[]): Promise<AnswerTiming[]>;
    elementCount(): number;
    rowShape(): string;
    phases: Sample['phases'];
  };
}

const SAMPLE_TIMEOUT_MS = 180_000;

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  // Twice: the first pass can leave garbage that only a second one finds (weak references, finalisers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A script or stylesheet a renderer shipped: same origin, not the probe, however it was fetched (module, import(), prefetch). */
function isShippedFile(url: URL, server: BenchServer): boolean {
  return url.origin === server.origin && url.pathname !== PROBE_PATH && /\.(m?js|css)$/.test(url.pathname);
}

interface OpenedPage {
  page: Page;
  renderMs: number;
  errors: string[];
  shipped: Set<string>;
  /** Resolves once no request to the bench server is under way. */
  networkQuiet(): Promise<void>;
}

/** Opens `url` and waits for the probe's render time: the steps every page, the blank one included, goes through. */
async function openAndRender(context: BrowserContext, server: BenchServer, url: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const shipped = new Set<string>();
  let inFlight = 0;
  const quiet: (() => void)[] = [];
  const ours = (requestUrl: string) => requestUrl.startsWith(`${server.origin}/`);
  page.on('request', (request) => {
    if (ours(request.url())) inFlight += 1;
  });
  const settle = (request: { url(): string }) => {
    if (!ours(request.url())) return;
    inFlight -= 1;
    if (inFlight === 0) for (const resolve of quiet.splice(0)) resolve();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('response', (response) => {
    const responseUrl = new URL(response.url());
    if (isShippedFile(responseUrl, server)) shipped.add(responseUrl.pathname);
  });
  // The render time is read over the DevTools protocol, which puts nothing in the page. A
  // Playwright wait would evaluate Playwright's injected script in the page (50–80 ms of the
  // page's main thread on this machine) while the renderer is still loading.
  const devtools = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  const rendered = (await devtools.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => { const poll = () => ('__bench' in window ? resolve(window.__bench.rendered) : setTimeout(poll, 10)); poll(); })`,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (typeof rendered.result.value !== 'number') throw new Error(`no render time: ${rendered.exceptionDetails?.text ?? 'the probe gave none'}`);
  const renderMs = rendered.result.value;
  await devtools.detach();
  // Then the Playwright calls every page goes through, the blank one included, as before the
  // render time was read this way: their injected script is in every page's heap alike.
  await page.waitForFunction(() => '__bench' in window, undefined, { polling: 10 });
  await page.evaluate(() => (window as unknown as ProbeWindow).__bench.rendered);
  return {
    page,
    renderMs,
    errors,
    shipped,
    networkQuiet: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => quiet.push(resolve))),
  };
}

export async function measureSample(
  browser: Browser,
  server: BenchServer,
  renderer: RendererName,
  n: number,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(SAMPLE_TIMEOUT_MS);
  try {
    const { page, renderMs, errors, shipped, networkQuiet } = await openAndRender(context, server, pageUrl(server.origin, renderer, n));
    const heapBytes = await heapAfterGc(await context.newCDPSession(page));
    const elements = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.elementCount());
    const phases = await page.evaluate(() => ({ ...(window as unknown as ProbeWindow).__bench.phases }));
    const rowShape = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.rowShape());
    const [firstAnswer, ...laterAnswers] = await page.evaluate(
      (indexes) => (window as unknown as ProbeWindow).__bench.answer(indexes),
      [0, ...LATER_ANSWERS],
    );
    // Whatever the renderer fetches on idle (the widget prefetches its later chunks) is shipped too.
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
    await networkQuiet();
    if (errors.length > 0) throw new Error(`${renderer} N=${n}: page errors: ${errors.join('; ')}`);
    let shippedGzipBytes = 0;
    for (const pathname of shipped) shippedGzipBytes += gzipSync(await server.contentOf(pathname)).length;
    return {
      renderMs,
      firstAnswer,
      laterAnswers,
      laterAnswerMs: median(laterAnswers.map((answer) => answer.ms)),
      heapBytes,
      elements,
      shippedGzipBytes,
      shippedFiles: [...shipped].sort(),
      rowShape,
      phases,
    };
  } finally {
    await context.close();
  }
}

/**
 * The JS heap of the blank page (the probe and no renderer) after GC, read after the same
 * steps as every measured page; and, to show what that changes, read the old way, with no
 * Playwright call before the reading.
 */
export async function measureBlankHeap(browser: Browser, server: BenchServer): Promise<BlankHeap> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let bytes: number;
  try {
    const { page } = await openAndRender(context, server, blankPageUrl(server.origin));
    bytes = await heapAfterGc(await context.newCDPSession(page));
  } finally {
    await context.close();
  }
  const bare = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await bare.newPage();
    await page.goto(blankPageUrl(server.origin), { waitUntil: 'load' });
    return { bytes, probeOnlyBytes: await heapAfterGc(await bare.newCDPSession(page)) };
  } finally {
    await bare.close();
  }
}
