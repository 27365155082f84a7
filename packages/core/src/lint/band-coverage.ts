/**
 * band-coverage (warning): for each attendance or absence percentage that stages' bands are
 * drawn on, the parts of 0–100 no stage covers (a pupil there is placed nowhere) and the parts
 * two stages both cover (a pupil there is placed twice). Real councils publish both, so these
 * are warnings, stated with exact figures so the author can decide.
 */
import type { Measure, Problem } from '@pathway/schema';
import { finding, placeName, type LintRule } from './report.js';
import type { BandSite } from './pathway-map.js';
import { isPercentage } from './band-bounds.js';
import { describeRange, gaps, holdsRoundedValue, intersection, isEmpty, percentageInterval, type Interval } from './intervals.js';

/** The engine's default rounding for percentages. */
const defaultDecimals = 1;

export const bandCoverage: LintRule = (context) => {
  const { pathway, map } = context;
  const problems: Problem[] = [];
  const measures = Array.isArray(pathway.measures) ? pathway.measures : [];
  measures.forEach((measure: Measure, index) => {
    if (!isPercentage(context, measure.id)) return;
    const decimals = typeof measure.decimals === 'number' ? measure.decimals : defaultDecimals;
    const bands = map.bands
      .filter((site): site is BandSite & { stage: NonNullable<BandSite['stage']> } => site.stage !== undefined && site.band.measure === measure.id)
      .map((site) => ({ ...site, interval: percentageInterval(site.band.lower, site.band.upper) }))
      .filter(({ interval }) => !isEmpty(interval));
    if (bands.length === 0) return;

    for (const gap of gaps(bands.map((b) => b.interval))) {
      if (!holdsRoundedValue(gap, decimals)) continue;
      problems.push(finding(pathway, 'band-coverage', 'warning', `/measures/${index}`, `stage bands leave ${describeRange(gap)} uncovered`));
    }

    bands.forEach((a, i) => {
      for (const b of bands.slice(i + 1)) {
        if (a.stage === b.stage) continue;
        const shared: Interval | undefined = intersection(a.interval, b.interval);
        if (!shared || !holdsRoundedValue(shared, decimals)) continue;
        const range = shared.lower.value === shared.upper.value ? `at ${describeRange(shared)}` : `from ${describeRange(shared)}`;
        problems.push(finding(pathway, 'band-coverage', 'warning', a.pointer, `overlaps ${placeName(pathway, b.pointer)} ${range}`));
      }
    });
  });
  return problems;
};
