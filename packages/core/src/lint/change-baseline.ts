/**
 * change-baseline (error): a rule about change ("attendance has improved since the plan")
 * compares a measure with its earlier reading, so the measure must ask for one ("Earlier
 * reading"); without it no school is ever asked, and the rule can never be true. A date
 * cannot improve or decline at all.
 */
import type { Problem } from '@pathway/schema';
import type { Measure } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { entitiesOfKind } from './lookup.js';

export const changeBaseline: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const node of map.outline.nodesOf('Condition')) {
    const measureId = node.value.change;
    if (typeof measureId !== 'string') continue;
    const measure = entitiesOfKind(map, measureId, 'measure')[0]?.node as Measure | undefined;
    if (measure === undefined) continue; // dangling-reference says so
    if (measure.kind === 'date') {
      problems.push(finding(pathway, 'change-baseline', 'error', node.pointer,
        `asks whether "${measure.title}" improved or declined, but it is a date: only figures can change`));
    } else if (measure.baseline === undefined) {
      problems.push(finding(pathway, 'change-baseline', 'error', node.pointer,
        `compares "${measure.title}" with an earlier reading, but the measure does not ask for one: add "Earlier reading" to the measure`));
    }
  }
  return problems;
};
