/**
 * band-coverage (warning): for each attendance or absence percentage that stages' bands are
 * drawn on, the parts of 0–100 no stage's band covers and the parts two stages both cover (a
 * pupil there is placed twice). Real councils publish both, so these are warnings, stated with
 * exact figures so the author can decide. Bands of universal stages never place anyone (the
 * engine lists those stages apart), so they cover nothing here.
 *
 * A gap is worded by ./band-gaps.ts, as the editor's band chart words it, with where a pupil
 * there is. In a format 1.1 pathway with a starting stage (`start`, else its first universal
 * stage) a pupil no band places is at that stage: a gap at the end of the scale where
 * attendance is best (above the top band) is then how such pathways are written, and is not
 * reported; a gap between bands, or at the worst end, still is, since a pupil between two
 * banded stages is unlikely to be meant for the starting stage.
 *
 * Overlaps are found by sorting the bands' bounds and sweeping along the scale once, on the
 * values the measure can take once rounded, so the cost is n log n in the number of bands,
 * not the number of pairs. Each overlapping pair is reported at the earlier band ("overlaps
 * Stage "B" › band "b" from …"), which says plainly where each overlap is: real pathways,
 * nested bands of up to nine stages included ("below 95%", "90% and under", …), are all
 * listed so. Only where many pile up on the same figures would a message per pair be too many
 * (over 12 million for 5,000 stages that all overlap): such a run of figures is reported once,
 * at the measure, naming each stage whose bands cover part of it. A run is listed pair by
 * pair when it has at most `pairsPerBand` overlapping pairs for each band that starts in it;
 * either way the number of messages, and of names in them, grows in step with the number of
 * bands.
 *
 * The same sweep finds a gap an overlap hides: a run of figures only one stage's band covers,
 * between a band of another stage ending just below it and one starting just above it, both
 * overlapped by that band ("89% and under" beside "59.9% to 50.1%" and "below 50%": 50% is
 * left to the first). Bands meant to meet do not leave such a run; nested bands never do.
 */
import type { Bound, Measure, Pathway, Problem } from '@pathway/schema';
import { finding, joinAnd, placeName, type LintRule } from './report.js';
import type { BandSite } from './pathway-map.js';
import { isPercentage } from './band-bounds.js';
import { stageBandGaps } from './band-gaps.js';
import {
  describeFigures,
  describeRange,
  holdsRoundedValue,
  intersection,
  isEmpty,
  percentageInterval,
  roundedSteps,
  stepValue,
  type Interval,
} from './intervals.js';

/** Where bands overlap, as an officer reads bands: "at 50%", "for figures at least 80% and at most 90%". */
function where(shared: Interval): string {
  if (shared.lower.value === shared.upper.value) return `at ${describeRange(shared)}`;
  const figures = describeFigures(shared);
  return figures === 'any figure' ? 'across the whole scale' : `for ${figures}`;
}

/** The engine's default rounding for percentages. */
const defaultDecimals = 1;

/** A stage band on one measure, placed on the scale. */
interface Placed {
  /** Its place among the measure's stage bands, in document order. */
  index: number;
  pointer: string;
  /** Which stage it belongs to (a key into the rule's list of stages). */
  stage: number;
  interval: Interval;
  /** The rounded values it holds, as whole numbers of steps (see `roundedSteps`); none when first > last. */
  first: number;
  last: number;
}

/** A run of rounded values, each covered by the bands of two or more stages. */
interface Region {
  first: number;
  last: number;
  /** How many pairs of bands of different stages overlap in it. */
  pairs: number;
  /** How many bands start in it. */
  starts: number;
  /** The stages whose bands cover some of it. */
  stages: Set<number>;
}

