/**
 * gate-question (warning): a stage's (or its route's) gate that reads a question the stage never
 * asks. The school answers the questions of the stage it works at: its own, its routes', those
 * of the earlier stages it requires and of the requirements written once that apply to it. A
 * gate about any other question (asked at another stage) stays unmet in that journey, and
 * whatever it holds back (the stage's readiness, its referral) can never be reached.
 */
import type { Problem } from '@pathway/schema';
import type { CompiledQuestion } from '../pathway-index.js';
import { ownerOfKind } from '../outline/outline.js';
import { finding, type LintRule } from './report.js';

export const gateQuestion: LintRule = ({ pathway, map }) => {
  const index = map.engineIndex();
  const askedAt = new Map<string, Set<string>>();
  for (const stage of pathway.stages) {
    if (askedAt.has(stage.id)) continue;
    const asked = new Set<string>();
    const add = (questions: readonly CompiledQuestion[]) => {
      for (const question of questions) asked.add(question.id);
    };
    for (const source of [stage, ...(index.compiledStages.get(stage)?.required ?? [])]) {
      const compiled = index.compiledStages.get(source);
      if (compiled === undefined) continue;
      add(compiled.questions);
      for (const route of compiled.routes) add(route.questions);
    }
    for (const requirement of index.requirementsAt.get(stage) ?? []) add(requirement.questions);
    askedAt.set(stage.id, asked);
  }

  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const reference of map.outline.references) {
    const question = index.questionById.get(reference.id);
    if (!reference.kinds.includes('question') || question === undefined) continue;
    const gate = ownerOfKind(reference.from.owner, 'gate');
    const stage = gate === undefined ? undefined : ownerOfKind(gate.owner, 'stage');
    // Gates of referrals and of requirements written once apply where those are made: not checked here.
    if (gate === undefined || stage === undefined || ownerOfKind(gate.owner, 'referral') !== undefined || ownerOfKind(gate.owner, 'requirement') !== undefined) continue;
    if (askedAt.get(stage.id)?.has(reference.id) !== false || reported.has(`${gate.pointer} ${reference.id}`)) continue;
    reported.add(`${gate.pointer} ${reference.id}`);
    const askedWhere = question.stage !== undefined ? ` (it is asked at Stage "${question.stage.title}")` : '';
    problems.push(
      finding(pathway, 'gate-question', 'warning', gate.pointer,
        `reads the answer to "${question.question.text}", which is not asked at this stage${askedWhere}, so a school working at this stage can never meet it; add that stage to this stage's required earlier stages, or ask the question here`),
    );
  }
  return problems;
};
