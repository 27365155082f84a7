/**
 * When an outcome whose rule holds can be acted on, and whether it can be at all for this pupil.
 * The engine's summary and the widget both say these, so the rules live here once.
 */
import { legalOutcomeKinds } from './route-summary.js';
import type { Measure } from './schema-types.js';
import type { Evaluation, OutcomeStatus, Reason, StageEvaluation, TimeLimitStatus } from './types.js';
import { reason } from './messages.js';
import { referralStanding, stageStanding } from './outcomes.js';
import { joinWith, quote } from './text.js';

/**
 * An act on the family (a legal action: a penalty notice, a prosecution, an order) is taken
 * once what it depends on is complete: the stage (`stageReady`, the engine's unless the caller
 * counts more), and the route it belongs to. Until then it is not a step to take now. An
 * outcome that moves the case (escalates it, steps it down, hands it back, closes it, sends it
 * elsewhere) or keeps it where it is does not wait: the stage it moves to asks for its own
 * things. An outcome that makes a referral waits alike, and for its referral's own readiness
 * where the stage offers that referral: a referral is made with the stage's work done.
 */
export function outcomeWaits(current: StageEvaluation, outcome: OutcomeStatus, stageReady: boolean = current.ready): boolean {
  const refers = outcome.kind === 'refer';
  if (!legalOutcomeKinds.has(outcome.kind) && !refers) return false;
  if (!stageReady) return true;
  if (refers && current.referrals.some((referral) => referral.referralId === outcome.referral && !referral.ready)) return true;
  const route = outcome.routeId === undefined ? undefined : current.routes.find((item) => item.id === outcome.routeId);
  return route !== undefined && route.ready !== true;
}

/**
 * The exception that rules out what a time limit's breach leads to, for this pupil: its breach
 * outcome leads to a stage an exception blocks or skips, or makes a referral one blocks or
 * sends elsewhere. Its title, so "move to a penalty notice" is never said bare beside "do not issue a
 * penalty notice for a child looked after".
 */
export function breachRuledOutBy(evaluation: Pick<Evaluation, 'current' | 'exceptions'>, limit: TimeLimitStatus): string | undefined {
  const id = limit.breach?.outcome;
  const outcome = id === undefined ? undefined : evaluation.current?.outcomes.find((item) => item.id === id);
  if (outcome === undefined) return undefined;
  // As closeUnavailableOutcomes (outcomes.ts) rules: a stage blocked, skipped or sent elsewhere, a referral blocked or sent elsewhere.
  const rules = evaluation.exceptions.find(
    (exception) =>
      (outcome.to !== undefined && stageStanding(exception.effect) !== undefined && exception.stages.includes(outcome.to)) ||
      (outcome.referral !== undefined && referralStanding(exception.effect) !== undefined && exception.referrals.includes(outcome.referral)),
  );
  return rules?.title;
}

/**
 * A recorded outcome that led to another stage than the one the pupil is at now (stepped down,
 * then slipped back): it has happened, and is not what happens next here.
 */
export function recordedElsewhere(outcome: OutcomeStatus, current: StageEvaluation): boolean {
  return outcome.recorded === true && outcome.to !== undefined && outcome.to !== current.stageId;
}

const DECIDES: Partial<Record<OutcomeStatus['kind'], string>> = { stepDown: 'step down', escalate: 'escalate', close: 'close', continue: 'continue at this stage' };

/**
 * What to enter to decide the stage's outcomes that are not known only for an earlier reading
 * (baseline) not entered: one step per reading, "Enter "Attendance when the support plan
 * started" to see whether to step down or escalate." (the measure's baseline title, else "the
 * earlier reading of …"). Recorded outcomes and a referral's are not waiting on it.
 */
export function baselineSteps(current: StageEvaluation, measures: readonly Measure[]): Reason[] {
  const decide = new Map<string, string[]>();
  for (const outcome of current.outcomes) {
    if (outcome.reason.code !== 'outcome.notKnown' || outcome.recorded || outcome.after === 'referral') continue;
    for (const id of outcome.needsBaseline ?? []) {
      const what = DECIDES[outcome.kind] ?? quote(outcome.title);
      const list = decide.get(id) ?? [];
      if (!list.includes(what)) list.push(what);
      decide.set(id, list);
    }
  }
  return [...decide].map(([id, what]) => {
    const measure = measures.find((m) => m.id === id);
    const title = measure?.baseline?.title?.trim();
    return reason('next.enterBaseline', { baseline: title ? quote(title) : `the earlier reading of ${measure?.title ?? id}`, decide: joinWith(what, 'or') });
  });
}

