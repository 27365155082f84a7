/**
 * same-outcome-title (warning): two outcomes in one stage (its own and its routes') with the same
 * title. A school is shown a stage's outcomes together ("What has already happened") and by
 * title only, so two routes that each say "Attendance improved: step down" leave it unable to
 * say which happened. Titles are compared as a reader sees them: case and spacing aside.
 */
import type { Problem, Stage } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

export const sameOutcomeTitle: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const stageNode of map.outline.nodesOf('Stage')) {
    const stage = stageNode.value as unknown as Stage;
    const outcomes = [
      ...(stage.outcomes ?? []).map((outcome, i) => ({ outcome, pointer: `${stageNode.pointer}/outcomes/${i}`, owner: 'the stage' })),
      ...(stage.routes ?? []).flatMap((route, r) =>
        (route?.outcomes ?? []).map((outcome, i) => ({ outcome, pointer: `${stageNode.pointer}/routes/${r}/outcomes/${i}`, owner: `Route "${route.title}"` })),
      ),
    ];
    const first = new Map<string, string>();
    for (const { outcome, pointer, owner } of outcomes) {
      if (typeof outcome?.title !== 'string') continue;
      const key = outcome.title.replace(/\s+/g, ' ').trim().toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, owner);
        continue;
      }
      const same =
        earlier === owner ? (owner === 'the stage' ? "another of the stage's own outcomes" : 'another outcome of this route')
        : earlier === 'the stage' ? "one of the stage's own outcomes" : `an outcome of ${earlier}`;
      problems.push(
        finding(pathway, 'same-outcome-title', 'warning', pointer,
          `has the same title as ${same}: a school is shown this stage's outcomes by title and cannot tell them apart. Give each a title that says which it is (such as the route it follows)`),
      );
    }
  }
  return problems;
};
