/**
 * nowhere-to-go (warning): an exception that blocks or skips a stage for some pupils, where, for
 * figures in that stage's band, nothing else can take the case. The engine then places the case
 * at the most intensive matching stage the pupil is offered, else at a stage for every pupil,
 * else at the starting stage (evaluate.ts); with none of these, the case stays at the stage the
 * pupil is not offered, with nothing to do. ("Refugee family" blocking "Level 4", which alone
 * places 50% or less, in a pathway with no universal stage and no `start`.)
 *
 * Exceptions that leave the same pupils at the same stage ("not while a CAMHS assessment is
 * pending", "…an EHCP assessment…", "…a bereavement…", each blocking "Penalty notice") are told
 * once, naming them all, at the first; each of the others still has a line of its own, pointing
 * there, so the editor's Problems list takes the author to every one.
 *
 * Left alone: a redirect (it says where to go), a band the exception's own rule rules out, and
 * a pupil another stage is entered for by a rule about the same circumstance.
 */
import type { Condition, Pathway, Stage } from '@pathway/schema';
import { walkCondition } from '../conditions.js';
import { onScale, scaleOf } from './band-gaps.js';
import { describeRange, gaps, holdsRoundedValue, intersection, isEmpty, type Interval } from './intervals.js';
import { stagesChanged } from './lead-conflict.js';
import { neverBothHold } from './never-both.js';
import { finding, joinAnd, placeName, type LintRule } from './report.js';

function cohortsIn(rule: Condition | undefined): Set<string> {
  const found = new Set<string>();
  walkCondition(rule, (part) => {
    if ('cohort' in part && typeof part.cohort === 'string') found.add(part.cohort);
  });
  return found;
}

/** One exception leaving pupils at one stage it closes, for the figures `left`. */
interface Stranded {
  position: number;
  verb: 'blocks' | 'skips';
  stage: string;
  left: string;
}

export const nowhereToGo: LintRule = ({ pathway }) => {
  const found: Stranded[] = [];
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
      found.push({ position, verb: exception.effect === 'block' ? 'blocks' : 'skips', stage: placeName(pathway, `/stages/${index}`), left });
    });
  });
  // Exceptions that leave the same pupils at the same stage are told once, at the first of them;
  // each of the others says so, so that every one is still listed where it is written.
  const groups = new Map<string, Stranded[]>();
  for (const each of found) {
    const key = `${each.verb} ${each.stage} ${each.left}`;
    groups.set(key, [...(groups.get(key) ?? []), each]);
  }
  return [...groups.values()].flatMap(([first, ...others]) => [
    finding(pathway, 'nowhere-to-go', 'warning', `/exceptions/${first.position}`, advice(pathway, first, others)),
    ...others.map((each) =>
      finding(pathway, 'nowhere-to-go', 'warning', `/exceptions/${each.position}`,
        `${each.verb} ${each.stage}, where a pupil it applies to with ${each.left} is left with nothing to do, as with ${placeName(pathway, `/exceptions/${first.position}`)}: see that warning`),
    ),
  ]);
};

function advice(pathway: Pathway, { verb, stage, left }: Stranded, others: readonly Stranded[]): string {
  const names = others.map((each) => placeName(pathway, `/exceptions/${each.position}`));
  const who = others.length === 0 ? `${verb} ${stage}, and for a pupil it applies to` : `this exception, ${joinAnd(names)} each ${verb.replace(/s$/, '')} ${stage}, and for a pupil one of them applies to`;
  const fix = others.length === 0 ? 'Send them to a stage instead' : 'Send them to a stage instead, in each exception';
  return `${who} with ${left} no other stage's band matches, and there is no starting stage or stage for every pupil, offered to them, to fall back to: that pupil's case stays at ${stage}, which is not offered to them, with nothing to do. ${fix} (the effect "redirect", with "Where to send them instead"), or give the pathway a starting stage or a stage for every pupil`;
}

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
