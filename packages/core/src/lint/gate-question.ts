/**
 * gate-question (warning): a rule that reads a question never asked where the rule is decided
 * (where the widget asks questions: asked-at.ts). A rule about any other question (asked at
 * another stage) is not known in that journey: a gate stays unmet and what it holds back (the
 * stage's readiness, its referral) can never be reached; an exit, outcome, route, duty, breach,
 * agreed extension or shown question never opens there.
 *
 * Where a rule is decided follows from what it belongs to: a stage's (or its routes') gates,
 * exit, outcomes, routes, duties, time limits and questions at that stage; a referral's at the
 * stages that offer it (reported when none of them asks the question). An exception's rule and a
 * requirement's rule and gates are about the pupil, and the engine reads (and the questions page
 * shows) an answer given at any stage the case passed through: they may read a question asked at
 * one of the stages they apply to, at an earlier stage, or at a stage an outcome leads from to
 * them, and are reported only for a question asked after all of those. A stage's entry rule is
 * entry-question's.
 */
import type { Pathway, Problem } from '@pathway/schema';
import type { OutlineNode } from '../outline/outline.js';
import type { QuestionEntry } from '../pathway-index.js';
import { finding, joinOr, placeName, type LintRule } from './report.js';
import { questionsAskedAt } from './asked-at.js';

/** Where a rule is decided: one stage, or the stages an exception, requirement or referral is about. */
interface Scope {
  /** Positions of the stages, in pathway order; undefined for every stage. */
  stages: number[] | undefined;
  /** "exception", "requirement", "referral"; undefined for a stage's own rule. */
  owner?: 'exception' | 'requirement' | 'referral';
}

/** An exception's or requirement's rule reads answers given before its stages too. */
const readsEarlierAnswers = (scope: Scope) => scope.owner === 'exception' || scope.owner === 'requirement';

const CONDITION_PARTS = new Set(['Condition', 'AllCondition', 'AnyCondition', 'NotCondition']);

/**
 * What to do, by where the question is asked. A route's questions are asked only on that route
 * (requiring its stage does not ask them), so for one the advice is to read what the route led
 * to, which a school at any stage can record, rather than to require the stage.
 */
function advice(pathway: Pathway, question: QuestionEntry, gate: boolean, later: boolean, scope: Scope): string {
  const text = question.question.text;
  const subject = gate ? 'the gate can be met' : 'this rule can hold';
  const stageNames = (scope.stages ?? []).map((position) => placeName(pathway, `/stages/${position}`));
  const applies = scope.owner === 'referral' ? 'this referral is offered' : `this ${scope.owner} applies`;
  // A stage's own rule is "at this stage"; another's names the stages it is about (or "any stage", past three).
  const named = stageNames.length <= 3 ? joinOr(stageNames) : `any stage where ${applies}`;
  const here = scope.owner === undefined ? 'at this stage' : stageNames.length <= 3 ? `at ${named}, where ${applies}` : `at ${named}`;
  const working = scope.owner === undefined ? 'working at this stage' : 'working there';
  const asked =
    question.stage === undefined
      ? question.requirement !== undefined ? `where Requirement "${question.requirement.title}" applies` : 'elsewhere'
      : question.route !== undefined ? `on Route "${question.route.title}" of Stage "${question.stage.title}"` : `at Stage "${question.stage.title}"`;
  if (readsEarlierAnswers(scope)) {
    return `reads the answer to "${text}", which is asked only ${asked}, after ${named}${stageNames.length <= 3 ? ` where ${applies}` : ''}, so a school working there has not been asked it and this rule can never hold; ask the question at ${stageNames.length === 1 ? 'that stage' : 'one of those stages'} or an earlier one`;
  }
  if (question.route !== undefined && question.stage !== undefined) {
    return `reads the answer to "${text}", which is asked only ${asked}, so a school ${working} is not asked it: ${subject} only in a journey that took that route first (requiring that stage does not help: a route's questions are asked only on the route); ask the question ${scope.owner === undefined ? 'here' : 'there'}, or read what the route led to: an "Outcome recorded" rule for one of its outcomes, or a date figure every pupil is asked`;
  }
  const askedWhere = question.stage !== undefined || question.requirement !== undefined ? ` (it is asked ${asked})` : '';
  const never = gate ? `a school ${working} can never meet it` : `this rule can never hold for a school ${working}`;
  // Only an earlier stage can be required; a question of a later one is asked here or not at all.
  const fix =
    scope.owner === undefined
      ? later ? 'move the question to this stage (the later stage still asks it if it requires this one)' : "add that stage to this stage's required earlier stages, or ask the question here"
      : later ? 'ask the question there' : `add the stage that asks it to the required earlier stages of ${named}, or ask the question there`;
  return `reads the answer to "${text}", which is not asked ${here}${askedWhere}, so ${never}; ${fix}`;
}

/** The top of the rule a reference sits in: the Condition held by a gate, exit, outcome, duty… */
function ruleTop(node: OutlineNode): OutlineNode | undefined {
  let top: OutlineNode | undefined;
  for (let current: OutlineNode | undefined = node; current !== undefined && CONDITION_PARTS.has(current.definition); current = current.parent) top = current;
  return top;
}

