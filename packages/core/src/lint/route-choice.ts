/**
 * route-choice (warning): when a stage's routes are chosen ("Chosen by"), a route beside them
 * that nobody chooses and that has no "Available when" rule applies to every pupil alongside
 * the chosen one, which is rarely what the source means. And a role that chooses between
 * routes needs at least two to choose between.
 */
import type { Problem } from '@pathway/schema';
import type { Route, Stage } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { nameOf } from './lookup.js';

export const routeChoice: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const stageNode of map.outline.nodesOf('Stage')) {
    const routes = (stageNode.value as unknown as Stage).routes;
    if (!Array.isArray(routes)) continue;
    const chooserCounts = new Map<string, number>();
    for (const route of routes) {
      if (typeof route?.chosenBy === 'string') chooserCounts.set(route.chosenBy, (chooserCounts.get(route.chosenBy) ?? 0) + 1);
    }
    if (chooserCounts.size === 0) continue;
    routes.forEach((route: Route, i) => {
      const pointer = `${stageNode.pointer}/routes/${i}`;
      if (route?.chosenBy === undefined && route?.when === undefined) {
        problems.push(finding(pathway, 'route-choice', 'warning', pointer,
          'is chosen by nobody and has no "Available when" rule, while the stage\'s other routes are chosen: it would apply to every pupil beside the chosen one; give it "Chosen by" or a rule'));
      } else if (typeof route?.chosenBy === 'string' && chooserCounts.get(route.chosenBy) === 1) {
        problems.push(finding(pathway, 'route-choice', 'warning', pointer,
          `is the only route chosen by ${nameOf(map, route.chosenBy, ['role'])} at this stage, so there is nothing to choose between: add the alternative, or leave out "Chosen by"`));
      }
    });
  }
  return problems;
};
