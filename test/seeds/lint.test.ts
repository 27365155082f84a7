import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import { checkPathway } from '@pathway/core';
import { readSeedJson, seedFiles } from './load-seed.js';

// The seeds pass schema and lint with no errors. The only warnings left are the gaps and overlaps
// the councils' own documents have; they are kept on purpose, not "fixed".
describe('the seed pathways under lint', () => {
  it.each(seedFiles())('%s has no lint errors', (file) => {
    const result = checkPathway(readSeedJson(file), { validate: validatePathway });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  const warnings = (file: string) =>
    checkPathway(readSeedJson(file), { validate: validatePathway }).problems.filter((p) => p.severity === 'warning');

  it('warns only about the bands Wigan and Norfolk really publish: nothing above 90%, and an overlap at 50% and under', () => {
    for (const [file, higher, lower] of [
      ['wigan.json', 'Identify and Understand', 'Formalise support.'],
      ['norfolk.json', 'Targeted Persistent Absence (90% and below)', 'Acute: Severe Absence 50% and below'],
    ]) {
      const found = warnings(file);
      const overlap = found[found.length - 1];
      expect(overlap.code).toBe('lint.band-coverage');
      expect(overlap.message).toContain(`Stage "${higher}"`);
      expect(overlap.message).toContain(`overlaps Stage "${lower}"`);
    }
    // Norfolk (format 1.0) places a pupil above 90% in no stage; Wigan (1.1) has them at its
    // universal stage, so its gap above 90% is how the pathway is meant and is not warned of.
    expect(warnings('norfolk.json').map((p) => p.code)).toEqual(['lint.band-coverage', 'lint.band-coverage']);
    expect(warnings('norfolk.json')[0].message).toContain("no stage's band covers figures above 90%: a pupil there is placed in no stage");
    expect(warnings('wigan.json').map((p) => p.code)).toEqual(['lint.band-coverage']);
  });

  it('warns that the county flowchart sets no band from 50% up, because it starts below 50%', () => {
    expect(warnings('county-chronic-non-attendance.json').map((p) => p.message)).toEqual([
      `Measure "Attendance": no stage's band covers figures at least 50%: a pupil there is placed in no stage; widen a band, or add one, to place them`,
    ]);
  });

  it('finds nothing at all to warn about in Southwark, which sets no threshold of its own', () => {
    expect(warnings('southwark.json')).toEqual([]);
  });
});
