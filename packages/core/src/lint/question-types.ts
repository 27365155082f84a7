/** What each answer type accepts, in words and as values; shared by the rules that check answers. */
import type { AnswerValue, Question } from '@pathway/schema';
import { joinOr, quote } from './report.js';
import { questionTypes } from '../question-types.js';

/** How messages name a question of each type ("a yes/no question"), from core's question-type registry. */
export const answerTypeNames = Object.fromEntries(questionTypes.map((info) => [info.type, info.phrase])) as Record<Question['type'], string>;

const datePattern = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/**
 * Why a value can never be an answer to the question, or undefined if it can be.
 * E.g. `"maybe" is not a possible answer to a yes/no question: use "yes" or "no"`.
 */
export function impossibleAnswer(question: Question, value: AnswerValue): string | undefined {
  const cannot = `${quote(value)} is not a possible answer to ${answerTypeNames[question.type] ?? 'this question'}`;
  switch (question.type) {
    case 'yesNo':
      return value === 'yes' || value === 'no' ? undefined : `${cannot}: use "yes" or "no"`;
    case 'yesNoNa':
      return value === 'yes' || value === 'no' || value === 'na' ? undefined : `${cannot}: use "yes", "no" or "na"`;
    case 'choice': {
      const options = (question.options ?? []).map((option) => option.value);
      return options.includes(value as string) ? undefined : `${cannot}: use one of its options, ${joinOr(options.map(quote))}`;
    }
    case 'number':
      if (typeof value !== 'number') return `${cannot}: use a number`;
      if (typeof question.minimum === 'number' && value < question.minimum) return `${value} is below the question's lowest value (${question.minimum})`;
      if (typeof question.maximum === 'number' && value > question.maximum) return `${value} is above the question's highest value (${question.maximum})`;
      return undefined;
    case 'date':
      return typeof value === 'string' && datePattern.test(value) ? undefined : `${cannot}: use a date written as YYYY-MM-DD`;
    case 'text':
      return typeof value === 'string' ? undefined : `${cannot}: use text`;
    default:
      return undefined;
  }
}