export const bandCoverage: LintRule = (context) => {
  const { pathway, map } = context;
  const problems: Problem[] = [];

  // Each stage once, with its pointer, for naming; keyed by the stage object bands point to.
  const stageKeys = new Map<unknown, number>();
  const stagePointers: string[] = [];
  (Array.isArray(pathway.stages) ? pathway.stages : []).forEach((stage, i) => {
    stageKeys.set(stage, stagePointers.length);
    stagePointers.push(`/stages/${i}`);
  });
  const stageKey = (site: BandSite): number => {
    let key = stageKeys.get(site.stage);
    if (key === undefined) {
      key = stagePointers.length;
      stageKeys.set(site.stage, key);
      stagePointers.push(site.pointer);
    }
    return key;
  };

  // Stage bands by measure, in document order: one pass, however many measures there are.
  const bandsByMeasure = new Map<string, BandSite[]>();
  for (const site of map.bands) {
    if (site.stage === undefined || site.stage.universal === true || typeof site.band?.measure !== 'string') continue;
    const same = bandsByMeasure.get(site.band.measure);
    if (same) same.push(site);
    else bandsByMeasure.set(site.band.measure, [site]);
  }

  // Each measure id is looked at once (a second measure with the same id is duplicate-id's
  // error), so duplicated ids cannot multiply the work or the messages.
  const measuresSeen = new Set<string>();
  const measures = Array.isArray(pathway.measures) ? pathway.measures : [];
  measures.forEach((measure: Measure, index) => {
    const id = measure?.id;
    if (typeof id !== 'string' || measuresSeen.has(id) || !isPercentage(context, id)) return;
    measuresSeen.add(id);
    const decimals = typeof measure.decimals === 'number' ? measure.decimals : defaultDecimals;
    const bands: Placed[] = [];
    for (const site of bandsByMeasure.get(id) ?? []) {
      const interval = percentageInterval(site.band.lower, site.band.upper);
      if (isEmpty(interval)) continue;
      bands.push({ index: bands.length, pointer: site.pointer, stage: stageKey(site), interval, ...roundedSteps(interval, decimals) });
    }
    if (bands.length === 0) return;

    const measurePointer = `/measures/${index}`;
    const sites = bandsByMeasure.get(id) ?? [];
    for (const gap of stageBandGaps(pathway, measure, [...sites.map((site) => site.band), ...entryRanges(pathway, id)])) {
      const fallsBack = gap.placed !== 'nowhere';
      if (fallsBack && gap.atBestEnd) continue;
      const fix = fallsBack ? 'widen a band if they belong in another stage' : 'widen a band, or add one, to place them';
      problems.push(finding(pathway, 'band-coverage', 'warning', measurePointer, `${gap.text}; ${fix}`));
    }
    problems.push(...overlaps(pathway, bands, decimals, measurePointer, stagePointers));
    problems.push(...hiddenGaps(pathway, bands, measurePointer));
  });
  return problems;
};

/**
 * The figures on a measure at which a stage's entry rule places every pupil, whatever else is
 * entered: a rule on the measure itself, or one of an `any` ("90% or below, or one letter sent
 * and 95% or below"). Those figures are no gap: a pupil there is at that stage, not the start.
 */
function entryRanges(pathway: Pathway, measureId: string): { lower?: Bound; upper?: Bound }[] {
  const ranges: { lower?: Bound; upper?: Bound }[] = [];
  const read = (rule: unknown): void => {
    if (typeof rule !== 'object' || rule === null) return;
    const { measure, lower, upper, any } = rule as { measure?: unknown; lower?: Bound; upper?: Bound; any?: unknown };
    if (measure === measureId && (lower !== undefined || upper !== undefined)) ranges.push({ lower, upper });
    if (Array.isArray(any)) any.forEach(read);
  };
  for (const stage of Array.isArray(pathway.stages) ? pathway.stages : []) if (stage?.universal !== true) read(stage?.entry?.when);
  return ranges;
}

/** The bands that cover the current step, by stage. */
class Covering {
  private readonly byStage = new Map<number, Set<Placed>>();
  size = 0;

  add(band: Placed): void {
    const same = this.byStage.get(band.stage);
    if (same) same.add(band);
    else this.byStage.set(band.stage, new Set([band]));
    this.size++;
  }

  remove(band: Placed): void {
    const same = this.byStage.get(band.stage);
    if (!same?.delete(band)) return;
    if (same.size === 0) this.byStage.delete(band.stage);
    this.size--;
  }

  /** How many of the covering bands belong to this stage. */
  countOf(stage: number): number {
    return this.byStage.get(stage)?.size ?? 0;
  }

  /** How many stages cover the step. */
  get stageCount(): number {
    return this.byStage.size;
  }

  stages(): Iterable<number> {
    return this.byStage.keys();
  }

