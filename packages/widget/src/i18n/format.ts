/**
 * Numbers, percentages and dates in the page's language, through `Intl`. A language tag the
 * browser does not know falls back to British English rather than failing.
 */
import type { Duration } from '@pathway/schema';
import { describeDuration, formatLongDate } from '@pathway/core';
import type { PluralCategory, WidgetStrings } from './strings.js';

export interface Formatter {
  readonly locale: string;
  /** 1234.5 → "1,234.5". */
  number(value: number): string;
  /** 88.25 → "88.25%". */
  percent(value: number): string;
  /** "2024-03-27" → "27 March 2024". Not a date → returned as given. */
  date(isoDate: string): string;
  /** A moment → "27 March 2024 at 14:05". */
  dateTime(moment: Date): string;
  /** { amount: 6, unit: 'months', qualifier: 'upTo' } → "up to 6 months". */
  duration(duration: Duration | undefined): string;
  /** The plural category of a count in the page's language (`Intl.PluralRules`): 1 → "one". */
  plural(count: number): PluralCategory;
  /** A count of sessions or days: "1 session", "12 days". */
  count(amount: number, unit: 'sessions' | 'days'): string;
}

const FALLBACK_LOCALE = 'en-GB';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** The languages whose dates read as core writes them ("27 March 2024"): British English, the default. */
const BRITISH = /^en(-gb)?$/i;

function supportedLocale(lang: string | undefined): string {
  // Plain "en" would give American dates ("March 27, 2024"); pathways are English councils'.
  // British English needs no lookup (a first Intl call costs tens of milliseconds cold).
  if (!lang || BRITISH.test(lang)) return FALLBACK_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([lang]).length > 0 ? lang : FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/**
 * "1,234.5": a number as `Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 })` writes it
 * (with `percent`, as its percent style writes `value / 100`). Like Intl it rounds the shortest
 * decimal form of the number it is given ("99.9995" → "100"), half away from zero. Numbers
 * that print in exponent form (1e21, 4e-7) and non-finite ones go to `intl`.
 */
function britishNumber(value: number, intl: () => Intl.NumberFormat, percent = false): string {
  const given = percent ? value / 100 : value;
  const shortest = String(Math.abs(given));
  if (!Number.isFinite(given) || shortest.includes('e')) return intl().format(given);
  let [whole, fraction = ''] = shortest.split('.');
  if (percent) {
    // × 100 in decimal: move the point two places.
    fraction = fraction.padEnd(2, '0');
    whole = (whole + fraction.slice(0, 2)).replace(/^0+(?=\d)/, '');
    fraction = fraction.slice(2);
  }
  if (fraction.length > 3) {
    const roundUp = fraction[3] >= '5';
    fraction = fraction.slice(0, 3);
    if (roundUp) {
      // Add one in the last kept place, carrying through nines.
      const digits = [...whole + fraction].map(Number);
      let at = digits.length - 1;
      while (at >= 0 && digits[at] === 9) digits[at--] = 0;
      if (at >= 0) digits[at] += 1;
      const joined = (at < 0 ? '1' : '') + digits.join('');
      whole = joined.slice(0, -3);
      fraction = joined.slice(-3);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const negative = given < 0 || Object.is(given, -0);
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`;
}

/**
 * Each `Intl` object is made the first time it is needed: the first one a page creates loads
 * locale data (tens of milliseconds on a cold start, before the questions page can be drawn),
 * and most pages never show a time at all. British English needs none for dates, numbers,
 * percentages or plurals: core writes dates and this module numbers exactly as `Intl` does
 * for en-GB (format.test.ts compares them), and English has two plural forms.
 */
export function createFormatter(lang: string | undefined, strings: WidgetStrings): Formatter {
  const british = !lang || BRITISH.test(lang);
  const locale = lazy(() => supportedLocale(lang));
  const numbers = lazy(() => new Intl.NumberFormat(locale(), { maximumFractionDigits: 3 }));
  const percents = lazy(() => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 3 }));
  // Dates from the pathway and the form are calendar dates: format them in UTC so the day never shifts.
  const dates = lazy(() => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const dateTimes = lazy(() => new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }));
  const plurals = lazy(() => new Intl.PluralRules(locale()));
  let plural = (count: number): PluralCategory => plurals().select(count);

  const number = british ? (value: number) => britishNumber(value, numbers) : (value: number) => numbers().format(value);
  // As Intl's rules for English: "one" for a count written as 1 (numbers are rounded to 3 decimals as Intl rounds them), so 1.0002 is "1 day".
  if (british) plural = (count) => (number(Math.abs(count)) === '1' ? 'one' : 'other');

  return {
    get locale() {
      return locale();
    },
    number,
    percent: british ? (value) => britishNumber(value, percents, true) : (value) => percents().format(value / 100),
    date(isoDate) {
      const match = ISO_DATE.exec(isoDate);
      if (!match) return isoDate;
      const moment = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      if (Number.isNaN(moment.getTime())) return isoDate;
      return british ? formatLongDate(moment.getTime() / DAY_MS) : dates().format(moment);
    },
    dateTime: (moment) => dateTimes().format(moment),
    duration(duration) {
      if (!duration) return '';
      // Lengths agreed per case, ranges and "about" (format 1.1) have no one amount: use core's wording.
      if (typeof duration.amount !== 'number' || duration.to !== undefined || duration.approximate === true || duration.amount === 0) {
        return describeDuration(duration);
      }
      return strings.duration(number(duration.amount), strings.unit(duration.unit, plural(duration.amount)), duration.qualifier);
    },
    plural,
    count: (amount, unit) => strings.measureCount(number(amount), unit, plural(amount)),
  };
}

/** `make()` once, on the first call. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Today's date (YYYY-MM-DD) in the user's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
