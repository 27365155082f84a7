/**
 * Change over time (format 1.1): a measure now compared with its earlier reading
 * (`CaseInput.baselines[measureId]`, a measure input with an optional `date`).
 *
 * - Which way is better: the measure's `better`, else higher for attendance percentages and
 *   lower for everything else (absence, counts, other numbers).
 * - points (the default): the difference of the two rounded values (each rounded to the
 *   measure's decimals, as bands see them), itself rounded to those decimals so 88.2 − 82.1 is 6.1.
 * - percent: the difference relative to the earlier reading, rounded to 1 decimal place; an
 *   earlier reading of 0 has no relative change, so the rule is false with a reason.
 * - No `atLeast`: any change strictly in the direction. With it: a change of at least that much.
 * - `over`: the earlier reading is at least that old (its date + the duration ≤ today; a range's
 *   lower end). `within`: it is no older than that (today ≤ its date + the duration; a range's
 *   upper end). Either needs the reading's date and today's date (`asOf`); without them the rule is
 *   unknown with a reason saying what to enter.
 * - A missing or invalid reading, now or earlier, makes the rule unknown (conditions.ts) with a
 *   reason saying which; a part that is false decides the rule whatever else is missing.
 * Every part is evaluated, so the reasons name everything that is missing at once.
 */
import type { Outline } from './outline/outline.js';
import type { Measure, Pathway } from './schema-types.js';
import type { MeasureResult, Reason } from './types.js';
import type { ConditionContext, ConditionResult } from './conditions.js';
import { allParts, unknownResult } from './condition-result.js';
import { caseDuration, dayAfter, ruleDurationText } from './case-dates.js';
import { formatLongDate, parseDate } from './durations.js';
import { computeMeasure, formatMeasureValue, roundHalfAwayFromZero } from './measures.js';
import { reason } from './messages.js';
import { formatNumber } from './text.js';

export interface ChangeRule {
  change: string;
  direction: 'improved' | 'declined';
  atLeast?: number;
  unit?: 'points' | 'percent';
  over?: import('./schema-types.js').Duration;
  within?: import('./schema-types.js').Duration;
}

/** Which way is an improvement for a measure. */
export function betterDirection(measure: Measure): 'higher' | 'lower' {
  if (measure.better === 'higher' || measure.better === 'lower') return measure.better;
  return measure.kind === 'attendancePercentage' ? 'higher' : 'lower';
}

function field(input: unknown, key: string): unknown {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, key)
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

/** An earlier reading as entered (anything), worked out like the measure, with its date. */
export function computeBaseline(measure: Measure, input: unknown): MeasureResult {
  const result = computeMeasure(measure, input);
  const date = field(input, 'date');
  const period = field(input, 'period');
  const withDate: MeasureResult = measure.kind !== 'date' && parseDate(date) !== undefined ? { ...result, date: date as string } : result;
  return typeof period === 'string' && period.trim() !== '' ? { ...withDate, periodText: period } : withDate;
}

function usable(result: MeasureResult | undefined): result is MeasureResult & { value: number } {
  return result !== undefined && result.status === 'ok' && typeof result.value === 'number';
}

/** Decimal places a measure's figures are compared at. */
function decimalsOf(measure: Measure): number | undefined {
  if (measure.decimals !== undefined) return measure.decimals;
  if (measure.kind === 'attendancePercentage' || measure.kind === 'absencePercentage') return 1;
  if (measure.kind === 'sessionCount' || measure.kind === 'dayCount') return 0;
  return undefined;
}

/** "4.5 points", "3 sessions", "2 percentage points", "12.5%". */
function describeChange(measure: Measure, amount: number, unit: 'points' | 'percent'): string {
  if (unit === 'percent') return `${formatNumber(amount)}%`;
  if (measure.kind === 'attendancePercentage' || measure.kind === 'absencePercentage') {
    return `${formatNumber(amount)} ${amount === 1 ? 'point' : 'points'}`;
  }
  return formatMeasureValue(measure, amount);
}

function result(holds: boolean, reasons: Reason[]): ConditionResult {
  return { holds, reasons };
}

/** The age rules (`over`, `within`) on the earlier reading. */
function ageParts(rule: ChangeRule, measure: Measure, baseline: MeasureResult | undefined, ctx: ConditionContext): ConditionResult[] {
  const parts: ConditionResult[] = [];
  if (rule.over === undefined && rule.within === undefined) return parts;
  const name = measure.title;
  const taken = parseDate(baseline?.date);
  if (taken === undefined) return [unknownResult([reason('change.baselineNoDate', { measure: name })])];
  if (ctx.asOf === undefined) return [unknownResult([reason('change.noToday', { measure: name })])];
  const today = ctx.asOf;
  const date = formatLongDate(taken);
  if (rule.over !== undefined) {
    const resolved = caseDuration(ctx, rule.over);
    const due = dayAfter(taken, resolved, 'lower');
    const duration = ruleDurationText(resolved, 'lower');
    if (due === undefined) parts.push(unknownResult([resolved.missing ?? reason('condition.unknown')]));
    else if (today >= due) parts.push(result(true, [reason('change.overMet', { measure: name, date, duration })]));
    else parts.push(result(false, [reason('change.overNotYet', { measure: name, date, duration, due: formatLongDate(due) })]));
  }
  if (rule.within !== undefined) {
    const resolved = caseDuration(ctx, rule.within);
    const due = dayAfter(taken, resolved, 'upper');
    const duration = ruleDurationText(resolved, 'upper');
    if (due === undefined) parts.push(unknownResult([resolved.missing ?? reason('condition.unknown')]));
    else if (today <= due) parts.push(result(true, [reason('change.withinMet', { measure: name, date, duration })]));
    else parts.push(result(false, [reason('change.withinPast', { measure: name, date, duration, due: formatLongDate(due) })]));
  }
  return parts;
}

