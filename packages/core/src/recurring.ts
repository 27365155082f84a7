/**
 * Dates that recur ("reviewed every 6 school weeks", a duty done every term): the k-th falls due
 * the length k times over after the start, counted from the start each time (so months do not
 * drift). The case records when the clock started, never whether each one was done, so a
 * recurring date is never "passed" as a whole: there is the last one before today and the next.
 */
import type { Duration } from './schema-types.js';
import { addDurationToDay, durationAmount } from './durations.js';

export interface Recurrence {
  /** The latest date before today, when one has fallen due. */
  last?: number;
  /** The first date on or after today (the first of all without today). */
  next: number;
}

/** The occurrences of `every` after `start` around `today`; undefined when the length is not known or is 0. */
export function recurrence(start: number, every: Duration, today: number | undefined, agreed?: number): Recurrence | undefined {
  const amount = durationAmount(every, 'upper', agreed);
  if (amount === undefined || !(amount > 0)) return undefined;
  const at = (k: number) => addDurationToDay(start, { unit: every.unit, amount: k * amount });
  let next = at(1);
  if (today === undefined || today <= next) return { next };
  let last = next;
  // Bounded: a pathway's start a century back still stops.
  for (let k = 2; next < today && k < 10_000; k++) {
    last = next;
    next = at(k);
  }
  return { last, next };
}
