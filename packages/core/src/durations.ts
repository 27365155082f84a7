/**
 * Dates and durations. Dates are calendar dates written YYYY-MM-DD and handled as whole days
 * counted from 1970-01-01 (the proleptic Gregorian calendar, as UTC), with integer arithmetic
 * only, so there are no time zones, daylight saving or locale in play. Reading and writing
 * dates is calendar.ts, durations in words duration-words.ts; this module adds durations to dates.
 *
 * Adding a duration (what "at least 6 school weeks since the review meeting" needs):
 * - days / weeks: calendar days (a week is 7 days);
 * - schoolDays: weekdays, Monday to Friday. The pathway knows no term dates or bank holidays,
 *   so holidays count as school days; messages say "school days (Monday to Friday)";
 * - schoolWeeks: 5 school days make a school week, so N school weeks are N calendar weeks;
 * - sessions: a session is half a school day, so N sessions are N/2 school days, rounded up;
 * - months / years: calendar months, keeping the day of the month and clamping it to the
 *   month's last day (31 January + 1 month = 28 or 29 February);
 * - terms: no term dates are known, so a term is taken as 13 calendar weeks (a school year of
 *   three terms is 39 weeks of teaching across 52; 13 weeks is the usual planning figure).
 * Fractional amounts are rounded up to whole days (or whole school days), and a fraction of a
 * month counts as that fraction of 30 days: a rule then never holds earlier than written.
 *
 * Durations as councils write them (format 1.1): an amount of 0 is "immediately"; a range
 * ("2 to 3 weeks") has `to`; "about 6 weeks" is `approximate`; a length agreed per case takes
 * its amount from a number answer (`fromAnswer`). Where a range meets a date, the caller says
 * which end it means: "at least" rules and start dates use the lower end, deadlines the upper.
 */
import type { Duration } from './schema-types.js';
import { civilFromDays, daysFromCivil, daysInMonth, formatIsoDate, parseDate } from './calendar.js';

// Dates and durations in words live in their own modules; importers of this one find them here too.
export { formatIsoDate, formatLongDate, isValidDate, parseDate } from './calendar.js';
export { describeAmount, describeDuration, describeInterval } from './duration-words.js';

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
function weekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** The day `count` school days (Monday to Friday) after `days`. From a weekend, counting starts at the Friday before. */
export function addSchoolDays(days: number, count: number): number {
  if (count <= 0) return days;
  let start = days;
  let day = weekday(start);
  if (day > 4) {
    start -= day - 4;
    day = 4;
  }
  const remainder = count % 5;
  const result = start + Math.floor(count / 5) * 7 + remainder;
  return day + remainder >= 5 ? result + 2 : result;
}

function addMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return daysFromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole months, then any fraction of a month as that fraction of 30 days (rounded up). */
function addFractionalMonths(days: number, months: number): number {
  const whole = Math.floor(months);
  const fraction = months - whole;
  const afterMonths = addMonths(days, whole);
  return fraction > 0 ? afterMonths + Math.ceil(fraction * 30) : afterMonths;
}

/** Which end of a range ("2 to 3 weeks") a date calculation uses. */
export type RangeEnd = 'lower' | 'upper';

/**
 * The amount a duration stands for: its own amount, or the agreed amount (`agreed`, read by the
 * caller from the `fromAnswer` question), and for a range the end asked for. Undefined when the
 * length is agreed per case and not yet given.
 */
export function durationAmount(duration: Duration, end: RangeEnd = 'lower', agreed?: number): number | undefined {
  const base = typeof duration.amount === 'number' ? duration.amount : agreed;
  let amount = base;
  if (typeof duration.to === 'number' && Number.isFinite(duration.to)) {
    // A range written upside down ("3 to 2 weeks", lint's business) still has a lower and an upper end.
    if (typeof base !== 'number' || !Number.isFinite(base)) amount = end === 'upper' ? duration.to : undefined;
    else amount = end === 'upper' ? Math.max(base, duration.to) : Math.min(base, duration.to);
  }
  return typeof amount === 'number' && Number.isFinite(amount) && amount >= 0 ? amount : undefined;
}

/** The day `duration` after the day number `days` (see the rules at the top of this file). */
export function addDurationToDay(days: number, duration: Duration, end: RangeEnd = 'lower', agreed?: number): number {
  const amount = durationAmount(duration, end, agreed) ?? 0;
  switch (duration.unit) {
    case 'days':
      return days + Math.ceil(amount);
    case 'weeks':
    case 'schoolWeeks':
      return days + Math.ceil(amount * 7);
    case 'schoolDays':
      return addSchoolDays(days, Math.ceil(amount));
    case 'sessions':
      return addSchoolDays(days, Math.ceil(amount / 2));
    case 'terms':
      return days + Math.ceil(amount * 13 * 7);
    case 'months':
      return addFractionalMonths(days, amount);
    case 'years':
      return addFractionalMonths(days, amount * 12);
    default:
      return days;
  }
}

/** `date` (YYYY-MM-DD) plus `duration`, as YYYY-MM-DD; undefined when `date` is not a real date. */
export function addDuration(date: string, duration: Duration, end: RangeEnd = 'lower'): string | undefined {
  const days = parseDate(date);
  return days === undefined ? undefined : formatIsoDate(addDurationToDay(days, duration, end));
}
