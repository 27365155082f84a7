/**
 * Referrals made from a stage: the details they need (from `CaseInput.details`; required by
 * default; given when not blank; a date field must be a real date), what to include (evidence
 * the school confirms) and their criteria (gates).
 *
 * Exceptions naming the referral change it: "block" blocks it, "redirect" redirects it. A
 * "block", "skip" or "redirect" exception on the owning stage blocks (a skip too: the stage does
 * not apply, so neither does its referral) or redirects the stage's referrals (the school goes
 * elsewhere instead of that stage, so not to its referral). A referral is ready
 * when it is available, its stage is ready (unless it can be made at any time: `anytime`), no
 * required detail or blocking inclusion is outstanding and every blocking criterion holds.
 */
import type { Referral, ReferralField } from './schema-types.js';
import type { AppliedException, ItemStatus, Reason, ReferralEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import { detailValue } from './case-input.js';
import { isValidDate } from './durations.js';
import { referralOutcomes, referralStanding } from './outcomes.js';
import { evaluateGate } from './gates.js';
import { reason } from './messages.js';
import { evidenceStatus, isOutstanding, itemStatus } from './stage-core.js';

function fieldStatus(field: ReferralField, referral: Referral, ctx: EvaluationContext): ItemStatus {
  const required = field.required ?? true;
  const make = (state: ItemStatus['state'], why: Reason) =>
    itemStatus('field', field.id, referral, field.label, state, 'blocking', required, why);
  const value = detailValue(ctx.kase, field.id);
  if (value === undefined) return make('missing', reason(required ? 'field.missing' : 'field.optionalMissing'));
  if (field.type === 'date' && !isValidDate(value.trim())) return make('missing', reason('field.invalidDate'));
  return make('met', reason('field.given'));
}

export interface ReferralOwner {
  /** The owning stage is ready (for a referral listed on routes: one of them is chosen and ready). */
  stageReady: boolean;
  /** Listed on routes: it waits for one of them, even when it can be made at any time (a route must be chosen). */
  onRoutes?: true;
  /** "block", "skip" and "redirect" exceptions on the owning stage. */
  stageBlocks: readonly AppliedException[];
}

export function evaluateReferral(referral: Referral, owner: ReferralOwner, ctx: EvaluationContext): ReferralEvaluation {
  const exceptions = ctx
    .appliedExceptions()
    .filter((e) => e.referrals.includes(referral.id) || owner.stageBlocks.includes(e));
  // Only exceptions naming this referral or applying to its stage are left.
  const blocked = exceptions.some((e) => referralStanding(e.effect) === 'blocked');
  const redirected = exceptions.some((e) => referralStanding(e.effect) === 'redirected');
  const status: ReferralEvaluation['status'] = blocked ? 'blocked' : redirected ? 'redirected' : 'available';

  const fields = (referral.fields ?? []).map((field) => fieldStatus(field, referral, ctx));
  const include = (ctx.index.referralIncludes.get(referral) ?? []).map((item) => evidenceStatus(item, referral, undefined, ctx));
  const gates = (referral.gates ?? []).map((gate) => evaluateGate(gate, ctx));
  // A referral made at any time (a safeguarding one, say) never waits for the rest of its stage.
  const anytime = referral.anytime === true;
  const ready =
    status === 'available' &&
    (owner.stageReady || (anytime && owner.onRoutes !== true)) &&
    !fields.some(isOutstanding) &&
    !include.some((item) => item.severity === 'blocking' && isOutstanding(item)) &&
    gates.every((gate) => gate.severity !== 'blocking' || gate.holds);
  const evaluation: ReferralEvaluation = { referralId: referral.id, title: referral.title, status, exceptions, fields, include, gates, ready };
  if (anytime) evaluation.anytime = true;
  // What can happen after the referral (format 1.1): never a next step now.
  if (referral.outcomes !== undefined && referral.outcomes.length > 0) {
    evaluation.outcomes = referralOutcomes(referral.outcomes, evaluation, ctx);
  }
  return evaluation;
}