  /** The covering bands of stages other than this one, stage by stage. */
  *otherStages(stage: number): Iterable<Set<Placed>> {
    for (const [key, bands] of this.byStage) if (key !== stage) yield bands;
  }
}

/**
 * Walks the scale from low to high, stopping only at steps where a band starts or ends. At a
 * step where bands start, `atStep` gets them, with `covering` holding the bands that cover
 * the step from before; it must add them. Then the bands ending at that step are dropped and
 * `afterEnds` is called. Each band is added and dropped once, so with the sorting this is
 * n log n, plus whatever the callbacks do.
 */
function sweep(
  bands: readonly Placed[],
  atStep: (step: number, starting: Placed[], covering: Covering) => void,
  afterEnds: (step: number, covering: Covering) => void,
): void {
  const live = bands.filter((band) => band.first <= band.last);
  const byStart = [...live].sort((a, b) => a.first - b.first || a.index - b.index);
  const byEnd = [...live].sort((a, b) => a.last - b.last || a.index - b.index);
  const covering = new Covering();
  let s = 0;
  let e = 0;
  while (e < byEnd.length) {
    const step = s < byStart.length ? Math.min(byStart[s].first, byEnd[e].last) : byEnd[e].last;
    const starting: Placed[] = [];
    while (s < byStart.length && byStart[s].first === step) starting.push(byStart[s++]);
    if (starting.length > 0) atStep(step, starting, covering);
    while (e < byEnd.length && byEnd[e].last === step) covering.remove(byEnd[e++]);
    afterEnds(step, covering);
  }
}

/** The runs of rounded values that two or more stages cover, in order, with their pairs counted (not listed). */
function overlapRegions(bands: readonly Placed[]): Region[] {
  const regions: Region[] = [];
  let open: Region | undefined;
  sweep(
    bands,
    (step, starting, covering) => {
      let pairs = 0;
      for (const band of starting) {
        pairs += covering.size - covering.countOf(band.stage);
        covering.add(band);
      }
      if (covering.stageCount < 2) return;
      if (!open) {
        const previous = regions[regions.length - 1];
        if (previous !== undefined && previous.last === step - 1) open = previous; // the very next value: one run
        else regions.push((open = { first: step, last: step, pairs: 0, starts: 0, stages: new Set() }));
        // Stages covering this step from before: at most one, since the step before had fewer than two.
        for (const stage of covering.stages()) open.stages.add(stage);
      }
      open.pairs += pairs;
      open.starts += starting.length;
      for (const band of starting) open.stages.add(band.stage);
    },
    (step, covering) => {
      if (!open) return;
      open.last = step;
      if (covering.stageCount < 2) open = undefined;
    },
  );
  return regions;
}

/** Nine nested stages make 36 pairs of 9 bands; ten, 45 of 10: a pile-up no guide has. */
const pairsPerBand = 4;
const listedPairByPair = (region: Region) => region.pairs <= region.starts * pairsPerBand;

function overlaps(pathway: Pathway, bands: readonly Placed[], decimals: number, measurePointer: string, stagePointers: readonly string[]): Problem[] {
  const regions = overlapRegions(bands);
  const problems: Problem[] = [];

  // Pair by pair, as authors expect, where only a few bands overlap.
  const pairs: [Placed, Placed][] = [];
  let r = 0;
  sweep(
    bands,
    (step, starting, covering) => {
      while (r < regions.length && regions[r].last < step) r++;
      const region = regions[r];
      const listing = region !== undefined && region.first <= step && listedPairByPair(region);
      for (const band of starting) {
        if (listing) {
          for (const others of covering.otherStages(band.stage)) {
            for (const other of others) pairs.push(other.index < band.index ? [other, band] : [band, other]);
          }
        }
        covering.add(band);
      }
    },
    () => {},
  );
  pairs.sort(([a1, b1], [a2, b2]) => a1.index - a2.index || b1.index - b2.index);
  for (const [a, b] of pairs) {
    const shared = intersection(a.interval, b.interval);
    if (!shared || !holdsRoundedValue(shared, decimals)) continue;
    problems.push(finding(pathway, 'band-coverage', 'warning', a.pointer, `overlaps ${placeName(pathway, b.pointer)} ${where(shared)}`));
  }

  // Once per region, naming each stage once, where many pile up.
  for (const region of regions) {
    if (listedPairByPair(region)) continue;
    const lower = stepValue(region.first, decimals);
    const upper = stepValue(region.last, decimals);
    const range = where({ lower: { value: lower, inclusive: true }, upper: { value: upper, inclusive: true } });
    const names = [...region.stages].sort((a, b) => a - b).map((stage) => placeName(pathway, stagePointers[stage]));
    const which = names.length === 2 ? 'both of these stages' : `more than one of these ${names.length} stages`;
    problems.push(
      finding(pathway, 'band-coverage', 'warning', measurePointer, `stage bands overlap ${range}: a pupil there is placed in ${which}: ${joinAnd(names)}`),
    );
  }
  return problems;
}

