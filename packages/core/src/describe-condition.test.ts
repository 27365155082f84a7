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
    { id: 'last-notice', title: 'Date of the last penalty notice', kind: 'date', ifBlank: 'No earlier penalty notice has been issued.' },
  ],
  cohorts: [{ id: 'looked-after', title: 'Child looked after' }],
  stages: [
    {
      id: 'tier-1',
      title: 'Tier 1',
      questions: [
        { id: 'plan', text: 'Is there a support plan?', type: 'yesNo' },
        { id: 'meeting', text: 'Date of the review meeting', type: 'date' },
        { id: 'sessions', text: 'How many sessions were missed?', type: 'number' },
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

  // A negated comparison reads as its opposite, not as a double negative.
  it.each([
    [
      { not: { since: 'last-notice', atMost: { amount: 3, unit: 'years' } } },
      'More than 3 years have passed since "Date of the last penalty notice", or no earlier penalty notice has been issued',
    ],
    [{ not: { since: 'notice', atMost: { amount: 3, unit: 'years' } } }, 'More than 3 years have passed since "Date of the warning notice"'],
    [{ not: { since: 'meeting', atLeast: { amount: 1, unit: 'schoolWeeks' } } }, 'Less than 1 school week has passed since "Date of the review meeting"'],
    [
      { not: { since: 'last-notice', atLeast: { amount: 15, unit: 'schoolDays' } } },
      'Less than 15 school days have passed since "Date of the last penalty notice", or no earlier penalty notice has been issued',
    ],
    [{ not: { since: 'notice', atMost: { amount: 2, to: 3, unit: 'weeks' } } }, 'More than 3 weeks have passed since "Date of the warning notice"'],
    [{ not: { since: 'notice', atLeast: { amount: 2, to: 3, unit: 'weeks' } } }, 'Less than 2 weeks have passed since "Date of the warning notice"'],
    [
      { not: { since: 'notice', atLeast: { amount: 1, unit: 'weeks' }, atMost: { amount: 3, unit: 'weeks' } } },
      'Less than 1 week or more than 3 weeks have passed since "Date of the warning notice"',
    ],
    [
      { not: { since: 'notice', until: 'meeting', atMost: { amount: 3, unit: 'months' } } },
      'The time from "Date of the warning notice" to "Date of the review meeting" is more than 3 months',
    ],
    [{ not: { measure: 'attendance', upper: { value: 90, inclusive: true } } }, '"Attendance" is above 90%'],
    [{ not: { measure: 'attendance', lower: { value: 80, inclusive: false } } }, '"Attendance" is at most 80%'],
    [
      { not: { measure: 'attendance', lower: { value: 80, inclusive: true }, upper: { value: 90, inclusive: false } } },
      '"Attendance" is below 80% or at least 90%',
    ],
    [{ not: { answer: 'sessions', atLeast: 10 } }, 'The answer to "How many sessions were missed?" is less than 10'],
    [{ not: { answer: 'sessions', atMost: 10 } }, 'The answer to "How many sessions were missed?" is more than 10'],
    [{ not: { answer: 'sessions', atLeast: 2, atMost: 10 } }, 'The answer to "How many sessions were missed?" is less than 2 or more than 10'],
    [{ not: { answer: 'plan', in: ['yes'] } }, 'The answer to "Is there a support plan?" is not Yes'],
    [{ not: { answer: 'plan', in: ['yes', 'no'] } }, 'The answer to "Is there a support plan?" is neither Yes nor No'],
    [{ not: { answer: 'plan' } }, '"Is there a support plan?" is not answered'],
    [{ not: { answer: 'plan', answered: false } }, '"Is there a support plan?" is answered'],
    [
      { all: [{ not: { since: 'last-notice', atMost: { amount: 3, unit: 'years' } } }, { cohort: 'looked-after' }] },
      '(more than 3 years have passed since "Date of the last penalty notice", or no earlier penalty notice has been issued) and "Child looked after" is ticked',
    ],
    [
      { any: [{ not: { any: [{ cohort: 'looked-after' }, { cohort: 'x' }] } }, { answer: 'plan', in: ['yes'] }] },
      '(none of "Child looked after" or "x" is ticked) or the answer to "Is there a support plan?" is Yes',
    ],
    [{ not: { any: [{ cohort: 'looked-after' }, { stageComplete: 'tier-1' }] } }, 'It is not the case that "Child looked after" is ticked or stage "Tier 1" is complete'],
    [{ not: { answer: 'sessions', in: [3], atLeast: 2 } }, 'It is not the case that the answer to "How many sessions were missed?" is 3 and the answer to "How many sessions were missed?" is at least 2'],
  ])('reads %j positively', (condition, sentence) => {
    expect(describeCondition(condition as never, pathway)).toBe(sentence);
  });

  it('reads a rule with nothing chosen yet as that, not as empty quotes', () => {
    expect(describeCondition({ answer: '', answered: true } as never, pathway)).toBe('(nothing chosen yet)');
    expect(describeCondition({ not: { cohort: '' } } as never, pathway)).toBe('(nothing chosen yet)');
    expect(describeCondition({ since: '', atLeast: { amount: 1, unit: 'schoolWeeks' } } as never, pathway)).toBe('(nothing chosen yet)');
    expect(describeCondition({ all: [{ cohort: 'looked-after' }, { measure: '', upper: { value: 90, inclusive: true } }] } as never, pathway)).toBe(
      '"Child looked after" is ticked and (nothing chosen yet)',
    );
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

describe('describeCondition: a chosen route', () => {
  const withRoutes = {
    ...pathway,
    stages: [{ ...pathway.stages[0], routes: [{ id: 'a', title: 'Route A: penalty notice warning' }, { id: 'nti', title: 'Notice to Improve' }] }],
  } as unknown as Pathway;

  it('says "the route" only where the title does not already say it', () => {
    expect(describeCondition({ route: 'a' } as never, withRoutes)).toBe('"Route A: penalty notice warning" was chosen');
    expect(describeCondition({ route: 'nti' } as never, withRoutes)).toBe('The route "Notice to Improve" was chosen');
  });
});

describe('a stage named in a rule', () => {
  it('is said once when its title starts with "Stage"', () => {
    const stage2 = { ...pathway, stages: [...pathway.stages, { id: 's2', title: 'Stage 2 - meeting' }] } as Pathway;
    expect(describeCondition({ stageComplete: 's2' }, stage2)).toBe('"Stage 2 - meeting" is complete');
    expect(describeCondition({ stageComplete: 'tier-1' }, stage2)).toBe('Stage "Tier 1" is complete');
  });
});
