/**
 * requires-routes-only (warning): a stage that requires an earlier stage whose questions and
 * evidence are all in routes someone chooses. A required stage's items are asked again where
 * it is required, but a chosen route's items count only toward that route, never toward its
 * stage (routes.ts), so requiring such a stage asks nothing of it: an author who wrote "only
 * after the contract or the notice" would see the later stage ready with neither done.
 */
import type { Problem } from '@pathway/schema';
import type { Route, Stage } from '../schema-types.js';
import { walkCondition } from '../conditions.js';
import { finding, type LintRule } from './report.js';

/** Whether a gate of `stage` reads one of `routes` (a "Route chosen" rule) or one of their outcomes. */
function gatesRead(stage: Stage, routes: readonly Route[]): boolean {
  const ids = new Set(routes.flatMap((route) => [route.id, ...(route.outcomes ?? []).map((outcome) => outcome.id)]));
  let reads = false;
  for (const gate of stage.gates ?? []) {
    walkCondition(gate.condition, (part) => {
      const rule = part as { route?: unknown; outcome?: unknown };
      if ((typeof rule.route === 'string' && ids.has(rule.route)) || (typeof rule.outcome === 'string' && ids.has(rule.outcome))) reads = true;
    });
  }
  return reads;
}

export const requiresRoutesOnly: LintRule = ({ pathway, map }) => {
  const index = map.engineIndex();
  const problems: Problem[] = [];
  pathway.stages.forEach((stage, i) => {
    for (const id of stage.requires?.stages ?? []) {
      const required = index.stageById.get(id);
      const compiled = required === undefined ? undefined : index.compiledStages.get(required);
      if (compiled === undefined || compiled.questions.length > 0 || compiled.evidence.length > 0) continue;
      const withItems = compiled.routes.filter((route) => route.questions.length > 0 || route.evidence.length > 0);
      const chosen = (route: (typeof withItems)[number]) => index.choices.routes.get(route.route)?.choice !== 'rule';
      if (withItems.length === 0 || !withItems.every(chosen)) continue;
      // The advice below, followed, ends the warning: a gate here that reads one of those routes or what it led to.
      if (gatesRead(stage, compiled.routes.map((route) => route.route))) continue;
      problems.push(
        finding(pathway, 'requires-routes-only', 'warning', `/stages/${i}/requires`,
          `names Stage "${compiled.title}", but all that stage asks is in routes someone chooses, and a route's questions and evidence count only toward that route: requiring the stage asks nothing of it here. To wait for one of its routes, add a gate here that reads what the route led to (an "Outcome recorded" rule for one of its outcomes, or a question here about how it went), or give that stage a question of its own`),
      );
    }
  });
  return problems;
};
