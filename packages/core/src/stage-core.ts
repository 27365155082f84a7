/**
 * A stage's questions, evidence and gates for one case, and whether it is complete.
 *
 * Order of items: the stages it requires come first (in pathway order, their ItemStatus kept
 * with the earlier stage as owner), then the stage's own questions and those of each route;
 * evidence likewise: the stage's evidence, its questions' evidence, then per route the
 * route's evidence and its questions' evidence. Items of a route that is not open, of a
 * question not asked, or whose showIf rule is false are "notApplicable". Items of routes
 * someone chooses (format 1.1, routes.ts) are listed with the stage's but count only toward
 * their route (`counted`).
 *
 * An item is outstanding (listed as missing) when it is unmet, or missing and required.
 * A stage is complete when no blocking item is outstanding and every blocking gate holds.
 */
import type { Condition, Route, Stage } from './schema-types.js';
import type { GateResult, ItemStatus, Reason, RouteStatus } from './types.js';
import type { EvaluationContext } from './context.js';
import type { CompiledEvidence, CompiledQuestion } from './pathway-index.js';
import { verdictFor } from './verdicts.js';
import { quotedText } from './text.js';
import { answerText, sameAnswer } from './answers.js';
import { notHappenedReason } from './case-dates.js';
import { evidenceConfirmed } from './case-input.js';
import { evaluateGate } from './gates.js';
import { joinReasons, reason } from './messages.js';
import { requirementItems } from './requirements.js';
import type { RouteState } from './routes.js';
import { routeState } from './routes.js';

// The reasons that never vary, made once (see messages.ts: they are shared and frozen).
const NOT_ANSWERED = reason('question.notAnswered');
const OPTIONAL_NOT_ANSWERED = reason('question.optionalNotAnswered');
const CONFIRMED = reason('evidence.confirmed');
const NOT_CONFIRMED = reason('evidence.notConfirmed');
const OPTIONAL_NOT_CONFIRMED = reason('evidence.optionalNotConfirmed');

/** Why an item does not apply, or undefined when it does. */
type NotApplicable = Reason | undefined;

interface Owner {
  readonly id: string;
  readonly title: string;
  /** Set on a requirement (its items are shown at stages it names). */
  readonly ownerKind?: 'requirement';
}

export interface StageItems {
  questions: ItemStatus[];
  evidence: ItemStatus[];
  routes: RouteStatus[];
  /** Routes in effect: open "rule" routes and chosen, available routes (format 1.1; routes.ts). */
  openRoutes: Route[];
  /** Each route for this case, with its own items (format 1.1; routes.ts). */
  routeStates: RouteState[];
  /**
   * The items that count toward the stage, when they differ from `questions`/`evidence`: without
   * those of routes someone chooses, which count only toward their route (format 1.1).
   */
  counted?: { questions: ItemStatus[]; evidence: ItemStatus[] };
}

export interface StageCore {
  stage: Stage;
  /** This stage's own items and routes (without required stages'). */
  own: StageItems;
  /** Required stages' items, then the stage's own. */
  questions: ItemStatus[];
  evidence: ItemStatus[];
  gates: GateResult[];
  /** Blocking items outstanding plus blocking gates not holding: 0 means complete. */
  outstanding: number;
  /** The items that count toward the stage, when they differ from `questions`/`evidence` (format 1.1). */
  counted?: { questions: ItemStatus[]; evidence: ItemStatus[] };
}

export function isOutstanding(item: ItemStatus): boolean {
  return item.state === 'unmet' || (item.state === 'missing' && item.required);
}

/**
 * Builds an ItemStatus with its properties always in the same order, so every status shares
 * one object shape: evaluation creates thousands of them and reads them in hot loops.
 */
export function itemStatus(
  kind: ItemStatus['kind'],
  id: string,
  owner: Owner,
  text: string,
  state: ItemStatus['state'],
  severity: ItemStatus['severity'],
  required: boolean,
  why: Reason,
): ItemStatus {
  const status: ItemStatus = { kind, id, ownerId: owner.id, ownerTitle: owner.title, text, state, severity, required, reason: why };
  if (owner.ownerKind !== undefined) status.ownerKind = owner.ownerKind;
  return status;
}

/**
 * The status of an item that says nothing the case gave beyond "not answered", "confirmed" or
 * "not confirmed" is the same every time for the same owner: the one made last is kept, frozen,
 * and given again. An answer then makes new statuses only for what it changed: at 500 questions
 * each answer made about 1,000 such objects, every one still alive at the next minor collection
 * (a page holds the same number either way: those of the evaluation it shows).
 */
