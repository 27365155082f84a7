/**
 * referral-before-limit (warning): a stage lists a referral that its own "refer" outcomes make
 * only when a time limit runs out (each is named in a limit's "When it runs out"), and neither the referral's gates nor the stage's read a time since a date.
 * A referral on the stage is offered as soon as the stage is ready, so the school is told "Ready
 * to refer" before the limit has run out: Eastwick's fast track offered the referral to Legal
 * Services at week 3, though its court date, 12 school weeks from the first meeting, is when
 * "Attendance not improved: refer to Legal Services" follows. If the referral must wait, a gate
 * on the time since the limit's start date says so (lint writes it out).
 */
import type { Condition, Gate, Outcome, Problem, TimeLimit } from '@pathway/schema';
import { walkCondition } from '../conditions.js';
import { describeCondition } from '../describe-condition.js';
import { finding, joinOr, quote, type LintRule } from './report.js';

/** A rule reads a time since a date somewhere inside it. */
function readsTime(rule: Condition | undefined): boolean {
  let reads = false;
  walkCondition(rule, (part) => {
    if ('since' in part) reads = true;
  });
  return reads;
}

export const referralBeforeLimit: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  pathway.stages.forEach((stage, s) => {
    const limits: TimeLimit[] = [...(stage.timeLimits ?? []), ...(stage.routes ?? []).flatMap((route) => route?.timeLimits ?? [])];
    const outcomes: Outcome[] = [...(stage.outcomes ?? []), ...(stage.routes ?? []).flatMap((route) => route?.outcomes ?? [])];
    const limitOf = (id: string) => limits.find((limit) => limit?.onExpiry?.outcome === id);
    const stageGates: readonly (Gate | undefined)[] = stage.gates ?? [];
    for (const id of stage.referrals ?? []) {
      const referral = (pathway.referrals ?? []).find((candidate) => candidate?.id === id);
      if (referral === undefined) continue; // dangling-reference reports it
      const making = outcomes.filter((outcome) => outcome?.kind === 'refer' && outcome.referral === id);
      if (making.length === 0 || !making.every((outcome) => limitOf(outcome.id) !== undefined)) continue;
      if ([...(referral.gates ?? []), ...stageGates].some((gate) => readsTime(gate?.condition))) continue;
      const limit = limitOf(making[0].id)!;
      const gate =
        typeof limit.startsFrom === 'string'
          ? `a gate "${describeCondition({ since: limit.startsFrom, atLeast: limit.duration } as Condition, map.outline)}"`
          : 'a gate on the time since the date it starts on';
      problems.push(
        finding(
          pathway,
          'referral-before-limit',
          'warning',
          `/stages/${s}`,
          `lists the referral ${quote(referral.title)}, so it is offered as soon as the stage is ready, before ${quote(limit.title)} runs out; ` +
            `the outcome that makes it, ${joinOr(making.map((outcome) => quote(outcome.title)))}, follows only when it does. ` +
            `If the referral must wait, give it ${gate}`,
        ),
      );
    }
  });
  return problems;
};
