/**
 * format-version (warning; an error for a part that cannot work in a 1.0 file, such as an
 * "Outcome recorded" rule): a pathway that declares format 1.0 but uses a part format 1.1
 * added (the table in ./format-1-1.ts). The engine reads most such parts all the same, but the
 * file is not what it says it is, and what goes by the version does not follow (the widget asks
 * for recorded outcomes, and a universal stage is the fallback, only in 1.1). One finding per
 * part, at its first use, counting the others: one change (the "Format version") fixes them all.
 */
import { childPointer, enumLabel, type Problem } from '@pathway/schema';
import { format11Features, usesFeature, type FormatFeature } from './format-1-1.js';
import { finding, type LintRule } from './report.js';

interface Use {
  pointer: string;
  value: unknown;
  others: number;
}

/** The part as the author knows it: the value used, by its label, where the table gives one. */
function partName(feature: FormatFeature, value: unknown): string {
  const label = feature.labels !== undefined && typeof value === 'string' ? enumLabel(feature.labels.enum, value) : undefined;
  return label === undefined || feature.labels === undefined ? feature.title : `${feature.labels.noun} "${label}"`;
}

export const formatVersion: LintRule = ({ pathway, map }) => {
  if (pathway.schemaVersion !== '1.0') return [];
  const uses = new Map<FormatFeature, Use>();
  for (const node of map.outline.nodes) {
    for (const feature of format11Features) {
      if (!usesFeature(feature, node.definition, node.value)) continue;
      const seen = uses.get(feature);
      if (seen !== undefined) {
        seen.others++;
        continue;
      }
      // At the property itself, so the place names it ("… › how often"); a part left out, at its object.
      const pointer = feature.absent === true ? node.pointer : childPointer(node.pointer, feature.property);
      uses.set(feature, { pointer, value: node.value[feature.property], others: 0 });
    }
  }
  const problems: Problem[] = [];
  for (const [feature, use] of uses) {
    const others = use.others === 0 ? '' : use.others === 1 ? ' (1 other place uses it too)' : ` (${use.others} other places use it too)`;
    const name = partName(feature, use.value);
    const never = feature.neverIn10 === undefined ? '' : ` (${feature.neverIn10})`;
    problems.push(
      finding(pathway, 'format-version', feature.neverIn10 === undefined ? 'warning' : 'error', use.pointer,
        `uses ${name.charAt(0).toLowerCase()}${name.slice(1)}, which needs format 1.1, but the pathway declares format 1.0${never}: set the pathway's "Format version" to 1.1${others}`),
    );
  }
  return problems;
};
