/**
 * Arithmetic on bands: ranges of a measure with inclusive or exclusive ends. Used to find
 * empty bands, and the gaps and overlaps between stages' bands on 0–100.
 */
import type { Bound } from '@pathway/schema';

export interface End {
  value: number;
  inclusive: boolean;
}

export interface Interval {
  lower: End;
  upper: End;
}

/** True when no number lies between the ends. */
export function isEmpty({ lower, upper }: Interval): boolean {
  return lower.value > upper.value || (lower.value === upper.value && !(lower.inclusive && upper.inclusive));
}

/**
 * A band as an interval on the percentage scale: an open end runs to 0 or 100, and ends
 * beyond the scale are cut back to it (where they become inclusive: 0 and 100 themselves can occur).
 */
export function percentageInterval(lower: Bound | undefined, upper: Bound | undefined): Interval {
  const low: End = !lower || lower.value < 0 ? { value: 0, inclusive: true } : { value: lower.value, inclusive: lower.inclusive };
  const high: End = !upper || upper.value > 100 ? { value: 100, inclusive: true } : { value: upper.value, inclusive: upper.inclusive };
  return { lower: low, upper: high };
}

/** The later of two lower ends (at the same value, the exclusive one starts later). */
function laterStart(a: End, b: End): End {
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.inclusive ? b : a;
}

/** The earlier of two upper ends (at the same value, the exclusive one ends earlier). */
function earlierEnd(a: End, b: End): End {
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return a.inclusive ? b : a;
}

export function intersection(a: Interval, b: Interval): Interval | undefined {
  const result = { lower: laterStart(a.lower, b.lower), upper: earlierEnd(a.upper, b.upper) };
  return isEmpty(result) ? undefined : result;
}

/**
 * True when the interval holds at least one value a measure can take once rounded to
 * `decimals` places: a "gap" between 90 and 90.1 is no gap for a figure with one decimal place.
 */
export function holdsRoundedValue(interval: Interval, decimals: number): boolean {
  const { first, last } = roundedSteps(interval, decimals);
  return first <= last;
}

/**
 * The values a measure rounded to `decimals` places can take inside the interval, as whole
 * numbers of steps (10 ** -decimals): 80–92% inclusive at one decimal place is steps 800 to
 * 920. Empty when `first > last`. Lets overlaps be found by sorting whole numbers.
 */
export function roundedSteps({ lower, upper }: Interval, decimals: number): { first: number; last: number } {
  const scale = 10 ** decimals;
  const epsilon = 1e-9;
  const low = lower.value * scale;
  const high = upper.value * scale;
  const first = lower.inclusive ? Math.ceil(low - epsilon) : Math.floor(low + epsilon) + 1;
  const last = upper.inclusive ? Math.floor(high + epsilon) : Math.ceil(high - epsilon) - 1;
  return { first, last };
}

/** A number of steps back as a percentage: 921 at one decimal place is 92.1. */
export function stepValue(step: number, decimals: number): number {
  return Number((step / 10 ** decimals).toFixed(decimals));
}

/**
 * The parts of the scale (0–100 unless given; `max` may be Infinity) that none of the
 * intervals cover, in order.
 */
export function gaps(intervals: readonly Interval[], min = 0, max = 100): Interval[] {
  const sorted = intervals
    .filter((interval) => !isEmpty(interval))
    .sort((a, b) => a.lower.value - b.lower.value || Number(b.lower.inclusive) - Number(a.lower.inclusive));
  const found: Interval[] = [];
  // Everything below `reach.value` is covered, and the value itself when `reach.inclusive`.
  let reach: End = { value: min, inclusive: false };
  const gapBefore = (start: End) => {
    const gap: Interval = {
      lower: { value: reach.value, inclusive: !reach.inclusive },
      upper: { value: start.value, inclusive: !start.inclusive },
    };
    if (!isEmpty(gap)) found.push(gap);
  };
  for (const interval of sorted) {
    gapBefore(interval.lower);
    const end = interval.upper;
    if (end.value > reach.value || (end.value === reach.value && end.inclusive)) reach = end;
  }
  // An open scale ends nowhere: the last gap runs on, "and above".
  gapBefore({ value: max, inclusive: !Number.isFinite(max) });
  return found;
}

/** Where a scale starts and ends: an end of a range at the scale's own end goes without saying. */
export interface ScaleEnds {
  min: number;
  max: number;
}

/**
 * A range as a policy officer reads bands, in the engine's words for a band's bounds
 * (bands.ts): "above 92% and below 93%", "at least 80% and at most 90%", "above 90%" (to 100%
 * is the end of the scale), "at least 10" (a count with no top), "92%" for a single value.
 * `unit` follows each figure ("%" unless given); `scale` defaults to 0–100 for percentages
 * and to no ends otherwise.
 */
export function describeRange({ lower, upper }: Interval, unit = '%', scale?: ScaleEnds): string {
  if (lower.value === upper.value) return `${lower.value}${unit}`;
  const ends = scale ?? (unit === '%' ? { min: 0, max: 100 } : { min: -Infinity, max: Infinity });
  const parts: string[] = [];
  if (!(lower.value <= ends.min && lower.inclusive)) parts.push(`${lower.inclusive ? 'at least' : 'above'} ${lower.value}${unit}`);
  if (upper.value !== Infinity && !(upper.value >= ends.max && upper.inclusive)) parts.push(`${upper.inclusive ? 'at most' : 'below'} ${upper.value}${unit}`);
  return parts.length === 0 ? 'any figure' : parts.join(' and ');
}

/**
 * The range as the thing a band covers: "92%" for a single value, else "figures above 92% and
 * below 93%" ("no stage's band covers …", "overlaps … for …").
 */
export function describeFigures(interval: Interval, unit = '%', scale?: ScaleEnds): string {
  const range = describeRange(interval, unit, scale);
  return interval.lower.value === interval.upper.value || range === 'any figure' ? range : `figures ${range}`;
}