/** Who covers a run of steps: how many stages, and which when it is one. */
interface Cover {
  first: number;
  stages: number;
  stage: number | undefined;
}

/** The steps from here on are covered as `covering` says. */
function coverFrom(first: number, covering: Covering): Cover {
  const one = covering.stageCount === 1 ? covering.stages()[Symbol.iterator]().next().value : undefined;
  return { first, stages: covering.stageCount, stage: one };
}

/** Runs one stage covers alone, between runs it shares with other stages (see the top of this file). */
function hiddenGaps(pathway: Pathway, bands: readonly Placed[], measurePointer: string): Problem[] {
  const covers: Cover[] = [];
  sweep(
    bands,
    (step, starting, covering) => {
      for (const band of starting) covering.add(band);
      covers.push(coverFrom(step, covering));
    },
    (step, covering) => covers.push(coverFrom(step + 1, covering)),
  );
  // Each run ends where the next begins; a run that begins where the next does holds nothing.
  const runs = covers.filter((cover, i) => i + 1 === covers.length || covers[i + 1].first > cover.first);
  const problems: Problem[] = [];
  const live = bands.filter((band) => band.first <= band.last);
  // Built on the first such run: the bands ending and starting at each step, and each stage's.
  let endingAt: Map<number, Placed[]> | undefined;
  let startingAt: Map<number, Placed[]> | undefined;
  let byStage: Map<number, Placed[]> | undefined;
  for (let i = 1; i + 1 < runs.length; i++) {
    const [before, alone, after] = [runs[i - 1], runs[i], runs[i + 1]];
    // Covering only shrinks where bands end and grows where they start, so shared → alone →
    // shared means another stage's band ended just below and another's started just above.
    if (alone.stage === undefined || before.stages < 2 || after.stages < 2) continue;
    endingAt ??= groupBy(live, (band) => band.last);
    startingAt ??= groupBy(live, (band) => band.first);
    byStage ??= groupBy(live, (band) => band.stage);
    const other = (band: Placed) => band.stage !== alone.stage;
    const below = endingAt.get(alone.first - 1)?.find(other);
    const above = startingAt.get(after.first)?.find(other);
    const own = byStage.get(alone.stage) ?? [];
    const wide = own.find((band) => band.first < alone.first && band.last >= after.first) ?? own.find((band) => band.first <= alone.first && band.last >= alone.first);
    if (below === undefined || above === undefined || wide === undefined) continue;
    const between: Interval = {
      lower: { value: below.interval.upper.value, inclusive: !below.interval.upper.inclusive },
      upper: { value: above.interval.lower.value, inclusive: !above.interval.lower.inclusive },
    };
    const range = `${describeFigures(between)} ${between.lower.value === between.upper.value ? 'is' : 'are'}`;
    problems.push(
      finding(pathway, 'band-coverage', 'warning', measurePointer,
        `between ${placeName(pathway, below.pointer)} and ${placeName(pathway, above.pointer)}, ${range} covered only by ${placeName(pathway, wide.pointer)}, ` +
          'which overlaps both: a pupil there is placed in that stage, not in either neighbour; if the two bands were meant to meet, widen one of them'),
    );
  }
  return problems;
}

/** The bands by `key`, each list in document order. */
function groupBy(bands: readonly Placed[], key: (band: Placed) => number): Map<number, Placed[]> {
  const found = new Map<number, Placed[]>();
  for (const band of bands) {
    const same = found.get(key(band));
    if (same) same.push(band);
    else found.set(key(band), [band]);
  }
  return found;
}
