/**
 * Answers: reading what the school gave for a question, deciding whether it counts as met, and
 * saying it back in words. Anything not understood for the question's type ("maybe" for a
 * yes/no question, an option the question does not have, a number outside its limits, a date
 * that does not exist, an object) is treated as not answered, with a hint saying what to give.
 *
 * Lenient where it costs nothing: yes/no answers ignore case and surrounding spaces, and a
 * number question accepts a number written as a string ("12"), since form fields give strings.
 */
import type { AnswerValue, Option, Question, QuestionType } from './schema-types.js';
import type { Reason } from './types.js';
import { formatLongDate, parseDate } from './durations.js';
import { message, reason } from './messages.js';
import { formatNumber } from './text.js';
import { possibleAnswers, typeAnswers } from './question-answers.js';

/**
 * What the engine needs to read answers to a question. A schema `Question` is one; the index
 * also builds one per question with every key present, so hot loops see a single shape.
 */
export interface AnswerSpec {
  readonly type: QuestionType;
  readonly options?: readonly Option[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** For a date question (format 1.1): what a blank answer means, when blank means the event has not happened. */
  readonly ifBlank?: string;
}

/** The fixed-shape AnswerSpec of a question. */
export function answerSpecOf(question: Question): AnswerSpec {
  return { type: question.type, options: question.options, minimum: question.minimum, maximum: question.maximum, ifBlank: question.ifBlank };
}

export type InterpretedAnswer =
  | { status: 'none' }
  | { status: 'invalid'; hint: Reason }
  | { status: 'valid'; value: AnswerValue };

const NONE: InterpretedAnswer = { status: 'none' };
const NUMBER_TEXT = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

// The answers of the two yes/no types, from the question-type registry.
const YES_NO = new Set(possibleAnswers({ type: 'yesNo' }));
const YES_NO_NA = new Set(possibleAnswers({ type: 'yesNoNa' }));

/** A finite number, or a string that is plainly one; otherwise undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMBER_TEXT.test(value)) {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/** The hint shown when an answer is not understood. */
export function answerHint(question: AnswerSpec): Reason {
  switch (question.type) {
    case 'yesNo':
      return reason('hint.yesNo');
    case 'yesNoNa':
      return reason('hint.yesNoNa');
    case 'choice':
      return reason('hint.choice');
    case 'date':
      return reason('hint.date');
    case 'number': {
      const { minimum, maximum } = question;
      if (minimum !== undefined && maximum !== undefined) {
        return reason('hint.numberBetween', { minimum: formatNumber(minimum), maximum: formatNumber(maximum) });
      }
      if (minimum !== undefined) return reason('hint.numberFrom', { minimum: formatNumber(minimum) });
      if (maximum !== undefined) return reason('hint.numberUpTo', { maximum: formatNumber(maximum) });
      return reason('hint.number');
    }
    default:
      return reason('hint.text');
  }
}

/** What `raw` means as an answer to `question` (or to a question the pathway does not define). */
export function interpretAnswer(question: AnswerSpec | undefined, raw: unknown): InterpretedAnswer {
  if (isBlank(raw)) return NONE;
  if (question === undefined) {
    // Rules may name a question the pathway lacks (lint reports it): take plain values as given.
    if (typeof raw === 'string') return { status: 'valid', value: raw };
    if (typeof raw === 'number' && Number.isFinite(raw)) return { status: 'valid', value: raw };
    return { status: 'invalid', hint: reason('hint.text') };
  }
  // Plain returns, no helper closure: this runs once per question per evaluation.
  switch (question.type) {
    case 'yesNo':
    case 'yesNoNa': {
      if (typeof raw === 'string') {
        const value = raw.trim().toLowerCase();
        if ((question.type === 'yesNo' ? YES_NO : YES_NO_NA).has(value)) return { status: 'valid', value };
      }
      break;
    }
    case 'choice':
      if (typeof raw === 'string' && hasOption(question, raw)) return { status: 'valid', value: raw };
      break;
    case 'date':
      if (parseDate(raw) !== undefined) return { status: 'valid', value: raw as string };
      break;
    case 'number': {
      const value = toNumber(raw);
      const tooLow = value !== undefined && question.minimum !== undefined && value < question.minimum;
      const tooHigh = value !== undefined && question.maximum !== undefined && value > question.maximum;
      if (value !== undefined && !tooLow && !tooHigh) return { status: 'valid', value };
      break;
    }
    default:
      if (typeof raw === 'string') return { status: 'valid', value: raw };
      if (typeof raw === 'number' && Number.isFinite(raw)) return { status: 'valid', value: formatNumber(raw) };
  }
  return { status: 'invalid', hint: answerHint(question) };
}

function hasOption(question: AnswerSpec, value: string): boolean {
  for (const option of question.options ?? []) if (option.value === value) return true;
  return false;
}

/** Whether a (valid, normalised) answer equals an authored value such as an `expect` or `in` entry. */
export function sameAnswer(question: AnswerSpec | undefined, answer: AnswerValue, authored: AnswerValue): boolean {
  const type = question?.type;
  if (type === 'yesNo' || type === 'yesNoNa') {
    return typeof authored === 'string' && authored.trim().toLowerCase() === answer;
  }
  if (type === 'number' || typeof answer === 'number') {
    const a = toNumber(answer);
    return a !== undefined && a === toNumber(authored);
  }
  return String(answer) === String(authored);
}

/** The answers that count as met, or undefined when any answer does. */
export function expectedAnswers(question: Pick<Question, 'type' | 'expect'>): readonly AnswerValue[] | undefined {
  if (question.expect !== undefined) return question.expect;
  return typeAnswers(question.type)?.expected;
}

/** An answer in words: "Yes", "Not applicable", an option's label, "3 March 2025", "12". */
export function answerText(question: AnswerSpec | undefined, value: AnswerValue): string {
  const type = question?.type;
  if (typeof value === 'string' && (type === undefined || type === 'yesNo' || type === 'yesNoNa')) {
    const word = value.trim().toLowerCase();
    if (word === 'yes') return message('answer.yes');
    if (word === 'no') return message('answer.no');
    if (word === 'na') return message('answer.na');
  }
  if (type === 'choice') {
    const option = (question?.options ?? []).find((o) => o.value === value);
    if (option !== undefined) return option.label;
  }
  if (type === 'date') {
    const days = parseDate(value);
    if (days !== undefined) return formatLongDate(days);
  }
  return typeof value === 'number' ? formatNumber(value) : value;
}
