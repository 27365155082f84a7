import { describe, expect, it } from 'vitest';
import type { Band, Measure } from './schema-types.js';
import { describeBounds, inBand, matchBand } from './bands.js';

const attendance: Measure = { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' };
const band = (lower?: [number, boolean], upper?: [number, boolean]): Band => ({
  label: 'band',
  measure: 'attendance',
  ...(lower ? { lower: { value: lower[0], inclusive: lower[1] } } : {}),
  ...(upper ? { upper: { value: upper[0], inclusive: upper[1] } } : {}),
});

describe('inBand', () => {
  it('includes an inclusive upper bound ("90% and under") and excludes an exclusive one ("below 90%")', () => {
    expect(inBand(90, band(undefined, [90, true]))).toBe(true);
    expect(inBand(90, band(undefined, [90, false]))).toBe(false);
    expect(inBand(89.9, band(undefined, [90, false]))).toBe(true);
  });

  it('includes an inclusive lower bound and excludes an exclusive one', () => {
    expect(inBand(51, band([51, true], [79, true]))).toBe(true);
    expect(inBand(50, band([50, false], [79, true]))).toBe(false);
    expect(inBand(50.1, band([50, false], [79, true]))).toBe(true);
    expect(inBand(79.1, band([51, true], [79, true]))).toBe(false);
  });

  it('leaves a missing bound open-ended', () => {
    expect(inBand(0, band(undefined, [50, true]))).toBe(true);
    expect(inBand(1000, band([95, false]))).toBe(true);
    expect(inBand(95, band([95, false]))).toBe(false);
  });

  it('never matches a value that is not a number', () => {
    expect(inBand(Number.NaN, band(undefined, [90, true]))).toBe(false);
  });
});

describe('matchBand', () => {
  it('says "88% is 90% and under" in the band\'s own words', () => {
    const match = matchBand({ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }, attendance, 88);
    expect(match?.reason).toEqual({ code: 'band.match', text: '88% is 90% and under', params: { value: '88%', band: '90% and under' } });
    expect(matchBand({ label: 'x', measure: 'attendance', lower: { value: 90, inclusive: false } }, attendance, 88)).toBeUndefined();
  });
});

describe('describeBounds', () => {
  it('puts bounds in words', () => {
    expect(describeBounds(attendance, { value: 50, inclusive: true }, { value: 90, inclusive: false })).toBe('at least 50% and below 90%');
    expect(describeBounds(attendance, { value: 50, inclusive: false }, undefined)).toBe('above 50%');
    expect(describeBounds(attendance, undefined, { value: 90, inclusive: true })).toBe('at most 90%');
  });
});
