/**
 * The question types, in one place. Each type says how it is named for authors (the editor's
 * palette) and in lint's messages, which answers a question of it can take, which answers count
 * as met when the author gives none, and how to make a valid new question of it. Lint and the
 * editor read this table; a type is added here once. The answers come from question-answers.ts,
 * the part the engine reads, so the engine carries none of the authors' words.
 */
import type { Question, QuestionType } from './schema-types.js';
import { TYPE_ANSWERS } from './question-answers.js';
import type { TypeAnswers } from './question-answers.js';

export { possibleAnswers } from './question-answers.js';

export interface QuestionTypeInfo extends TypeAnswers {
  readonly type: QuestionType;
  /** The type for authors, as the editor's palette lists it: "Yes / No". */
  readonly label: string;
  /** One sentence for authors on what the school sees and gives. */
  readonly description: string;
  /** How lint's messages name a question of this type: "a yes/no question". */
  readonly phrase: string;
  /** A new, valid question of this type (a choice question starts with two options). */
  create(id: string, text: string): Question;
}

const plain =
  (type: QuestionType) =>
  (id: string, text: string): Question => ({ id, text, type });

/** The authors' part of each type, in the order the editor's palette offers them. */
const authoring: readonly Omit<QuestionTypeInfo, keyof TypeAnswers>[] = [
  {
    type: 'yesNo',
    label: 'Yes / No',
    description: 'The school answers yes or no. Met when the answer is yes, unless you say otherwise.',
    phrase: 'a yes/no question',
    create: plain('yesNo'),
  },
  {
    type: 'yesNoNa',
    label: 'Yes / No / Not applicable',
    description: 'The school answers yes, no or not applicable. Met by yes or not applicable, unless you say otherwise.',
    phrase: 'a yes/no/not applicable question',
    create: plain('yesNoNa'),
  },
  {
    type: 'text',
    label: 'Text',
    description: 'The school writes an answer in its own words. Any answer counts as met.',
    phrase: 'a text question',
    create: plain('text'),
  },
  {
    type: 'date',
    label: 'Date',
    description: 'The school enters a date, such as the date of a meeting. Rules and time limits can count from it.',
    phrase: 'a date question',
    create: plain('date'),
  },
  {
    type: 'number',
    label: 'Number',
    description: 'The school enters a number, optionally between a lowest and a highest value.',
    phrase: 'a number question',
    create: plain('number'),
  },
  {
    type: 'choice',
    label: 'One of a list',
    description: 'The school picks one of the options you write.',
    phrase: 'a single-choice question',
    create: (id: string, text: string): Question => ({
      id,
      text,
      type: 'choice',
      options: [
        { value: 'option-1', label: 'Option 1' },
        { value: 'option-2', label: 'Option 2' },
      ],
    }),
  },
];

/** Every question type, in the order the editor's palette offers them. */
export const questionTypes: readonly QuestionTypeInfo[] = Object.freeze(
  authoring.map((info) => ({ ...info, ...TYPE_ANSWERS[info.type] })),
);

const byType = new Map<string, QuestionTypeInfo>(questionTypes.map((info) => [info.type, info]));

/** The registry entry for a type, or undefined for a type the format does not have. */
export function questionType(type: unknown): QuestionTypeInfo | undefined {
  return typeof type === 'string' ? byType.get(type) : undefined;
}
