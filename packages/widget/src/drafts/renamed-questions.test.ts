import { describe, expect, it } from 'vitest';
import { renamedQuestions } from './renamed-questions.js';

const q = (text: string, type = 'yesNo') => ({ type, text });

describe('renamedQuestions', () => {
  it('pairs a question gone with the one new question of the same type and wording', () => {
    expect(renamedQuestions({ a: q('Met?'), b: q('Plan?') }, { a: q('Met?'), c: q('Plan?') })).toEqual(new Map([['b', 'c']]));
  });

  it('does not guess when the wording or the type differs, or when two could match', () => {
    expect(renamedQuestions({ b: q('Plan?') }, { c: q('Plan agreed?') })).toEqual(new Map());
    expect(renamedQuestions({ b: q('Plan?') }, { c: q('Plan?', 'date') })).toEqual(new Map());
    expect(renamedQuestions({ b: q('Plan?') }, { c: q('Plan?'), d: q('Plan?') })).toEqual(new Map());
    expect(renamedQuestions({ b: q('Plan?'), e: q('Plan?') }, { c: q('Plan?') })).toEqual(new Map());
  });
});
