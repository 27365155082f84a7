/**
 * The outcome that settles the case at the current stage, if one does: its own rule holds (or a
 * time limit triggered it), it is not recorded as already happened, and it closes the case or
 * steps it down. The stage's referrals are then not to be made, so every page leaves them out
 * alike: their status, their lists, their "include" items and the pupil details they would ask.
 * An escalation does not settle it: the referral is usually how the case gets there.
 */
import type { Evaluation, OutcomeStatus } from '@pathway/core';

export function settlingOutcomeOf(evaluation: Pick<Evaluation, 'current'>): OutcomeStatus | undefined {
  return (evaluation.current?.outcomes ?? []).find(
    (outcome) =>
      outcome.open &&
      outcome.reason.code !== 'outcome.always' &&
      !outcome.recorded &&
      outcome.after !== 'referral' &&
      (outcome.kind === 'close' || outcome.kind === 'stepDown'),
  );
}
