/**
 * The outcome that settles the case at the current stage. Its own module, importing types only:
 * the widget's first-paint page order reads it, and must not pull the engine's words in with it.
 */
import type { OutcomeStatus, StageEvaluation } from './types.js';

/**
 * The outcome that settles the case at the current stage, if one does: its own rule holds (or a
 * time limit triggered it), it is not recorded as already happened, and it closes the case or
 * steps it down. The stage's referrals are then not to be made, so the summary and every page
 * of the widget leave them out alike. An escalation does not settle it: the referral is usually
 * how the case gets there.
 */
export function settlingOutcome(current: StageEvaluation | undefined): OutcomeStatus | undefined {
  return (current?.outcomes ?? []).find(
    (outcome) =>
      outcome.open &&
      outcome.reason.code !== 'outcome.always' &&
      !outcome.recorded &&
      outcome.after !== 'referral' &&
      (outcome.kind === 'close' || outcome.kind === 'stepDown'),
  );
}
