import { describe, expect, it } from 'vitest';
import type { Measure, Pathway } from '@pathway/schema';
import { stageBandGaps } from './band-gaps.js';

const bound = (value: number, inclusive = true) => ({ value, inclusive });
const pathway = (extra: Partial<Pathway> = {}): Pathway =>
  ({ schemaVersion: '1.0', id: 'p', version: '1', title: 'P', authority: { name: 'Council' }, measures: [], stages: [], ...extra }) as Pathway;
const attendance = { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' } as Measure;
const words = (gaps: ReturnType<typeof stageBandGaps>) => gaps.map((gap) => gap.text);

describe('stageBandGaps', () => {
  it('gives each gap with its exact ends and in words, and where a pupil there is', () => {
    const gaps = stageBandGaps(pathway(), attendance, [{ upper: bound(80, false) }, { lower: bound(80), upper: bound(90) }]);
    expect(gaps).toEqual([
      {
        lower: bound(90, false),
        upper: bound(100),
        atBestEnd: true,
        placed: 'nowhere',
        text: "no stage's band covers figures above 90%: a pupil there is placed in no stage",
      },
    ]);
  });

  it('counts only the figures the measure can take once rounded', () => {
    const bands = [{ upper: bound(89.9) }, { lower: bound(90) }];
    expect(stageBandGaps(pathway(), attendance, bands)).toEqual([]);
    expect(words(stageBandGaps(pathway(), { ...attendance, decimals: 2 }, bands))).toEqual([
      "no stage's band covers figures above 89.9% and below 90%: a pupil there is placed in no stage",
    ]);
  });

  it("names the starting stage by the engine's rule: start, else (1.1) the first universal stage", () => {
    const stages = [
      { id: 'everyone', title: 'Universal offer', universal: true },
      { id: 'first', title: 'Day 1' },
    ] as Pathway['stages'];
    const bands = [{ lower: bound(50) }];
    expect(stageBandGaps(pathway({ schemaVersion: '1.1', stages }), attendance, bands)[0]).toMatchObject({
      placed: 'universal',
      atBestEnd: false,
      text: `no stage's band covers figures below 50%: a pupil there is at Stage "Universal offer", which applies to every pupil`,
    });
    expect(stageBandGaps(pathway({ schemaVersion: '1.1', start: 'first', stages }), attendance, bands)[0]).toMatchObject({
      placed: 'start',
      text: `no stage's band covers figures below 50%: a pupil there is at Stage "Day 1", where a case starts`,
    });
    // Format 1.0 has no fallback: the universal stage is listed apart and the user chooses.
    expect(stageBandGaps(pathway({ stages }), attendance, bands)[0].placed).toBe('nowhere');
  });

  it('runs a count from 0 upwards, in whole numbers, with no top', () => {
    const sessions = { id: 'unauthorised', title: 'Unauthorised sessions', kind: 'sessionCount' } as Measure;
    expect(words(stageBandGaps(pathway(), sessions, [{ lower: bound(4), upper: bound(9) }, { lower: bound(9, false), upper: bound(20) }]))).toEqual([
      "no stage's band covers figures below 4: a pupil there is placed in no stage",
      "no stage's band covers figures above 20: a pupil there is placed in no stage",
    ]);
  });

  it("keeps a number measure within its minimum and maximum, and finds no gaps on a date, which bands never place on", () => {
    const score = { id: 'score', title: 'Score', kind: 'number', minimum: 1, maximum: 10 } as Measure;
    expect(words(stageBandGaps(pathway(), score, [{ upper: bound(5) }]))).toEqual([
      "no stage's band covers figures above 5: a pupil there is placed in no stage",
    ]);
    const date = { id: 'since', title: 'First absence', kind: 'date' } as Measure;
    expect(stageBandGaps(pathway(), date, [{ upper: bound(5) }])).toEqual([]);
  });

  it('leaves out bands whose bounds are not numbers, as a draft being typed can have', () => {
    const typed = [{ upper: { value: '8' as unknown as number, inclusive: true } }, { lower: bound(50) }];
    expect(words(stageBandGaps(pathway({ stages: 'x' as unknown as Pathway['stages'] }), attendance, typed))).toEqual([
      "no stage's band covers figures below 50%: a pupil there is placed in no stage",
    ]);
  });
});
