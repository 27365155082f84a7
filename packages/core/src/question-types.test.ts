import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '@pathway/schema';
import { possibleAnswers, questionType, questionTypes } from './question-types.js';
import { expectedAnswers, interpretAnswer } from './answers.js';
import { answerTypeNames } from './lint/question-types.js';
import { createPathway } from './create-pathway.js';
import { lintPathway } from './lint/index.js';

const schemaTypes = ['yesNo', 'yesNoNa', 'text', 'date', 'number', 'choice'];

function pathwayWith(questions: unknown[]): Pathway {
  return {
    schemaVersion: '1.1',
    id: 'p',
    version: '1',
    title: 'P',
    authority: { name: 'Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [{ id: 's', title: 'Stage', universal: true, questions }],
  } as Pathway;
}

describe('the question-type registry', () => {
  it('has one entry for each type the schema allows, in palette order', () => {
    expect(questionTypes.map((info) => info.type)).toEqual(schemaTypes);
    for (const info of questionTypes) {
      expect(info.label).not.toBe('');
      expect(info.description).toMatch(/\.$/);
      expect(info.phrase).toMatch(/^a .* question$/);
      expect(questionType(info.type)).toBe(info);
    }
    expect(questionType('maybe')).toBeUndefined();
    expect(questionType('constructor')).toBeUndefined();
  });

  it('creates a valid question of every type, which lint finds nothing wrong with', () => {
    const questions = questionTypes.map((info, i) => info.create(`q${i}`, `Question ${i}?`));
    questions.forEach((question, i) => expect(question).toMatchObject({ id: `q${i}`, text: `Question ${i}?`, type: schemaTypes[i] }));
    const pathway = pathwayWith(questions);
    expect(validatePathway(pathway), JSON.stringify(validatePathway.errors)).toBe(true);
    expect(lintPathway(pathway).filter((p) => p.pointer.includes('questions'))).toEqual([]);
    expect(() => createPathway(pathway)).not.toThrow();
  });

  it('is what the engine reads: possible answers and default expected answers', () => {
    expect(possibleAnswers({ type: 'yesNo' })).toEqual(['yes', 'no']);
    expect(possibleAnswers({ type: 'yesNoNa' })).toEqual(['yes', 'no', 'na']);
    expect(possibleAnswers({ type: 'choice', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] })).toEqual(['a', 'b']);
    expect(possibleAnswers({ type: 'text' })).toBeUndefined();
    for (const info of questionTypes) {
      expect(expectedAnswers({ type: info.type })).toEqual(info.expected);
      for (const answer of possibleAnswers(info.create('q', 'Q?')) ?? []) {
        expect(interpretAnswer(info.create('q', 'Q?'), answer)).toEqual({ status: 'valid', value: answer });
      }
    }
  });

  it('is what lint names questions by', () => {
    for (const info of questionTypes) expect(answerTypeNames[info.type]).toBe(info.phrase);
  });
});
