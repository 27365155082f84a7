/**
 * Conditions: the declarative rules of a pathway (gates, entry rules, showIf, exceptions,
 * outcomes), evaluated to true or false with the reasons that decided it, in plain words.
 *
 * - all: holds when every rule holds. Reasons: every rule's when it holds, else only the
 *   failing rules' (the ones that decided it).
 * - any: holds when one rule holds. Reasons: the holding rules', else every rule's.
 * - not: holds when the inner rule does not; reasons are the inner rule's facts, which
 *   explain the result either way ("…is ticked").
 * - answer: each part given (`answered`, `in`, `atLeast`, `atMost`) must hold; with none of
 *   them it means "is answered". An answer that is not understood counts as not given.
 *   Rules read the answer as entered, whether or not its question is currently asked.
 * - measure: the rounded value lies within the bounds; a measure not entered (or not valid)
 *   makes the rule false, e.g. "Attendance has not been entered".
 * - cohort: the circumstance is ticked. evidence: the evidence is confirmed.
 * - stageComplete: the stage's blocking questions and evidence are met and its blocking gates
 *   hold (worked out by the caller; a stage whose completeness depends on itself is false).
 * - since: time since a date answer or date measure, against `CaseInput.asOf` or a second date
 *   (`until`); without them it is false (elapsed.ts).
 * - change: a measure now against its earlier reading (change.ts).
 * - route: the route is chosen (`CaseInput.routes`) and can be taken (its rule holds and no
 *   exception closes it: a route chosen anyway has no consequences); outcome: the outcome is recorded as having
 *   happened (`CaseInput.outcomes`) (format 1.1).
 * Every rule is evaluated (no short cuts), so the reasons do not depend on rule order.
 */
import type { Condition, Measure } from './schema-types.js';
import type { MeasureResult, Reason } from './types.js';
import type { AnswerSpec, InterpretedAnswer } from './answers.js';
import { answerText, sameAnswer, toNumber } from './answers.js';
import { describeBounds, withinBounds } from './bands.js';
import type { ChangeRule } from './change.js';
import type { ElapsedRule } from './elapsed.js';
import { evaluateChange } from './change.js';
import { evaluateElapsed } from './elapsed.js';
import { formatMeasureValue } from './measures.js';
import { reason } from './messages.js';
import { formatNumber, joinWith, quote } from './text.js';

export interface ConditionResult {
  holds: boolean;
  reasons: Reason[];
}

/** What a condition may ask about the case. The engine's evaluation context implements it. */
export interface ConditionContext {
  /** The question's text, quoted for messages, and how to read its answers, when the pathway has it. */
  question(id: string): { readonly quoted: string; readonly spec: AnswerSpec } | undefined;
  answer(id: string): InterpretedAnswer;
  measureDefinition(id: string): Measure | undefined;
  measure(id: string): MeasureResult | undefined;
  cohortTicked(id: string): boolean;
  cohortTitle(id: string): string;
  evidenceConfirmed(id: string): boolean;
  evidenceTitle(id: string): string;
  stageComplete(id: string): ConditionResult;
  /** Today as a day number (see durations.ts), when known. */
  readonly asOf: number | undefined;
  /** The earlier reading of a measure (format 1.1), with its date, for change rules. */
  baseline?(id: string): MeasureResult | undefined;
  /** Format 1.1: whether the route is chosen for the case, and can be taken (its rule holds, no exception closes it). */
  routeChosen?(id: string): 'chosen' | 'closed' | 'no';
  routeTitle?(id: string): string;
  /** Format 1.1: the case records the outcome as having happened, and its name. */
  outcomeRecorded?(id: string): boolean;
  outcomeTitle?(id: string): string;
}

function result(holds: boolean, reasons: Reason[]): ConditionResult {
  return { holds, reasons };
}

/** Drops repeated lines ("… is not answered" from two parts of one rule). */
function uniqueReasons(reasons: Reason[]): Reason[] {
  if (reasons.length < 2) return reasons;
  const seen = new Set<string>();
  const unique: Reason[] = [];
  for (const r of reasons) {
    if (seen.has(r.text)) continue;
    seen.add(r.text);
    unique.push(r);
  }
  return unique;
}

