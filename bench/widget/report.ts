/**
 * Turns samples into the benchmark's markdown: per N, one row per metric with a column per
 * renderer (median and min–max over the cold samples), the widget's render time as a multiple
 * of each floor's, and the widget's targets beside its column; then the widget's built files
 * by when they are needed; then one MET / NOT MET line per target.
 */
import { BUDGETS, kib, type ChunkReport } from '../../packages/widget/build/chunk-sizes.js';
import { median } from './measure.js';
import { RENDERERS, RENDERER_LABELS, type RendererName } from './pages.js';
import type { Sample } from './measure.js';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Results per N, per renderer: its samples, or why there are none. */
export type BenchResults = Map<number, Map<RendererName, Sample[] | { missing: string }>>;

/** The floor the render target is judged against: the one with the widget's own techniques. */
export const FAIR_FLOOR: RendererName = 'floor';
const FLOORS: readonly RendererName[] = ['floor', 'floor-plain'];

export const TARGETS = {
  renderRatio: 1.5,
  answerMsAtN: { n: 500, ms: 16.7 },
  heapMBAtN: { n: 500, mb: 2 },
  firstPaintKiB: BUDGETS.firstPaintKiB,
  wholeJourneyKiB: BUDGETS.wholeJourneyKiB,
} as const;

const MB = 1024 * 1024;

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function cell(samples: Sample[], pick: (sample: Sample) => number, digits: number): string {
  const { median: mid, min, max } = spread(samples.map(pick));
  if (fixed(min, digits) === fixed(max, digits)) return fixed(mid, digits);
  return `${fixed(mid, digits)} (${fixed(min, digits)}–${fixed(max, digits)})`;
}

interface Metric {
  label: string;
  pick: (sample: Sample) => number;
  digits: number;
  target: (n: number) => string;
}

export function metrics(blankHeapBytes: number): Metric[] {
  const answerTarget = (n: number) => (n === TARGETS.answerMsAtN.n ? `≤ ${TARGETS.answerMsAtN.ms} ms` : '');
  return [
    {
      label: 'render: script start → first frame with all N questions (ms)',
      pick: (s) => s.renderMs,
      digits: 0,
      target: () => `≤ ${TARGETS.renderRatio}× ${RENDERER_LABELS[FAIR_FLOOR]}`,
    },
    {
      label: 'first answer after render (question 1) → readiness updated on screen (ms)',
      pick: (s) => s.firstAnswer.ms,
      digits: 1,
      target: answerTarget,
    },
    {
      label: 'later answers (questions 2–6, median per sample) → readiness updated on screen (ms)',
      pick: (s) => s.laterAnswerMs,
      digits: 1,
      target: answerTarget,
    },
    {
      label: 'JS heap after forced GC (MB)',
      pick: (s) => s.heapBytes / MB,
      digits: 2,
      target: () => '',
    },
    {
      label: `JS heap above the blank page's ${fixed(blankHeapBytes / MB, 2)} MB (MB)`,
      pick: (s) => (s.heapBytes - blankHeapBytes) / MB,
      digits: 2,
      target: (n) => (n === TARGETS.heapMBAtN.n ? `≤ ${TARGETS.heapMBAtN.mb} MB` : ''),
    },
    {
      label: 'DOM elements (shadow roots included)',
      pick: (s) => s.elements,
      digits: 0,
      target: () => '',
    },
    {
      label: 'shipped JS + CSS the page loaded (prefetched chunks included), gzip (KiB)',
      pick: (s) => s.shippedGzipBytes / 1024,
      digits: 1,
      target: () => 'see the files table',
    },
  ];
}

function samplesOf(row: Map<RendererName, Sample[] | { missing: string }> | undefined, renderer: RendererName): Sample[] | undefined {
  const samples = row?.get(renderer);
  return Array.isArray(samples) ? samples : undefined;
}

/** Median render of the widget ÷ median render of `floor`, or undefined if either is missing. */
export function renderRatio(row: Map<RendererName, Sample[] | { missing: string }>, floor: RendererName): number | undefined {
  const widget = samplesOf(row, 'widget');
  const baseline = samplesOf(row, floor);
  if (!widget || !baseline) return undefined;
  return spread(widget.map((s) => s.renderMs)).median / spread(baseline.map((s) => s.renderMs)).median;
}

const ratioText = (ratio: number | undefined) => (ratio === undefined ? 'n/a' : `${fixed(ratio, 2)}×`);

export interface WidgetFiles {
  chunks: ChunkReport;
  /** Paths the bench pages loaded from the widget (as served, e.g. `/chunks/x.js`), over every sample. */
  loaded: ReadonlySet<string>;
}

export interface ReportInput {
  results: BenchResults;
  blankHeapBytes: number;
  /** Undefined when the widget is not built. */
  widgetFiles: WidgetFiles | undefined;
  notes: string[];
}

function filesTable(files: WidgetFiles | undefined): string[] {
  if (!files) return ['### Widget files', '', 'Not built (`npm run build`).', ''];
  const { chunks, loaded } = files;
  const lines = [
    '### Widget files (packages/widget/dist, gzip at zlib’s default level)',
    '',
    '| file | role | gzip (KiB) | loaded or prefetched by the bench page |',
    '|---|---|---:|---|',
  ];
  for (const file of chunks.files) {
    lines.push(`| ${file.file} | ${file.role} | ${kib(file.gzipBytes)} | ${loaded.has(`/${file.file}`) ? 'yes' : 'no'} |`);
  }
  lines.push(
    `| **first paint** (the entry) | | **${kib(chunks.firstPaint)}** | target ≤ ${TARGETS.firstPaintKiB} KiB |`,
    `| **whole journey** (every file but the invalid-only ones) | | **${kib(chunks.wholeJourney)}** | target ≤ ${TARGETS.wholeJourneyKiB} KiB |`,
    '',
  );
  return lines;
}

