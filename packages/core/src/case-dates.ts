/**
 * Where dates and durations meet a case (format 1.1).
 *
 * A date named by a rule (`since`, `until`, a measure's `from`, a time limit's `startsFrom`) is a
 * date question's answer or a date measure's value. An id that names a date measure (and no date
 * question) reads the measure; anything else reads the question, as format 1.0 did.
 *
 * A blank date whose measure or question has `ifBlank` is an event that has not happened (a
 * known fact, with the author's words as its reason), not a date not known yet. A date entered
 * wrongly is still not known: only a blank means "it has not happened".
 *
 * A duration's amount is its own, or, for a length agreed per case (`fromAnswer`), the answer to
 * that number question (a number of 0 or more). A range ("2 to 3 weeks") uses its lower end for
 * "at least" rules and its upper end for "at most" rules and deadlines (see durations.ts).
 */
import type { Duration } from './schema-types.js';
import type { Reason } from './types.js';
import type { ConditionContext } from './conditions.js';
import { toNumber } from './answers.js';
import { addDurationToDay, describeAmount, durationAmount, formatLongDate, parseDate } from './durations.js';
import type { RangeEnd } from './durations.js';
import { reason } from './messages.js';
import { quote, quotedText } from './text.js';

/** The parts of a condition context that dates and durations read. */
export type DateContext = Pick<ConditionContext, 'question' | 'answer' | 'measureDefinition' | 'measure' | 'asOf'>;

export interface CaseDate {
  /** The day number (see durations.ts), when the date is entered and real. */
  day: number | undefined;
  /** How messages name it: a question's quoted text, or a measure's title. */
  name: string;
  /** Why there is no date, when there is none. */
  missing?: Reason;
  /** When the date is blank and blank means the event has not happened (`ifBlank`): the author's words. */
  notHappened?: Reason;
}

/** The reason a blank date gives when its measure or question says blank means "it has not happened". */
export function notHappenedReason(name: string, ifBlank: unknown): Reason | undefined {
  return typeof ifBlank === 'string' && ifBlank.trim() !== '' ? reason('date.notHappened', { date: name, text: ifBlank }) : undefined;
}

/** True when `id` names a date measure that a rule should read rather than a question. */
export function isDateMeasure(ctx: DateContext, id: string): boolean {
  const measure = ctx.measureDefinition(id);
  if (measure === undefined || measure.kind !== 'date') return false;
  const question = ctx.question(id);
  return question === undefined || question.spec.type !== 'date';
}

/** The date a rule names, read from the case. */
export function caseDate(ctx: DateContext, id: string): CaseDate {
  if (isDateMeasure(ctx, id)) {
    const measure = ctx.measureDefinition(id);
    const name = measure?.title ?? id;
    const result = ctx.measure(id);
    const day = result !== undefined && result.status === 'ok' ? result.day : undefined;
    if (day !== undefined) return { day, name };
    const never = result?.status === 'notHappened' ? notHappenedReason(name, measure?.ifBlank) : undefined;
    if (never !== undefined) return { day, name, notHappened: never };
    // A date entered wrongly says what is wrong with it; a date not entered says it has none.
    const why = result?.status === 'invalid' && result.reason !== undefined ? result.reason : reason('condition.noDate', { question: name });
    return { day, name, missing: why };
  }
  const question = ctx.question(id);
  const name = question ? quotedText(question) : quote(id);
  const answer = ctx.answer(id);
  const day = answer.status === 'valid' ? parseDate(answer.value) : undefined;
  const never = answer.status === 'none' && question?.spec.type === 'date' ? notHappenedReason(name, question.spec.ifBlank) : undefined;
  if (never !== undefined) return { day, name, notHappened: never };
  return day === undefined ? { day, name, missing: reason('condition.noDate', { question: name }) } : { day, name };
}

export interface CaseDuration {
  readonly duration: Duration;
  /** The agreed amount, for a length agreed per case whose question is answered. */
  readonly agreed: number | undefined;
  /** Why the length is not known (agreed per case, not answered yet). */
  readonly missing?: Reason;
}

/** A duration with its agreed amount read from the case. */
export function caseDuration(ctx: Pick<DateContext, 'question' | 'answer'>, duration: Duration): CaseDuration {
  const id = duration.fromAnswer;
  if (typeof id !== 'string') return { duration, agreed: undefined };
  const answer = ctx.answer(id);
  const value = answer.status === 'valid' ? toNumber(answer.value) : undefined;
  const agreed = value !== undefined && value >= 0 ? value : undefined;
  if (agreed !== undefined || durationAmount(duration, 'lower') !== undefined) return { duration, agreed };
  const question = ctx.question(id);
  return { duration, agreed, missing: reason('duration.notAgreed', { question: question ? quotedText(question) : quote(id) }) };
}

/** The amount at one end, or undefined when the length is agreed per case and not known yet. */
export function amountAt(resolved: CaseDuration, end: RangeEnd): number | undefined {
  return durationAmount(resolved.duration, end, resolved.agreed);
}

/** The day `resolved` after `day` at one end of a range; undefined when the length is not known. */
export function dayAfter(day: number, resolved: CaseDuration, end: RangeEnd): number | undefined {
  return amountAt(resolved, end) === undefined ? undefined : addDurationToDay(day, resolved.duration, end, resolved.agreed);
}

/**
 * The length one end of a duration stands for, as rules state it: "6 weeks", "2 weeks" for the
 * lower end of "2 to 3 weeks", "8 weeks (as agreed)". Qualifiers and "about" are left out: the
 * rule uses the figure. 1.0 durations read exactly as before.
 */
export function ruleDurationText(resolved: CaseDuration, end: RangeEnd): string {
  const { duration } = resolved;
  const amount = amountAt(resolved, end);
  if (amount === undefined) return describeAmountAgreed(duration);
  const text = describeAmount(amount, duration.unit);
  return typeof duration.amount !== 'number' && resolved.agreed !== undefined ? `${text} (as agreed)` : text;
}

function describeAmountAgreed(duration: Duration): string {
  return `the agreed number of ${describeAmount(2, duration.unit).slice(2)}`;
}

/** "3 March 2025", "3 – 28 March 2025", "3 March – 28 April 2025", "3 December 2024 – 28 January 2025". */
export function formatDateRange(from: number, to: number): string {
  const start = formatLongDate(from).split(' ');
  const end = formatLongDate(to);
  const endParts = end.split(' ');
  if (from === to) return end;
  if (start[2] !== endParts[2]) return `${start.join(' ')} – ${end}`;
  if (start[1] !== endParts[1]) return `${start[0]} ${start[1]} – ${end}`;
  return `${start[0]} – ${end}`;
}
