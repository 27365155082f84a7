import { describe, expect, it } from 'vitest';
import type { Measure } from './schema-types.js';
import { computeMeasure, roundHalfAwayFromZero } from './measures.js';

const attendance: Measure = { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' };
const absence: Measure = { id: 'absence', title: 'Absence', kind: 'absencePercentage' };

describe('roundHalfAwayFromZero', () => {
  it('rounds decimal halves up, not by their binary approximation', () => {
    expect(roundHalfAwayFromZero(89.95, 1)).toBe(90);
    expect(roundHalfAwayFromZero(89.94, 1)).toBe(89.9);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
  });

  it('rounds negative halves away from zero', () => {
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(-0.04, 1)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), -0)).toBe(false);
  });
});

describe('computeMeasure: percentages', () => {
  it('rounds 89.95 to 90.0 before bands see it, keeping the exact figure', () => {
    const result = computeMeasure(attendance, { percentage: 89.95 });
    expect(result).toMatchObject({ status: 'ok', value: 90, exact: 89.95, display: '90%' });
  });

  it('works out attendance from session counts', () => {
    const result = computeMeasure(attendance, { possibleSessions: 170, attendedSessions: 150 });
    expect(result.status).toBe('ok');
    expect(result.value).toBe(88.2);
    expect(result.exact).toBeCloseTo(88.235294, 5);
    expect(result.display).toBe('88.2% (150 of 170 sessions)');
  });

  it('honours the measure\'s decimal places', () => {
    const whole: Measure = { ...attendance, decimals: 0 };
    expect(computeMeasure(whole, { possibleSessions: 170, attendedSessions: 150 }).value).toBe(88);
    expect(computeMeasure(whole, { percentage: 89.5 }).display).toBe('90%');
  });

  it('converts between attendance and absence (100 − x)', () => {
    expect(computeMeasure(attendance, { possibleSessions: 200, absentSessions: 30 })).toMatchObject({
      status: 'ok',
      value: 85,
      display: '85% (30 of 200 sessions missed)',
    });
    expect(computeMeasure(absence, { possibleSessions: 200, attendedSessions: 170 })).toMatchObject({ status: 'ok', value: 15 });
    expect(computeMeasure(absence, { possibleSessions: 200, absentSessions: 30 }).value).toBe(15);
  });

  it('handles no possible sessions without dividing by zero', () => {
    const result = computeMeasure(attendance, { possibleSessions: 0, attendedSessions: 0 });
    expect(result.status).toBe('invalid');
    expect(result.value).toBeUndefined();
    expect(result.reason?.text).toBe('Attendance cannot be worked out yet: there are no possible sessions yet');
  });

  it('rejects more sessions attended than possible', () => {
    const result = computeMeasure(attendance, { possibleSessions: 100, attendedSessions: 120 });
    expect(result.status).toBe('invalid');
    expect(result.reason?.text).toBe('Attendance: 120 sessions attended is more than the 100 possible sessions');
  });

  it('rejects percentages outside 0–100, NaN, and broken session counts', () => {
    expect(computeMeasure(attendance, { percentage: 101 }).reason?.text).toBe(
      'Attendance must be a percentage from 0 to 100, not 101',
    );
    expect(computeMeasure(attendance, { percentage: -1 }).status).toBe('invalid');
    expect(computeMeasure(attendance, { percentage: Number.NaN }).reason?.code).toBe('measure.notANumber');
    expect(computeMeasure(attendance, { possibleSessions: 10.5, attendedSessions: 3 }).reason?.code).toBe('measure.sessionsNotWhole');
    expect(computeMeasure(attendance, { possibleSessions: -4, attendedSessions: 3 }).reason?.code).toBe('measure.sessionsNotWhole');
    expect(computeMeasure(attendance, { possibleSessions: 10 } as never).reason?.code).toBe('measure.wrongShape');
    expect(computeMeasure(attendance, 'eighty' as never).status).toBe('invalid');
  });

  it('marks too few possible sessions as too early, still giving the figure', () => {
    const guarded: Measure = { ...attendance, minimumPossibleSessions: 40 };
    const result = computeMeasure(guarded, { possibleSessions: 20, attendedSessions: 15 });
    expect(result).toMatchObject({ status: 'tooEarly', value: 75 });
    expect(result.reason?.text).toBe(
      'Attendance is based on only 20 possible sessions; the pathway treats fewer than 40 as too early to rely on, so it does not decide the stage',
    );
    expect(computeMeasure(guarded, { possibleSessions: 40, attendedSessions: 30 }).status).toBe('ok');
  });

  it('treats nothing (or an emptied form) as not entered', () => {
    expect(computeMeasure(attendance, undefined)).toMatchObject({ status: 'missing', display: 'Not entered' });
    expect(computeMeasure(attendance, {} as never).status).toBe('missing');
    expect(computeMeasure(attendance, null as never).reason?.text).toBe('Attendance has not been entered');
  });
});

describe('computeMeasure: counts and numbers', () => {
  const unauthorised: Measure = {
    id: 'unauthorised',
    title: 'Unauthorised sessions',
    kind: 'sessionCount',
    window: { amount: 10, unit: 'schoolWeeks' },
  };

  it('shows a count with its window', () => {
    expect(computeMeasure(unauthorised, { value: 12 })).toMatchObject({
      status: 'ok',
      value: 12,
      display: '12 sessions in the last 10 school weeks',
    });
    expect(computeMeasure(unauthorised, { value: 1 }).display).toBe('1 session in the last 10 school weeks');
  });

  it('accepts only whole counts of 0 or more', () => {
    expect(computeMeasure(unauthorised, { value: -1 }).reason?.text).toBe(
      'Unauthorised sessions must be a whole number of sessions, 0 or more',
    );
    expect(computeMeasure(unauthorised, { value: 2.5 }).status).toBe('invalid');
    const days: Measure = { id: 'days', title: 'Days absent in a row', kind: 'dayCount' };
    expect(computeMeasure(days, { value: 3 }).display).toBe('3 days');
  });

  it('keeps numbers within the measure\'s limits', () => {
    const drop: Measure = { id: 'drop', title: 'Drop in attendance', kind: 'number', unit: 'percentage points', minimum: 0, maximum: 100 };
    expect(computeMeasure(drop, { value: 4.25 })).toMatchObject({ status: 'ok', value: 4.25, display: '4.25 percentage points' });
    expect(computeMeasure(drop, { value: 101 }).reason?.text).toBe('Drop in attendance cannot be above 100, not 101');
    expect(computeMeasure(drop, { value: -1 }).reason?.text).toBe('Drop in attendance cannot be below 0, not -1');
    expect(computeMeasure(drop, { value: Number.POSITIVE_INFINITY }).status).toBe('invalid');
  });
});
