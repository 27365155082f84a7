import { describe, expect, it } from 'vitest';
import { renamedQuestions } from './renamed-questions.js';

const q = (text: string, type = 'yesNo') => ({ type, text });

describe('renamedQuestions', () => {
  it('pairs a question gone with the one new question of the same type and wording', () => {
    expect(renamedQuestions({ a: q('Met?'), b: q('Plan?') }, { a: q('Met?'), c: q('Plan?') })).toEqual(new Map([['b', 'c']]));
  });

  it('pairs, by place, a question gone with the new question of its type standing where it stood (its wording retyped)', () => {
    expect(
      renamedQuestions({ a: q('Met?'), b: q('Has the school met the parents?') }, { a: q('Met?'), c: q('Have you met the parents?') }),
    ).toEqual(new Map([['b', 'c']]));
    // Another question in its place (few words shared) is not a rewording of it.
    expect(renamedQuestions({ a: q('Met?'), b: q('Targets agreed?') }, { a: q('Met?'), c: q('Is a plan in place?') })).toEqual(new Map());
    // Not when a question was added or removed as well (places no longer line up), nor when the type differs.
    expect(renamedQuestions({ a: q('Met?'), b: q('Plan?') }, { a: q('Met?'), c: q('Plan agreed?'), d: q('New?') })).toEqual(new Map());
    expect(renamedQuestions({ b: q('Plan?') }, { c: q('Plan agreed?', 'date') })).toEqual(new Map());
  });

  it('does not guess when the type differs, or when two could match', () => {
    expect(renamedQuestions({ b: q('Plan?') }, { c: q('Plan?', 'date') })).toEqual(new Map());
    expect(renamedQuestions({ b: q('Plan?') }, { c: q('Plan?'), d: q('Plan?') })).toEqual(new Map());
    expect(renamedQuestions({ b: q('Plan?'), e: q('Plan?') }, { c: q('Plan?') })).toEqual(new Map());
  });
});
