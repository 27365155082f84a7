/**
 * Measures: turning what a school entered into the figure compared with bands.
 *
 * Percentages (attendancePercentage, absencePercentage) accept:
 * - `{ percentage }`, 0 to 100 (`{ value }` is read the same way);
 * - session counts: `{ possibleSessions, attendedSessions }` or `{ possibleSessions, absentSessions }`.
 *   Either form works for either kind: absence is 100 − attendance.
 * The figure is rounded half away from zero to the measure's `decimals` (default 1) BEFORE it
 * is compared with bands, so 89.95 becomes 90.0 and meets "90% and under"; `exact` keeps the
 * unrounded figure. Session counts must be whole numbers of 0 or more, with no more sessions
 * attended (or missed) than possible, and at least one possible session (no division by zero).
 * Fewer possible sessions than `minimumPossibleSessions` gives status "tooEarly": the figure is
 * worked out and shown, with a reason saying it is too early to rely on, but never acted on: it
 * places the pupil in no band or classification, and rules reading it are not known.
 *
 * Counts (sessionCount, dayCount) are whole numbers of 0 or more, entered as `{ value }`.
 * Numbers are any finite figure within the measure's minimum and maximum, if given; they are
 * rounded only when the measure states `decimals`.
 *
 * Dates (format 1.1) are `{ date: 'YYYY-MM-DD' }`: shown in words ("3 March 2025"), with `date`
 * and `day` (its day number) and no `value`. A count of events after an event (`from`) has the
 * period it covers added by the case (events.ts), never "in the last …".
 */
import type { Measure } from './schema-types.js';
import type { MeasureInput, MeasureResult, Reason } from './types.js';
import { describeDuration, formatLongDate, parseDate } from './durations.js';
import { notHappenedReason } from './case-dates.js';
import { reason } from './messages.js';
import { formatNumber, plural, unitFor } from './text.js';

const DEFAULT_DECIMALS = 1;
const INPUT_KEYS = ['percentage', 'value', 'possibleSessions', 'attendedSessions', 'absentSessions'] as const;

/** Rounds half away from zero to `decimals` places, in decimal (so 1.005 → 1.01, 89.95 → 90). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Number.isInteger(decimals) && decimals >= 0 && decimals <= 20 ? decimals : DEFAULT_DECIMALS;
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  // Shifting through the decimal string avoids binary surprises: 89.95 * 10 is 899.4999….
  const text = String(magnitude);
  if (!text.includes('e')) {
    const shifted = Math.round(Number(`${text}e${places}`));
    const rounded = Number(`${shifted}e-${places}`);
    if (Number.isFinite(rounded)) return sign * rounded === 0 ? 0 : sign * rounded;
  }
  const factor = 10 ** places;
  const rounded = Math.round(magnitude * factor) / factor;
  return sign * rounded === 0 ? 0 : sign * rounded;
}

function isPercentageKind(measure: Measure): boolean {
  return measure.kind === 'attendancePercentage' || measure.kind === 'absencePercentage';
}

/** A measure's value as people read it: "88.2%", "12 sessions", "3 days", "4 percentage points". */
export function formatMeasureValue(measure: Measure, value: number): string {
  switch (measure.kind) {
    case 'attendancePercentage':
    case 'absencePercentage':
      return `${formatNumber(value)}%`;
    case 'sessionCount':
      return plural(value, 'session');
    case 'dayCount':
      return plural(value, 'day');
    default:
      return measure.unit ? `${formatNumber(value)} ${unitFor(value, measure.unit)}` : formatNumber(value);
  }
}

/**
 * " in the last 10 school weeks", or nothing when the measure has no window. A count of events
 * after an event (`from`) has its period stated by the case instead (see events.ts).
 */
function windowSuffix(measure: Measure): string {
  return measure.window && measure.from === undefined ? ` in the last ${describeDuration({ ...measure.window, qualifier: 'exactly' })}` : '';
}

