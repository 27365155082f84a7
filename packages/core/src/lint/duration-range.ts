/**
 * duration-range: durations as councils write them. A range given upside down ("6 to 4
 * weeks") is an error; so is a length agreed per case that is taken from anything but a
 * number question. A duration with both an amount and a length from an answer uses the
 * amount, which is worth a warning: the answer would be asked for nothing.
 */
import type { Problem } from '@pathway/schema';
import type { Question } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { answerTypeNames } from './question-types.js';
import { entitiesOfKind } from './lookup.js';

export const durationRange: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const node of map.outline.nodesOf('Duration')) {
    const { amount, to, fromAnswer } = node.value;
    if (typeof amount === 'number' && typeof to === 'number' && to < amount) {
      problems.push(finding(pathway, 'duration-range', 'error', node.pointer,
        `the range is upside down (${amount} to ${to}): put the smaller number first`));
    }
    if (typeof fromAnswer !== 'string') continue;
    const question = entitiesOfKind(map, fromAnswer, 'question')[0]?.node as Question | undefined;
    // The question as the author wrote it, not its id (the id only when it names nothing).
    const named = typeof question?.text === 'string' && question.text.trim() !== '' ? question.text : fromAnswer;
    if (question !== undefined && question.type !== 'number') {
      problems.push(finding(pathway, 'duration-range', 'error', node.pointer,
        `takes its length from the answer to "${named}", which is ${answerTypeNames[question.type] ?? 'not a number question'}, not a number question`));
    }
    if (typeof amount === 'number') {
      problems.push(finding(pathway, 'duration-range', 'warning', node.pointer,
        `has both an amount (${amount}) and a length from the answer to "${named}": the amount is used, so the answer changes nothing`));
    }
  }
  return problems;
};
