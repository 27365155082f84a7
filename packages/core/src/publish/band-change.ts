/**
 * A band (a stage's, or a classification) said as a school reads it: once, whole, by when it
 * now applies. A new lower bound and a new label are one change to one band, not a line each
 * ("band changed from …" and then "lower bound: added (86%, inclusive)"):
 *
 *   Stage "Stage 2" › band "90% and below" renamed "86-90%" and now applies when "Attendance" is at least 86% and at most 90% (was at most 90%)
 *   Classification "Persistent absence" now applies when "Attendance" is at most 91% (was at most 90%)
 *
 * The rule is read back as any rule is (describeCondition), so a band reads as a rule about
 * the same figure does.
 */
import { describeBounds } from '../bands.js';
import { describeCondition } from '../describe-condition.js';
import type { Band, Condition, Measure } from '../schema-types.js';
import type { Version } from './diff-references.js';
import { thingNamed } from './diff-references.js';

type BandLike = Partial<Pick<Band, 'label' | 'measure' | 'lower' | 'upper'>>;

function asBand(value: unknown): BandLike {
  return value !== null && typeof value === 'object' ? (value as BandLike) : {};
}

/** When a band applies: ""Attendance" is at least 86% and at most 90%". */
export function bandRule(value: unknown, version: Version): string {
  const band = asBand(value);
  const rule = { measure: band.measure, ...(band.lower ? { lower: band.lower } : {}), ...(band.upper ? { upper: band.upper } : {}) };
  return describeCondition(rule as unknown as Condition, version.outline);
}

/** The figure a band is a range of, as the version names it. */
function measureOf(value: unknown, version: Version): Measure | undefined {
  const id = asBand(value).measure;
  return typeof id === 'string' ? (thingNamed(version, id, ['measure'])?.node as Measure | undefined) : undefined;
}

const labelOf = (value: unknown): string => (typeof asBand(value).label === 'string' ? (asBand(value).label as string) : '');

/**
 * One band's change in one line, or undefined when nothing a school reads changed (its id, an
 * author's note, a measure's short name renamed). `place` names the band as it was called
 * (`Stage "X" › band "90% and below"`, `Classification "Persistent absence"`).
 */
export function bandChange(place: string, a: unknown, b: unknown, old: Version, now: Version, quote: (text: string) => string): string | undefined {
  if (a === undefined) return `${place} added: applies when ${bandRule(b, now)}`;
  if (b === undefined) return `${place} removed (applied when ${bandRule(a, old)})`;
  const was = bandRule(a, old);
  const is = bandRule(b, now);
  const relabelled = labelOf(a) !== labelOf(b) ? ` renamed ${quote(labelOf(b))}` : '';
  if (was === is) return relabelled === '' ? undefined : `${place}${relabelled}`;
  // The same figure either side: "(was at most 90%)"; another figure: the whole rule it was.
  const [oldMeasure, newMeasure] = [measureOf(a, old), measureOf(b, now)];
  const sameFigure = oldMeasure !== undefined && oldMeasure.title === newMeasure?.title;
  const before = sameFigure ? describeBounds(oldMeasure, asBand(a).lower, asBand(a).upper) : was;
  return `${place}${relabelled}${relabelled ? ' and' : ''} now applies when ${is} (was ${before})`;
}
