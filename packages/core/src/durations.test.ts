import { describe, expect, it } from 'vitest';
import { addDuration, addSchoolDays, describeAmount, describeDuration, durationAmount, formatLongDate, isValidDate, parseDate } from './durations.js';
import { describeInterval, unitName } from './duration-words.js';
import { createPathway } from './create-pathway.js';

describe('dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-1-01')).toBe(false);
    expect(isValidDate('3 March 2025')).toBe(false);
    expect(isValidDate(20250303)).toBe(false);
    expect(parseDate('1970-01-01')).toBe(0);
  });

  it('writes dates in words with fixed English month names', () => {
    expect(formatLongDate(parseDate('2025-03-03') as number)).toBe('3 March 2025');
    expect(formatLongDate(parseDate('1999-12-31') as number)).toBe('31 December 1999');
  });
});

describe('addDuration', () => {
  it('adds calendar days and weeks', () => {
    expect(addDuration('2025-02-27', { amount: 2, unit: 'days' })).toBe('2025-03-01');
    expect(addDuration('2025-01-06', { amount: 2, unit: 'weeks' })).toBe('2025-01-20');
  });

  it('counts school days Monday to Friday', () => {
    // Friday + 1 school day = Monday; Monday + 5 = next Monday; Saturday + 1 = Monday.
    expect(addDuration('2025-03-07', { amount: 1, unit: 'schoolDays' })).toBe('2025-03-10');
    expect(addDuration('2025-03-03', { amount: 5, unit: 'schoolDays' })).toBe('2025-03-10');
    expect(addDuration('2025-03-08', { amount: 1, unit: 'schoolDays' })).toBe('2025-03-10');
    expect(addDuration('2025-03-05', { amount: 3, unit: 'schoolDays' })).toBe('2025-03-10');
    expect(addSchoolDays(0, 0)).toBe(0);
  });

  it('takes a school week as 5 school days, a calendar week', () => {
    expect(addDuration('2025-01-06', { amount: 6, unit: 'schoolWeeks' })).toBe('2025-02-17');
  });

  it('takes a session as half a school day, rounded up', () => {
    expect(addDuration('2025-03-03', { amount: 10, unit: 'sessions' })).toBe('2025-03-10');
    expect(addDuration('2025-03-03', { amount: 3, unit: 'sessions' })).toBe('2025-03-05');
  });

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addDuration('2025-01-31', { amount: 1, unit: 'months' })).toBe('2025-02-28');
    expect(addDuration('2024-01-31', { amount: 1, unit: 'months' })).toBe('2024-02-29');
    expect(addDuration('2025-09-15', { amount: 6, unit: 'months' })).toBe('2026-03-15');
    expect(addDuration('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
  });

  it('takes a term as 13 weeks', () => {
    expect(addDuration('2025-01-06', { amount: 1, unit: 'terms' })).toBe('2025-04-07');
  });

  it('rounds fractions up to whole days', () => {
    expect(addDuration('2025-01-01', { amount: 1.5, unit: 'days' })).toBe('2025-01-03');
    expect(addDuration('2025-01-01', { amount: 0.5, unit: 'months' })).toBe('2025-01-16');
  });

  it('gives undefined for a date that does not exist', () => {
    expect(addDuration('2025-02-30', { amount: 1, unit: 'days' })).toBeUndefined();
  });
});

describe('describeDuration', () => {
  it('says durations as people do', () => {
    expect(describeDuration({ amount: 6, unit: 'months', qualifier: 'upTo' })).toBe('up to 6 months');
    expect(describeDuration({ amount: 10, unit: 'schoolWeeks' })).toBe('10 school weeks');
    expect(describeDuration({ amount: 1, unit: 'terms', qualifier: 'atLeast' })).toBe('at least 1 term');
    expect(describeDuration({ amount: 1, unit: 'sessions' })).toBe('1 session');
    expect(describeDuration({ amount: 2.5, unit: 'weeks', qualifier: 'exactly' })).toBe('2.5 weeks');
  });

  it('names units singular or plural (the widget says its English units with these); an unknown unit as given', () => {
    expect(unitName('schoolWeeks', true)).toBe('school week');
    expect(unitName('schoolWeeks', false)).toBe('school weeks');
    expect(unitName('sessions', true)).toBe('session');
    expect(unitName('fortnights', false)).toBe('fortnights');
    expect(unitName('constructor', true)).toBe('constructor');
  });
});

