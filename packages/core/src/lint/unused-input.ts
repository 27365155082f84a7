/**
 * unused-input (warning): a school should never be asked for something that changes nothing.
 * A date measure that no rule, count, time limit or duty uses, and an earlier reading that
 * no rule about change compares with, would both be asked for nothing.
 */
import type { Problem } from '@pathway/schema';
import type { Measure } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

export const unusedInput: LintRule = ({ pathway, map }) => {
  const referenced = new Set<string>();
  const compared = new Set<string>();
  for (const reference of map.outline.references) {
    referenced.add(reference.id);
    if (reference.property === 'change') compared.add(reference.id);
  }
  const problems: Problem[] = [];
  for (const entity of map.outline.entities) {
    if (entity.kind !== 'measure') continue;
    const measure = entity.node as unknown as Measure;
    if (measure.kind === 'date' && !referenced.has(entity.id)) {
      problems.push(finding(pathway, 'unused-input', 'warning', entity.pointer,
        'is a date that no rule, count, time limit or duty uses, so schools would be asked for it for nothing'));
    }
    if (measure.baseline !== undefined && !compared.has(entity.id)) {
      problems.push(finding(pathway, 'unused-input', 'warning', `${entity.pointer}/baseline`,
        'asks for an earlier reading that no rule about change compares with, so schools would be asked for it for nothing'));
    }
  }
  return problems;
};
