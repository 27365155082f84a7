/**
 * One cold sample: a new browser context (a fresh profile: empty HTTP cache, storage and code
 * cache), one page, one renderer, one N. Reads the probe's timings, then forces garbage
 * collection over the DevTools protocol and reads the JS heap, counts elements, and gzips
 * exactly the JS and CSS files the page loaded.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { PROBE_PATH, blankPageUrl, pageUrl, type RendererName } from './pages.js';
import type { BenchServer } from './server.js';

export interface Sample {
  renderMs: number;
  answerMs: number;
  answerBefore: string;
  answerAfter: string;
  heapBytes: number;
  elements: number;
  shippedGzipBytes: number;
  shippedFiles: string[];
  /** Widget only: ms after script start when it was ready, and when the last Continue before the questions was pressed. */
  phases: { ready?: number; lastContinue?: number };
}

interface ProbeWindow {
  __bench: {
    rendered: Promise<number>;
    answerOne(): Promise<{ ms: number; before: string; after: string }>;
    elementCount(): number;
    phases: Sample['phases'];
  };
}

const SAMPLE_TIMEOUT_MS = 180_000;

async function heapAfterGc(cdp: import('playwright-core').CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  // Twice: the first pass can leave garbage that only a second one finds (weak references, finalisers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
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
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const shipped = new Set<string>();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const url = new URL(response.url());
      if ((type === 'script' || type === 'stylesheet') && url.origin === server.origin && url.pathname !== PROBE_PATH) {
        shipped.add(url.pathname);
      }
    });
    await page.goto(pageUrl(server.origin, renderer, n), { waitUntil: 'commit' });
    await page.waitForFunction(() => '__bench' in window, undefined, { polling: 10 });
    const renderMs = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.rendered);
    const cdp = await context.newCDPSession(page);
    const heapBytes = await heapAfterGc(cdp);
    const elements = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.elementCount());
    const phases = await page.evaluate(() => ({ ...(window as unknown as ProbeWindow).__bench.phases }));
    const answer = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.answerOne());
    if (errors.length > 0) throw new Error(`${renderer} N=${n}: page errors: ${errors.join('; ')}`);
    let shippedGzipBytes = 0;
    for (const pathname of shipped) shippedGzipBytes += gzipSync(await server.contentOf(pathname)).length;
    return {
      renderMs,
      answerMs: answer.ms,
      answerBefore: answer.before,
      answerAfter: answer.after,
      heapBytes,
      elements,
      shippedGzipBytes,
      shippedFiles: [...shipped].sort(),
      phases,
    };
  } finally {
    await context.close();
  }
}

/** The JS heap of a page with nothing but the probe, after GC: what every page pays before rendering. */
export async function measureBlankHeap(browser: Browser, server: BenchServer): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(blankPageUrl(server.origin), { waitUntil: 'load' });
    return await heapAfterGc(await context.newCDPSession(page));
  } finally {
    await context.close();
  }
}
