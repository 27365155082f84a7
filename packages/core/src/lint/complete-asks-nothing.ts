/**
 * complete-asks-nothing (warning): a "Stage complete" rule about a stage that asks nothing that
 * must be done. A stage is complete when none of its blocking questions, evidence or gates (its
 * own, those of the stages it requires and of requirements written once for it) is outstanding,
 * so a stage with none is complete for every pupil, one who never went through it included:
 * "Met: Early concern completed" beside a pupil placed straight at a later stage.
 */
import type { Problem } from '@pathway/schema';
import type { CompiledEvidence, CompiledQuestion, PathwayIndex } from '../pathway-index.js';
import type { Stage } from '../schema-types.js';
import { finding, type LintRule } from './report.js';

const blocks = (item: { severity: string }) => item.severity === 'blocking';
const questionsBlock = (questions: readonly CompiledQuestion[]) => questions.some((question) => blocks(question) || question.evidence.some(blocks));
const evidenceBlocks = (evidence: readonly CompiledEvidence[]) => evidence.some(blocks);
const gatesBlock = (gates: readonly { severity?: string }[]) => gates.some((gate) => (gate.severity ?? 'blocking') === 'blocking');

/** Whether completing `stage` asks anything of a school: a blocking item there or at a stage it requires. */
function asksSomething(index: PathwayIndex, stage: Stage): boolean {
  const compiled = index.compiledStages.get(stage);
  if (compiled === undefined) return true;
  for (const at of [stage, ...compiled.required]) {
    const own = index.compiledStages.get(at);
    if (own && (questionsBlock(own.questions) || evidenceBlocks(own.evidence) || gatesBlock(own.gates))) return true;
    for (const requirement of index.requirementsAt.get(at) ?? []) {
      if (questionsBlock(requirement.questions) || evidenceBlocks(requirement.evidence) || gatesBlock(requirement.gates)) return true;
    }
  }
  return false;
}

export const completeAsksNothing: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  let index: PathwayIndex | undefined;
  for (const { condition, pointer } of map.conditions) {
    const id = (condition as { stageComplete?: unknown }).stageComplete;
    if (typeof id !== 'string') continue;
    index ??= map.engineIndex();
    const stage = index.stageById.get(id);
    // A stage that does not exist is dangling-reference's to report.
    if (stage === undefined || asksSomething(index, stage)) continue;
    problems.push(
      finding(pathway, 'complete-asks-nothing', 'warning', pointer,
        `"Stage complete" names Stage "${stage.title}", which asks nothing that must be done (no questions, evidence or conditions that block), so this rule holds for every pupil, one who never went through that stage included. Give that stage a question that says it was done (for example "Was the plan reviewed?"), or make this rule about such a question`),
    );
  }
  return problems;
};
