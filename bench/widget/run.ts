/**
 * The widget benchmark: <pathway-widget> against SurveyJS, Form.io and two hand-written
 * createElement floors, all drawing the same questionnaire (one stage of N questions, each
 * yes / no / partly with an optional evidence note), N = 50, 500 and 2000, in headless
 * Chromium, every sample a cold first visit in a fresh browser context. The floors draw the
 * widget's own DOM with its own stylesheet: "same techniques" with the widget's
 * content-visibility on rows and notes drawn on demand, "plain" without either.
 *
 *   npx tsx bench/widget/run.ts            # prints the table, writes bench/results/widget.md
 *
 * What each number is, exactly (bench/widget/README.md says more):
 * - render: from the probe's first line (the first script on the page, before the renderer's
 *   script is fetched, compiled and run, and before it fetches its definition) to after the
 *   first painted frame in which 3 × N answer radios are in the DOM (shadow roots included).
 * - answer → readiness: from clicking a question's "Yes" (element.click(), in the page, once the
 *   page is idle) to after the first painted frame in which the renderer's readiness indicator
 *   changed; the first answer after render (question 1) and the median of questions 2–6 apart:
 *     widget and both floors: the "What is still missing" panel (part="readiness");
 *     SurveyJS: its progress bar text ("Answered 1/N questions");
 *     Form.io: it has no on-screen indicator, so the count of its "change" events.
 * - JS heap: Runtime.getHeapUsage().usedSize after two HeapProfiler.collectGarbage calls, taken
 *   once the questions are rendered (before answering); also shown above the heap of a blank
 *   page (the probe, no renderer) measured through exactly the same steps, once per round.
 * - DOM elements: every element in the document and in every shadow root.
 * - shipped bytes: the JS and CSS files the page actually loaded or prefetched by the end of
 *   the sample (the probe left out), each gzipped with Node's zlib at its default level, summed.
 * - widget files: every .js file in packages/widget/dist by role (chunk-sizes.ts), gzipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { measureChunks, type ChunkReport } from '../../packages/widget/build/chunk-sizes.js';
import { BUILD_DIR, REPO_ROOT, buildBenchBundles } from './build.js';
import { measureBlankHeap, measureSample, median, type BlankHeap, type Sample } from './measure.js';
import { RENDERERS, RENDERER_LABELS, benchRoutes, widgetBuilt, widgetFiles, type RendererName } from './pages.js';
import { markdownReport, spread, targetVerdicts, type BenchResults, type WidgetFiles } from './report.js';
import { startBenchServer } from './server.js';
import { CHROMIUM_PATH } from '../../test/chromium.js';
import { launchBenchChromium } from '../chromium.js';

export interface WidgetBenchOptions {
  sizes?: number[];
  samples?: number;
  renderers?: RendererName[];
  /** Chromium's command-line arguments, beside Playwright's own; by default bench/chromium.ts's (it says why). */
  browserArgs?: string[];
  /** Where the markdown goes; null to skip writing. Default bench/results/widget.md. */
  resultsFile?: string | null;
  log?: (line: string) => void;
}

export interface WidgetBenchResult {
  results: BenchResults;
  /** The median over rounds of the blank page's heap, measured as every page is. */
  blankHeapBytes: number;
  widgetFiles: WidgetFiles | undefined;
  markdown: string;
  verdicts: string[];
}

const MB = 1024 * 1024;

