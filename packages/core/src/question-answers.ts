/**
 * The engine's part of the question types: which answers a question of each type can take,
 * and which count as met when the author gives none. The authors' part (labels, descriptions,
 * lint's phrases, a new question of each type) is in question-types.ts, built on this table,
 * so the engine, and the widget that bundles it, carry none of the authors' words.
 */
import type { AnswerValue, Question, QuestionType } from './schema-types.js';

export interface TypeAnswers {
  /**
   * The answers a question of this type can take, when the type fixes them ("yes", "no");
   * `'options'` when they are the question's options; undefined when any text, number or date
   * of the right form will do.
   */
  readonly answers: readonly string[] | 'options' | undefined;
  /** The answers that count as met when the question gives no `expect`; undefined: any answer. */
  readonly expected: readonly AnswerValue[] | undefined;
}

const ANY: TypeAnswers = Object.freeze({ answers: undefined, expected: undefined });

/** Each type's answers. */
export const TYPE_ANSWERS: Readonly<Record<QuestionType, TypeAnswers>> = Object.freeze({
  yesNo: Object.freeze({ answers: Object.freeze(['yes', 'no']), expected: Object.freeze(['yes']) }),
  yesNoNa: Object.freeze({ answers: Object.freeze(['yes', 'no', 'na']), expected: Object.freeze(['yes', 'na']) }),
  text: ANY,
  date: ANY,
  number: ANY,
  choice: Object.freeze({ answers: 'options', expected: undefined }),
});

// A Map, so a type named like a property of every object ("constructor") is not found.
const byType = new Map<string, TypeAnswers>(Object.entries(TYPE_ANSWERS));

/** The answers of a type, or undefined for a type the format does not have. */
export function typeAnswers(type: unknown): TypeAnswers | undefined {
  return typeof type === 'string' ? byType.get(type) : undefined;
}

/**
 * The answers a question can validly take, when they are few: the type's fixed answers, or a
 * choice question's option values. Undefined for text, date and number questions.
 */
export function possibleAnswers(question: Pick<Question, 'type' | 'options'>): readonly string[] | undefined {
  const answers = typeAnswers(question.type)?.answers;
  if (answers === 'options') return (question.options ?? []).map((option) => option.value);
  return answers;
}
