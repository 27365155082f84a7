/**
 * undefined-cohort (error): a rule about a pupil circumstance (looked after, EHCP…) that the
 * pathway never defines can never be ticked by a school, so the rule is silently never true.
 * Which references do not resolve is decided by `whyUnresolved`, as for dangling-reference.
 */
import { finding, type LintRule } from './report.js';
import { referenceTargets, whyUnresolved } from '../outline/unresolved.js';
import { didYouMean, suggestIds } from './suggest-id.js';

export const undefinedCohort: LintRule = ({ pathway, map }) => {
  const targets = referenceTargets(map.outline);
  return map.outline.references
    .filter((reference) => reference.kinds.length === 1 && reference.kinds[0] === 'cohort' && whyUnresolved(targets, reference))
    .map((reference) =>
      finding(pathway, 'undefined-cohort', 'error', reference.pointer,
        `uses the circumstance "${reference.id}", which is not defined under Pupil circumstances${didYouMean(suggestIds(map, reference.id, ['cohort']))}`));
};
