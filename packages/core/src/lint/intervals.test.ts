import { describe, expect, it } from 'vitest';
import { describeFigures, describeRange, type Interval } from './intervals.js';

const range = (lower: number, lowerIn: boolean, upper: number, upperIn: boolean): Interval => ({
  lower: { value: lower, inclusive: lowerIn },
  upper: { value: upper, inclusive: upperIn },
});

describe('describeRange: a range as a policy officer reads bands', () => {
  it('says each end in the words bands use ("above", "below", "at least", "at most")', () => {
    expect(describeRange(range(92, false, 93, false))).toBe('above 92% and below 93%');
    expect(describeRange(range(80, true, 90, true))).toBe('at least 80% and at most 90%');
    expect(describeRange(range(79, true, 80, false))).toBe('at least 79% and below 80%');
    expect(describeRange(range(92, true, 92, true))).toBe('92%');
  });

  it('leaves out an end at the end of the scale, where it goes without saying', () => {
    expect(describeRange(range(90, false, 100, true))).toBe('above 90%');
    expect(describeRange(range(0, true, 50, true))).toBe('at most 50%');
    expect(describeRange(range(0, true, 100, true))).toBe('any figure');
    // 100% not included is an end to say: 100% itself is not in the range.
    expect(describeRange(range(90, false, 100, false))).toBe('above 90% and below 100%');
    expect(describeRange(range(20, false, Infinity, false), '')).toBe('above 20');
    expect(describeRange(range(0, true, 4, false), '', { min: 0, max: Infinity })).toBe('below 4');
    // A number that can go below 0: 0 is no end of its scale.
    expect(describeRange(range(0, true, 4, false), '', { min: -10, max: Infinity })).toBe('at least 0 and below 4');
  });

  it('as what a band covers: "figures …", or the single value', () => {
    expect(describeFigures(range(92, false, 93, false))).toBe('figures above 92% and below 93%');
    expect(describeFigures(range(50, true, 50, true))).toBe('50%');
    expect(describeFigures(range(0, true, 100, true))).toBe('any figure');
  });
});
