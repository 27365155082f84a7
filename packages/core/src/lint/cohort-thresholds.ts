/**
 * cohort-thresholds (warning): thresholds written as entry rules that each hold only with a
 * circumstance ticked ("Primary, below 95%" or "Secondary, below 94%"), on a measure no stage
 * has a band on. A pupil with none of those circumstances ticked, a school that forgot to tick
 * one, is placed by none of them, whatever the figures: at 80% such a pupil is shown the starting
 * stage and told nothing is missing. Circumstances are ticked or not, never "not known", so
 * nothing on the page asks for the one that was left out.
 *
 * Only where the pattern is the pathway's way of placing pupils: two or more such stages, two or
 * more circumstances between them, and each rule naming a measure of its own. Stages for one
 * cohort apart (a virtual school stage entered for children looked after) are not reported, nor
 * are rules another stage complements: one entered, on the same figures, by a rule that holds
 * only with some of those circumstances not ticked ("not nursery or reception, below 90%")
 * places the pupil with none ticked. "The same figures": its range on the measure meets the
 * range of one of the thresholds; a rule only for figures none of them reaches ("not nursery,
 * above 95%", a letter of praise) places no such pupil where it matters.
 *
 * Beyond that lint does not judge the ranges: "not nursery, below 90%" beside "nursery, below
 * 85%" leaves a nursery pupil at 85-90% unplaced because the council set nursery's threshold
 * at 85%, which is policy, not a gap; and a pupil whose circumstance was left unticked is placed
 * by the other pupils' rule, at that rule's figures, which lint cannot tell from the council's
 * intent.
 */
import type { Condition, Pathway, Problem, Stage } from '@pathway/schema';
import { walkCondition } from '../conditions.js';
import { fallbackPlace } from './band-gaps.js';
import { intersection, type Interval } from './intervals.js';
import { finding, joinAnd, joinOr, placeName, type LintRule } from './report.js';

/**
 * The circumstances one of which must be ticked for `condition` to hold, or undefined when it
 * can hold with none ticked: a circumstance rule needs itself; "all of" needs what any of its
 * parts needs; "any of" needs what each of its parts needs, together.
 */
function needsOneOf(condition: Condition): Set<string> | undefined {
  if ('cohort' in condition && typeof condition.cohort === 'string') return new Set([condition.cohort]);
  if ('all' in condition && Array.isArray(condition.all)) {
    for (const part of condition.all) {
      const needed = needsOneOf(part);
      if (needed) return needed;
    }
    return undefined;
  }
  if ('any' in condition && Array.isArray(condition.any) && condition.any.length > 0) {
    const needed = new Set<string>();
    for (const part of condition.any) {
      const own = needsOneOf(part);
      if (!own) return undefined;
      for (const cohort of own) needed.add(cohort);
    }
    return needed;
  }
  return undefined;
}

/** The circumstances of which ticking any one makes `condition` hold: a circumstance rule, or "any of" them. */
function anyOneOf(condition: Condition): Set<string> {
  if ('cohort' in condition && typeof condition.cohort === 'string') return new Set([condition.cohort]);
  if ('any' in condition && Array.isArray(condition.any)) return new Set(condition.any.flatMap((part) => [...anyOneOf(part)]));
  return new Set();
}

/** The circumstances that must not be ticked for `condition` to hold: a "not" of them, or "all of" parts that say so. */
function needsNoneOf(condition: Condition): Set<string> {
  if ('not' in condition && condition.not !== undefined) return anyOneOf(condition.not);
  if ('all' in condition && Array.isArray(condition.all)) return new Set(condition.all.flatMap((part) => [...needsNoneOf(part)]));
  return new Set();
}

