/**
 * outcome-direction (warning): an outcome of a stage (or of one of its routes) that leads back to
 * its own stage, or "escalates" to a stage listed before its own: stages are listed from least to
 * most intensive, so the word and the list disagree (the usual cause is a stage moved in the list
 * after its outcomes were written). A "step down" to a stage listed later is reported only when
 * that stage can be placed by the figures or a rule: then the engine, which takes the last of the
 * stages that apply as the most intensive, would prefer it. A step down to a stage only outcomes
 * or a choice lead to (a maintenance plan drawn last in a flowchart) changes nothing.
 */
import type { Outcome, Problem, Stage } from '@pathway/schema';
import { finding, quote, type LintRule } from './report.js';

const wordFor = { escalate: 'escalates', stepDown: 'steps down' } as const;

/** Whether the engine can place a pupil at the stage without a choice: by a band or an entry rule. */
const placedByRule = (stage: Stage) => (stage.bands ?? []).length > 0 || stage.entry?.when !== undefined;

function check(outcome: Outcome, from: number, stages: readonly Stage[], positions: ReadonlyMap<string, number>): string | undefined {
  if ((outcome.kind !== 'escalate' && outcome.kind !== 'stepDown') || outcome.to === undefined) return undefined;
  const to = positions.get(outcome.to);
  // A stage that is not there is dangling-reference's to report.
  if (to === undefined) return undefined;
  const own = quote(stages[from]!.title);
  const target = quote(stages[to]!.title);
  if (to === from) {
    return `it ${wordFor[outcome.kind]} to ${own}, its own stage. Choose the stage the case moves to, or make it "Continue at this stage"`;
  }
  if (outcome.kind === 'escalate' && to < from) {
    return (
      `it escalates to ${target}, which is listed before ${own}. Stages are listed from least to most intensive: ` +
      `move ${target} after ${own} in the list, or, if the pupil moves to less support, make the outcome a step down`
    );
  }
  if (outcome.kind === 'stepDown' && to > from && placedByRule(stages[to]!)) {
    return (
      `it steps down to ${target}, which is listed after ${own}. Stages are listed from least to most intensive, and where both apply ` +
      `to a pupil the later is taken as the more intensive: move ${target} before ${own} in the list, or, if the pupil moves to more support, make the outcome an escalation`
    );
  }
  return undefined;
}

export const outcomeDirection: LintRule = ({ pathway }) => {
  const positions = new Map(pathway.stages.map((stage, index) => [stage.id, index]));
  const problems: Problem[] = [];
  const report = (outcomes: readonly Outcome[] | undefined, at: string, from: number) =>
    (outcomes ?? []).forEach((outcome, o) => {
      const detail = check(outcome, from, pathway.stages, positions);
      if (detail !== undefined) problems.push(finding(pathway, 'outcome-direction', 'warning', `${at}/outcomes/${o}`, detail));
    });
  pathway.stages.forEach((stage, s) => {
    report(stage.outcomes, `/stages/${s}`, s);
    (stage.routes ?? []).forEach((route, r) => report(route.outcomes, `/stages/${s}/routes/${r}`, s));
  });
  return problems;
};
