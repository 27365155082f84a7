/**
 * date-measure (error): a date measure is a date, not a figure. A band or a figure rule on it
 * never matches, a count "counted from" a percentage or a date means nothing, and a change
 * rule whose earlier reading must be older than it may be ("over" longer than "within") can
 * never hold. ("If left blank" on something that is not a date: not-applicable.ts.)
 */
import type { Measure, Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { entitiesOfKind, nameOf } from './lookup.js';
import { describeDuration, durationAmount } from '../durations.js';

const countKinds = new Set(['sessionCount', 'dayCount', 'number']);

/** A rough length in days, only to compare two durations written in the same or similar units. */
const unitDays: Record<string, number> = { sessions: 0.5, schoolDays: 1.4, schoolWeeks: 7, days: 1, weeks: 7, months: 30.4, terms: 91, years: 365 };

export const dateMeasure: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  const measureOf = (id: unknown) => (typeof id === 'string' ? (entitiesOfKind(map, id, 'measure')[0]?.node as Measure | undefined) : undefined);
  for (const { band, pointer } of map.bands) {
    const measure = measureOf(band.measure);
    if (measure?.kind === 'date') {
      problems.push(finding(pathway, 'date-measure', 'error', pointer, `ranges over "${measure.title}", which is a date: a band on a date never matches; use a "time since" entry rule instead`));
    }
  }
  for (const node of map.outline.nodesOf('Condition')) {
    const rule = node.value as Record<string, unknown>;
    const measure = typeof rule.measure === 'string' ? measureOf(rule.measure) : undefined;
    if (measure?.kind === 'date') {
      problems.push(finding(pathway, 'date-measure', 'error', node.pointer, `compares "${measure.title}" with figures, but it is a date: use a "time since" rule instead`));
    }
    const over = rule.over as { unit?: string } | undefined;
    const within = rule.within as { unit?: string } | undefined;
    if (typeof rule.change === 'string' && over && within) {
      const overDays = (durationAmount(over as never, 'lower') ?? 0) * (unitDays[over.unit ?? ''] ?? 1);
      const withinDays = (durationAmount(within as never, 'upper') ?? 0) * (unitDays[within.unit ?? ''] ?? 1);
      if (withinDays < overDays) {
        problems.push(finding(pathway, 'date-measure', 'error', node.pointer,
          `can never hold: the earlier reading must be at least ${describeDuration(over as never)} old ("over") and at most ${describeDuration(within as never)} old ("within"); make "within" the longer`));
      }
    }
  }
  for (const entity of map.outline.entities) {
    if (entity.kind !== 'measure') continue;
    const measure = entity.node as Measure;
    if (typeof measure.from === 'string' && !countKinds.has(measure.kind)) {
      problems.push(finding(pathway, 'date-measure', 'error', entity.pointer, `is counted from ${nameOf(map, measure.from, ['question', 'measure'])}, but only a count can be counted from a date, not ${measure.kind === 'date' ? 'a date' : 'a percentage'}`));
    }
  }
  return problems;
};
