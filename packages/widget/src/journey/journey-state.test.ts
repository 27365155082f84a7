import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { en } from '../i18n/strings.js';
import { caseInput, emptyJourney, sameInput, startingInput } from './journey-state.js';
import { indexPathway } from './pathway-index.js';

const pathway = {
  schemaVersion: '1.0',
  id: 'p',
  version: '1',
  title: 'P',
  authority: { name: 'A' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }],
  stages: [{ id: 's', title: 'S', questions: [{ id: 'q1', text: 'Q1?', type: 'yesNo' }] }],
} as unknown as Pathway;

describe('startingInput', () => {
  it('is the engine input of a journey with nothing entered', () => {
    const index = indexPathway(pathway);
    const made = caseInput(index, emptyJourney(), en, '2026-11-29');
    expect(startingInput('2026-11-29')).toEqual(made);
    expect(sameInput(startingInput('2026-11-29'), made)).toBe(true);
  });

  it('differs from the input of a journey with anything entered, or on another day', () => {
    const index = indexPathway(pathway);
    const state = emptyJourney();
    state.cohorts.add('cla');
    expect(sameInput(startingInput('2026-11-29'), caseInput(index, state, en, '2026-11-29'))).toBe(false);
    const answered = emptyJourney();
    answered.answers.q1 = 'yes';
    expect(sameInput(startingInput('2026-11-29'), caseInput(index, answered, en, '2026-11-29'))).toBe(false);
    const staged = emptyJourney();
    staged.stage = 's';
    expect(sameInput(startingInput('2026-11-29'), caseInput(index, staged, en, '2026-11-29'))).toBe(false);
    expect(sameInput(startingInput('2026-11-29'), caseInput(index, emptyJourney(), en, '2026-11-30'))).toBe(false);
  });
});

describe('sameInput', () => {
  it('compares plain data by own keys in any order, and arrays in order', () => {
    expect(sameInput({ a: 1, b: [1, 2], c: { d: 'x' } }, { c: { d: 'x' }, b: [1, 2], a: 1 })).toBe(true);
    expect(sameInput({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameInput({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameInput({ a: {} }, { a: [] })).toBe(false);
    expect(sameInput({ a: null }, { a: {} })).toBe(false);
    expect(sameInput({ a: '1' }, { a: 1 })).toBe(false);
  });
});
