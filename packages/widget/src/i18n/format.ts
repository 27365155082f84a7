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
  if (!lang || lang.toLowerCase() === 'en') return FALLBACK_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([lang]).length > 0 ? lang : FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/**
 * Each `Intl` object is made the first time it is needed: the first one a page creates loads
 * locale data, which costs tens of milliseconds on a cold start, and most pages never show a
 * date or a time at all. A British English date needs none: core writes dates exactly as
 * `Intl` does for en-GB, so the start page's "In force from" costs no `Intl` object.
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
  const plural = (count: number): PluralCategory => plurals().select(count);

  return {
    get locale() {
      return locale();
    },
    number: (value) => numbers().format(value),
    percent: (value) => percents().format(value / 100),
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
      return strings.duration(numbers().format(duration.amount), strings.unit(duration.unit, plural(duration.amount)), duration.qualifier);
    },
    plural,
    count: (amount, unit) => strings.measureCount(numbers().format(amount), unit, plural(amount)),
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