export function markdownReport({ results, blankHeapBytes, widgetFiles, notes }: ReportInput): string {
  const lines: string[] = [];
  const header = `| metric | ${RENDERERS.map((r) => RENDERER_LABELS[r]).join(' | ')} | widget target |`;
  const rule = `|---|${RENDERERS.map(() => '---:').join('|')}|---|`;
  const blanks = RENDERERS.slice(1).map(() => '').join(' | ');
  for (const [n, row] of results) {
    lines.push(`### N = ${n}`, '', header, rule);
    for (const metric of metrics(blankHeapBytes)) {
      const cells = RENDERERS.map((renderer) => {
        const samples = row.get(renderer);
        if (!samples) return 'not run';
        return Array.isArray(samples) ? cell(samples, metric.pick, metric.digits) : samples.missing;
      });
      lines.push(`| ${metric.label} | ${cells.join(' | ')} | ${metric.target(n)} |`);
    }
    for (const floor of FLOORS) {
      const target = floor === FAIR_FLOOR ? `≤ ${TARGETS.renderRatio}×` : '(shown for comparison)';
      lines.push(`| render, widget ÷ ${RENDERER_LABELS[floor]} (medians) | ${ratioText(renderRatio(row, floor))} | ${blanks} | ${target} |`);
    }
    lines.push('');
  }
  lines.push(...filesTable(widgetFiles));
  lines.push(...notes.map((note) => `- ${note}`));
  return lines.join('\n');
}

/** One line per widget target: met, or the gap. */
export function targetVerdicts(results: BenchResults, blankHeapBytes: number, widgetFiles: WidgetFiles | undefined): string[] {
  const verdicts: string[] = [];
  if (widgetFiles) {
    const { firstPaint, wholeJourney } = widgetFiles.chunks;
    verdicts.push(
      verdict(`widget first paint ${kib(firstPaint)} KiB gzip`, firstPaint / 1024 <= TARGETS.firstPaintKiB, `≤ ${TARGETS.firstPaintKiB} KiB`, `${fixed(firstPaint / 1024 - TARGETS.firstPaintKiB, 1)} KiB`),
      verdict(
        `widget whole journey ${kib(wholeJourney)} KiB gzip`,
        wholeJourney / 1024 <= TARGETS.wholeJourneyKiB,
        `≤ ${TARGETS.wholeJourneyKiB} KiB`,
        `${fixed(wholeJourney / 1024 - TARGETS.wholeJourneyKiB, 1)} KiB`,
      ),
    );
  }
  const widgetAt = (n: number) => samplesOf(results.get(n), 'widget');
  if (![...results.keys()].some((n) => widgetAt(n))) return [...verdicts, 'widget: not measured (run `npm run build` first)'];
  for (const [n, row] of results) {
    const fair = renderRatio(row, FAIR_FLOOR);
    if (fair === undefined) continue;
    verdicts.push(
      verdict(
        `N=${n}: render ${ratioText(fair)} ${RENDERER_LABELS[FAIR_FLOOR]} (${ratioText(renderRatio(row, 'floor-plain'))} ${RENDERER_LABELS['floor-plain']})`,
        fair <= TARGETS.renderRatio,
        `≤ ${TARGETS.renderRatio}× ${RENDERER_LABELS[FAIR_FLOOR]}`,
        `${fixed(fair - TARGETS.renderRatio, 2)}×`,
      ),
    );
  }
  const atAnswerN = widgetAt(TARGETS.answerMsAtN.n);
  if (atAnswerN) {
    const first = spread(atAnswerN.map((s) => s.firstAnswer.ms)).median;
    const later = spread(atAnswerN.map((s) => s.laterAnswerMs)).median;
    // The target holds for every answer, the first included: the verdict takes the worse.
    verdicts.push(
      verdict(
        `N=${TARGETS.answerMsAtN.n}: answer → readiness ${fixed(first, 1)} ms for the first answer, ${fixed(later, 1)} ms for later ones (medians)`,
        Math.max(first, later) <= TARGETS.answerMsAtN.ms,
        `≤ ${TARGETS.answerMsAtN.ms} ms, first answer included`,
        `${fixed(Math.max(first, later) - TARGETS.answerMsAtN.ms, 1)} ms`,
      ),
    );
  }
  const atHeapN = widgetAt(TARGETS.heapMBAtN.n);
  if (atHeapN) {
    const total = spread(atHeapN.map((s) => s.heapBytes)).median / MB;
    const above = total - blankHeapBytes / MB;
    verdicts.push(
      verdict(
        `N=${TARGETS.heapMBAtN.n}: JS heap ${fixed(total, 2)} MB in all, ${fixed(above, 2)} MB above the blank page`,
        above <= TARGETS.heapMBAtN.mb,
        `≤ ${TARGETS.heapMBAtN.mb} MB`,
        `${fixed(above - TARGETS.heapMBAtN.mb, 2)} MB`,
      ),
    );
  }
  return verdicts;
}

/** "MET: …", or "NOT MET: …" with how far over the target it is. */
function verdict(measured: string, met: boolean, target: string, over: string): string {
  return met ? `MET: ${measured} (target ${target})` : `NOT MET: ${measured} (target ${target}; over by ${over})`;
}