/** The change itself: improved or declined, by at least the amount. */
function changePart(rule: ChangeRule, measure: Measure, now: MeasureResult | undefined, before: MeasureResult | undefined): ConditionResult {
  const name = measure.title;
  if (measure.kind === 'date') return result(false, [reason('change.notComparable', { measure: name })]);
  const missing: Reason[] = [];
  if (!usable(now)) {
    missing.push(
      now === undefined || now.status === 'missing'
        ? reason('condition.measureNotEntered', { measure: name })
        : now.status === 'tooEarly' && now.reason !== undefined
          ? now.reason
          : reason('condition.measureInvalid', { measure: name }),
    );
  }
  if (!usable(before)) {
    missing.push(
      before === undefined || before.status === 'missing'
        ? reason('change.noBaseline', { measure: name })
        : reason('change.baselineInvalid', { measure: name }),
    );
  }
  if (!usable(now) || !usable(before)) return unknownResult(missing);
  const unit = rule.unit === 'percent' ? 'percent' : 'points';
  const decimals = decimalsOf(measure);
  const rawDifference = now.value - before.value;
  let difference: number;
  if (unit === 'percent') {
    if (before.value === 0) return result(false, [reason('change.fromZero', { measure: name })]);
    difference = roundHalfAwayFromZero((rawDifference / Math.abs(before.value)) * 100, 1);
  } else {
    difference = roundHalfAwayFromZero(rawDifference, decimals ?? 10);
  }
  const improvement = betterDirection(measure) === 'higher' ? difference : -difference;
  const movement = rule.direction === 'improved' ? improvement : -improvement;
  const atLeast = typeof rule.atLeast === 'number' && Number.isFinite(rule.atLeast) ? rule.atLeast : undefined;
  const holds = atLeast === undefined ? movement > 0 : movement > 0 && movement >= atLeast;
  const fromValue = formatMeasureValue(measure, before.value);
  const to = formatMeasureValue(measure, now.value);
  const takenOn = parseDate(before.date);
  if (holds) {
    const from = takenOn === undefined ? fromValue : reason('change.readingOn', { value: fromValue, date: formatLongDate(takenOn) }).text;
    const params = { measure: name, by: describeChange(measure, Math.abs(difference), unit), from, to };
    return result(true, [rule.direction === 'improved' ? reason('change.improved', params) : reason('change.declined', params)]);
  }
  const since = takenOn === undefined ? reason('change.theEarlierReading').text : formatLongDate(takenOn);
  if (atLeast === undefined) {
    const params = { measure: name, since, from: fromValue, to };
    return result(false, [rule.direction === 'improved' ? reason('change.notImproved', params) : reason('change.notDeclined', params)]);
  }
  const params = { measure: name, atLeast: describeChange(measure, atLeast, unit), since, from: fromValue, to };
  return result(false, [rule.direction === 'improved' ? reason('change.notImprovedBy', params) : reason('change.notDeclinedBy', params)]);
}

/** Evaluates a change rule for the case in `ctx`. Never throws on a schema-valid rule. */
export function evaluateChange(rule: ChangeRule, ctx: ConditionContext): ConditionResult {
  const measure = ctx.measureDefinition(rule.change);
  if (measure === undefined) return result(false, [reason('measure.unknown', { id: String(rule.change) })]);
  const now = ctx.measure(rule.change);
  const before = ctx.baseline?.(rule.change);
  const parts = [changePart(rule, measure, now, before), ...ageParts(rule, measure, before, ctx)];
  return allParts(parts);
}

/**
 * The measures a change rule compares, of those the ones whose earlier reading a form should
 * ask for (the measure asks for it with `baseline`), and of those the ones whose reading's date
 * a rule needs (`over`, `within`). One pass over the whole document, with an
 * explicit stack so even a deeply nested file cannot overflow it; done once, when compiling.
 */
export function changeMeasures(definition: Pathway, outline: Outline): { compared: string[]; asked: string[]; dated: string[] } {
  const compared = new Set<string>();
  // A rule with `over` or `within` cannot be decided without the reading's date.
  const needsDate = new Set<string>();
  for (const reference of outline.references) {
    if (reference.property !== 'change') continue;
    compared.add(reference.id);
    const rule = reference.from?.value as { over?: unknown; within?: unknown } | undefined;
    if (rule?.over !== undefined || rule?.within !== undefined) needsDate.add(reference.id);
  }
  const asked: string[] = [];
  const seen = new Set<string>();
  for (const measure of definition.measures ?? []) {
    if (seen.has(measure.id)) continue;
    seen.add(measure.id);
    if (measure.baseline !== undefined && compared.has(measure.id)) asked.push(measure.id);
  }
  return { compared: [...compared], asked, dated: asked.filter((id) => needsDate.has(id)) };
}
