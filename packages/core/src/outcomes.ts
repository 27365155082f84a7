/** Outcomes: what a stage, route or referral can lead to; open when its rule holds or it has none. */
import type { Outcome } from './schema-types.js';
import type { OutcomeStatus, ReferralEvaluation, StageEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import { joinReasons, reason } from './messages.js';

export function outcomeStatus(outcome: Outcome, ctx: EvaluationContext): OutcomeStatus {
  let open = true;
  let why = reason('outcome.always');
  if (outcome.when !== undefined) {
    const rule = ctx.condition(outcome.when);
    const because = joinReasons(rule.reasons);
    open = rule.holds;
    why = rule.holds ? reason('outcome.open', { because }) : reason('outcome.closed', { because });
  }
  const status: OutcomeStatus = { id: outcome.id, title: outcome.title, kind: outcome.kind, open, reason: why };
  if (outcome.to !== undefined) status.to = outcome.to;
  if (outcome.referral !== undefined) status.referral = outcome.referral;
  return status;
}

/**
 * An outcome cannot be open when its stage is blocked or skipped for this pupil, nor a "refer"
 * outcome when its referral is blocked or redirected: otherwise a looked-after child's summary
 * would still say "refer to enforcement" before saying that enforcement is not offered.
 */
export function closeUnavailableOutcomes(
  outcomes: OutcomeStatus[],
  stageStatus: StageEvaluation['status'],
  referrals: readonly ReferralEvaluation[],
): OutcomeStatus[] {
  return outcomes.map((outcome) => {
    if (!outcome.open) return outcome;
    if (stageStatus !== 'available') {
      return { ...outcome, open: false, reason: reason('outcome.stageUnavailable', { status: stageStatus }) };
    }
    const referral = outcome.referral === undefined ? undefined : referrals.find((r) => r.referralId === outcome.referral);
    if (referral !== undefined && referral.status !== 'available') {
      return { ...outcome, open: false, reason: reason('outcome.referralUnavailable', { title: referral.title, status: referral.status }) };
    }
    return outcome;
  });
}
