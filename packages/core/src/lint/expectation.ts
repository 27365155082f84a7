/**
 * expectation (error): answers a pathway expects, or tests for, that the question can never
 * be given: "maybe" for a yes/no question, a value that is not among a choice question's
 * options, a number for a date. Such a question can never be met, or such a rule never true.
 */
import type { AnswerCondition, Pathway, Problem, Question } from '@pathway/schema';
import { finding, placeName, type LintRule } from './report.js';
import type { PathwayMap } from './pathway-map.js';
import { entitiesOfKind } from './lookup.js';
import { answerTypeNames, impossibleAnswer } from './question-types.js';

export const expectation: LintRule = ({ pathway, map }) => [...expectedAnswers(pathway, map), ...answerRules(pathway, map)];

function expectedAnswers(pathway: Pathway, map: PathwayMap): Problem[] {
  return map.entities.flatMap((entity) => {
    if (entity.kind !== 'question') return [];
    const question = entity.node as Question;
    if (!Array.isArray(question.expect)) return [];
    return question.expect.flatMap((value) => {
      const detail = impossibleAnswer(question, value);
      return detail ? [finding(pathway, 'expectation', 'error', `${entity.pointer}/expect`, detail)] : [];
    });
  });
}

function answerRules(pathway: Pathway, map: PathwayMap): Problem[] {
  const problems: Problem[] = [];
  for (const { condition, pointer } of map.conditions) {
    if (!('answer' in condition)) continue;
    const rule = condition as AnswerCondition;
    const found = entitiesOfKind(map, rule.answer, 'question')[0];
    if (!found) continue; // dangling-reference reports it
    const question = found.node as Question;
    const report = (detail: string) => problems.push(finding(pathway, 'expectation', 'error', pointer, detail));
    let named: string | undefined; // the question's name, worked out only if a finding needs it
    const name = () => (named ??= placeName(pathway, found.pointer));
    for (const value of Array.isArray(rule.in) ? rule.in : []) {
      const detail = impossibleAnswer(question, value);
      if (detail) report(`${detail} (${name()})`);
    }
    const limits = (['atLeast', 'atMost'] as const).filter((key) => typeof rule[key] === 'number');
    if (limits.length > 0 && question.type !== 'number') {
      report(`${limits.map((key) => `"${key}"`).join(' and ')} ${limits.length === 1 ? 'only applies' : 'only apply'} to number questions, and ${name()} is ${answerTypeNames[question.type] ?? 'not one'}`);
    } else if (typeof rule.atLeast === 'number' && typeof rule.atMost === 'number' && rule.atLeast > rule.atMost) {
      report(`"atLeast" (${rule.atLeast}) is above "atMost" (${rule.atMost}), so no answer can meet it`);
    }
  }
  return problems;
}
