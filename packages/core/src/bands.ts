/**
 * Bands: ranges of one measure with explicit ends. A value is inside when it clears the lower
 * bound (above it, or at it when the bound is inclusive) and the upper bound (below it, or at
 * it when inclusive). A missing bound leaves that end open. Values are compared after the
 * measure's rounding (see measures.ts), so what the school sees is what is compared.
 */
import type { Band, Bound, Measure } from './schema-types.js';
import type { BandMatch } from './types.js';
import { formatMeasureValue } from './measures.js';
import { reason } from './messages.js';

/** True when `value` lies within the bounds; a missing bound is open-ended. */
export function withinBounds(value: number, lower: Bound | undefined, upper: Bound | undefined): boolean {
  if (!Number.isFinite(value)) return false;
  if (lower !== undefined && !(lower.inclusive ? value >= lower.value : value > lower.value)) return false;
  if (upper !== undefined && !(upper.inclusive ? value <= upper.value : value < upper.value)) return false;
  return true;
}

export function inBand(value: number, band: Band): boolean {
  return withinBounds(value, band.lower, band.upper);
}

/** The match of `value` (of `measure`) against `band`, with "88% is 90% and under", or undefined. */
export function matchBand(band: Band, measure: Measure, value: number): BandMatch | undefined {
  if (!inBand(value, band)) return undefined;
  return {
    band,
    measureId: measure.id,
    value,
    reason: reason('band.match', { value: formatMeasureValue(measure, value), band: band.label }),
  };
}

/** Bounds in words, for rules that have no label of their own: "at least 50% and below 90%". */
export function describeBounds(measure: Measure, lower: Bound | undefined, upper: Bound | undefined): string {
  const parts: string[] = [];
  if (lower !== undefined) {
    parts.push(`${lower.inclusive ? 'at least' : 'above'} ${formatMeasureValue(measure, lower.value)}`);
  }
  if (upper !== undefined) {
    parts.push(`${upper.inclusive ? 'at most' : 'below'} ${formatMeasureValue(measure, upper.value)}`);
  }
  return parts.length === 0 ? 'any value' : parts.join(' and ');
}
