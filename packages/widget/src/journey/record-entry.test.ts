import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { emptyJourney } from './journey-state.js';
import { indexPathway } from './pathway-index.js';
import { recordEntry } from './record-entry.js';

const pathway = {
  schemaVersion: '1.0',
  id: 'p',
  version: '1',
  title: 'P',
  authority: { name: 'A' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }],
  stages: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', text: 'Q1?', type: 'yesNo' },
        { id: 'n', text: 'How many letters?', type: 'number', minimum: 0, maximum: 3 },
      ],
    },
  ],
} as unknown as Pathway;

function box(value: string, checked?: boolean): HTMLInputElement {
  const input = document.createElement('input');
  if (checked !== undefined) {
    input.type = 'checkbox';
    input.checked = checked;
  }
  input.value = value;
  return input;
}

describe('recordEntry', () => {
  const index = indexPathway(pathway);

  it('records a figure once, and the same figure again is unchanged', () => {
    const journey = emptyJourney();
    expect(recordEntry(journey, index, { kind: 'measure', measureId: 'attendance', part: 'percentage' }, box('88'))).toBe('entered');
    expect(journey.measureEntries.attendance.percentage).toBe('88');
    expect(recordEntry(journey, index, { kind: 'measure', measureId: 'attendance', part: 'percentage' }, box('88'))).toBe('unchanged');
  });

  it('keeps a number out of range as typed, but not as an answer', () => {
    const journey = emptyJourney();
    expect(recordEntry(journey, index, { kind: 'answer', questionId: 'n', control: 'number' }, box('2'))).toBe('entered');
    expect(journey.answers.n).toBe(2);
    expect(recordEntry(journey, index, { kind: 'answer', questionId: 'n', control: 'number' }, box('7'))).toBe('entered');
    expect(journey.numberText.n).toBe('7');
    expect(journey.answers.n).toBeUndefined();
  });

  it('ticks and unticks a circumstance, and ignores an answer to a question the pathway does not have', () => {
    const journey = emptyJourney();
    expect(recordEntry(journey, index, { kind: 'cohort', cohortId: 'cla' }, box('cla', true))).toBe('entered');
    expect(journey.cohorts.has('cla')).toBe(true);
    expect(recordEntry(journey, index, { kind: 'cohort', cohortId: 'cla' }, box('cla', false))).toBe('entered');
    expect(journey.cohorts.has('cla')).toBe(false);
    expect(recordEntry(journey, index, { kind: 'answer', questionId: 'gone', control: 'text' }, box('x'))).toBe('unchanged');
    expect(journey.answers).toEqual({});
  });

  it('says a pupil detail is personal, and keeps it apart from the answers', () => {
    const journey = emptyJourney();
    expect(recordEntry(journey, index, { kind: 'detail', fieldId: 'name', control: 'text' }, box('Sam'))).toBe('personal');
    expect(journey.details.name).toBe('Sam');
    expect(journey.answers).toEqual({});
    recordEntry(journey, index, { kind: 'detail', fieldId: 'name', control: 'text' }, box('  '));
    expect(journey.details.name).toBeUndefined();
  });
});
