/**
 * What a yes/no or choice question's answer means: met or unmet, and why, worked out once per
 * answer it offers (the question's few answers make that cheap to keep).
 */
import type { AnswerValue } from './schema-types.js';
import type { CompiledQuestion } from './pathway-index.js';
import type { Reason } from './types.js';
import { answerText, sameAnswer } from './answers.js';
import { reason } from './messages.js';
import { possibleAnswers } from './question-answers.js';

export interface Verdict {
  readonly state: 'met' | 'unmet';
  readonly reason: Reason;
}

/** Verdicts made so far, by question: only the questions that were answered have any. */
const verdictsMade = new WeakMap<CompiledQuestion, Map<AnswerValue, Verdict>>();

/**
 * A yes/no or choice question's verdict on one of its answers, made when first given and kept
 * (frozen): most questions of a large pathway are never answered, so nothing is made for them
 * (an object per question made up front was about 18 KB of a page's heap at 500 questions).
 * Undefined for other types of question and for a value the question does not offer.
 */
export function verdictFor(question: CompiledQuestion, value: AnswerValue): Verdict | undefined {
  if (!question.fewAnswers) return undefined;
  let made = verdictsMade.get(question);
  let verdict = made?.get(value);
  if (verdict === undefined && typeof value === 'string' && (possibleAnswers(question.question) ?? []).includes(value)) {
    if (made === undefined) verdictsMade.set(question, (made = new Map()));
    made.set(value, (verdict = makeVerdict(question, value)));
  }
  return verdict;
}

function makeVerdict({ spec, expected, expectedText }: CompiledQuestion, value: AnswerValue): Verdict {
  const given = answerText(spec, value);
  const met = expected === undefined || expected.some((e) => sameAnswer(spec, value, e));
  return {
    state: met ? 'met' : 'unmet',
    reason: frozenReason(met ? reason('question.met', { answer: given }) : reason('question.unmet', { answer: given, expected: expectedText })),
  };
}

function frozenReason(why: Reason): Reason {
  Object.freeze(why.params);
  return Object.freeze(why);
}
