/**
 * gate-question (warning): a stage's (or its route's) gate that reads a question the stage never
 * asks (where the widget asks questions: asked-at.ts). A gate about any other question (asked
 * at another stage) stays unmet in that journey, and whatever it holds back (the stage's
 * readiness, its referral) can never be reached.
 */
import type { Problem } from '@pathway/schema';
import { ownerOfKind } from '../outline/outline.js';
import type { QuestionEntry } from '../pathway-index.js';
import { finding, type LintRule } from './report.js';
import { questionsAskedAt } from './asked-at.js';

/**
 * What to do, by where the question is asked. A route's questions are asked only on that route
 * (requiring its stage does not ask them), so for one the advice is to read what the route led
 * to, which a school at any stage can record, rather than to require the stage.
 */
function advice(question: QuestionEntry): string {
  const text = question.question.text;
  if (question.route !== undefined && question.stage !== undefined) {
    return `reads the answer to "${text}", which is asked only on Route "${question.route.title}" of Stage "${question.stage.title}", so a school working at this stage is not asked it: the gate can be met only in a journey that took that route first (requiring that stage does not help: a route's questions are asked only on the route); ask the question here, or read what the route led to: an "Outcome recorded" rule for one of its outcomes, or a date figure every pupil is asked`;
  }
  const askedWhere = question.stage !== undefined ? ` (it is asked at Stage "${question.stage.title}")` : '';
  return `reads the answer to "${text}", which is not asked at this stage${askedWhere}, so a school working at this stage can never meet it; add that stage to this stage's required earlier stages, or ask the question here`;
}

export const gateQuestion: LintRule = ({ pathway, map }) => {
  const index = map.engineIndex();
  const askedAt = questionsAskedAt(pathway, index);

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
    problems.push(finding(pathway, 'gate-question', 'warning', gate.pointer, advice(question)));
  }
  return problems;
};
