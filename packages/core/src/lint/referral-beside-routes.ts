/**
 * referral-beside-routes (warning): a stage lists a referral while its routes are opened by rules
 * (no "Chosen by") that lead to different legal actions, and a route that can never be open with
 * one leading to an action does not lead to it. A referral on the stage is offered whichever
 * route is open, so the summary says "Ready to refer: Penalty notice request" beside an open
 * "Two notices within 3 years: no third notice". The fix is to list the referral on the routes
 * that make it.
 *
 * Left alone, as deliberate: a stage whose routes already list referrals of their own, routes
 * that can be open together (a sub-threshold beside the stage's own work), and a referral whose
 * own outcomes are not legal actions (an Early Help request beside them).
 */
import type { Outcome, Problem, Referral, Route } from '@pathway/schema';
import { legalOutcomeKinds } from '../route-summary.js';
import { message, type MessageCode } from '../messages.js';
import { neverBothHold } from './never-both.js';
import { nameOf } from './lookup.js';
import { finding, joinAnd, joinOr, quote, type LintRule } from './report.js';

const legalKinds = (outcomes: readonly Outcome[] | undefined): Set<string> =>
  new Set((outcomes ?? []).map((outcome) => outcome?.kind).filter((kind) => legalOutcomeKinds.has(kind)));

/** "a penalty notice", "prosecution": the engine's own words for a legal action. */
const actionName = (kind: string) => message(`outcomeKind.${kind}` as Extract<MessageCode, `outcomeKind.${string}`>);

/**
 * The legal actions a referral is for: its own outcomes' kinds, else those its title or target
 * names ("Penalty notice request"), as the summary reads a title; empty when it names none.
 */
function actionsOf(referral: Referral): Set<string> {
  const own = legalKinds(referral.outcomes);
  if (own.size > 0) return own;
  const words = `${referral.title ?? ''} ${referral.target?.name ?? ''}`.toLowerCase();
  return new Set([...legalOutcomeKinds].filter((kind) => words.includes(actionName(kind).replace(/^(a|an) /, ''))));
}

interface RuledRoute {
  route: Route & { when: NonNullable<Route['when']> };
  kinds: Set<string>;
}

/** Routes leading to one of the actions, and those that can never be open with one of them yet lead to none. */
function split(ruled: readonly RuledRoute[], actions: ReadonlySet<string>) {
  const makes = (r: RuledRoute) => [...r.kinds].some((kind) => actions.has(kind));
  const making = ruled.filter(makes);
  const lacking = ruled.filter((r) => !makes(r) && making.some((m) => neverBothHold(m.route.when, r.route.when)));
  return { making, lacking };
}

const titled = (routes: readonly RuledRoute[]) => routes.map(({ route }) => quote(route.title));

/** Routes with what they lead to: ""First notice" (a penalty notice)", ""Improved" (no legal action)". */
const withActions = (routes: readonly RuledRoute[]) =>
  routes.map(({ route, kinds }) => `${quote(route.title)} (${kinds.size > 0 ? joinAnd([...kinds].map(actionName)) : 'no legal action'})`);

export const referralBesideRoutes: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  pathway.stages.forEach((stage, s) => {
    const referrals = stage.referrals ?? [];
    const routes = stage.routes ?? [];
    if (referrals.length === 0 || routes.some((route) => (route?.referrals?.length ?? 0) > 0)) return;
    const ruled: RuledRoute[] = routes
      .filter((route): route is RuledRoute['route'] => route?.chosenBy === undefined && route?.when !== undefined)
      .map((route) => ({ route, kinds: legalKinds(route.outcomes) }));
    if (ruled.length < 2) return;
    const fix = 'If only some routes make the referral, list it on those routes';
    for (const id of referrals) {
      const referral = (pathway.referrals ?? []).find((candidate) => candidate?.id === id);
      if (referral === undefined) continue; // dangling-reference reports it
      if ((referral.outcomes?.length ?? 0) > 0 && legalKinds(referral.outcomes).size === 0) continue;
      const name = nameOf(map, id, ['referral']);
      const actions = actionsOf(referral);
      let detail: string | undefined;
      if (actions.size > 0) {
        const { making, lacking } = split(ruled, actions);
        if (lacking.length > 0) {
          const verb = lacking.length === 1 ? 'does' : 'do';
          detail =
            `lists the referral ${name}, so it is offered whichever of its routes is open, ${joinAnd(titled(lacking))} included, ` +
            `which ${verb} not lead to ${joinOr([...actions].map(actionName))}. ${fix} (${joinAnd(titled(making))}) instead of on the stage`;
        }
      } else {
        // The referral names no action: report routes that are never open together yet lead to different ones.
        const differ = (a: RuledRoute, b: RuledRoute) => a.kinds.size !== b.kinds.size || [...a.kinds].some((kind) => !b.kinds.has(kind));
        const apart = ruled.filter((a) => ruled.some((b) => b !== a && differ(a, b) && neverBothHold(a.route.when, b.route.when)));
        if (apart.some((r) => r.kinds.size > 0)) {
          detail =
            `lists the referral ${name}, so it is offered whichever of its routes is open, and they lead to different actions: ${joinOr(withActions(apart))}. ` +
            `${fix} instead of on the stage`;
        }
      }
      if (detail !== undefined) problems.push(finding(pathway, 'referral-beside-routes', 'warning', `/stages/${s}`, detail));
    }
  });
  return problems;
};