function steadyStatus(
  item: CompiledQuestion | CompiledEvidence,
  kind: ItemStatus['kind'],
  text: string,
  owner: Owner,
  state: 'missing' | 'met',
  why: Reason,
): ItemStatus {
  const last = item.steady;
  if (
    last !== undefined &&
    last.state === state &&
    last.reason === why &&
    last.ownerId === owner.id &&
    last.ownerTitle === owner.title &&
    last.ownerKind === owner.ownerKind
  ) {
    return last;
  }
  return (item.steady = Object.freeze(itemStatus(kind, item.id, owner, text, state, item.severity, item.required, why)));
}

export function isExpected(question: Pick<CompiledQuestion, 'expected' | 'spec'>, answer: string | number): boolean {
  const expected = question.expected;
  if (expected === undefined) return true;
  for (const value of expected) if (sameAnswer(question.spec, answer, value)) return true;
  return false;
}

function questionStatus(question: CompiledQuestion, owner: Owner, notApplicable: NotApplicable, ctx: EvaluationContext): ItemStatus {
  const { id, text, severity, required } = question;
  if (notApplicable !== undefined) return itemStatus('question', id, owner, text, 'notApplicable', severity, required, notApplicable);
  const answer = ctx.answerTo(question);
  if (answer.status === 'none') {
    // A blank date that means the event has not happened is an answer (`ifBlank`).
    const never = question.spec.type === 'date' ? notHappenedReason(quotedText(question), question.spec.ifBlank) : undefined;
    if (never !== undefined) return itemStatus('question', id, owner, text, 'met', severity, required, never);
    return steadyStatus(question, 'question', text, owner, 'missing', required ? NOT_ANSWERED : OPTIONAL_NOT_ANSWERED);
  }
  if (answer.status === 'invalid') {
    const why = reason('question.notUnderstood', { hint: answer.hint.text });
    return itemStatus('question', id, owner, text, 'missing', severity, required, why);
  }
  // Yes/no and choice answers have few values: each one's verdict is worked out once (verdicts.ts).
  const verdict = verdictFor(question, answer.value);
  if (verdict !== undefined) {
    const status = itemStatus('question', id, owner, text, verdict.state, severity, required, verdict.reason);
    if (verdict.state === 'unmet' && question.unmetMessage !== undefined) status.advice = question.unmetMessage;
    return status;
  }
  const given = answerText(question.spec, answer.value);
  if (isExpected(question, answer.value)) {
    return itemStatus('question', id, owner, text, 'met', severity, required, reason('question.met', { answer: given }));
  }
  const why = reason('question.unmet', { answer: given, expected: question.expectedText });
  const status = itemStatus('question', id, owner, text, 'unmet', severity, required, why);
  if (question.unmetMessage !== undefined) status.advice = question.unmetMessage;
  return status;
}

export function evidenceStatus(evidence: CompiledEvidence, owner: Owner, notApplicable: NotApplicable, ctx: EvaluationContext): ItemStatus {
  const { id, title, severity, required } = evidence;
  const why = notApplicable ?? shownUnless(evidence.showIf, ctx);
  if (why !== undefined) return itemStatus('evidence', id, owner, title, 'notApplicable', severity, required, why);
  if (evidenceConfirmed(ctx.kase, id)) return steadyStatus(evidence, 'evidence', title, owner, 'met', CONFIRMED);
  return steadyStatus(evidence, 'evidence', title, owner, 'missing', required ? NOT_CONFIRMED : OPTIONAL_NOT_CONFIRMED);
}

/** undefined when the item is shown; else why not. */
function shownUnless(showIf: Condition | undefined, ctx: EvaluationContext): NotApplicable {
  if (showIf === undefined) return undefined;
  const shown = ctx.condition(showIf);
  return shown.holds ? undefined : reason('item.notShown', { because: joinReasons(shown.reasons) });
}

export function addQuestions(
  questions: readonly CompiledQuestion[],
  owner: Owner,
  routeClosed: NotApplicable,
  ctx: EvaluationContext,
  out: ItemStatus[],
  questionEvidence: ItemStatus[],
): void {
  for (const question of questions) {
    const notAsked = routeClosed ?? shownUnless(question.showIf, ctx);
    out.push(questionStatus(question, owner, notAsked, ctx));
    if (question.evidence.length === 0) continue;
    const evidenceNotNeeded =
      routeClosed ?? (notAsked === undefined ? undefined : reason('item.questionNotAsked', { question: quotedText(question) }));
    for (const evidence of question.evidence) questionEvidence.push(evidenceStatus(evidence, owner, evidenceNotNeeded, ctx));
  }
}