export const gateQuestion: LintRule = ({ pathway, map }) => {
  const index = map.engineIndex();
  const askedAt = questionsAskedAt(pathway, index);
  const stages = Array.isArray(pathway.stages) ? pathway.stages : [];
  const positionOf = new Map<string, number>();
  stages.forEach((stage, position) => {
    if (!positionOf.has(stage.id)) positionOf.set(stage.id, position);
  });
  const positions = (ids: readonly unknown[] | undefined) => (ids ?? []).flatMap((id) => (typeof id === 'string' && positionOf.has(id) ? [positionOf.get(id)!] : []));

  // The stages that offer each referral (on the stage or on one of its routes), that own each
  // route, and that an outcome leads from to each stage (a step down, or back).
  const offeredAt = new Map<string, number[]>();
  const routeStage = new Map<string, number>();
  const ledFrom = new Map<string, number[]>();
  stages.forEach((stage, position) => {
    const outcomes = [...(stage.outcomes ?? []), ...(stage.routes ?? []).flatMap((route) => route.outcomes ?? [])];
    for (const to of outcomes.map((outcome) => outcome.to)) if (typeof to === 'string') ledFrom.set(to, [...(ledFrom.get(to) ?? []), position]);
    for (const id of [...(stage.referrals ?? []), ...(stage.routes ?? []).flatMap((route) => route.referrals ?? [])]) {
      const at = offeredAt.get(id) ?? [];
      if (!at.includes(position)) at.push(position);
      offeredAt.set(id, at);
    }
    for (const route of stage.routes ?? []) if (!routeStage.has(route.id)) routeStage.set(route.id, position);
  });

  /** Where a rule under this top-level thing is decided, or undefined where nothing is checked. */
  const scopeOf = (node: OutlineNode): Scope | undefined => {
    let outer = node.owner;
    while (outer?.owner !== undefined) outer = outer.owner;
    if (outer === undefined) return undefined;
    const value = outer.node as Record<string, unknown>;
    const list = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : undefined);
    switch (outer.kind) {
      case 'stage':
        return positionOf.has(outer.id) ? { stages: [positionOf.get(outer.id)!] } : undefined;
      case 'requirement':
        return { stages: list('stages') === undefined ? undefined : positions(list('stages')).sort((a, b) => a - b), owner: 'requirement' };
      case 'referral':
        return { stages: offeredAt.get(outer.id) ?? [], owner: 'referral' };
      case 'exception': {
        const named = [
          ...positions(list('stages')),
          ...(list('routes') ?? []).flatMap((id) => (typeof id === 'string' && routeStage.has(id) ? [routeStage.get(id)!] : [])),
          ...(list('referrals') ?? []).flatMap((id) => (typeof id === 'string' ? (offeredAt.get(id) ?? []) : [])),
        ];
        const every = list('stages') === undefined && list('routes') === undefined && list('referrals') === undefined;
        return { stages: every ? undefined : [...new Set(named)].sort((a, b) => a - b), owner: 'exception' };
      }
      default:
        return undefined;
    }
  };

  // The first stage (by position) that asks each question.
  const firstAsked = new Map<string, number>();
  stages.forEach((stage, position) => {
    for (const id of askedAt.get(stage.id) ?? []) if (!firstAsked.has(id)) firstAsked.set(id, position);
  });
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const reference of map.outline.references) {
    const question = index.questionById.get(reference.id);
    if (!reference.kinds.includes('question') || question === undefined) continue;
    const top = ruleTop(reference.from);
    const holder = top?.parent;
    // A stage's entry rule is entry-question's: a pupil is placed there from elsewhere.
    if (top === undefined || holder === undefined || holder.definition === 'Stage.entry') continue;
    const gate = holder.definition === 'Gate';
    const pointer = gate ? holder.pointer : top.pointer;
    if (reported.has(`${pointer} ${reference.id}`)) continue;
    const scope = scopeOf(holder);
    if (scope === undefined) continue;
    // An exception, requirement or referral about no stage is another rule's finding (empty-exception…).
    if (scope.stages !== undefined && scope.stages.length === 0) continue;
    const askedAtOne = (positions: readonly number[]) => positions.some((position) => askedAt.get(stages[position].id)?.has(reference.id));
    const asked =
      scope.stages === undefined
        ? firstAsked.has(reference.id)
        : askedAtOne(scope.stages) ||
          (readsEarlierAnswers(scope) &&
            ((firstAsked.get(reference.id) ?? Infinity) < scope.stages[scope.stages.length - 1] ||
              askedAtOne(scope.stages.flatMap((position) => ledFrom.get(stages[position].id) ?? []))));
    if (asked) continue;
    reported.add(`${pointer} ${reference.id}`);
    const askedPosition = question.stage === undefined ? -1 : (positionOf.get(question.stage.id) ?? -1);
    const later = askedPosition >= 0 && (scope.stages ?? []).every((position) => askedPosition > position);
    problems.push(finding(pathway, 'gate-question', 'warning', pointer, advice(pathway, question, gate, later, scope)));
  }
  return problems;
};