/*
 * The evaluators below use plain loops rather than array callbacks: they run thousands of
 * times per evaluation, and some toolchains (tsx, esbuild's keepNames) make every closure
 * created in a hot path noticeably costly.
 */

/**
 * all (needAll) or any. "all" holds when no rule fails and gives the failing rules' reasons
 * when it does not; "any" holds when a rule holds and gives the holding rules' reasons.
 */
function combine(conditions: readonly Condition[], ctx: ConditionContext, needAll: boolean): ConditionResult {
  const passing: Reason[] = [];
  const failing: Reason[] = [];
  let held = 0;
  for (const condition of conditions) {
    const outcome = evaluateCondition(condition, ctx);
    if (outcome.holds) held++;
    const into = outcome.holds ? passing : failing;
    for (const r of outcome.reasons) into.push(r);
  }
  const holds = needAll ? held === conditions.length : held > 0;
  return result(holds, uniqueReasons(holds ? passing : failing));
}

interface AnswerRule {
  answer: string;
  in?: readonly (string | number)[];
  answered?: boolean;
  atLeast?: number;
  atMost?: number;
}

function evaluateAnswer(rule: AnswerRule, ctx: ConditionContext): ConditionResult {
  const question = ctx.question(rule.answer);
  const spec = question?.spec;
  const name = question ? question.quoted : quote(rule.answer);
  const answer = ctx.answer(rule.answer);
  const passing: Reason[] = [];
  const failing: Reason[] = [];
  const unanswered = answer.status === 'invalid' ? ('condition.answerNotUnderstood' as const) : ('condition.notAnswered' as const);

  if (rule.answered !== undefined || (rule.in === undefined && rule.atLeast === undefined && rule.atMost === undefined)) {
    const isAnswered = answer.status === 'valid';
    const why = isAnswered ? reason('condition.answered', { question: name }) : reason(unanswered, { question: name });
    (isAnswered === (rule.answered ?? true) ? passing : failing).push(why);
  }
  if (rule.in !== undefined) {
    if (answer.status !== 'valid') {
      failing.push(reason(unanswered, { question: name }));
    } else {
      const given = answerText(spec, answer.value);
      let matches = false;
      for (const value of rule.in) if (sameAnswer(spec, answer.value, value)) matches = true;
      if (matches) {
        passing.push(reason('condition.answerIs', { question: name, answer: given }));
      } else {
        const expected: string[] = [];
        for (const value of rule.in) expected.push(answerText(spec, value));
        failing.push(reason('condition.answerIsNot', { question: name, answer: given, expected: joinWith(expected, 'or') }));
      }
    }
  }
  if (rule.atLeast !== undefined || rule.atMost !== undefined) {
    const value = answer.status === 'valid' ? toNumber(answer.value) : undefined;
    if (value === undefined) {
      failing.push(answer.status === 'valid' ? reason('condition.notANumber', { question: name }) : reason(unanswered, { question: name }));
    } else {
      const shown = formatNumber(value);
      if (rule.atLeast !== undefined) {
        const params = { question: name, answer: shown, limit: formatNumber(rule.atLeast) };
        if (value >= rule.atLeast) passing.push(reason('condition.atLeast', params));
        else failing.push(reason('condition.lessThan', params));
      }
      if (rule.atMost !== undefined) {
        const params = { question: name, answer: shown, limit: formatNumber(rule.atMost) };
        if (value <= rule.atMost) passing.push(reason('condition.atMost', params));
        else failing.push(reason('condition.moreThan', params));
      }
    }
  }
  return failing.length === 0 ? result(true, uniqueReasons(passing)) : result(false, uniqueReasons(failing));
}

