import { describe, expect, it } from 'vitest';
import { addDuration, addSchoolDays, describeDuration, formatLongDate, isValidDate, parseDate } from './durations.js';

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
});
