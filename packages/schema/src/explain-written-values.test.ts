/**
 * What to write, where a file wrote a value the format cannot read as meant: a bound's "inclusive"
 * left out (true or false, and what each means at that bound), a number or true-or-false in
 * quotes ("90%" is 90). From the round-6 author's variants of a hurried pathway.
 */
import { describe, expect, it } from 'vitest';
import validatePathway from './generated/validate-pathway.js';
import { validateAndExplain } from './explain-errors.js';

const pathway = (stage: Record<string, unknown>) => ({
  schemaVersion: '1.0',
  id: 'minimal',
  version: '1',
  title: 'The smallest pathway',
  authority: { name: 'Example Borough Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [{ id: 'support', title: 'Support', ...stage }],
});
const details = (doc: unknown) => validateAndExplain(doc, validatePathway).map((problem) => problem.detail);

describe('a bound without "inclusive"', () => {
  it('says to write true or false, and what each means at an upper bound', () => {
    const doc = pathway({ bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 90 } }] });
    expect(details(doc)).toEqual([
      '"inclusive" (Includes the value) is missing: write true if the band includes 90 itself ("90 and under"), or false if it does not ("below 90")',
    ]);
  });

  it('and at a lower bound', () => {
    const doc = pathway({ bands: [{ label: 'above 95%', measure: 'attendance', lower: { value: 95 } }] });
    expect(details(doc)).toEqual([
      '"inclusive" (Includes the value) is missing: write true if the band includes 95 itself ("95 and over"), or false if it does not ("above 95")',
    ]);
  });
});

describe('a number or true-or-false written in quotes', () => {
  it('reads "90%" as 90', () => {
    const doc = pathway({ bands: [{ label: '90% and below', measure: 'attendance', upper: { value: '90%', inclusive: true } }] });
    expect(details(doc)).toEqual(['must be a number, not text: write 90, without quotes or "%"']);
  });

  it('reads "true" as true, and leaves alone text that is neither', () => {
    const doc = pathway({ universal: 'true', bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 'ninety', inclusive: 'yes' } }] });
    expect(details(doc)).toEqual([
      'must be true or false, not text: write true, without quotes',
      'must be a number, not text',
      'must be true or false, not text',
    ]);
  });
});
