/**
 * Conditions: the declarative rules of a pathway (gates, entry rules, showIf, exceptions,
 * outcomes), evaluated to true or false with the reasons that decided it, in plain words.
 *
 * Three-valued: a rule that needs something not entered (a measure, an earlier reading, a date,
 * an answer to compare) is `unknown`, not false, with a reason naming what to enter; `holds` is
 * then false, so everything that reads `holds` treats "not known" as "does not hold".
 * - all: holds when every rule holds; false when one is false; else unknown. Reasons: every
 *   rule's when it holds, else the false rules' (the ones that decided it), else the unknown ones'.
 * - any: holds when one rule holds; false when every one is false; else unknown. Reasons: the
 *   holding rules', else the unknown ones', else every rule's.
 * - not: holds when the inner rule is false; unknown when it is unknown (a figure not entered is
 *   not evidence that something did not happen); reasons are the inner rule's facts, which
 *   explain the result either way ("…is ticked").
 * - A rule that cannot be taken at all (`neither`: a count after an event that has not happened)
 *   does not hold, and neither does its `not`: "no further absence since the warning" is not met
 *   when no warning was sent. In all/any it decides as a false rule would, except that the whole
 *   is then `neither` where it would otherwise hold, or fail only for it ("all" with the rest
 *   holding, "any" with the rest failing), so a `not` around them does not hold either.
 * - answer: each part given (`answered`, `in`, `atLeast`, `atMost`) must hold; with none of
 *   them it means "is answered". An answer that is not understood counts as not given: then
 *   `answered` is decided (false), and `in`, `atLeast` and `atMost` are unknown.
 *   Rules read the answer as entered, whether or not its question is currently asked.
 * - measure: the rounded value lies within the bounds; a measure not entered (or not valid)
 *   makes the rule unknown, e.g. "Attendance has not been entered".
 * - cohort: the circumstance is ticked. evidence: the evidence is confirmed.
 * - stageComplete: the stage's blocking questions and evidence are met and its blocking gates
 *   hold (worked out by the caller; a stage whose completeness depends on itself is false).
 * - since: time since a date answer or date measure, against `CaseInput.asOf` or a second date
 *   (`until`); without them it is unknown (elapsed.ts).
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
import { unknownResult } from './condition-result.js';
import { evaluateElapsed } from './elapsed.js';
import { formatMeasureValue } from './measures.js';
import { reason, type MessageCode } from './messages.js';
import { formatNumber, joinWith, quote, quotedText } from './text.js';

export interface ConditionResult {
  /** True only when the rule is known to hold: false when it does not, or is not known. */
  holds: boolean;
  /** The rule cannot be decided yet: something it needs is not entered (the reasons say what). */
  unknown?: true;
  /**
   * The rule cannot be taken at all, and no entry will change that (a count after an event that
   * has not happened): it does not hold, and neither does its `not` (the reasons say why).
   */
  neither?: true;
  reasons: Reason[];
}

