/** What each answer type accepts, in words and as values; shared by the rules that check answers. */
import type { AnswerValue, Question } from '@pathway/schema';
import { joinOr, quote } from './report.js';
import { questionTypes } from '../question-types.js';

/** How messages name a question of each type ("a yes/no question"), from core's question-type registry. */
export const answerTypeNames = Object.fromEntries(questionTypes.map((info) => [info.type, info.phrase])) as Record<Question['type'], string>;

/** At most this many options are listed in a message, so each message stays short however many a question has. */
const optionsListed = 10;

/** A choice question's option values as a set, and the advice naming them, worked out once per question. */
const choiceCache = new WeakMap<object, { values: Set<unknown>; advice: string }>();

function choiceOptions(question: Question): { values: Set<unknown>; advice: string } {
  const cached = choiceCache.get(question);
  if (cached) return cached;
  const values = (Array.isArray(question.options) ? question.options : []).map((option) => option?.value);
  const named = values.map(quote);
  const advice =
    named.length <= optionsListed
      ? `use one of its options, ${joinOr(named)}`
      : `use one of its ${named.length} options, such as ${joinOr(named.slice(0, optionsListed))}`;
  const built = { values: new Set<unknown>(values), advice };
  choiceCache.set(question, built);
  return built;
}

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
      const options = choiceOptions(question);
      return options.values.has(value as string) ? undefined : `${cannot}: ${options.advice}`;
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
