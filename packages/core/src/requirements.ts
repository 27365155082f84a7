/**
 * Requirements written once (format 1.1): duties, questions, evidence and gates that apply at
 * every stage a requirement names (or every stage), wherever its rule holds.
 *
 * At such a stage its questions, evidence and gates join the stage's items after the stage's
 * own (and after those of the stages it requires), with the requirement as their owner, and
 * count toward the stage's readiness like its own (blocking unless written advisory). Where
 * the requirement's rule does not hold, its questions and evidence are listed as not needed,
 * with the reason, and its gates are left out. Its duties join the stage's duties (duties.ts).
 *
 * A requirement's rule is worked out once per evaluation, however many stages it applies at.
 */
import type { Stage } from './schema-types.js';
import type { GateResult, ItemStatus, Reason } from './types.js';
import type { ConditionResult } from './conditions.js';
import type { EvaluationContext } from './context.js';
import type { CompiledRequirement } from './pathway-index.js';
import { evaluateGate } from './gates.js';
import { joinReasons, reason } from './messages.js';
import { addQuestions, evidenceStatus } from './stage-core.js';
import { quote } from './text.js';

const ALWAYS: ConditionResult = Object.freeze({ holds: true, reasons: Object.freeze([]) as unknown as Reason[] });

/** Each evaluation's requirement rules, worked out once (the context lives for one call). */
const rules = new WeakMap<EvaluationContext, Map<CompiledRequirement, ConditionResult>>();

/** Whether the requirement's rule holds for this case (always, when it has none), and why. */
export function requirementRule(requirement: CompiledRequirement, ctx: EvaluationContext): ConditionResult {
  if (requirement.when === undefined) return ALWAYS;
  let memo = rules.get(ctx);
  if (memo === undefined) {
    memo = new Map();
    rules.set(ctx, memo);
  }
  let rule = memo.get(requirement);
  if (rule === undefined) {
    rule = ctx.condition(requirement.when);
    memo.set(requirement, rule);
  }
  return rule;
}

/** The requirements that can apply at this stage, in pathway order (their rule is not checked here). */
export function requirementsAt(stage: Stage, ctx: EvaluationContext): readonly CompiledRequirement[] {
  return ctx.index.requirementsAt.get(stage) ?? [];
}

export interface RequirementItems {
  questions: ItemStatus[];
  evidence: ItemStatus[];
  gates: GateResult[];
}

/** The questions, evidence and gates that requirements add to this stage; undefined when none can. */
export function requirementItems(stage: Stage, ctx: EvaluationContext): RequirementItems | undefined {
  const requirements = requirementsAt(stage, ctx);
  if (requirements.length === 0) return undefined;
  const questions: ItemStatus[] = [];
  const evidence: ItemStatus[] = [];
  const gates: GateResult[] = [];
  for (const requirement of requirements) {
    if (requirement.questions.length === 0 && requirement.evidence.length === 0 && requirement.gates.length === 0) continue;
    const rule = requirementRule(requirement, ctx);
    const notApplying = rule.holds
      ? undefined
      : reason('item.requirementNotApplying', { requirement: quote(requirement.title), because: joinReasons(rule.reasons) });
    const ownQuestions: ItemStatus[] = [];
    const questionEvidence: ItemStatus[] = [];
    addQuestions(requirement.questions, requirement, notApplying, ctx, ownQuestions, questionEvidence);
    const ownEvidence: ItemStatus[] = [];
    for (const item of requirement.evidence) ownEvidence.push(evidenceStatus(item, requirement, notApplying, ctx));
    for (const item of questionEvidence) ownEvidence.push(item);
    for (const item of ownQuestions) questions.push(item);
    for (const item of ownEvidence) evidence.push(item);
    if (rule.holds) for (const gate of requirement.gates) gates.push(evaluateGate(gate, ctx));
  }
  return { questions, evidence, gates };
}