function evaluateMeasure(
  rule: { measure: string; lower?: { value: number; inclusive: boolean }; upper?: { value: number; inclusive: boolean } },
  ctx: ConditionContext,
): ConditionResult {
  const definition = ctx.measureDefinition(rule.measure);
  const measured = ctx.measure(rule.measure);
  if (definition === undefined || measured === undefined) {
    return result(false, [reason('measure.unknown', { id: rule.measure })]);
  }
  if (measured.status === 'missing' || measured.value === undefined) {
    return result(false, [
      measured.status === 'missing'
        ? reason('condition.measureNotEntered', { measure: definition.title })
        : reason('condition.measureInvalid', { measure: definition.title }),
    ]);
  }
  const params = {
    measure: definition.title,
    value: formatMeasureValue(definition, measured.value),
    range: describeBounds(definition, rule.lower, rule.upper),
  };
  return withinBounds(measured.value, rule.lower, rule.upper)
    ? result(true, [reason('condition.measureWithin', params)])
    : result(false, [reason('condition.measureOutside', params)]);
}

function has(condition: object, key: string): boolean {
  return Object.hasOwn(condition, key);
}

/** Evaluates a rule for the case in `ctx`. Never throws on a schema-valid rule. */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): ConditionResult {
  if (typeof condition !== 'object' || condition === null) return result(false, [reason('condition.unknown')]);
  if (has(condition, 'all') && Array.isArray((condition as { all: unknown }).all)) {
    return combine((condition as { all: Condition[] }).all, ctx, true);
  }
  if (has(condition, 'any') && Array.isArray((condition as { any: unknown }).any)) {
    return combine((condition as { any: Condition[] }).any, ctx, false);
  }
  if (has(condition, 'not')) {
    const inner = evaluateCondition((condition as { not: Condition }).not, ctx);
    return result(!inner.holds, inner.reasons);
  }
  if (has(condition, 'answer')) return evaluateAnswer(condition as AnswerRule, ctx);
  if (has(condition, 'measure')) return evaluateMeasure(condition as Parameters<typeof evaluateMeasure>[0], ctx);
  if (has(condition, 'cohort')) {
    const id = (condition as { cohort: string }).cohort;
    const cohort = quote(ctx.cohortTitle(id));
    return ctx.cohortTicked(id)
      ? result(true, [reason('condition.cohortTicked', { cohort })])
      : result(false, [reason('condition.cohortNotTicked', { cohort })]);
  }
  if (has(condition, 'evidence')) {
    const id = (condition as { evidence: string }).evidence;
    const evidence = quote(ctx.evidenceTitle(id));
    return ctx.evidenceConfirmed(id)
      ? result(true, [reason('condition.evidenceConfirmed', { evidence })])
      : result(false, [reason('condition.evidenceNotConfirmed', { evidence })]);
  }
  if (has(condition, 'stageComplete')) return ctx.stageComplete((condition as { stageComplete: string }).stageComplete);
  if (has(condition, 'since')) return evaluateElapsed(condition as ElapsedRule, ctx);
  if (has(condition, 'change')) return evaluateChange(condition as ChangeRule, ctx);
  if (has(condition, 'route')) {
    const id = (condition as { route: string }).route;
    const route = quote(ctx.routeTitle?.(id) ?? id);
    const chosen = ctx.routeChosen?.(id) ?? 'no';
    if (chosen === 'chosen') return result(true, [reason('condition.routeChosen', { route })]);
    return result(false, [reason(chosen === 'closed' ? 'condition.routeChosenClosed' : 'condition.routeNotChosen', { route })]);
  }
  if (has(condition, 'outcome')) {
    const id = (condition as { outcome: string }).outcome;
    const outcome = quote(ctx.outcomeTitle?.(id) ?? id);
    return ctx.outcomeRecorded?.(id) === true
      ? result(true, [reason('condition.outcomeRecorded', { outcome })])
      : result(false, [reason('condition.outcomeNotRecorded', { outcome })]);
  }
  return result(false, [reason('condition.unknown')]);
}

/** Calls `visit` on every rule inside `condition`, itself included (for static analysis). */
export function walkCondition(condition: Condition | undefined, visit: (c: Condition) => void): void {
  if (typeof condition !== 'object' || condition === null) return;
  visit(condition);
  if ('all' in condition && Array.isArray(condition.all)) for (const c of condition.all) walkCondition(c, visit);
  else if ('any' in condition && Array.isArray(condition.any)) for (const c of condition.any) walkCondition(c, visit);
  else if ('not' in condition) walkCondition(condition.not, visit);
}
