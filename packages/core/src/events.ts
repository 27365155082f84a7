/**
 * Counts of events after an event (format 1.1): a measure with `from` (the id of a date question
 * or date measure) and, optionally, a `window` ("within 8 school weeks after the meeting").
 *
 * The school enters the count; the engine states the period it covers in the result's `period`
 * and display: "since 3 March 2025" without a window or while the window runs (never to a date
 * after today), "3 March – 28 April 2025" once it has ended (the window's end is the date plus
 * the window, the upper end of a range, an agreed length read from its answer). When the date it is counted from is not entered, the count is still used (a
 * school may know the count before it records the date) and the result carries a reason saying
 * the date is not entered. When that date is blank and blank means the event has not happened
 * (`ifBlank`), there is nothing after it to count: the count is not used (an entered figure
 * contradicts the blank date), so rules on it do not hold (conditions.ts), with the author's words as the reason.
 */
import type { Measure } from './schema-types.js';
import type { MeasureResult } from './types.js';
import type { DateContext } from './case-dates.js';
import { caseDate, caseDuration, dayAfter, formatDateRange } from './case-dates.js';
import { formatIsoDate, formatLongDate } from './durations.js';
import { formatMeasureValue } from './measures.js';
import { reason } from './messages.js';

/** The result with the period its count covers, for a measure counted from a date; else the result as it is. */
export function withEventPeriod(measure: Measure, result: MeasureResult, ctx: DateContext): MeasureResult {
  if (typeof measure.from !== 'string' || measure.kind === 'date') return result;
  if (result.status === 'invalid') return result;
  const anchor = caseDate(ctx, measure.from);
  if (anchor.notHappened !== undefined) {
    const why = reason('measure.fromNotHappened', { measure: measure.title, text: anchor.notHappened.text });
    return { measureId: result.measureId, title: result.title, status: 'missing', display: why.text, reason: why };
  }
  if ((result.status !== 'ok' && result.status !== 'tooEarly') || result.value === undefined) return result;
  if (anchor.day === undefined) {
    if (result.reason !== undefined) return result;
    return { ...result, reason: reason('measure.fromNotEntered', { measure: measure.title, from: anchor.name }) };
  }
  const from = anchor.day;
  const end = measure.window === undefined ? undefined : dayAfter(from, caseDuration(ctx, measure.window), 'upper');
  const count = formatMeasureValue(measure, result.value);
  // A window still running is counted so far: its end after today is not part of the count.
  if (end === undefined || (ctx.asOf !== undefined && end > ctx.asOf)) {
    const text = reason('period.since', { date: formatLongDate(from) }).text;
    return { ...result, display: `${count} ${text}`, period: { from: formatIsoDate(from), text } };
  }
  const text = reason('period.between', { range: formatDateRange(from, end) }).text;
  return { ...result, display: `${count} (${text})`, period: { from: formatIsoDate(from), to: formatIsoDate(end), text } };
}
