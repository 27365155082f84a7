/**
 * gate-question (warning): a stage's (or its route's) gate, or a rule that decides something at
 * the stage (its exit rule, an outcome's or a route's "Open when" rule), that reads a question the
 * stage never asks (where the widget asks questions: asked-at.ts). A rule about any other
 * question (asked at another stage) is not known in that journey: the gate stays unmet and what
 * it holds back (the stage's readiness, its referral) can never be reached; the exit, outcome or
 * route never opens there.
 */
import type { Problem } from '@pathway/schema';
import { ownerOfKind, type OutlineEntity, type OutlineReference } from '../outline/outline.js';
import type { QuestionEntry } from '../pathway-index.js';
import { finding, type LintRule } from './report.js';
import { questionsAskedAt } from './asked-at.js';

/**
 * What to do, by where the question is asked. A route's questions are asked only on that route
 * (requiring its stage does not ask them), so for one the advice is to read what the route led
 * to, which a school at any stage can record, rather than to require the stage.
 */
function advice(question: QuestionEntry, gate: boolean, later: boolean): string {
  const text = question.question.text;
  const subject = gate ? 'the gate can be met' : 'this rule can hold';
  if (question.route !== undefined && question.stage !== undefined) {
    return `reads the answer to "${text}", which is asked only on Route "${question.route.title}" of Stage "${question.stage.title}", so a school working at this stage is not asked it: ${subject} only in a journey that took that route first (requiring that stage does not help: a route's questions are asked only on the route); ask the question here, or read what the route led to: an "Outcome recorded" rule for one of its outcomes, or a date figure every pupil is asked`;
  }
  const askedWhere = question.stage !== undefined ? ` (it is asked at Stage "${question.stage.title}")` : '';
  const never = gate ? 'a school working at this stage can never meet it' : 'this rule can never hold for a school working at this stage';
  // Only an earlier stage can be required; a question of a later one is asked here or not at all.
  const fix = later ? 'move the question to this stage (the later stage still asks it if it requires this one)' : "add that stage to this stage's required earlier stages, or ask the question here";
  return `reads the answer to "${text}", which is not asked at this stage${askedWhere}, so ${never}; ${fix}`;
}

/**
 * The gate or stage rule a reference to a question sits in, with its stage, or undefined: a gate
 * (not one of a referral or of a requirement written once: those apply where they are made, and
 * are not checked here), the stage's exit rule, or an outcome's or a route's own rule.
 */
function ruleOf(reference: OutlineReference): { pointer: string; stage: OutlineEntity; gate: boolean } | undefined {
  const owner = reference.from.owner;
  const stage = ownerOfKind(owner, 'stage');
  if (stage === undefined || ownerOfKind(owner, 'referral') !== undefined || ownerOfKind(owner, 'requirement') !== undefined) return undefined;
  const gate = ownerOfKind(owner, 'gate');
  if (gate !== undefined) return { pointer: gate.pointer, stage, gate: true };
  const within = (pointer: string) => reference.pointer === pointer || reference.pointer.startsWith(`${pointer}/`);
  for (const pointer of [`${stage.pointer}/exit/when`, ...(owner?.kind === 'outcome' || owner?.kind === 'route' ? [`${owner.pointer}/when`] : [])]) {
    if (within(pointer)) return { pointer, stage, gate: false };
  }
  return undefined;
}

export const gateQuestion: LintRule = ({ pathway, map }) => {
  const index = map.engineIndex();
  const askedAt = questionsAskedAt(pathway, index);

  const position = (id: string) => pathway.stages.findIndex((stage) => stage.id === id);
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const reference of map.outline.references) {
    const question = index.questionById.get(reference.id);
    if (!reference.kinds.includes('question') || question === undefined) continue;
    const rule = ruleOf(reference);
    if (rule === undefined || askedAt.get(rule.stage.id)?.has(reference.id) !== false || reported.has(`${rule.pointer} ${reference.id}`)) continue;
    reported.add(`${rule.pointer} ${reference.id}`);
    const later = question.stage !== undefined && position(question.stage.id) > position(rule.stage.id);
    problems.push(finding(pathway, 'gate-question', 'warning', rule.pointer, advice(question, rule.gate, later)));
  }
  return problems;
};
