/**
 * Outcomes: what a stage, route or referral can lead to; open when its rule holds or it has none.
 * A closure with a condition ("closed when attendance reaches 60% at the final review") is a
 * "close" outcome with a rule: open only when the rule holds, with the rule's reasons.
 * Format 1.1: an outcome the case records as having happened is marked `recorded`; a referral's
 * outcomes are marked `after: "referral"` (they can only follow the referral, never now).
 */
import type { Condition, Outcome } from './schema-types.js';
import type { OutcomeStatus, ReferralEvaluation, StageEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import { joinReasons, reason } from './messages.js';
import { walkCondition } from './conditions.js';

/**
 * A "continue" outcome that names another stage leads there ("Adjourned for improvement" → the
 * adjournment's stage): said as going there, not as carrying on at `here`. The one rule for the
 * summary's sentence and the widget's.
 */
export function continuesElsewhere<T extends { kind: string; to?: string }>(outcome: T, here: string | undefined): outcome is T & { to: string } {
  return outcome.kind === 'continue' && outcome.to !== undefined && outcome.to !== here;
}

export function outcomeStatus(outcome: Outcome, ctx: EvaluationContext): OutcomeStatus {
  let open = true;
  let why = reason('outcome.always');
  if (outcome.when !== undefined) {
    const rule = ctx.condition(outcome.when);
    const because = joinReasons(rule.reasons);
    open = rule.holds;
    // A rule that needs something not entered is not known: never open, and says what to enter.
    why = rule.holds ? reason('outcome.open', { because }) : rule.unknown === true ? reason('outcome.notKnown', { because }) : reason('outcome.closed', { because });
  }
  const status: OutcomeStatus = { id: outcome.id, title: outcome.title, kind: outcome.kind, open, reason: why };
  if (why.code === 'outcome.notKnown') {
    const needs = missingBaselines(outcome.when, ctx);
    if (needs.length > 0) status.needsBaseline = needs;
  }
  if (outcome.to !== undefined) status.to = outcome.to;
  if (outcome.referral !== undefined) status.referral = outcome.referral;
  if (ctx.kase.outcomes.size > 0 && ctx.kase.outcomes.has(outcome.id)) status.recorded = true;
  return status;
}

/** The measures a rule compares with an earlier reading that is not entered (so the rule is not known). */
function missingBaselines(when: Condition | undefined, ctx: EvaluationContext): string[] {
  const ids: string[] = [];
  walkCondition(when, (c) => {
    const id = (c as { change?: unknown }).change;
    if (typeof id === 'string' && !ids.includes(id) && (ctx.baseline(id)?.status ?? 'missing') === 'missing') ids.push(id);
  });
  return ids;
}

/**
 * A referral's outcomes (format 1.1): what can happen after the referral, each marked
 * `after: "referral"`; closed when the referral is blocked or redirected for this pupil.
 */
export function referralOutcomes(
  outcomes: readonly Outcome[],
  referral: Pick<ReferralEvaluation, 'title' | 'status'>,
  ctx: EvaluationContext,
): OutcomeStatus[] {
  return outcomes.map((outcome) => {
    const status = outcomeStatus(outcome, ctx);
    status.after = 'referral';
    if (status.open && referral.status !== 'available') {
      status.open = false;
      status.reason = reason('outcome.referralUnavailable', { title: referral.title, status: referral.status });
    }
    return status;
  });
}

/**
 * The stages blocked, skipped or redirected for this pupil by an exception, by id, with their
 * titles. A redirected one is not where this pupil goes either: "escalate to Further legal
 * action" beside "we do not take further legal action for a child looked after" is untrue.
 */
export type UnavailableStages = ReadonlyMap<string, { title: string; status: 'blocked' | 'skipped' | 'redirected' }>;

const STANDING = { block: 'blocked', skip: 'skipped', redirect: 'redirected' } as const;

/** How an exception with this effect leaves the stages it names: blocked, skipped or redirected; undefined for one that only advises or reassigns. */
export function stageStanding(effect: string): 'blocked' | 'skipped' | 'redirected' | undefined {
  return STANDING[effect as keyof typeof STANDING];
}

/**
 * How an exception with this effect leaves a referral it names (or one of the stages it names):
 * a referral is made or not, so one skipped is blocked; undefined for advise and reassign. The one
 * rule for a referral's status (referrals.ts) and for a breach whose consequence it rules out
 * (outcome-timing.ts).
 */
export function referralStanding(effect: string): 'blocked' | 'redirected' | undefined {
  const standing = stageStanding(effect);
  return standing === 'skipped' ? 'blocked' : standing;
}

export function unavailableStages(ctx: EvaluationContext): UnavailableStages {
  const stages = new Map<string, { title: string; status: 'blocked' | 'skipped' | 'redirected' }>();
  for (const exception of ctx.appliedExceptions()) {
    const status = stageStanding(exception.effect);
    if (status === undefined) continue;
    for (const id of exception.stages) {
      const was = stages.get(id)?.status;
      // block wins over skip, and either over a redirect
      if (was === 'blocked' || (was === 'skipped' && status !== 'blocked')) continue;
      stages.set(id, { title: ctx.index.stageById.get(id)?.title ?? id, status });
    }
  }
  return stages;
}

/**
 * An outcome cannot be open when its stage is blocked, skipped or redirected for this pupil
 * (the pupil goes elsewhere instead), nor a "refer" outcome when its referral is blocked or
 * redirected, nor an outcome that leads to a stage blocked or skipped for this pupil: otherwise a
 * looked-after child's summary would still say "escalate to enforcement" or "prosecution" beside
 * the council's message that enforcement is not used for them.
 */
export function closeUnavailableOutcomes(
  outcomes: OutcomeStatus[],
  stageStatus: StageEvaluation['standing'],
  referrals: readonly ReferralEvaluation[],
  unavailable?: UnavailableStages,
): OutcomeStatus[] {
  return outcomes.map((outcome) => {
    // One not known yet is closed alike: what to enter would not make it possible.
    if (!outcome.open && outcome.reason.code !== 'outcome.notKnown') return outcome;
    if (stageStatus !== 'available') {
      return { ...outcome, open: false, reason: reason('outcome.stageUnavailable', { status: stageStatus }) };
    }
    const target = outcome.to === undefined ? undefined : unavailable?.get(outcome.to);
    if (target !== undefined) {
      return { ...outcome, open: false, reason: reason('outcome.leadsToUnavailableStage', { stage: target.title, status: target.status }) };
    }
    const referral = outcome.referral === undefined ? undefined : referrals.find((r) => r.referralId === outcome.referral);
    if (referral !== undefined && referral.status !== 'available') {
      return { ...outcome, open: false, reason: reason('outcome.referralUnavailable', { title: referral.title, status: referral.status }) };
    }
    return outcome;
  });
}
