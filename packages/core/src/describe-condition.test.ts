import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { describeCondition } from './describe-condition.js';

const pathway = {
  schemaVersion: '1.1',
  id: 'p',
  version: '1',
  title: 'P',
  authority: { name: 'A' },
  measures: [
    { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', baseline: { title: 'Before' } },
    { id: 'notice', title: 'Date of the warning notice', kind: 'date' },
  ],
  cohorts: [{ id: 'looked-after', title: 'Child looked after' }],
  stages: [
    {
      id: 'tier-1',
      title: 'Tier 1',
      questions: [
        { id: 'plan', text: 'Is there a support plan?', type: 'yesNo' },
        { id: 'meeting', text: 'Date of the review meeting', type: 'date' },
      ],
    },
  ],
} as unknown as Pathway;

describe('describeCondition', () => {
  it.each([
    [{ measure: 'attendance', upper: { value: 90, inclusive: true } }, '"Attendance" is at most 90%'],
    [{ not: { cohort: 'looked-after' } }, '"Child looked after" is not ticked'],
    [
      { all: [{ answer: 'plan', in: ['yes'] }, { not: { change: 'attendance', direction: 'improved', atLeast: 5 } }] },
      'The answer to "Is there a support plan?" is Yes and "Attendance" has not improved by at least 5 points since the earlier reading',
    ],
    [{ any: [{ stageComplete: 'tier-1' }, { cohort: 'looked-after' }, { cohort: 'x' }] }, 'Stage "Tier 1" is complete, "Child looked after" is ticked or "x" is ticked'],
    [{ since: 'notice', until: 'meeting', atMost: { amount: 3, unit: 'months' } }, 'The time from "Date of the warning notice" to "Date of the review meeting" is no more than 3 months'],
    [{ since: 'meeting', atLeast: { amount: 6, unit: 'schoolWeeks' } }, 'The time from "Date of the review meeting" to today is at least 6 school weeks'],
    [{ not: { not: { cohort: 'looked-after' } } }, '"Child looked after" is ticked'],
    [{ not: { all: [{ cohort: 'looked-after' }, { stageComplete: 'tier-1' }] } }, 'It is not the case that "Child looked after" is ticked and stage "Tier 1" is complete'],
  ])('reads %j as a sentence', (condition, sentence) => {
    expect(describeCondition(condition as never, pathway)).toBe(sentence);
  });

  it('never throws on deep or strange rules', () => {
    let deep: unknown = { cohort: 'x' };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    expect(describeCondition(deep as never, pathway)).toBe('"x" is ticked');
    let nested: unknown = { cohort: 'x' };
    for (let i = 0; i < 5_000; i++) nested = { all: [nested, { cohort: 'y' }] };
    expect(() => describeCondition(nested as never, pathway)).not.toThrow();
    expect(describeCondition({} as never, pathway)).toBe('An unrecognised rule');
  });
});
