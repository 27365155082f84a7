/**
 * Where a redirect's "instead" is a step to take. One rule for the engine's summary (the JSON's
 * next steps) and the widget's pages.
 */
import type { AppliedException, StageEvaluation } from './types.js';

/**
 * A redirect of referrals alone (it names no stage or route) is about those referrals: its
 * "instead" is a step to take only at a stage offered to the pupil that makes one of them (its
 * own, an open route's, or a route still to choose). At Day 3 a CME referral made only at Day 10
 * is not "instead" now; the council's message and what it changes are still said. A stage sent
 * elsewhere (to the MASH, say) takes its referrals with it: they go where it goes.
 */
export function redirectsHere(exception: AppliedException, stage: StageEvaluation | undefined): boolean {
  if (!stage || exception.stages.length > 0 || exception.routes?.length || exception.referrals.length === 0) return true;
  if (stage.standing !== 'available') return false;
  const chosen = stage.routes.some((route) => route.choice === 'user' && route.chosen);
  const routes = stage.routes.filter((route) => route.open || (!chosen && route.available && route.choice !== 'rule'));
  return [...stage.referrals, ...routes.flatMap((route) => route.referrals ?? [])].some((referral) => exception.referrals.includes(referral.referralId));
}
