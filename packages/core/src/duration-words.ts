/**
 * Durations in words: "10 school weeks", "up to 6 months", "2 to 3 weeks", "immediately". Apart
 * from durations.ts (which adds durations to dates), so the widget's first paint, which says a
 * duration but never adds one, carries the words alone.
 */
import type { Duration, TimeUnit } from './schema-types.js';
import { formatNumber } from './number-text.js';

const UNIT_NAMES: Record<TimeUnit, [singular: string, plural: string]> = {
  sessions: ['session', 'sessions'],
  schoolDays: ['school day', 'school days'],
  schoolWeeks: ['school week', 'school weeks'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  terms: ['term', 'terms'],
  years: ['year', 'years'],
};

/** A unit's name, singular ("school week") or plural ("school weeks"); a unit the format does not have, as given. */
export function unitName(unit: string, singular: boolean): string {
  if (!Object.hasOwn(UNIT_NAMES, unit)) return String(unit);
  return UNIT_NAMES[unit as TimeUnit][singular ? 0 : 1];
}

/** "6 weeks", "1 school day", "0 days": an amount with its unit, nothing else. */
export function describeAmount(amount: number, unit: TimeUnit): string {
  return `${formatNumber(amount)} ${unitName(unit, amount === 1)}`;
}

/**
 * How often, as the words after "every": "week", "school day", "2 weeks", "2 to 3 weeks". A
 * length of 1 is its unit alone, as people say it ("every week", never "every 1 week"); "up to"
 * and "at least" say nothing about how often, so they are left out.
 */
export function describeInterval(duration: Duration, agreed?: number): string {
  const plain: Duration = { ...duration };
  delete plain.qualifier;
  const one = plain.amount === 1 && (plain.to === undefined || plain.to === 1) && plain.approximate !== true;
  return one ? unitName(plain.unit, true) : describeDuration(plain, agreed);
}

/**
 * "10 school weeks", "up to 6 months", "at least 1 term", "2 to 3 weeks", "about 6 weeks",
 * "immediately". A length agreed per case reads "8 weeks (as agreed)" once `agreed` is known,
 * else "the number of weeks agreed".
 */
export function describeDuration(duration: Duration, agreed?: number): string {
  const counted = (n: number) => describeAmount(n, duration.unit);
  let amount: string;
  if (typeof duration.amount !== 'number') {
    amount = typeof agreed === 'number' && Number.isFinite(agreed) ? `${counted(agreed)} (as agreed)` : `the number of ${unitName(duration.unit, false)} agreed`;
  } else if (duration.amount === 0 && duration.to === undefined) {
    return 'immediately';
  } else if (typeof duration.to === 'number' && duration.to !== duration.amount) {
    amount = `${formatNumber(duration.amount)} to ${counted(duration.to)}`;
  } else {
    amount = counted(duration.amount);
  }
  if (duration.approximate === true) amount = `about ${amount}`;
  if (duration.qualifier === 'upTo') return `up to ${amount}`;
  if (duration.qualifier === 'atLeast') return `at least ${amount}`;
  return amount;
}