/** Reads a property of something that may not be an object at all. */
function field(input: unknown, key: string): unknown {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, key)
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

function isWholeCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function missing(measure: Measure): MeasureResult {
  return {
    measureId: measure.id,
    title: measure.title,
    status: 'missing',
    display: 'Not entered',
    reason: reason('measure.notEntered', { measure: measure.title }),
  };
}

function invalid(measure: Measure, why: Reason): MeasureResult {
  return { measureId: measure.id, title: measure.title, status: 'invalid', display: 'Not valid', reason: why };
}

function percentageResult(measure: Measure, input: unknown): MeasureResult {
  const title = measure.title;
  const decimals = measure.decimals ?? DEFAULT_DECIMALS;
  const wantsAbsence = measure.kind === 'absencePercentage';
  const percentage = field(input, 'percentage') ?? field(input, 'value');
  const possible = field(input, 'possibleSessions');
  const attended = field(input, 'attendedSessions');
  const absent = field(input, 'absentSessions');

  // Session counts, when given, win over a percentage entered beside them.
  if (percentage !== undefined && possible === undefined) {
    if (typeof percentage !== 'number' || !Number.isFinite(percentage)) {
      return invalid(measure, reason('measure.notANumber', { measure: title }));
    }
    if (percentage < 0 || percentage > 100) {
      return invalid(measure, reason('measure.percentageOutOfRange', { measure: title, value: formatNumber(percentage) }));
    }
    const value = roundHalfAwayFromZero(percentage, decimals);
    return { measureId: measure.id, title, status: 'ok', value, exact: percentage, display: `${formatNumber(value)}%` };
  }

  const counted = attended !== undefined ? attended : absent;
  if (possible === undefined || counted === undefined) {
    return invalid(
      measure,
      reason('measure.wrongShape', {
        measure: title,
        expected: wantsAbsence
          ? 'a percentage, or the possible sessions and the sessions missed'
          : 'a percentage, or the possible sessions and the sessions attended',
      }),
    );
  }
  if (!isWholeCount(possible) || !isWholeCount(counted)) {
    return invalid(measure, reason('measure.sessionsNotWhole', { measure: title }));
  }
  const countsAttended = attended !== undefined;
  if (counted > possible) {
    return invalid(
      measure,
      reason('measure.moreThanPossible', {
        measure: title,
        counted: formatNumber(counted),
        possible: formatNumber(possible),
        what: countsAttended ? 'attended' : 'missed',
      }),
    );
  }
  if (possible === 0) return invalid(measure, reason('measure.noPossibleSessions', { measure: title }));

  const share = (counted / possible) * 100;
  // The entered count is of the other kind: convert (absence = 100 − attendance).
  const exact = countsAttended === wantsAbsence ? ((possible - counted) / possible) * 100 : share;
  const value = roundHalfAwayFromZero(exact, decimals);
  const display = countsAttended
    ? `${formatNumber(value)}% (${formatNumber(counted)} of ${plural(possible, 'session')})`
    : `${formatNumber(value)}% (${formatNumber(counted)} of ${plural(possible, 'session')} missed)`;
  const minimum = measure.minimumPossibleSessions;
  if (minimum !== undefined && possible < minimum) {
    return {
      measureId: measure.id,
      title,
      status: 'tooEarly',
      value,
      exact,
      display,
      reason: reason('measure.tooEarly', {
        measure: title,
        possible: formatNumber(possible),
        minimum: formatNumber(minimum),
      }),
    };
  }
  return { measureId: measure.id, title, status: 'ok', value, exact, display };
}

function countResult(measure: Measure, input: unknown): MeasureResult {
  const value = field(input, 'value');
  const unit = measure.kind === 'sessionCount' ? 'sessions' : 'days';
  if (!isWholeCount(value)) {
    return invalid(measure, reason('measure.countNotWhole', { measure: measure.title, unit }));
  }
  return {
    measureId: measure.id,
    title: measure.title,
    status: 'ok',
    value,
    exact: value,
    display: `${formatMeasureValue(measure, value)}${windowSuffix(measure)}`,
  };
}

