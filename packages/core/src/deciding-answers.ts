/**
 * The answers that decided where the pupil is, kept in the record: answers given to questions
 * the stage worked on does not ask, that the engine read to place the pupil or to judge the
 * stage (stages' entry rules, exceptions' and requirements' rules, the stage's gates and exit
 * rule). When an answer moves the pupil to another stage, the answers that moved them are not
 * that stage's questions, yet they are why it applies: a record without them cannot be checked.
 */
import type { Condition } from './schema-types.js';
import type { Evaluation, ItemStatus } from './types.js';
import type { EvaluationContext } from './context.js';
import { walkCondition } from './conditions.js';

/** Question ids a rule reads: answers compared, and dates counted from or to. */
function readQuestions(condition: Condition | undefined, into: Set<string>): void {
  walkCondition(condition, (part) => {
    const rule = part as { answer?: unknown; since?: unknown; until?: unknown };
    for (const ref of [rule.answer, rule.since, rule.until]) if (typeof ref === 'string') into.add(ref);
  });
}

/** The rules that place the pupil or judge the stage worked on. */
function decidingRules(evaluation: Evaluation, ctx: EvaluationContext): (Condition | undefined)[] {
  const { index } = ctx;
  const rules: (Condition | undefined)[] = [];
  for (const stage of index.stages) rules.push(stage.entry?.when);
  for (const exception of index.exceptions) rules.push(exception.when);
  for (const requirement of index.requirements) rules.push(requirement.when, ...requirement.gates.map((gate) => gate.condition));
  const stage = evaluation.current === undefined ? undefined : index.stageById.get(evaluation.current.stageId);
  if (stage !== undefined) {
    rules.push(stage.exit?.when, ...(stage.gates ?? []).map((gate) => gate.condition));
    for (const route of stage.routes ?? []) rules.push(...(route.gates ?? []).map((gate) => gate.condition));
  }
  for (const referral of evaluation.current?.referrals ?? []) {
    rules.push(...(index.referralById.get(referral.referralId)?.gates ?? []).map((gate) => gate.condition));
  }
  return rules;
}

/**
 * The answers given that the engine read outside the stage worked on's own questions, in
 * pathway order, each as its own stage asks it: a question shown there, answered.
 */
export function decidingAnswers(evaluation: Evaluation, ctx: EvaluationContext): ItemStatus[] {
  const read = new Set<string>();
  for (const rule of decidingRules(evaluation, ctx)) readQuestions(rule, read);
  const listed = new Set((evaluation.current?.questions ?? []).filter((q) => q.state !== 'notApplicable').map((q) => q.id));
  const found: ItemStatus[] = [];
  const seen = new Set<string>();
  for (const stage of evaluation.stages) {
    for (const item of stage.questions) {
      if (!read.has(item.id) || listed.has(item.id) || seen.has(item.id) || item.state === 'notApplicable') continue;
      if (ctx.answer(item.id).status !== 'valid') continue;
      seen.add(item.id);
      found.push(item);
    }
  }
  return found;
}
