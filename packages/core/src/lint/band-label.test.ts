import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';
import { relabelled } from './band-label.js';

const pathway = (label: string, upper: number, inclusive = false): Pathway =>
  ({
    schemaVersion: '1.0',
    id: 'p',
    version: '1',
    title: 'P',
    authority: { name: 'Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [{ id: 'tier-2', title: 'Tier 2', bands: [{ label, measure: 'attendance', upper: { value: upper, inclusive } }] }],
  }) as Pathway;
const details = (label: string, upper: number, inclusive = false) =>
  lintPathway(pathway(label, upper, inclusive)).filter((p) => p.code === 'lint.band-label').map((p) => p.detail);

describe('band-label', () => {
  it('names the figure the label states and the bound that differs', () => {
    expect(details('Below 90%', 92)).toEqual([
      'the label says 90% but the upper bound is 92%: schools are placed by the bounds and shown the label, so change one of them to match the other',
    ]);
  });

  it('reads only figures of the measure: a stage number or a year is not a percentage', () => {
    expect(details('Tier 2 (DfE 2024): below 90%', 90)).toEqual([]);
    expect(details('Persistent absence', 90)).toEqual([]);
  });

  it('takes a figure within a point of a bound, or the first whole one inside it, as describing it', () => {
    expect(details('89.9% or below', 90)).toEqual([]);
    expect(details('89% or below', 90)).toEqual([]);
    expect(details('89% or below', 90, true)).toHaveLength(1);
  });
});

describe('relabelled', () => {
  it('changes the figure the label stated to the new one, and nothing else', () => {
    expect(relabelled('Below 90% (Tier 2)', 'percentage', 90, 92)).toBe('Below 92% (Tier 2)');
    expect(relabelled('90-94.9%', 'percentage', 90, 91)).toBe('91-94.9%');
    expect(relabelled('10 or more sessions', 'count', 10, 12)).toBe('12 or more sessions');
  });

  it('offers nothing when the label does not state the old figure', () => {
    expect(relabelled('Persistent absence', 'percentage', 90, 92)).toBeUndefined();
    expect(relabelled('Tier 90', 'percentage', 90, 92)).toBeUndefined();
  });
});
