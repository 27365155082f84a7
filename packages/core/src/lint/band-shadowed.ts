/**
 * band-shadowed (warning): a stage whose bands figures never place a pupil by, because every
 * figure in them is also in a band of a stage listed after it, and where bands overlap the later
 * (more intensive) stage is used. A trust's letters written "Letter 1: below 90%", "Letter 2:
 * 89.9 to 80", "Letter 3: less than 80%" send a pupil at 85% who has had no letter straight to
 * Letter 2: band-coverage reports each overlap, this says what follows from them together.
 *
 * On each measure bands are drawn on (percentages, counts, numbers with their decimal places),
 * one sweep along the values it can take once rounded (as band-coverage.ts counts them) keeps
 * the stages whose bands cover each run in a heap by their place in the file: the top of the
 * heap is the stage the run places a pupil at. A stage never on top is reported, with the later
 * stages that were; more than a dozen on one measure (a generated file) are named once, at the
 * measure. n log n in the number of bands.
 */
import type { Measure, Problem, Stage } from '@pathway/schema';
import { finding, joinAnd, type LintRule } from './report.js';
import { onScale, scaleOf } from './band-gaps.js';
import { isEmpty, roundedSteps } from './intervals.js';

/** A band on the scale, in whole steps of the measure's rounding, and its stage's place in the file. */
interface Span {
  first: number;
  last: number;
  stage: number;
}

/** A max-heap of stage places, with the count of live bands of each (removal is lazy). */
class Latest {
  private readonly heap: number[] = [];
  private readonly live = new Map<number, number>();

  add(stage: number): void {
    const count = this.live.get(stage) ?? 0;
    this.live.set(stage, count + 1);
    if (count > 0) return;
    const heap = this.heap;
    heap.push(stage);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! >= heap[i]!) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  remove(stage: number): void {
    const count = this.live.get(stage) ?? 0;
    if (count <= 1) this.live.delete(stage);
    else this.live.set(stage, count - 1);
  }

  /** The latest stage with a live band, if any. */
  top(): number | undefined {
    const heap = this.heap;
    while (heap.length > 0 && !this.live.has(heap[0]!)) {
      const last = heap.pop()!;
      if (heap.length === 0) break;
      heap[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < heap.length && heap[left]! > heap[largest]!) largest = left;
        if (right < heap.length && heap[right]! > heap[largest]!) largest = right;
        if (largest === i) break;
        [heap[largest], heap[i]] = [heap[i]!, heap[largest]!];
        i = largest;
      }
    }
    return heap[0];
  }
}

/** How many later stages a message names before "and others". */
const NAMED = 3;
/** More stages than this hidden on one measure are reported once, at the measure. */
const MANY = 12;

/** The stages placed over a stage's bands, in file order: a few, looking at a bounded number of runs. */
function shadowedBy(stage: number, spans: readonly Span[], runs: readonly { from: number; to: number; top: number }[]): number[] {
  const found = new Set<number>();
  for (const span of spans) {
    if (span.stage !== stage) continue;
    // The first run that ends after the span starts (runs are in order and do not overlap).
    let low = 0;
    let high = runs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (runs[mid]!.to <= span.first) low = mid + 1;
      else high = mid;
    }
    for (let r = low, looked = 0; r < runs.length && runs[r]!.from <= span.last && looked < 64 && found.size <= NAMED; r++, looked++) found.add(runs[r]!.top);
  }
  return [...found].sort((a, b) => a - b);
}

export const bandShadowed: LintRule = (context) => {
  const { pathway, map } = context;
  const stages: Stage[] = Array.isArray(pathway.stages) ? pathway.stages : [];
  const place = new Map<unknown, number>(stages.map((stage, i) => [stage, i]));
  const problems: Problem[] = [];
  const measuresSeen = new Set<string>();
  const measures = (Array.isArray(pathway.measures) ? pathway.measures : []) as Measure[];
  for (const [measureIndex, measure] of measures.entries()) {
    const id = measure?.id;
    const scale = typeof id === 'string' && !measuresSeen.has(id) ? scaleOf(measure) : undefined;
    // A figure not rounded (a number with no decimal places given) has no steps to walk.
    if (scale === undefined || scale.decimals === undefined) continue;
    measuresSeen.add(id);
    const decimals = scale.decimals;
    const spans: Span[] = [];
    const banded = new Set<number>();
    for (const site of map.bands) {
      if (site.stage === undefined || site.stage.universal === true || site.band?.measure !== id) continue;
      const stage = place.get(site.stage);
      if (stage === undefined) continue;
      const interval = onScale(site.band, scale);
      if (interval === undefined || isEmpty(interval)) continue;
      const { first, last } = roundedSteps(interval, decimals);
      if (first > last) continue;
      spans.push({ first, last, stage });
      banded.add(stage);
    }
    if (banded.size < 2) continue;

    // Runs of steps between starts and ends, each with the stage it places a pupil at.
    const events: [step: number, stage: number, add: boolean][] = [];
    for (const span of spans) events.push([span.first, span.stage, true], [span.last + 1, span.stage, false]);
    events.sort((a, b) => a[0] - b[0]);
    const latest = new Latest();
    const placing = new Set<number>();
    const runs: { from: number; to: number; top: number }[] = [];
    for (let e = 0; e < events.length; ) {
      const step = events[e]![0];
      for (; e < events.length && events[e]![0] === step; e++) {
        const [, stage, add] = events[e]!;
        if (add) latest.add(stage);
        else latest.remove(stage);
      }
      const top = latest.top();
      if (top === undefined || e === events.length) continue;
      placing.add(top);
      runs.push({ from: step, to: events[e]![0], top });
    }

    const hidden = [...banded].sort((a, b) => a - b).filter((stage) => !placing.has(stage));
    // Many at once (a generated file): one finding at the measure, naming each stage once.
    if (hidden.length > MANY) {
      problems.push(
        finding(pathway, 'band-shadowed', 'warning', `/measures/${measureIndex}`,
          `the bands of ${hidden.length} stages never place a pupil at them: every figure in them is also in a band of a stage listed after them, and where bands overlap the later stage is used: ${joinAnd(hidden.map((stage) => `Stage "${stages[stage]!.title}"`))}`),
      );
      continue;
    }
    for (const stage of hidden) {
      const later = shadowedBy(stage, spans, runs);
      const titles = later.slice(0, NAMED).map((s) => `"${stages[s]!.title}"`);
      const more = later.length > NAMED ? ' and others' : '';
      const several = (stages[stage]!.bands?.length ?? 0) > 1;
      problems.push(
        finding(pathway, 'band-shadowed', 'warning', `/stages/${stage}`,
          `${several ? 'its bands never place' : 'its band never places'} a pupil here: every figure in ${several ? 'them' : 'it'} is also in a band of ${joinAnd(titles)}${more}, listed after it, and where bands overlap the later stage is used. If pupils should come here first, end the band where the next stage's begins`),
      );
    }
  }
  return problems;
};