describe('durations as councils write them (format 1.1)', () => {
  it('says immediately, ranges, "about" and lengths agreed per case', () => {
    expect(describeDuration({ amount: 0, unit: 'days' })).toBe('immediately');
    expect(describeDuration({ amount: 2, to: 3, unit: 'weeks' })).toBe('2 to 3 weeks');
    expect(describeDuration({ amount: 6, unit: 'weeks', approximate: true })).toBe('about 6 weeks');
    expect(describeDuration({ fromAnswer: 'weeks', unit: 'weeks' })).toBe('the number of weeks agreed');
    expect(describeDuration({ fromAnswer: 'weeks', unit: 'weeks' }, 8)).toBe('8 weeks (as agreed)');
    expect(describeAmount(1, 'schoolDays')).toBe('1 school day');
    expect(describeAmount(0, 'weeks')).toBe('0 weeks');
  });

  it('gives the lower or upper end of a range, even one written upside down', () => {
    expect(durationAmount({ amount: 2, to: 3, unit: 'weeks' }, 'lower')).toBe(2);
    expect(durationAmount({ amount: 2, to: 3, unit: 'weeks' }, 'upper')).toBe(3);
    expect(durationAmount({ amount: 3, to: 2, unit: 'weeks' }, 'lower')).toBe(2);
    expect(durationAmount({ amount: 3, to: 2, unit: 'weeks' }, 'upper')).toBe(3);
    expect(durationAmount({ amount: 0, unit: 'days' })).toBe(0);
  });

  it('takes the agreed amount for a length agreed per case, and nothing until it is given', () => {
    expect(durationAmount({ fromAnswer: 'weeks', unit: 'weeks' }, 'lower', 8)).toBe(8);
    expect(durationAmount({ fromAnswer: 'weeks', unit: 'weeks' }, 'upper')).toBeUndefined();
    expect(durationAmount({ fromAnswer: 'weeks', unit: 'weeks' }, 'lower', Number.NaN)).toBeUndefined();
    expect(durationAmount({ fromAnswer: 'weeks', unit: 'weeks' }, 'lower', -1)).toBeUndefined();
    expect(addDuration('2025-03-03', { amount: 2, to: 3, unit: 'weeks' }, 'upper')).toBe('2025-03-24');
  });
});

describe('how often ("every …")', () => {
  it('says a length of 1 by its unit alone, as people do, and leaves out "up to" and "at least"', () => {
    expect(describeInterval({ amount: 1, unit: 'weeks' })).toBe('week');
    expect(describeInterval({ amount: 1, unit: 'schoolDays' })).toBe('school day');
    expect(describeInterval({ amount: 1, unit: 'terms', qualifier: 'upTo' })).toBe('term');
    expect(describeInterval({ amount: 2, unit: 'weeks', qualifier: 'atLeast' })).toBe('2 weeks');
    expect(describeInterval({ amount: 1, to: 2, unit: 'weeks' })).toBe('1 to 2 weeks');
    expect(describeInterval({ amount: 1, unit: 'weeks', approximate: true })).toBe('about 1 week');
  });

  it('words the engine\'s reasons for a duty and a review that recur every 1 unit the same way', () => {
    const pathway = createPathway({
      schemaVersion: '1.1',
      id: 'every-one',
      version: '1',
      title: 'Every one',
      authority: { name: 'Example Borough Council' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      roles: [{ id: 'school', title: 'The school' }],
      stages: [
        {
          id: 'support',
          title: 'Support',
          questions: [{ id: 'plan-date', text: 'When did the plan start?', type: 'date' }],
          actions: [{ role: 'school', actions: [{ id: 'check', text: 'Check in with the family.', dueFrom: 'plan-date', every: { amount: 1, unit: 'weeks' } }] }],
          timeLimits: [{ id: 'review', title: 'Plan review', kind: 'review', duration: { amount: 1, unit: 'terms' }, startsFrom: 'plan-date' }],
        },
      ],
    });
    const stage = pathway.evaluateStage('support', { answers: { 'plan-date': '2025-03-03' }, asOf: '2025-03-05' });
    const duty = stage?.duties?.find((d) => d.id === 'check');
    expect(duty?.every?.text).toBe('Every week');
    expect(duty?.due?.text).toBe('Every week from "When did the plan start?"');
    expect(stage?.timeLimits?.[0]?.reasons.map((r) => r.text)).toContain(
      'Reviewed every term from "When did the plan start?" (3 March 2025); next review due on 2 June 2025',
    );
  });
});
