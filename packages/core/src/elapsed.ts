/**
 * "Time since" rules: the time from a date to today (`CaseInput.asOf`), or, with `until`, to a
 * second date ("no more than 3 months between the printout and the meeting", format 1.1).
 * Either date is a date question's answer or a date measure's value (see case-dates.ts).
 *
 * - atLeast: the later date is on or after the first date plus the duration (a range's lower
 *   end); atMost: on or before the first date plus the duration (a range's upper end).
 * - A length agreed per case takes its amount from its number answer; not answered, the part is
 *   unknown with a reason saying so.
 * - A date not entered, or today not known (without `until`), makes the rule unknown with a reason;
 *   so does an `until` date before the date it counts from (the dates need checking).
 * - A length of nothing ("at least 0 school days since …") says the date has come (today), was
 *   (before today), or has not come yet.
 * - A blank date that means the event has not happened (`ifBlank`, case-dates.ts) is known:
 *   - since it: no time has passed since an event that has not happened, so neither atLeast nor
 *     atMost holds, whatever `until` is. "At least 15 school days since the warning" is a step
 *     after the warning, false while there has been none (it once held, "longer ago than any
 *     length", and placed pupils with no warning at the step after it); "no notice within 3
 *     years" is written `not` of atMost, and holds;
 *   - until it: the period has not ended, so it is at least as long as up to today: atLeast
 *     holds once that long has passed (not yet, before); atMost fails once that long has passed,
 *     and before then is not known (the event may still come in time).
 *   The author's words ("No earlier penalty notice has been recorded") are the reason.
 * Rules on a date question without `until` read exactly as in format 1.0.
 */
import type { Duration } from './schema-types.js';
import type { Reason } from './types.js';
import type { ConditionContext, ConditionResult } from './conditions.js';
import { allParts, unknownResult } from './condition-result.js';
import { amountAt, caseDate, caseDuration, dayAfter, ruleDurationText } from './case-dates.js';
import { formatLongDate } from './durations.js';
import { reason } from './messages.js';

export interface ElapsedRule {
  since: string;
  until?: string;
  atLeast?: Duration;
  atMost?: Duration;
}

function result(holds: boolean, reasons: Reason[]): ConditionResult {
  return { holds, reasons };
}

export function evaluateElapsed(rule: ElapsedRule, ctx: ConditionContext): ConditionResult {
  const from = caseDate(ctx, rule.since);
  const hasUntil = typeof rule.until === 'string';
  let to = hasUntil ? caseDate(ctx, rule.until as string) : undefined;
  if (from.notHappened !== undefined) return sinceNotHappened(rule, from.notHappened);
  // Up to an event that has not happened: the period is still running, so it runs to today.
  const toNever = to?.notHappened === undefined ? undefined : to;
  if (toNever !== undefined) to = undefined;
  const missing: Reason[] = [];
  if (from.day === undefined) missing.push(from.missing ?? reason('condition.noDate', { question: from.name }));
  if (to !== undefined && to.day === undefined) missing.push(to.missing ?? reason('condition.noDate', { question: to.name }));
  if (missing.length > 0) return unknownResult(missing);
  const start = from.day as number;
  if (to === undefined && ctx.asOf === undefined) return unknownResult([reason('condition.noToday', { question: from.name })]);
  const later = to === undefined ? (ctx.asOf as number) : (to.day as number);
  const date = formatLongDate(start);
  const between = to === undefined ? undefined : { from: from.name, fromDate: date, to: to.name, toDate: formatLongDate(later) };
  // A second date before the first is a mistake in what was entered, not a short time between them.
  if (between !== undefined && later < start) return unknownResult([reason('condition.datesReversed', between)]);
  const parts: ConditionResult[] = [];
  if (rule.atLeast !== undefined) {
    const resolved = caseDuration(ctx, rule.atLeast);
    const due = dayAfter(start, resolved, 'lower');
    const duration = ruleDurationText(resolved, 'lower');
    if (due === undefined) {
      parts.push(unknownResult([resolved.missing ?? reason('condition.unknown')]));
    } else if (between !== undefined) {
      parts.push(
        later >= due
          ? result(true, [reason('condition.betweenAtLeast', { duration, ...between })])
          : result(false, [reason('condition.betweenLess', { duration, ...between })]),
      );
    } else if (amountAt(resolved, 'lower') === 0) {
      // "At least nothing since" the date: the date has come (today), was (before today), or not yet.
      parts.push(
        later >= due
          ? result(true, [reason(later > start ? 'condition.dateWas' : 'condition.dateCome', { question: from.name, date })])
          : result(false, [reason('condition.dateNotCome', { question: from.name, date })]),
      );
    } else {
      parts.push(
        later >= due
          ? result(true, [reason('condition.elapsedAtLeast', { duration, question: from.name, date })])
          : result(false, [reason('condition.elapsedNotYet', { duration, question: from.name, date, due: formatLongDate(due) })]),
      );
    }
  }
  if (rule.atMost !== undefined) {
    const resolved = caseDuration(ctx, rule.atMost);
    const due = dayAfter(start, resolved, 'upper');
    const duration = ruleDurationText(resolved, 'upper');
    if (due === undefined) {
      parts.push(unknownResult([resolved.missing ?? reason('condition.unknown')]));
    } else if (between !== undefined) {
      parts.push(
        later <= due
          ? result(true, [reason('condition.betweenWithin', { duration, ...between })])
          : result(false, [reason('condition.betweenMore', { duration, ...between })]),
      );
    } else if (toNever !== undefined && later <= due) {
      // Not yet that long, and the event may still come in time.
      parts.push(unknownResult([reason('condition.mayStillHappen', { question: toNever.name, duration, from: from.name, due: formatLongDate(due) })]));
    } else {
      parts.push(
        later <= due
          ? result(true, [reason('condition.elapsedWithin', { duration, question: from.name, date, until: formatLongDate(due) })])
          : result(false, [reason('condition.elapsedPast', { duration, question: from.name, date, due: formatLongDate(due) })]),
      );
    }
  }
  if (parts.length === 0) return result(false, [reason('condition.unknown')]);
  const decided = allParts(parts);
  if (toNever !== undefined) decided.reasons.unshift(toNever.notHappened as Reason);
  return decided;
}

/** Since an event that has not happened: no length of time has passed since it. */
function sinceNotHappened(rule: ElapsedRule, why: Reason): ConditionResult {
  if (rule.atLeast === undefined && rule.atMost === undefined) return result(false, [reason('condition.unknown')]);
  return result(false, [why]);
}
