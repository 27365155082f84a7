/**
 * The gaps between stages' bands on one measure, found and put in words once: lint's
 * band-coverage warning and the editor's band chart both use this, so they give the same
 * figures in the same words ("no stage's band covers figures above 90%").
 *
 * A gap says where a pupil there is instead, by the engine's own rule (../starting-stage.ts):
 * in a format 1.1 pathway nothing-placed pupils are at its `start` or its first universal
 * stage; otherwise they are placed in no stage. Only figures the measure can take once rounded
 * count: a "gap" between 89.9% and 90% is none for a figure with one decimal place.
 */
import { describeLocation, type Bound, type Measure, type Pathway, type Stage } from '@pathway/schema';
import { fallbackStage } from '../starting-stage.js';
import { describeFigures, gaps, holdsRoundedValue, isEmpty, type End, type Interval } from './intervals.js';

/** A stretch of a measure's scale that no stage's band covers. */
export interface BandGap {
  lower: End;
  /** Its upper end; Infinity for counts and numbers with no upper band ("and above"). */
  upper: End;
  /** It reaches the end of the scale where attendance is best: 100% attendance, 0% absence. */
  atBestEnd: boolean;
  /** How a pupil there is placed: at the pathway's starting stage (format 1.1), or in none. */
  placed: 'start' | 'universal' | 'nowhere';
  /** `no stage's band covers figures above 90%: a pupil there is at Stage "Tier 1", which applies to every pupil` */
  text: string;
}

/** The two ends of a band, as written (either may be missing: that end is open). */
export interface BandEnds {
  lower?: Bound;
  upper?: Bound;
}

export interface Scale {
  min: number;
  max: number;
  /** The decimal places figures are rounded to before they are compared; undefined: not rounded. */
  decimals: number | undefined;
  unit: string;
  best: 'min' | 'max' | undefined;
}

/** The engine's default rounding for percentages (../measures.ts). */
const percentageDecimals = 1;

/** How figures of this measure run, or undefined for a measure bands never place on (a date). */
export function scaleOf(measure: Measure): Scale | undefined {
  const decimals = typeof measure.decimals === 'number' ? measure.decimals : undefined;
  switch (measure.kind) {
    case 'attendancePercentage':
      return { min: 0, max: 100, decimals: decimals ?? percentageDecimals, unit: '%', best: 'max' };
    case 'absencePercentage':
      return { min: 0, max: 100, decimals: decimals ?? percentageDecimals, unit: '%', best: 'min' };
    case 'sessionCount':
    case 'dayCount':
      return { min: 0, max: Infinity, decimals: 0, unit: '', best: undefined };
    case 'number':
      // Figures below 0 are not looked for unless the measure says they can occur.
      return {
        min: typeof measure.minimum === 'number' ? measure.minimum : 0,
        max: typeof measure.maximum === 'number' ? measure.maximum : Infinity,
        decimals,
        unit: '',
        best: undefined,
      };
    default:
      return undefined;
  }
}

/** A band on the scale: an open end runs to the scale's end, and ends beyond it are cut back (0 and 100 themselves can occur). */
export function onScale({ lower, upper }: BandEnds, { min, max }: Scale): Interval | undefined {
  if ((lower !== undefined && !Number.isFinite(lower?.value)) || (upper !== undefined && !Number.isFinite(upper?.value))) return undefined;
  const low: End = !lower || lower.value < min ? { value: min, inclusive: true } : { value: lower.value, inclusive: lower.inclusive === true };
  const high: End = !upper || upper.value > max ? { value: max, inclusive: true } : { value: upper.value, inclusive: upper.inclusive === true };
  return { lower: low, upper: high };
}

/**
 * Where a pupil nothing places is, by the engine's rule: `Stage "Tier 1", which applies to every
 * pupil` or `Stage "Day 1", where a case starts`; undefined where such a pupil is placed in no
 * stage (a 1.0 pathway with no \`start\`). Lint rules that say what happens to such a pupil share it.
 */
export function fallbackPlace(pathway: Pathway): { placed: 'start' | 'universal'; name: string } | undefined {
  const stages: readonly (Stage | undefined)[] = Array.isArray(pathway.stages) ? pathway.stages : [];
  const fallback = fallbackStage(pathway, (id) => stages.find((stage) => stage?.id === id));
  if (fallback === undefined) return undefined;
  const name = describeLocation(pathway, `/stages/${stages.indexOf(fallback.stage)}`) || 'the starting stage';
  const why = fallback.via === 'start' ? 'where a case starts' : 'which applies to every pupil';
  return { placed: fallback.via, name: `${name}, ${why}` };
}

/** Where a pupil in a gap is: `a pupil there is at Stage "Tier 1", which applies to every pupil`. */
function whereTheyAre(pathway: Pathway): { placed: BandGap['placed']; words: string } {
  const fallback = fallbackPlace(pathway);
  if (fallback === undefined) return { placed: 'nowhere', words: 'a pupil there is placed in no stage' };
  return { placed: fallback.placed, words: `a pupil there is at ${fallback.name}` };
}

/**
 * The gaps between these bands (the bands of the pathway's non-universal stages on `measure`:
 * a universal stage's bands never place anyone), in order, each in words. Bands whose bounds are
 * not numbers are left out, so a draft being typed never throws.
 */
export function stageBandGaps(pathway: Pathway, measure: Measure, bands: readonly BandEnds[]): BandGap[] {
  const scale = scaleOf(measure);
  if (scale === undefined) return [];
  const intervals = bands.map((band) => onScale(band, scale)).filter((interval): interval is Interval => interval !== undefined && !isEmpty(interval));
  const found = gaps(intervals, scale.min, scale.max).filter((gap) =>
    scale.decimals === undefined ? !isEmpty(gap) : holdsRoundedValue(gap, scale.decimals),
  );
  if (found.length === 0) return [];
  const { placed, words } = whereTheyAre(pathway);
  return found.map(({ lower, upper }) => ({
    lower,
    upper,
    atBestEnd:
      (scale.best === 'max' && upper.value === scale.max && upper.inclusive) || (scale.best === 'min' && lower.value === scale.min && lower.inclusive),
    placed,
    text: `no stage's band covers ${describeFigures({ lower, upper }, scale.unit, scale)}: ${words}`,
  }));
}