/** The measures a rule reads a figure of (a "figure" rule), wherever in it. */
function measuresIn(condition: Condition): Set<string> {
  const measures = new Set<string>();
  walkCondition(condition, (part) => {
    if ('measure' in part && typeof part.measure === 'string') measures.add(part.measure);
  });
  return measures;
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

const ANY_FIGURE: Interval = { lower: { value: -Infinity, inclusive: false }, upper: { value: Infinity, inclusive: false } };

/**
 * The figures of `measure` at which `condition` may hold, as ranges (more than it, never less):
 * a figure rule's bounds, "all of" where its parts' meet, "any of" any part's; anything else,
 * "not" included, any figure.
 */
function figuresWhere(condition: Condition, measure: string): Interval[] {
  if ('measure' in condition && condition.measure === measure) {
    const { lower, upper } = condition as { lower?: Interval['lower']; upper?: Interval['upper'] };
    return [{ lower: lower ?? ANY_FIGURE.lower, upper: upper ?? ANY_FIGURE.upper }];
  }
  if ('all' in condition && Array.isArray(condition.all)) {
    return condition.all.reduce<Interval[]>(
      (ranges, part) => ranges.flatMap((range) => figuresWhere(part, measure).flatMap((other) => intersection(range, other) ?? [])),
      [ANY_FIGURE],
    );
  }
  if ('any' in condition && Array.isArray(condition.any)) return condition.any.flatMap((part) => figuresWhere(part, measure));
  return [ANY_FIGURE];
}

/** Whether the two rules can hold at one figure of some measure they both read. */
function shareFigures(a: Condition, b: Condition): boolean {
  return [...measuresIn(a)].some((measure) => {
    if (!measuresIn(b).has(measure)) return false;
    const theirs = figuresWhere(b, measure);
    return figuresWhere(a, measure).some((range) => theirs.some((other) => intersection(range, other) !== undefined));
  });
}

export const cohortThresholds: LintRule = ({ pathway }) => {
  const stages = list(pathway.stages);
  const banded = new Set(stages.flatMap((stage) => list(stage.bands).map((band) => band.measure)));
  const found: { stage: Stage; index: number; needed: Set<string> }[] = [];
  stages.forEach((stage, index) => {
    const rule = stage.entry?.when;
    if (!rule || stage.universal === true) return;
    const needed = needsOneOf(rule);
    const measures = measuresIn(rule);
    if (needed && measures.size > 0 && [...measures].every((measure) => !banded.has(measure))) found.push({ stage, index, needed });
  });
  const cohorts = new Set(found.flatMap(({ needed }) => [...needed]));
  if (found.length < 2 || cohorts.size < 2) return [];
  // Another stage's rule for the pupils with none of them ticked, on the same figures, places them.
  const complemented = stages.some((stage) => {
    const rule = stage.entry?.when;
    if (!rule || stage.universal === true || found.some((each) => each.stage === stage)) return false;
    return [...needsNoneOf(rule)].some((id) => cohorts.has(id)) && found.some((each) => shareFigures(rule, each.stage.entry?.when as Condition));
  });
  if (complemented) return [];
  return [report(pathway, found, cohorts)];
};

function report(pathway: Pathway, found: { index: number }[], cohorts: Set<string>): Problem {
  const titles = new Map(list(pathway.cohorts).map((cohort) => [cohort.id, cohort.title]));
  const named = [...cohorts].map((id) => `"${titles.get(id) ?? id}"`);
  const [first, ...others] = found.map(({ index }) => `/stages/${index}/entry/when`);
  const stageNames = others.map((pointer) => placeName(pathway, pointer.replace(/\/entry\/when$/, '')));
  const fallback = fallbackPlace(pathway);
  const shown = fallback === undefined ? 'is told no stage applies' : `is shown ${fallback.name}`;
  return finding(
    pathway,
    'cohort-thresholds',
    'warning',
    first,
    `this rule and ${stageNames.length === 1 ? 'that' : 'those'} of ${joinAnd(stageNames)} hold only with ${joinOr(named)} ticked, so a pupil with none of them ticked is placed by none of these stages, whatever the figures: a school that forgets to tick one ${shown}. If every pupil is meant to be one of them, say so in each one's description (schools see it where they tick), or give these rules a part for a pupil with none ticked`,
  );
}
