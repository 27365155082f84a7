/**
 * The widget benchmark: <pathway-widget> against SurveyJS, Form.io and a hand-written
 * createElement renderer, all drawing the same questionnaire (one stage of N questions, each
 * yes / no / partly with an optional evidence note), N = 50, 500 and 2000, in headless
 * Chromium, every sample a cold first visit in a fresh browser context.
 *
 *   npx tsx bench/widget/run.ts            # prints the table, writes bench/results/widget.md
 *
 * What each number is, exactly:
 * - render: from the probe's first line (the first script on the page, before the renderer's
 *   script is fetched, compiled and run, and before it fetches its definition) to after the
 *   first painted frame in which 3 × N answer radios are in the DOM (shadow roots included).
 * - answer → readiness: from clicking the first question's "Yes" (element.click(), in the page)
 *   to after the first painted frame in which the renderer's readiness indicator changed:
 *     widget: its readiness / "still missing" line (part="readiness" or [data-readiness]);
 *     SurveyJS: its progress bar text ("Answered 1/N questions");
 *     Form.io: it has no on-screen indicator, so the count of its "change" events;
 *     hand-written: its "N questions still to answer" line, updated on the form's change event.
 * - JS heap: Runtime.getHeapUsage().usedSize after two HeapProfiler.collectGarbage calls, taken
 *   once the questions are rendered (before answering); also shown above a blank page's heap.
 * - DOM elements: every element in the document and in every shadow root.
 * - shipped bytes: the JS and CSS files the page actually loaded (the probe left out), each
 *   gzipped with Node's zlib at its default level, summed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BUILD_DIR, REPO_ROOT, buildBenchBundles } from './build.js';
import { measureBlankHeap, measureSample, type Sample } from './measure.js';
import { RENDERERS, RENDERER_LABELS, benchRoutes, widgetBuilt, type RendererName } from './pages.js';
import { markdownReport, spread, targetVerdicts, type BenchResults } from './report.js';
import { startBenchServer } from './server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/chromium.js';

export interface WidgetBenchOptions {
  sizes?: number[];
  samples?: number;
  renderers?: RendererName[];
  /** Where the markdown goes; null to skip writing. Default bench/results/widget.md. */
  resultsFile?: string | null;
  log?: (line: string) => void;
}

export interface WidgetBenchResult {
  results: BenchResults;
  blankHeapBytes: number;
  markdown: string;
  verdicts: string[];
}

export async function runWidgetBench(options: WidgetBenchOptions = {}): Promise<WidgetBenchResult> {
  const sizes = options.sizes ?? [50, 500, 2000];
  const samples = options.samples ?? 5;
  const log = options.log ?? ((line: string) => console.log(line));
  const hasWidget = widgetBuilt();
  const renderers = (options.renderers ?? [...RENDERERS]).filter((r) => r !== 'widget' || hasWidget);

  await buildBenchBundles();
  const server = await startBenchServer(benchRoutes(sizes));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: BenchResults = new Map(sizes.map((n) => [n, new Map()]));
  const collected = new Map<string, Sample[]>();
  try {
    const blankHeapBytes = await measureBlankHeap(browser, server);
    // Interleaved (sample, N, renderer) so that drift on a shared machine spreads over every column.
    for (let sample = 1; sample <= samples; sample += 1) {
      for (const n of sizes) {
        for (const renderer of renderers) {
          const key = `${renderer}:${n}`;
          try {
            const measured = await measureSample(browser, server, renderer, n);
            collected.set(key, [...(collected.get(key) ?? []), measured]);
            log(`sample ${sample}/${samples} N=${n} ${RENDERER_LABELS[renderer]}: render ${measured.renderMs.toFixed(0)} ms, answer ${measured.answerMs.toFixed(1)} ms ("${clip(measured.answerBefore)}" → "${clip(measured.answerAfter)}")`);
          } catch (error) {
            log(`sample ${sample}/${samples} N=${n} ${RENDERER_LABELS[renderer]}: FAILED ${(error as Error).message}`);
            results.get(n)!.set(renderer, { missing: `failed: ${(error as Error).message.split('\n')[0]}` });
          }
        }
      }
    }
    for (const n of sizes) {
      const row = results.get(n)!;
      for (const renderer of RENDERERS) {
        const measured = collected.get(`${renderer}:${n}`);
        if (measured && !row.has(renderer)) row.set(renderer, measured);
        if (!row.has(renderer)) row.set(renderer, { missing: renderer === 'widget' && !hasWidget ? 'not built' : 'not run' });
      }
    }
    const verdicts = targetVerdicts(results, blankHeapBytes);
    const notes = [
      `${samples} cold samples per cell (new browser context each), median (min–max). Headless Chromium ${browser.version()}.`,
      'Definitions of each metric: see the header of bench/widget/run.ts.',
      ...widgetPhaseNotes(collected, sizes),
      ...shippedFileNotes(collected),
      ...verdicts,
    ];
    const markdown = [`## Widget benchmark (${new Date().toISOString().slice(0, 10)})`, '', markdownReport(results, blankHeapBytes, notes)].join('\n');
    const resultsFile = options.resultsFile === undefined ? join(REPO_ROOT, 'bench', 'results', 'widget.md') : options.resultsFile;
    if (resultsFile) {
      await mkdir(join(resultsFile, '..'), { recursive: true });
      await writeFile(resultsFile, `${markdown}\n`);
    }
    return { results, blankHeapBytes, markdown, verdicts };
  } finally {
    await browser.close();
    await server.close();
  }
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 70)}…` : text;
}

/** Where the widget's render time goes: loading to its start page, the pages before the questions, the questions. */
function widgetPhaseNotes(collected: Map<string, Sample[]>, sizes: number[]): string[] {
  const parts: string[] = [];
  for (const n of sizes) {
    const samples = collected.get(`widget:${n}`);
    if (!samples) continue;
    const ready = spread(samples.map((s) => s.phases.ready ?? Number.NaN)).median;
    const lastContinue = spread(samples.map((s) => s.phases.lastContinue ?? Number.NaN)).median;
    const render = spread(samples.map((s) => s.renderMs)).median;
    parts.push(`N=${n}: start page ready at ${ready.toFixed(0)} ms, last Continue pressed at ${lastContinue.toFixed(0)} ms, all questions painted at ${render.toFixed(0)} ms`);
  }
  return parts.length > 0
    ? [`widget render, by phase (medians; the probe presses Start now, types 88%, and presses Continue twice, as a person would): ${parts.join('; ')}.`]
    : [];
}

function shippedFileNotes(collected: Map<string, Sample[]>): string[] {
  const notes: string[] = [];
  for (const renderer of RENDERERS) {
    const sample = [...collected.entries()].find(([key]) => key.startsWith(`${renderer}:`))?.[1][0];
    if (sample) notes.push(`${RENDERER_LABELS[renderer]} loaded: ${sample.shippedFiles.join(', ')}`);
  }
  return notes;
}

async function main(): Promise<void> {
  if (!widgetBuilt()) console.log('The widget bundle is missing: run `npm run build` to include the widget column.');
  const { markdown } = await runWidgetBench();
  console.log(`\n${markdown}\n\nWritten to bench/results/widget.md; peer bundles in ${BUILD_DIR}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
