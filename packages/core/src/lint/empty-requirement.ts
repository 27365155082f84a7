/**
 * empty-requirement (warning): a requirement written once (format 1.1) with no duties,
 * questions, evidence or gates changes nothing wherever it applies.
 */
import type { Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

export const emptyRequirement: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const entity of map.outline.entities) {
    if (entity.kind !== 'requirement') continue;
    const requirement = entity.node as { actions?: unknown[]; questions?: unknown[]; evidence?: unknown[]; gates?: unknown[] };
    const size = (requirement.actions?.length ?? 0) + (requirement.questions?.length ?? 0) + (requirement.evidence?.length ?? 0) + (requirement.gates?.length ?? 0);
    if (size === 0) problems.push(finding(pathway, 'empty-requirement', 'warning', entity.pointer, 'has no duties, questions, evidence or gates, so it changes nothing'));
  }
  return problems;
};
