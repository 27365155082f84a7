/**
 * review-outcome (warning): a review ("reviewed every", kind `review`) whose "when it runs out"
 * names an outcome that moves the case (escalate, step down, hand back, close, redirect, or a
 * legal action) with no "Open when" rule of its own, nor one on its route. A review recurs, so
 * the engine opens that outcome every time a review falls due, whatever the pupil's figures:
 * "Not improved at the review: escalate" is offered to a pupil who has improved, beside
 * "Improved: close". The fix is a rule on the outcome saying when it follows; the message
 * gives one from the stage's band where it can (still in the band for a step up, out of it
 * for a step down).
 */
import type { Band, Condition, Measure, Outcome, Problem, Route, Stage, TimeLimit } from '@pathway/schema';
import { describeCondition } from '../describe-condition.js';
import { betterDirection } from '../change.js';
import { legalOutcomeKinds } from '../route-summary.js';
import { finding, joinOr, quote, type LintContext, type LintRule } from './report.js';

type Direction = 'up' | 'down' | 'away';

/** Which way an outcome moves the case; undefined for one that keeps it where it is (continue, refer). */
function directionOf(kind: string): Direction | undefined {
  if (kind === 'escalate' || legalOutcomeKinds.has(kind)) return 'up';
  if (kind === 'stepDown' || kind === 'close' || kind === 'handBack') return 'down';
  if (kind === 'redirect') return 'away';
  return undefined;
}

interface Candidate {
  outcome: Outcome;
  route?: Route;
}

/**
 * A rule from the stage's first band that bounds its measure on the better side: for a step
 * up, the pupil still in the band on that side ("below 90%"); for a step down, out of it.
 */
function exampleRule(context: LintContext, stage: Stage, direction: Direction): string | undefined {
  if (direction === 'away') return undefined;
  for (const band of stage.bands ?? []) {
    const measure = context.pathway.measures.find((m) => m.id === band.measure);
    if (measure === undefined || measure.kind === 'date') continue;
    const rule = boundRule(band, measure, direction);
    if (rule === undefined) continue;
    const why = direction === 'up' ? "the pupil still in this stage's band" : "the pupil out of this stage's band";
    return `such as ${describeCondition(rule, context.map.outline)} (${why})`;
  }
  return undefined;
}

function boundRule(band: Band, measure: Measure, direction: Direction): Condition | undefined {
  const higherBetter = betterDirection(measure) === 'higher';
  const bound = higherBetter ? band.upper : band.lower;
  if (bound === undefined) return undefined;
  const still = direction === 'up';
  // Still in the band keeps the band's own bound; out of it is the other side of it.
  const inclusive = still ? bound.inclusive : !bound.inclusive;
  const side = higherBetter === still ? 'upper' : 'lower';
  return { measure: band.measure, [side]: { value: bound.value, inclusive } } as Condition;
}

function advice(context: LintContext, stage: Stage, limit: TimeLimit, named: Candidate, beside: readonly Outcome[]): string {
  const title = quote(named.outcome.title);
  const direction = directionOf(named.outcome.kind)!;
  const others = beside.length > 0 ? `, even beside ${joinOr(beside.map((o) => quote(o.title)))}` : '';
  const example = exampleRule(context, stage, direction);
  return (
    `when a review falls due it opens ${title}, which has no "Open when" rule of its own, so it is offered at every review whatever the pupil's figures${others}. ` +
    `Give ${title} an "Open when" rule saying when it follows${example ? `, ${example}` : ''}`
  );
}

export const reviewOutcome: LintRule = (context) => {
  const { pathway } = context;
  const problems: Problem[] = [];
  pathway.stages.forEach((stage, s) => {
    const own: Candidate[] = (stage.outcomes ?? []).map((outcome) => ({ outcome }));
    const check = (limits: readonly TimeLimit[] | undefined, at: string, candidates: readonly Candidate[]) => {
      (limits ?? []).forEach((limit, l) => {
        const id = limit.onExpiry?.outcome;
        if (limit.kind !== 'review' || id === undefined) return;
        const named = candidates.find(({ outcome }) => outcome.id === id);
        if (named === undefined || named.outcome.when !== undefined || named.route?.when !== undefined) return;
        const direction = directionOf(named.outcome.kind);
        if (direction === undefined) return;
        // The outcomes that move the case another way, which the pupil may be offered at the same time.
        const beside = candidates
          .map(({ outcome }) => outcome)
          .filter((outcome) => outcome !== named.outcome && directionOf(outcome.kind) !== undefined && directionOf(outcome.kind) !== direction);
        problems.push(finding(pathway, 'review-outcome', 'warning', `${at}/timeLimits/${l}`, advice(context, stage, limit, named, beside)));
      });
    };
    const routes = (stage.routes ?? []).map((route) => (route.outcomes ?? []).map((outcome) => ({ outcome, route })));
    // A stage's review sees the stage's outcomes and its routes'; a route's, its own and the stage's.
    check(stage.timeLimits, `/stages/${s}`, [...own, ...routes.flat()]);
    (stage.routes ?? []).forEach((route, r) => check(route.timeLimits, `/stages/${s}/routes/${r}`, [...own, ...routes[r]]));
  });
  return problems;
};
