import { describe, expect, it } from 'vitest';
import type { Question } from './schema-types.js';
import { answerText, expectedAnswers, interpretAnswer, sameAnswer } from './answers.js';

const yesNo: Question = { id: 'q', text: 'Q?', type: 'yesNo' };
const number: Question = { id: 'n', text: 'How many?', type: 'number', minimum: 0, maximum: 10 };
const choice: Question = { id: 'c', text: 'Which?', type: 'choice', options: [{ value: 'a', label: 'Option A' }, { value: 'b', label: 'Option B' }] };

describe('interpretAnswer', () => {
  it('reads yes/no loosely but only as yes or no', () => {
    expect(interpretAnswer(yesNo, ' Yes ')).toEqual({ status: 'valid', value: 'yes' });
    expect(interpretAnswer(yesNo, 'na').status).toBe('invalid');
    expect(interpretAnswer({ ...yesNo, type: 'yesNoNa' }, 'NA')).toEqual({ status: 'valid', value: 'na' });
    expect(interpretAnswer(yesNo, true).status).toBe('invalid');
  });

  it('treats blanks as no answer', () => {
    expect(interpretAnswer(yesNo, '  ').status).toBe('none');
    expect(interpretAnswer(yesNo, null).status).toBe('none');
    expect(interpretAnswer(yesNo, undefined).status).toBe('none');
  });

  it('reads numbers, also written as text, within the question\'s limits', () => {
    expect(interpretAnswer(number, '7')).toEqual({ status: 'valid', value: 7 });
    expect(interpretAnswer(number, 7.5)).toEqual({ status: 'valid', value: 7.5 });
    expect(interpretAnswer(number, 11)).toMatchObject({ status: 'invalid', hint: { text: 'enter a number from 0 to 10' } });
    expect(interpretAnswer(number, '7 times').status).toBe('invalid');
    expect(interpretAnswer(number, Number.NaN).status).toBe('invalid');
  });

  it('accepts only a choice the question offers, and only real dates', () => {
    expect(interpretAnswer(choice, 'b')).toEqual({ status: 'valid', value: 'b' });
    expect(interpretAnswer(choice, 'Option B').status).toBe('invalid');
    const date: Question = { id: 'd', text: 'When?', type: 'date' };
    expect(interpretAnswer(date, '2024-02-29').status).toBe('valid');
    expect(interpretAnswer(date, '2023-02-29').status).toBe('invalid');
  });
});

describe('expected answers', () => {
  it('defaults to yes, or yes and not applicable, or any answer', () => {
    expect(expectedAnswers(yesNo)).toEqual(['yes']);
    expect(expectedAnswers({ ...yesNo, type: 'yesNoNa' })).toEqual(['yes', 'na']);
    expect(expectedAnswers(number)).toBeUndefined();
    expect(expectedAnswers({ ...yesNo, expect: ['no'] })).toEqual(['no']);
  });

  it('compares numbers by value', () => {
    expect(sameAnswer(number, 0, '0')).toBe(true);
    expect(sameAnswer(yesNo, 'yes', 'YES')).toBe(true);
    expect(sameAnswer(choice, 'a', 'b')).toBe(false);
  });
});

describe('answerText', () => {
  it('says answers in words', () => {
    expect(answerText(yesNo, 'yes')).toBe('Yes');
    expect(answerText({ ...yesNo, type: 'yesNoNa' }, 'na')).toBe('Not applicable');
    expect(answerText(choice, 'a')).toBe('Option A');
    expect(answerText({ type: 'date' }, '2025-03-03')).toBe('3 March 2025');
    expect(answerText(number, 12)).toBe('12');
  });
});
