/**
 * band-bounds: a band (or a measure rule) whose lower bound lies above its upper bound (written
 * the way round a label reads, "94.9% - 90.1%": the message says to swap them), or whose
 * bounds meet at a value one of them excludes, can never match anyone (error).
 * Bounds outside 0–100 on a percentage measure are probably a typing slip (warning).
 */
import type { Bound, Problem } from '@pathway/schema';
import { finding, type LintContext, type LintRule } from './report.js';
import { isPercentageMeasure } from './lookup.js';

/** True when a measure with this id is an attendance or absence percentage (a table lookup, whatever the number of bands). */
export function isPercentage(context: LintContext, measureId: unknown): boolean {
  return isPercentageMeasure(context.map, measureId);
}

export const bandBounds: LintRule = (context) => {
  const ranges: { pointer: string; measure: unknown; lower?: Bound; upper?: Bound }[] = [
    ...context.map.bands.map(({ band, pointer }) => ({ pointer, measure: band.measure, lower: band.lower, upper: band.upper })),
    ...context.map.conditions.flatMap(({ condition, pointer }) =>
      'measure' in condition ? [{ pointer, measure: condition.measure, lower: condition.lower, upper: condition.upper }] : [],
    ),
  ];
  const problems: Problem[] = [];
  for (const { pointer, measure, lower, upper } of ranges) {
    const report = (severity: Problem['severity'], detail: string) =>
      problems.push(finding(context.pathway, 'band-bounds', severity, pointer, detail));
    if (lower && upper) {
      if (lower.value > upper.value) {
        report('error', `the lower bound (${lower.value}) is above the upper bound (${upper.value}): swap the two numbers, so the lower bound is ${upper.value} and the upper bound ${lower.value}`);
      } else if (lower.value === upper.value && !(lower.inclusive && upper.inclusive)) {
        const excluded = !lower.inclusive && !upper.inclusive ? 'both exclude it' : 'one of them excludes it';
        report('error', `the lower and upper bounds are both ${lower.value} and ${excluded}, so no value can fall inside`);
      }
    }
    if (isPercentage(context, measure)) {
      for (const [name, bound] of [['lower', lower], ['upper', upper]] as const) {
        if (bound && (bound.value < 0 || bound.value > 100)) {
          report('warning', `the ${name} bound (${bound.value}) is outside 0–100, the range of a percentage`);
        }
      }
    }
  }
  return problems;
};
