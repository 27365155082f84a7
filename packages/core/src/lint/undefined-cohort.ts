/**
 * undefined-cohort (error): a rule about a pupil circumstance (looked after, EHCP…) that the
 * pathway never defines can never be ticked by a school, so the rule is silently never true.
 */
import { finding, type LintRule } from './report.js';
import { entitiesOfKind } from './lookup.js';
import { didYouMean, suggestIds } from './suggest-id.js';

export const undefinedCohort: LintRule = ({ pathway, map }) =>
  map.conditions.flatMap(({ condition, pointer }) => {
    if (!('cohort' in condition) || typeof condition.cohort !== 'string') return [];
    if (entitiesOfKind(map, condition.cohort, 'cohort').length > 0) return [];
    return [
      finding(pathway, 'undefined-cohort', 'error', pointer,
        `uses the circumstance "${condition.cohort}", which is not defined under Pupil circumstances${didYouMean(suggestIds(map, condition.cohort, ['cohort']))}`),
    ];
  });
