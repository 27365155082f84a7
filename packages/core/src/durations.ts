/**
 * Dates and durations. Dates are calendar dates written YYYY-MM-DD and handled as whole days
 * counted from 1970-01-01 (the proleptic Gregorian calendar, as UTC), with integer arithmetic
 * only, so there are no time zones, daylight saving or locale in play.
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
import type { Duration, TimeUnit } from './schema-types.js';
import { formatNumber } from './text.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to the given civil date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a real YYYY-MM-DD date, or undefined for anything else ("2025-02-30", 7, null). */
export function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export function isValidDate(value: unknown): value is string {
  return parseDate(value) !== undefined;
}

/** A day number as YYYY-MM-DD. */
export function formatIsoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A day number as people read it in England: "3 March 2025". Fixed English names, no locale. */
export function formatLongDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

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

/** "6 weeks", "1 school day", "0 days": an amount with its unit, nothing else. */
export function describeAmount(amount: number, unit: TimeUnit): string {
  const names = UNIT_NAMES[unit] ?? [String(unit), String(unit)];
  return `${formatNumber(amount)} ${amount === 1 ? names[0] : names[1]}`;
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

/**
 * "10 school weeks", "up to 6 months", "at least 1 term", "2 to 3 weeks", "about 6 weeks",
 * "immediately". A length agreed per case reads "8 weeks (as agreed)" once `agreed` is known,
 * else "the number of weeks agreed".
 */
export function describeDuration(duration: Duration, agreed?: number): string {
  const names = UNIT_NAMES[duration.unit] ?? [String(duration.unit), String(duration.unit)];
  const counted = (n: number) => `${formatNumber(n)} ${n === 1 ? names[0] : names[1]}`;
  let amount: string;
  if (typeof duration.amount !== 'number') {
    amount = typeof agreed === 'number' && Number.isFinite(agreed) ? `${counted(agreed)} (as agreed)` : `the number of ${names[1]} agreed`;
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
