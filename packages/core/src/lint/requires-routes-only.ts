/**
 * requires-routes-only (warning): a stage that requires an earlier stage whose questions and
 * evidence are all in routes someone chooses. A required stage's items are asked again where
 * it is required, but a chosen route's items count only toward that route, never toward its
 * stage (routes.ts), so requiring such a stage asks nothing of it: an author who wrote "only
 * after the contract or the notice" would see the later stage ready with neither done.
 */
import type { Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

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
      problems.push(
        finding(pathway, 'requires-routes-only', 'warning', `/stages/${i}/requires`,
          `names Stage "${compiled.title}", but all that stage asks is in routes someone chooses, and a route's questions and evidence count only toward that route: requiring the stage asks nothing of it here. To wait for one of its routes, add a gate here (a "Route chosen" rule, or a question about how it went), or give that stage a question of its own`),
      );
    }
  });
  return problems;
};
