/**
 * nowhere-to-go (warning): an exception that blocks or skips a stage for some pupils, where, for
 * figures in that stage's band, nothing else can take the case. The engine then places the case
 * at the most intensive matching stage the pupil is offered, else at a stage for every pupil,
 * else at the starting stage (evaluate.ts); with none of these, the case stays at the stage the
 * pupil is not offered, with nothing to do. ("Refugee family" blocking "Level 4", which alone
 * places 50% or less, in a pathway with no universal stage and no `start`.)
 *
 * Left alone: a redirect (it says where to go), a band the exception's own rule rules out, and
 * a pupil another stage is entered for by a rule about the same circumstance.
 */
import type { Condition, Pathway, Problem, Stage } from '@pathway/schema';
import { walkCondition } from '../conditions.js';
import { onScale, scaleOf } from './band-gaps.js';
import { describeRange, gaps, holdsRoundedValue, intersection, isEmpty, type Interval } from './intervals.js';
import { stagesChanged } from './lead-conflict.js';
import { neverBothHold } from './never-both.js';
import { finding, placeName, type LintRule } from './report.js';

function cohortsIn(rule: Condition | undefined): Set<string> {
  const found = new Set<string>();
  walkCondition(rule, (part) => {
    if ('cohort' in part && typeof part.cohort === 'string') found.add(part.cohort);
  });
  return found;
}

export const nowhereToGo: LintRule = ({ pathway }) => {
  const problems: Problem[] = [];
  const stages = pathway.stages;
  (pathway.exceptions ?? []).forEach((exception, position) => {
    if (exception.effect !== 'block' && exception.effect !== 'skip') return;
    const closed = new Set(stagesChanged(pathway, exception));
    const offered = stages.filter((stage) => !closed.has(stage.id));
    if (closed.size === 0 || offered.some((stage) => stage.universal === true || stage.id === pathway.start)) return;
    // Another stage entered by a rule about the same circumstance takes these pupils in.
    const theirs = cohortsIn(exception.when);
    const enteredFor = offered.some((stage) => {
      const rule = stage.entry?.when;
      return rule !== undefined && [...cohortsIn(rule)].some((id) => theirs.has(id)) && !neverBothHold(rule, exception.when);
    });
    if (enteredFor) return;
    stages.forEach((stage, index) => {
      if (!closed.has(stage.id) || stage.universal === true) return;
      const left = uncoveredBand(pathway, stage, offered, exception.when);
      if (left === undefined) return;
      const name = placeName(pathway, `/stages/${index}`);
      problems.push(
        finding(pathway, 'nowhere-to-go', 'warning', `/exceptions/${position}`,
          `${exception.effect === 'block' ? 'blocks' : 'skips'} ${name}, and for a pupil it applies to with ${left} no other stage's band matches, and there is no starting stage or stage for every pupil, offered to them, to fall back to: that pupil's case stays at ${name}, which is not offered to them, with nothing to do. Send them to a stage instead (the effect "redirect", with "Where to send them instead"), or give the pathway a starting stage or a stage for every pupil`),
      );
    });
  });
  return problems;
};

/** `"Attendance (%)" at most 50%`: figures of the stage's band that no offered stage's band covers, or undefined. */
function uncoveredBand(pathway: Pathway, stage: Stage, offered: readonly Stage[], rule: Condition): string | undefined {
  for (const band of stage.bands ?? []) {
    const measure = pathway.measures.find((m) => m.id === band.measure);
    const scale = measure === undefined ? undefined : scaleOf(measure);
    const own = scale === undefined ? undefined : onScale(band, scale);
    if (measure === undefined || scale === undefined || own === undefined || isEmpty(own)) continue;
    // The exception's own rule may keep these pupils out of the band ("below 60%" beside a band at 90%).
    if (neverBothHold(rule, { measure: band.measure, ...(band.lower ? { lower: band.lower } : {}), ...(band.upper ? { upper: band.upper } : {}) })) continue;
    const others = offered
      .filter((other) => other.universal !== true)
      .flatMap((other) => (other.bands ?? []).filter((b) => b.measure === band.measure))
      .map((b) => onScale(b, scale))
      .filter((interval): interval is Interval => interval !== undefined);
    for (const gap of gaps(others, scale.min, scale.max)) {
      const left = intersection(gap, own);
      if (left === undefined || (scale.decimals !== undefined && !holdsRoundedValue(left, scale.decimals))) continue;
      const range = describeRange(left, scale.unit, scale);
      return `"${measure.title}" ${left.lower.value === left.upper.value ? 'at ' : ''}${range}`;
    }
  }
  return undefined;
}