export async function runWidgetBench(options: WidgetBenchOptions = {}): Promise<WidgetBenchResult> {
  const sizes = options.sizes ?? [50, 500, 2000];
  const samples = options.samples ?? 5;
  const log = options.log ?? ((line: string) => console.log(line));
  const hasWidget = widgetBuilt();
  const renderers = (options.renderers ?? [...RENDERERS]).filter((r) => r !== 'widget' || hasWidget);
  const chunksAtStart = hasWidget ? measureChunks() : undefined;
  const widgetBuild = hasWidget ? describeWidgetBuild() : undefined;

  await buildBenchBundles();
  const server = await startBenchServer(benchRoutes(sizes), widgetFiles);
  const { browser, args: browserArgs } = options.browserArgs
    ? { browser: await chromium.launch({ executablePath: CHROMIUM_PATH, args: options.browserArgs }), args: options.browserArgs }
    : await launchBenchChromium();
  const results: BenchResults = new Map(sizes.map((n) => [n, new Map()]));
  const collected = new Map<string, Sample[]>();
  const blanks: BlankHeap[] = [];
  try {
    // Interleaved (sample, N, renderer) so that drift on a shared machine spreads over every column;
    // the blank page is measured once per round for the same reason.
    for (let sample = 1; sample <= samples; sample += 1) {
      const blank = await measureBlankHeap(browser, server);
      blanks.push(blank);
      log(`sample ${sample}/${samples} blank page: heap ${(blank.bytes / MB).toFixed(2)} MB (${(blank.probeOnlyBytes / MB).toFixed(2)} MB without the Playwright calls)`);
      for (const n of sizes) {
        for (const renderer of renderers) {
          const key = `${renderer}:${n}`;
          try {
            const measured = await measureSample(browser, server, renderer, n);
            collected.set(key, [...(collected.get(key) ?? []), measured]);
            log(
              `sample ${sample}/${samples} N=${n} ${RENDERER_LABELS[renderer]}: render ${measured.renderMs.toFixed(0)} ms, ` +
                `first answer ${measured.firstAnswer.ms.toFixed(1)} ms ("${clip(measured.firstAnswer.before)}" → "${clip(measured.firstAnswer.after)}"), ` +
                `later ${measured.laterAnswers.map((a) => a.ms.toFixed(1)).join(' / ')} ms`,
            );
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
    const blankHeapBytes = median(blanks.map((b) => b.bytes));
    const files = chunksAtStart ? { chunks: chunksAtStart, loaded: widgetLoaded(collected) } : undefined;
    const verdicts = targetVerdicts(results, blankHeapBytes, files);
    const notes = [
      `${samples} cold samples per cell (new browser context each), median (min–max). Headless Chromium ${browser.version()}, started with ${browserArgs.map((arg) => `\`${arg}\``).join(' ')}.`,
      'Definitions of each metric, and every difference between the renderers that remains: bench/widget/README.md.',
      ...(widgetBuild ? [`Widget measured: ${widgetBuild}.`] : []),
      ...distChangedNote(chunksAtStart),
      blankNote(blanks),
      ...sameDomNotes(collected, sizes),
      ...widgetPhaseNotes(collected, sizes),
      ...shippedFileNotes(collected),
      ...verdicts,
    ];
    const markdown = [
      `## Widget benchmark (${new Date().toISOString().slice(0, 10)})`,
      '',
      markdownReport({ results, blankHeapBytes, widgetFiles: files, notes }),
    ].join('\n');
    const resultsFile = options.resultsFile === undefined ? join(REPO_ROOT, 'bench', 'results', 'widget.md') : options.resultsFile;
    if (resultsFile) {
      await mkdir(join(resultsFile, '..'), { recursive: true });
      await writeFile(resultsFile, `${markdown}\n`);
    }
    return { results, blankHeapBytes, widgetFiles: files, markdown, verdicts };
  } finally {
    await browser.close();
    await server.close();
  }
}

function clip(text: string, length = 70): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
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

/** Every widget file a bench page loaded or prefetched, over all samples. */
function widgetLoaded(collected: Map<string, Sample[]>): Set<string> {
  const loaded = new Set<string>();
  for (const [key, samples] of collected) {
    if (key.startsWith('widget:')) for (const sample of samples) for (const file of sample.shippedFiles) loaded.add(file);
  }
  return loaded;
}

/** The widget's last commit and whether its folder had uncommitted changes when the run began. */
function describeWidgetBuild(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const commit = git('log', '-1', '--format=%h %s', '--', 'packages/widget');
    const dirty = git('status', '--porcelain', '--', 'packages/widget') !== '';
    return `dist as built from packages/widget at ${commit.length > 90 ? `${commit.slice(0, 90)}…` : commit}${dirty ? ', with uncommitted changes in the folder' : ''}`;
  } catch {
    return 'dist as found (git not available)';
  }
}

/** Someone may rebuild the widget during a long run: say so when dist differs at the end. */
function distChangedNote(atStart: ChunkReport | undefined): string[] {
  if (!atStart) return [];
  let atEnd: ChunkReport | undefined;
  try {
    atEnd = measureChunks();
  } catch {
    return ['The widget dist disappeared during the run: its figures may mix builds.'];
  }
  const sig = (report: ChunkReport) => report.files.map((f) => `${f.file}:${f.gzipBytes}`).join(',');
  return sig(atStart) === sig(atEnd) ? [] : ['The widget dist changed during the run: its samples may mix builds (the files table is from the start).'];
}

/**
 * The claim the fair comparison rests on, checked in the run: the widget and the floor with the
 * same techniques draw the same first question row and evidence row, attribute for attribute.
 */
function sameDomNotes(collected: Map<string, Sample[]>, sizes: number[]): string[] {
  const notes: string[] = [];
  for (const n of sizes) {
    const widget = collected.get(`widget:${n}`)?.[0]?.rowShape;
    const floor = collected.get(`floor:${n}`)?.[0]?.rowShape;
    if (!widget || !floor) continue;
    if (widget === floor) notes.push(`N=${n}: the widget and ${RENDERER_LABELS.floor} draw the same question and evidence rows (tags, attributes and text compared).`);
    else notes.push(`N=${n}: DOM DIFFERS between the widget and ${RENDERER_LABELS.floor}; widget: \`${clip(widget, 400)}\`; floor: \`${clip(floor, 400)}\`.`);
  }
  return notes;
}

function blankNote(blanks: BlankHeap[]): string {
  const asMeasured = median(blanks.map((b) => b.bytes)) / MB;
  const probeOnly = median(blanks.map((b) => b.probeOnlyBytes)) / MB;
  return (
    `Blank page (the probe, no renderer): ${asMeasured.toFixed(2)} MB of JS heap read through the same steps as every page ` +
    `(median of ${blanks.length}, one per round); read the old way, with no Playwright call before the reading, it is ` +
    `${probeOnly.toFixed(2)} MB, ${(asMeasured - probeOnly).toFixed(2)} MB less (Playwright's injected script, present in every measured page).`
  );
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
