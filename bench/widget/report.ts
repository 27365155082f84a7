/**
 * Turns samples into the benchmark's markdown: per N, one row per metric with a column per
 * renderer (median and min–max over the cold samples), the widget's render time as a multiple
 * of the hand-written renderer's, and the widget's targets beside its column.
 */
import { RENDERERS, RENDERER_LABELS, type RendererName } from './pages.js';
import type { Sample } from './measure.js';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Results per N, per renderer: its samples, or why there are none. */
export type BenchResults = Map<number, Map<RendererName, Sample[] | { missing: string }>>;

export interface Targets {
  widgetGzipKiB: number;
  renderRatio: number;
  answerMsAtN: { n: number; ms: number };
  heapMBAtN: { n: number; mb: number };
}

export const TARGETS: Targets = {
  widgetGzipKiB: 25,
  renderRatio: 1.5,
  answerMsAtN: { n: 500, ms: 16.7 },
  heapMBAtN: { n: 500, mb: 2 },
};

const MB = 1024 * 1024;

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function cell(samples: Sample[], pick: (sample: Sample) => number, digits: number): string {
  const { median, min, max } = spread(samples.map(pick));
  if (min === max) return fixed(median, digits);
  return `${fixed(median, digits)} (${fixed(min, digits)}–${fixed(max, digits)})`;
}

interface Metric {
  label: string;
  pick: (sample: Sample) => number;
  digits: number;
  target: (n: number) => string;
}

export function metrics(blankHeapBytes: number): Metric[] {
  return [
    {
      label: 'render: script start → first frame with all N questions (ms)',
      pick: (s) => s.renderMs,
      digits: 0,
      target: () => `≤ ${TARGETS.renderRatio}× hand-written`,
    },
    {
      label: 'answer one question → readiness updated on screen (ms)',
      pick: (s) => s.answerMs,
      digits: 1,
      target: (n) => (n === TARGETS.answerMsAtN.n ? `≤ ${TARGETS.answerMsAtN.ms} ms` : ''),
    },
    {
      label: 'JS heap after forced GC (MB)',
      pick: (s) => s.heapBytes / MB,
      digits: 2,
      target: () => '',
    },
    {
      label: `JS heap above a blank page of ${fixed(blankHeapBytes / MB, 2)} MB (MB)`,
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
      label: 'shipped JS + CSS, gzip (KiB)',
      pick: (s) => s.shippedGzipBytes / 1024,
      digits: 1,
      target: () => `≤ ${TARGETS.widgetGzipKiB} KiB`,
    },
  ];
}

function renderRatioCell(row: Map<RendererName, Sample[] | { missing: string }>): string {
  const widget = row.get('widget');
  const baseline = row.get('handwritten');
  if (!Array.isArray(widget) || !Array.isArray(baseline)) return 'n/a';
  const ratio = spread(widget.map((s) => s.renderMs)).median / spread(baseline.map((s) => s.renderMs)).median;
  return `${fixed(ratio, 2)}×`;
}

export function markdownReport(results: BenchResults, blankHeapBytes: number, notes: string[]): string {
  const lines: string[] = [];
  const header = `| metric | ${RENDERERS.map((r) => RENDERER_LABELS[r]).join(' | ')} | widget target |`;
  const rule = `|---|${RENDERERS.map(() => '---:').join('|')}|---|`;
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
    lines.push(`| render, widget ÷ hand-written (medians) | ${renderRatioCell(row)} | | | | ≤ ${TARGETS.renderRatio}× |`, '');
  }
  lines.push(...notes.map((note) => `- ${note}`));
  return lines.join('\n');
}

/** One line per widget target: met, or the gap. */
export function targetVerdicts(results: BenchResults, blankHeapBytes: number): string[] {
  const verdicts: string[] = [];
  const widgetAt = (n: number): Sample[] | undefined => {
    const samples = results.get(n)?.get('widget');
    return Array.isArray(samples) ? samples : undefined;
  };
  const any = [...results.keys()].map(widgetAt).find((s) => s !== undefined);
  if (!any) return ['widget: not measured (run `npm run build` first)'];
  const kib = spread(any.map((s) => s.shippedGzipBytes)).median / 1024;
  verdicts.push(verdict(`widget gzip ${fixed(kib, 1)} KiB`, kib <= TARGETS.widgetGzipKiB, `≤ ${TARGETS.widgetGzipKiB} KiB`));
  for (const [n, row] of results) {
    const ratio = renderRatioCell(row);
    if (ratio !== 'n/a') {
      verdicts.push(verdict(`N=${n}: render ${ratio} hand-written`, Number.parseFloat(ratio) <= TARGETS.renderRatio, `≤ ${TARGETS.renderRatio}×`));
    }
  }
  const atAnswerN = widgetAt(TARGETS.answerMsAtN.n);
  if (atAnswerN) {
    const ms = spread(atAnswerN.map((s) => s.answerMs)).median;
    verdicts.push(verdict(`N=${TARGETS.answerMsAtN.n}: answer → readiness ${fixed(ms, 1)} ms`, ms <= TARGETS.answerMsAtN.ms, `≤ ${TARGETS.answerMsAtN.ms} ms`));
  }
  const atHeapN = widgetAt(TARGETS.heapMBAtN.n);
  if (atHeapN) {
    const total = spread(atHeapN.map((s) => s.heapBytes)).median / MB;
    const above = total - blankHeapBytes / MB;
    verdicts.push(
      verdict(
        `N=${TARGETS.heapMBAtN.n}: JS heap ${fixed(total, 2)} MB in all, ${fixed(above, 2)} MB above a blank page`,
        above <= TARGETS.heapMBAtN.mb,
        `≤ ${TARGETS.heapMBAtN.mb} MB`,
      ),
    );
  }
  return verdicts;
}

function verdict(measured: string, met: boolean, target: string): string {
  return `${met ? 'MET' : 'NOT MET'}: ${measured} (target ${target})`;
}
