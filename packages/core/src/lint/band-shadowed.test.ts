import { describe, expect, it } from 'vitest';
import type { Band, Measure, Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const bound = (value: number, inclusive = true) => ({ value, inclusive });
const attendance = { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' } as Measure;
/** Stages in order, each with one band on attendance ([title, lower, upper]). */
function pathway(stages: [string, Band['lower'], Band['upper']][], measure: Measure = attendance): Pathway {
  return {
    schemaVersion: '1.1', id: 'p', version: '1', title: 'P', authority: { name: 'Trust' }, measures: [measure],
    stages: stages.map(([title, lower, upper], i) => ({
      id: `s${i}`, title, bands: [{ label: title, measure: measure.id, ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) }],
    })),
  } as unknown as Pathway;
}
const shadowed = (p: Pathway) =>
  lintPathway(p)
    .filter((problem) => problem.code === 'lint.band-shadowed')
    .map((problem) => problem.message);

describe('band-shadowed: a stage its bands never place a pupil at', () => {
  it('a trust\'s letters written "below 90%", "89.9 to 80", "less than 80%": Letter 1 is never where a pupil is placed, and the later letters are named', () => {
    const letters = pathway([
      ['Letter 1', undefined, bound(90, false)],
      ['Letter 2', bound(80), bound(89.9)],
      ['Letter 3', undefined, bound(80, false)],
    ]);
    expect(shadowed(letters)).toEqual([
      'Stage "Letter 1": its band never places a pupil here: every figure in it is also in a band of "Letter 2" and "Letter 3", listed after it, and where bands overlap the later stage is used. If pupils should come here first, end the band where the next stage\'s begins',
    ]);
  });

  it('counts the figures the measure can take once rounded: at two decimal places 89.95% is Letter 1\'s alone', () => {
    const letters = pathway(
      [
        ['Letter 1', undefined, bound(90, false)],
        ['Letter 2', bound(80), bound(89.9)],
        ['Letter 3', undefined, bound(80, false)],
      ],
      { ...attendance, decimals: 2 },
    );
    expect(shadowed(letters)).toEqual([]);
  });

  it('nested bands that narrow ("below 95%", "90% and under", "50% and under") and bands that meet are not reported', () => {
    expect(shadowed(pathway([['Early', undefined, bound(95, false)], ['Persistent', undefined, bound(90)], ['Severe', undefined, bound(50)]]))).toEqual([]);
    expect(shadowed(pathway([['A', bound(90, false), undefined], ['B', bound(80), bound(90)], ['C', undefined, bound(80, false)]]))).toEqual([]);
  });

  it('a wide band listed after a narrow one hides the narrow one, however many stages there are', () => {
    const stages: [string, Band['lower'], Band['upper']][] = [];
    for (let i = 0; i < 2000; i++) stages.push([`Stage ${i}`, bound(40), bound(60)]);
    stages.push(['Everyone below 90%', undefined, bound(90)]);
    const found = shadowed(pathway(stages));
    // Said once, at the measure, naming each stage once.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Measure "Attendance": the bands of 2000 stages never place a pupil at them: .*: Stage "Stage 0", Stage "Stage 1", .* and Stage "Stage 1999"$/);
    expect(found[0]).not.toContain('Everyone below 90%');
    const few = shadowed(pathway([...stages.slice(0, 12), stages.at(-1)!]));
    expect(few).toHaveLength(12);
    expect(few[0]).toContain('is also in a band of "Everyone below 90%", listed after it');
  });
});