/** The stage's own questions, evidence and routes for this case. */
export function computeStageItems(stage: Stage, ctx: EvaluationContext): StageItems {
  const compiled = ctx.index.compiledStages.get(stage);
  const questions: ItemStatus[] = [];
  const evidence: ItemStatus[] = [];
  const routes: RouteStatus[] = [];
  const openRoutes: Route[] = [];
  const routeStates: RouteState[] = [];
  if (compiled === undefined) return { questions, evidence, routes, openRoutes, routeStates };
  const questionEvidence: ItemStatus[] = [];
  addQuestions(compiled.questions, compiled, undefined, ctx, questions, questionEvidence);
  for (const item of compiled.evidence) evidence.push(evidenceStatus(item, compiled, undefined, ctx));
  for (const item of questionEvidence) evidence.push(item);
  // Routes someone chooses (format 1.1) count only toward their own route: the stage counts the rest.
  const counted = ctx.index.choices.stagesWithChoices.has(stage) ? { questions: [...questions], evidence: [...evidence] } : undefined;
  for (const route of compiled.routes) {
    const state = routeState(route, ctx);
    routeStates.push(state);
    routes.push(state.status);
    if (state.status.open) openRoutes.push(route.route);
    const closed = state.notApplicable;
    const routeQuestionEvidence: ItemStatus[] = [];
    if (state.counts && counted === undefined) {
      // A route nobody chooses (as in 1.0): its items are the stage's, nothing more to keep.
      addQuestions(route.questions, compiled, closed, ctx, questions, routeQuestionEvidence);
      for (const item of route.evidence) evidence.push(evidenceStatus(item, compiled, closed, ctx));
      for (const item of routeQuestionEvidence) evidence.push(item);
      continue;
    }
    addQuestions(route.questions, compiled, closed, ctx, state.questions, routeQuestionEvidence);
    for (const item of route.evidence) state.evidence.push(evidenceStatus(item, compiled, closed, ctx));
    for (const item of routeQuestionEvidence) state.evidence.push(item);
    for (const item of state.questions) questions.push(item);
    for (const item of state.evidence) evidence.push(item);
    if (counted !== undefined && state.counts) {
      for (const item of state.questions) counted.questions.push(item);
      for (const item of state.evidence) counted.evidence.push(item);
    }
  }
  const items: StageItems = { questions, evidence, routes, openRoutes, routeStates };
  if (counted !== undefined) items.counted = counted;
  return items;
}

function countOutstanding(items: readonly ItemStatus[]): number {
  let count = 0;
  for (const item of items) if (item.severity === 'blocking' && isOutstanding(item)) count++;
  return count;
}

export function computeStageCore(stage: Stage, ctx: EvaluationContext): StageCore {
  const own = ctx.ownItems(stage);
  let questions = own.questions;
  let evidence = own.evidence;
  // Format 1.1: the items that count toward the stage, when routes someone chooses make them differ.
  let counted = own.counted;
  const compiled = ctx.index.compiledStages.get(stage);
  const required = compiled?.required ?? [];
  if (required.length > 0) {
    // Required stages' own items are the very objects of their own evaluation: shared, not redone.
    // Of a required stage, only what counts toward it is required (not its chosen routes' items).
    const earlier = required.map((stage) => {
      const items = ctx.ownItems(stage);
      return items.counted ?? items;
    });
    questions = ([] as ItemStatus[]).concat(...earlier.map((items) => items.questions), own.questions);
    evidence = ([] as ItemStatus[]).concat(...earlier.map((items) => items.evidence), own.evidence);
    if (counted !== undefined) {
      counted = {
        questions: ([] as ItemStatus[]).concat(...earlier.map((items) => items.questions), counted.questions),
        evidence: ([] as ItemStatus[]).concat(...earlier.map((items) => items.evidence), counted.evidence),
      };
    }
  }
  const gates = (compiled?.gates ?? []).map((gate) => evaluateGate(gate, ctx));
  // Requirements written once (format 1.1) add their items after the stage's own.
  const fromRequirements = requirementItems(stage, ctx);
  if (fromRequirements !== undefined) {
    questions = questions.concat(fromRequirements.questions);
    evidence = evidence.concat(fromRequirements.evidence);
    for (const gate of fromRequirements.gates) gates.push(gate);
    if (counted !== undefined) {
      counted = {
        questions: counted.questions.concat(fromRequirements.questions),
        evidence: counted.evidence.concat(fromRequirements.evidence),
      };
    }
  }
  const counting = counted ?? { questions, evidence };
  let outstanding = countOutstanding(counting.questions) + countOutstanding(counting.evidence);
  for (const gate of gates) if (gate.severity === 'blocking' && !gate.holds) outstanding++;
  const core: StageCore = { stage, own, questions, evidence, gates, outstanding };
  if (counted !== undefined) core.counted = counted;
  return core;
}
