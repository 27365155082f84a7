/**
 * unreachable-stage (error): a stage no pupil can be placed in or led to is dead weight, and
 * usually a sign of a missing band or a mistyped outcome. A stage is reachable when it is the
 * first stage or the pathway's starting stage, applies to every pupil, has bands, an entry rule
 * or can be chosen, or is where an outcome (of a stage, route or referral) or an exception's
 * redirect leads. A stage's own outcomes leading
 * back to itself do not count, and neither does being required by another stage.
 */
import type { Stage } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

export const unreachableStage: LintRule = ({ pathway, map }) => {
  const ledTo = new Set<string>();
  for (const { outcome, stage } of map.outcomes) {
    if (typeof outcome.to === 'string' && outcome.to !== stage?.id) ledTo.add(outcome.to);
  }
  for (const exception of list(pathway.exceptions)) {
    const target = exception.redirectTo?.stage;
    if (typeof target === 'string') ledTo.add(target);
  }

  const reachable = (stage: Stage, index: number) =>
    index === 0 ||
    stage.id === pathway.start ||
    stage.universal === true ||
    stage.entry?.byChoice === true ||
    list(stage.bands).length > 0 ||
    stage.entry?.when !== undefined ||
    ledTo.has(stage.id);

  return list(pathway.stages).flatMap((stage, index) =>
    reachable(stage, index)
      ? []
      : [finding(pathway, 'unreachable-stage', 'error', `/stages/${index}`, 'no band, entry rule, outcome or redirect leads here, so no pupil can reach it')],
  );
};