/** What a condition may ask about the case. The engine's evaluation context implements it. */
export interface ConditionContext {
  /** The question's text and how to read its answers, when the pathway has it. */
  question(id: string): { readonly text: string; readonly spec: AnswerSpec } | undefined;
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
 * Reasons that say only that something is still to give (an answer, a confirmation): an
 * alternative failing for them alone is still open, as one not known yet is.
 */
const stillToGive: ReadonlySet<string> = new Set<MessageCode>(['condition.notAnswered', 'condition.answerNotUnderstood', 'condition.evidenceNotConfirmed']);

function stillOpen(outcome: ConditionResult): boolean {
  if (outcome.holds || outcome.reasons.length === 0) return false;
  if (outcome.unknown === true) return true;
  for (const r of outcome.reasons) if (!stillToGive.has(r.code)) return false;
  return true;
}

/**
 * An "any" not known yet: every alternative still open (not known, or waiting only for an answer
 * or a confirmation), so the school sees each way to meet it, not only the one not answered.
 * Two or more are one reason, "One of: …; or …"; one keeps its own reasons.
 */
function anyStillOpen(open: readonly (readonly Reason[])[]): Reason[] {
  if (open.length < 2) return uniqueReasons(open.flat());
  const each = open.map((reasons) => joinWith(uniqueReasons([...reasons]).map((r) => r.text), 'and'));
  const alternatives = `${each.slice(0, -1).join('; ')}; or ${each[each.length - 1]}`;
  return [reason('condition.oneOf', { alternatives })];
}

/**
 * all (needAll) or any. "all" holds when no rule fails and gives the failing rules' reasons
 * when it does not; "any" holds when a rule holds and gives the holding rules' reasons, and
 * when not known names every alternative still open.
 */
function combine(conditions: readonly Condition[], ctx: ConditionContext, needAll: boolean): ConditionResult {
  const passing: Reason[] = [];
  const failing: Reason[] = [];
  const undecided: Reason[] = [];
  const open: Reason[][] = [];
  const untakeable: Reason[] = [];
  let held = 0;
  let unknown = 0;
  let neither = 0;
  for (const condition of conditions) {
    const outcome = evaluateCondition(condition, ctx);
    if (outcome.holds) held++;
    else if (outcome.unknown === true) unknown++;
    else if (outcome.neither === true) neither++;
    const into = outcome.holds ? passing : outcome.unknown === true ? undecided : outcome.neither === true ? untakeable : failing;
    for (const r of outcome.reasons) into.push(r);
    if (!needAll && stillOpen(outcome)) open.push(outcome.reasons);
  }
  const failed = conditions.length - held - unknown - neither;
  if (needAll) {
    if (failed > 0) return result(false, uniqueReasons(failing));
    if (unknown > 0) return unknownResult(uniqueReasons(undecided));
    if (neither > 0) return neitherResult(uniqueReasons(untakeable));
    return result(true, uniqueReasons(passing));
  }
  if (held > 0) return result(true, uniqueReasons(passing));
  if (unknown > 0) return unknownResult(anyStillOpen(open));
  if (neither > 0) return neitherResult(uniqueReasons([...untakeable, ...failing]));
  return result(false, uniqueReasons(failing));
}

/** A rule that cannot be taken: it does not hold, nor does its `not`. */
function neitherResult(reasons: Reason[]): ConditionResult {
  return { holds: false, neither: true, reasons };
}

interface AnswerRule {
  answer: string;
  in?: readonly (string | number)[];
  answered?: boolean;
  atLeast?: number;
  atMost?: number;
}

/**
 * The reasons the answer and evidence rules below give: facts about what the school answered or
 * confirmed. A gate that holds with none of them among its reasons held on a branch the school
 * did nothing for (gates.ts). A new rule about answers adds its codes here.
 */
const fromSchool: ReadonlySet<string> = new Set<MessageCode>([
  'condition.answered', 'condition.notAnswered', 'condition.answerNotUnderstood', 'condition.answerIs',
  'condition.answerIsNot', 'condition.notANumber', 'condition.atLeast', 'condition.lessThan', 'condition.atMost',
  'condition.moreThan', 'condition.evidenceConfirmed', 'condition.evidenceNotConfirmed',
]);

/** The reason is a fact about the school's own answers or confirmations. */
export function isFromSchool(why: Reason): boolean {
  return fromSchool.has(why.code);
}

/**
 * Reasons that are facts about a figure or a date the school entered (a measure, a time since or
 * between dates, a change since an earlier reading). With the answers and confirmations above,
 * they are what a gate is met BY; a gate held by none of them held only through something that
 * makes it irrelevant (a circumstance ticked). A rule kind about an entry adds its codes here.
 */
const fromEnteredFigure: ReadonlySet<string> = new Set<string>([
  'condition.measureWithin', 'condition.measureOutside', 'condition.elapsedAtLeast', 'condition.elapsedWithin',
  'condition.elapsedNotYet', 'condition.elapsedPast', 'condition.dateCome', 'condition.dateWas', 'condition.dateNotCome',
  'condition.betweenAtLeast', 'condition.betweenWithin', 'condition.betweenLess', 'condition.betweenMore',
  'change.improved', 'change.declined', 'change.notImproved', 'change.notDeclined', 'change.notImprovedBy',
  'change.notDeclinedBy', 'change.overMet', 'change.overNotYet', 'change.withinMet', 'change.withinPast',
] satisfies MessageCode[]);

/** The reason is a fact about something the school entered: an answer, a confirmation, a figure or a date. */
export function isFromEntry(why: Reason): boolean {
  return fromSchool.has(why.code) || fromEnteredFigure.has(why.code);
}

/**
 * Reasons that say a rule fails on what was entered (an answer, a figure, a circumstance, a date
 * already past, a route chosen but closed): doing what is still missing would not change it. Not a
 * confirmation still to give, a stage still to complete, a date still to come, nor anything not
 * entered ("not known"). A rule kind added here that can fail on an entry adds its codes.
 */
const decidedByEntry: ReadonlySet<string> = new Set<MessageCode>([
  'condition.answerIs', 'condition.answerIsNot', 'condition.atLeast', 'condition.lessThan', 'condition.atMost',
  'condition.moreThan', 'condition.measureWithin', 'condition.measureOutside', 'condition.cohortTicked',
  'condition.cohortNotTicked', 'condition.betweenLess', 'condition.betweenMore', 'condition.elapsedPast',
  'condition.routeChosenClosed',
]);

/** The reason is a fact about what was entered that finishing what is missing would not change. */
export function isDecidedByEntry(why: Reason): boolean {
  return decidedByEntry.has(why.code);
}

function evaluateAnswer(rule: AnswerRule, ctx: ConditionContext): ConditionResult {
  const question = ctx.question(rule.answer);
  const spec = question?.spec;
  const name = question ? quotedText(question) : quote(rule.answer);
  const answer = ctx.answer(rule.answer);
  const passing: Reason[] = [];
  const failing: Reason[] = [];
  // Parts that compare an answer not given cannot be decided yet.
  const undecided: Reason[] = [];
  const unanswered = answer.status === 'invalid' ? ('condition.answerNotUnderstood' as const) : ('condition.notAnswered' as const);

  if (rule.answered !== undefined || (rule.in === undefined && rule.atLeast === undefined && rule.atMost === undefined)) {
    const isAnswered = answer.status === 'valid';
    const why = isAnswered ? reason('condition.answered', { question: name }) : reason(unanswered, { question: name });
    (isAnswered === (rule.answered ?? true) ? passing : failing).push(why);
  }
  if (rule.in !== undefined) {
    if (answer.status !== 'valid') {
      undecided.push(reason(unanswered, { question: name }));
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
      if (answer.status === 'valid') failing.push(reason('condition.notANumber', { question: name }));
      else undecided.push(reason(unanswered, { question: name }));
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
  if (failing.length > 0) return result(false, uniqueReasons(failing));
  if (undecided.length > 0) return unknownResult(uniqueReasons(undecided));
  return result(true, uniqueReasons(passing));
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
  // Counted from an event that has not happened (ifBlank): nothing can ever be counted after it, so
  // a rule on the count cannot be taken: it does not hold, nor does its `not` ("no further absence
  // since the warning" is not met when there was no warning), in the author's words.
  if (measured.reason?.code === 'measure.fromNotHappened') return neitherResult([measured.reason]);
  if (measured.status === 'missing' || measured.value === undefined) {
    return unknownResult([
      measured.status === 'missing'
        ? reason('condition.measureNotEntered', { measure: definition.title })
        : reason('condition.measureInvalid', { measure: definition.title }),
    ]);
  }
  // Too few possible sessions to rely on: a rule on the figure is not known, with the reason.
  if (measured.status === 'tooEarly' && measured.reason !== undefined) return unknownResult([measured.reason]);
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
    return inner.unknown === true || inner.neither === true ? inner : result(!inner.holds, inner.reasons);
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