function numberResult(measure: Measure, input: unknown): MeasureResult {
  const exact = field(input, 'value') ?? field(input, 'percentage');
  if (typeof exact !== 'number' || !Number.isFinite(exact)) {
    return invalid(measure, reason('measure.notANumber', { measure: measure.title }));
  }
  if (measure.minimum !== undefined && exact < measure.minimum) {
    return invalid(
      measure,
      reason('measure.belowMinimum', {
        measure: measure.title,
        value: formatNumber(exact),
        minimum: formatNumber(measure.minimum),
      }),
    );
  }
  if (measure.maximum !== undefined && exact > measure.maximum) {
    return invalid(
      measure,
      reason('measure.aboveMaximum', {
        measure: measure.title,
        value: formatNumber(exact),
        maximum: formatNumber(measure.maximum),
      }),
    );
  }
  const value = measure.decimals === undefined ? exact : roundHalfAwayFromZero(exact, measure.decimals);
  return {
    measureId: measure.id,
    title: measure.title,
    status: 'ok',
    value,
    exact,
    display: `${formatMeasureValue(measure, value)}${windowSuffix(measure)}`,
  };
}

/**
 * A date measure (format 1.1): `{ date: 'YYYY-MM-DD' }`. Status ok with the date in words as its
 * display ("3 March 2025"), `date` as entered and `day` its day number (durations.ts). It has no
 * `value`: a date is not a figure to put in a band or show as a number.
 */
function dateResult(measure: Measure, input: unknown): MeasureResult {
  if (input === undefined || input === null) return blankDate(measure);
  const date = field(input, 'date');
  if (date === undefined || (typeof date === 'string' && date.trim() === '')) {
    const others = typeof input === 'object' && !Array.isArray(input) && INPUT_KEYS.some((key) => field(input, key) !== undefined);
    if (!others && typeof input === 'object' && !Array.isArray(input)) return blankDate(measure);
  }
  const day = parseDate(date);
  if (day === undefined) return invalid(measure, reason('measure.notADate', { measure: measure.title }));
  return { measureId: measure.id, title: measure.title, status: 'ok', display: formatLongDate(day), date: date as string, day };
}

/**
 * A date left blank: not entered, or, where blank means the event has not happened (`ifBlank`),
 * that known fact (`notHappened`, not `missing`), shown in the author's words.
 */
function blankDate(measure: Measure): MeasureResult {
  const never = notHappenedReason(measure.title, measure.ifBlank);
  return never === undefined ? missing(measure) : { measureId: measure.id, title: measure.title, status: 'notHappened', display: never.text, reason: never };
}

/** Works out one measure from what was entered (a `MeasureInput`, or anything else). Never throws. */
export function computeMeasure(measure: Measure, input: MeasureInput | undefined | unknown): MeasureResult {
  if (measure.kind === 'date') return dateResult(measure, input);
  if (input === undefined || input === null) return missing(measure);
  if (typeof input !== 'object' || Array.isArray(input)) {
    return invalid(measure, reason('measure.notANumber', { measure: measure.title }));
  }
  // An object with none of the known figures is an emptied form, not a wrong one.
  if (!INPUT_KEYS.some((key) => field(input, key) !== undefined)) return missing(measure);
  if (isPercentageKind(measure)) return percentageResult(measure, input);
  if (measure.kind === 'sessionCount' || measure.kind === 'dayCount') return countResult(measure, input);
  return numberResult(measure, input);
}

/** The result for a measure id the pathway does not define. */
export function unknownMeasure(measureId: string): MeasureResult {
  return {
    measureId,
    title: measureId,
    status: 'invalid',
    display: 'Not valid',
    reason: reason('measure.unknown', { id: measureId }),
  };
}
