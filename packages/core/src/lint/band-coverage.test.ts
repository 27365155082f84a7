import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';
import { describeFigures, describeRange, holdsRoundedValue, intersection, isEmpty, percentageInterval } from './intervals.js';
import { placeName } from './report.js';

const base = JSON.parse(readFileSync(new URL('../../../schema/fixtures/valid/minimal.json', import.meta.url), 'utf8')) as Pathway;

type End = [number, boolean];
interface StageSpec {
  bands: { lower?: End; upper?: End }[];
}

function pathwayOf(stages: StageSpec[], decimals?: number): Pathway {
  return {
    ...base,
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', ...(decimals === undefined ? {} : { decimals }) }],
    stages: stages.map((stage, s) => ({
      id: `s${s + 1}`,
      title: `S${s + 1}`,
      bands: stage.bands.map(({ lower, upper }, b) => ({
        label: `b${s + 1}.${b + 1}`,
        measure: 'attendance',
        ...(lower ? { lower: { value: lower[0], inclusive: lower[1] } } : {}),
        ...(upper ? { upper: { value: upper[0], inclusive: upper[1] } } : {}),
      })),
    })),
  } as unknown as Pathway;
}

const coverageFindings = (pathway: Pathway) =>
  lintPathway(pathway)
    .filter((p) => p.code === 'lint.band-coverage' && !p.detail.startsWith("no stage's band covers"))
    .map(({ pointer, detail }) => ({ pointer, detail }));
/** Gaps hidden by an over-wide band ("between … and …, … is covered only by …"). */
const hiddenGaps = (pathway: Pathway) => coverageFindings(pathway).filter((f) => f.detail.startsWith('between '));
const overlapFindings = (pathway: Pathway) => coverageFindings(pathway).filter((f) => !f.detail.startsWith('between '));

/** Every pair, as band-coverage reported overlaps before the sweep: quadratic, kept here as the reference. */
function everyPair(pathway: Pathway, decimals = 1) {
  const bands = (pathway.stages ?? []).flatMap((stage, s) =>
    (stage.bands ?? []).map((band, b) => ({ stage: s, pointer: `/stages/${s}/bands/${b}`, interval: percentageInterval(band.lower, band.upper) })),
  ).filter(({ interval }) => !isEmpty(interval));
  const found: { pointer: string; detail: string }[] = [];
  bands.forEach((a, i) => {
    for (const b of bands.slice(i + 1)) {
      if (a.stage === b.stage) continue;
      const shared = intersection(a.interval, b.interval);
      if (!shared || !holdsRoundedValue(shared, decimals)) continue;
      const figures = describeFigures(shared);
      const range = shared.lower.value === shared.upper.value ? `at ${describeRange(shared)}` : figures === 'any figure' ? 'across the whole scale' : `for ${figures}`;
      found.push({ pointer: a.pointer, detail: `overlaps ${placeName(pathway, b.pointer)} ${range}` });
    }
  });
  return found;
}

describe('band-coverage overlaps', () => {
  it('lists a few overlapping stages pair by pair, at the earlier band', () => {
    const three: StageSpec[] = [
      { bands: [{ lower: [0, true], upper: [50, true] }] },
      { bands: [{ lower: [40, true], upper: [60, true] }] },
      { bands: [{ lower: [45, true], upper: [70, true] }] },
    ];
    expect(overlapFindings(pathwayOf(three))).toEqual([
      { pointer: '/stages/0/bands/0', detail: 'overlaps Stage "S2" › band "b2.1" for figures at least 40% and at most 50%' },
      { pointer: '/stages/0/bands/0', detail: 'overlaps Stage "S3" › band "b3.1" for figures at least 45% and at most 50%' },
      { pointer: '/stages/1/bands/0', detail: 'overlaps Stage "S3" › band "b3.1" for figures at least 45% and at most 60%' },
    ]);
  });

  it('lists nested bands pair by pair however many stages nest, up to nine, each saying where', () => {
    // "below 95%", "90% and under", "80% and under", "below 50%": as guides write them.
    const nested: StageSpec[] = [[95, false], [90, true], [80, true], [50, false]].map((upper) => ({ bands: [{ upper: upper as End }] }));
    expect(overlapFindings(pathwayOf(nested))).toEqual([
      { pointer: '/stages/0/bands/0', detail: 'overlaps Stage "S2" › band "b2.1" for figures at most 90%' },
      { pointer: '/stages/0/bands/0', detail: 'overlaps Stage "S3" › band "b3.1" for figures at most 80%' },
      { pointer: '/stages/0/bands/0', detail: 'overlaps Stage "S4" › band "b4.1" for figures below 50%' },
      { pointer: '/stages/1/bands/0', detail: 'overlaps Stage "S3" › band "b3.1" for figures at most 80%' },
      { pointer: '/stages/1/bands/0', detail: 'overlaps Stage "S4" › band "b4.1" for figures below 50%' },
      { pointer: '/stages/2/bands/0', detail: 'overlaps Stage "S4" › band "b4.1" for figures below 50%' },
    ]);
    const nine: StageSpec[] = Array.from({ length: 9 }, (_, i) => ({ bands: [{ upper: [90 - i * 5, true] as End }] }));
    expect(overlapFindings(pathwayOf(nine))).toHaveLength(36);
    expect(overlapFindings(pathwayOf(nine)).every((f) => f.pointer.startsWith('/stages/'))).toBe(true);
  });

  it('reports a pile-up of ten stages or more once, at the measure, naming each stage once', () => {
    const ten: StageSpec[] = Array.from({ length: 10 }, (_, i) => ({ bands: [{ lower: [10 + i, true], upper: [50 + i, false] }] }));
    expect(overlapFindings(pathwayOf(ten))).toEqual([
      {
        pointer: '/measures/0',
        detail:
          'stage bands overlap for figures at least 11% and at most 57.9%: a pupil there is placed in more than one of these 10 stages: ' +
          'Stage "S1", Stage "S2", Stage "S3", Stage "S4", Stage "S5", Stage "S6", Stage "S7", Stage "S8", Stage "S9" and Stage "S10"',
      },
    ]);
  });

  it('says "both" when a pile-up has two stages, and gives a single value as "at"', () => {
    // Two stages with nine identical bands each: 81 pairs on one value.
    const band = { lower: [90, true] as End, upper: [90, true] as End };
    const stages: StageSpec[] = [{ bands: Array(9).fill(band) }, { bands: Array(9).fill(band) }];
    expect(overlapFindings(pathwayOf(stages))).toEqual([
      { pointer: '/measures/0', detail: 'stage bands overlap at 90%: a pupil there is placed in both of these stages: Stage "S1" and Stage "S2"' },
    ]);
  });

  it('does not count bands of the same stage as overlapping', () => {
    const one: StageSpec[] = [{ bands: [{ upper: [60, true] }, { lower: [40, true] }, { lower: [0, true], upper: [100, true] }] }];
    expect(overlapFindings(pathwayOf(one))).toEqual([]);
  });

  it('keeps separate pile-ups apart, and joins runs that meet at the next rounded value', () => {
    const stages: StageSpec[] = [
      ...Array.from({ length: 10 }, (): StageSpec => ({ bands: [{ lower: [10, true], upper: [20, true] }] })),
      ...Array.from({ length: 10 }, (): StageSpec => ({ bands: [{ lower: [60, true], upper: [70, true] }] })),
      // 70.1 is the very next value at one decimal place: one run from 60 to 80.
      ...Array.from({ length: 10 }, (): StageSpec => ({ bands: [{ lower: [70.1, true], upper: [80, true] }] })),
    ];
    const details = overlapFindings(pathwayOf(stages)).map((f) => f.detail.split(':')[0]);
    expect(details).toEqual([
      'stage bands overlap for figures at least 10% and at most 20%',
      'stage bands overlap for figures at least 60% and at most 80%',
    ]);
  });

  it('warns of a value two neighbouring stages leave between them that only an over-wide band covers', () => {
    // "89% and under" beside "59.9% to 50.1%" and "below 50%": 50% itself is left to the first.
    const stages: StageSpec[] = [
      { bands: [{ upper: [89, true] }] },
      { bands: [{ lower: [50.1, true], upper: [59.9, true] }] },
      { bands: [{ upper: [50, false] }] },
    ];
    const hidden = hiddenGaps(pathwayOf(stages));
    expect(hidden).toEqual([
      {
        pointer: '/measures/0',
        detail:
          'between Stage "S3" › band "b3.1" and Stage "S2" › band "b2.1", figures at least 50% and below 50.1% are covered only by Stage "S1" › band "b1.1", ' +
          'which overlaps both: a pupil there is placed in that stage, not in either neighbour; if the two bands were meant to meet, widen one of them',
      },
    ]);
  });

  it('says nothing of nested bands, nor of a part of an over-wide band beyond the bands it overlaps', () => {
    const nested: StageSpec[] = [[95, false], [90, true], [80, true], [50, false]].map((upper) => ({ bands: [{ upper: upper as End }] }));
    expect(hiddenGaps(pathwayOf(nested))).toEqual([]);
    // 80–90 is S1's alone, but nothing of another stage lies above it: that is S1's own part.
    const wide: StageSpec[] = [{ bands: [{ upper: [90, true] }] }, { bands: [{ lower: [70, true], upper: [79.9, true] }] }, { bands: [{ upper: [70, false] }] }];
    expect(hiddenGaps(pathwayOf(wide))).toEqual([]);
  });

  const end = (decimals: number) =>
    fc.tuple(fc.integer({ min: -2, max: 102 * 10 ** decimals }).map((n) => n / 10 ** decimals), fc.boolean());
  const stagesArbitrary = (decimals: number) =>
    fc.array(fc.record({ bands: fc.array(fc.record({ lower: fc.option(end(decimals), { nil: undefined }), upper: fc.option(end(decimals), { nil: undefined }) }), { minLength: 1, maxLength: 2 }) }), {
      minLength: 1,
      // Enough stages for pile-ups (ten or more overlapping) as well as pairs.
      maxLength: 16,
    });

  it('finds exactly the pairs the quadratic check found, wherever it lists pairs', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 2 }).chain((scale) => stagesArbitrary(scale)), (decimals, stages) => {
        const pathway = pathwayOf(stages, decimals);
        const found = overlapFindings(pathway);
        const reference = everyPair(pathway, decimals);
        const grouped = found.filter((f) => f.pointer.startsWith('/measures/'));
        if (grouped.length === 0) {
          expect(found).toEqual(reference);
        } else {
          // Every stage in a reported overlap is named, and every stage named overlaps another.
          const stageOf = (text: string) => [...text.matchAll(/Stage "(S\d+)"/g)].map((m) => m[1]);
          const referenced = new Set(reference.flatMap((f) => [`S${Number(f.pointer.split('/')[2]) + 1}`, ...stageOf(f.detail)]));
          const named = new Set(found.flatMap((f) => (f.pointer.startsWith('/stages/') ? [`S${Number(f.pointer.split('/')[2]) + 1}`, ...stageOf(f.detail)] : stageOf(f.detail))));
          expect([...named].sort()).toEqual([...referenced].sort());
          // Pairs listed outside the pile-ups are the reference's own.
          for (const pair of found.filter((f) => f.pointer.startsWith('/stages/'))) expect(reference).toContainEqual(pair);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports as hidden only figures one stage covers, with other stages on both sides', () => {
    let reported = 0;
    fc.assert(
      fc.property(stagesArbitrary(0), (stages) => {
        const pathway = pathwayOf(stages, 0);
        const intervals = (pathway.stages ?? []).map((stage) => (stage.bands ?? []).map((band) => percentageInterval(band.lower, band.upper)));
        const holds = ({ lower, upper }: ReturnType<typeof percentageInterval>, v: number) =>
          (lower.value < v || (lower.value === v && lower.inclusive)) && (v < upper.value || (v === upper.value && upper.inclusive));
        const coveredBy = (value: number) => intervals.flatMap((own, s) => (own.some((i) => holds(i, value)) ? [s] : []));
        for (const { detail } of hiddenGaps(pathway)) {
          reported++;
          const range = /, (?:(\d+)% is|figures (at least|above) (\d+)% and (at most|below) (\d+)% are) covered/.exec(detail);
          expect(range).not.toBeNull();
          const [, single, fromEnd, from, toEnd, to] = range ?? [];
          const lower = single !== undefined ? Number(single) : Number(from) + (fromEnd === 'above' ? 1 : 0);
          const upper = single !== undefined ? lower : Number(to) - (toEnd === 'below' ? 1 : 0);
          expect(lower).toBeLessThanOrEqual(upper);
          const alone = coveredBy(lower);
          expect(alone).toHaveLength(1);
          for (let v = lower; v <= upper; v++) expect(coveredBy(v)).toEqual(alone);
          expect(coveredBy(lower - 1).length).toBeGreaterThan(1);
          expect(coveredBy(upper + 1).length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(reported).toBeGreaterThan(10);
  });

  it('groups pile-ups in the random cases too (so the test above checks both ways of reporting)', () => {
    let grouped = 0;
    let pairwise = 0;
    fc.assert(
      fc.property(stagesArbitrary(0), (stages) => {
        const found = overlapFindings(pathwayOf(stages, 0));
        if (found.some((f) => f.pointer.startsWith('/measures/'))) grouped++;
        if (found.some((f) => f.pointer.startsWith('/stages/'))) pairwise++;
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(grouped).toBeGreaterThan(20);
    expect(pairwise).toBeGreaterThan(20);
  });
});

describe('a stage entered by a rule on the figures covers them as a band does', () => {
  const pathway = (when: unknown): Pathway =>
    ({
      ...base,
      schemaVersion: '1.1',
      measures: [
        { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' },
        { id: 'letters', title: 'Letters sent', kind: 'number' },
      ],
      stages: [
        { id: 'universal', title: 'Stage 0', universal: true },
        { id: 'letter-1', title: 'Stage 1', bands: [{ label: '95% - 90.1%', measure: 'attendance', lower: { value: 90.1, inclusive: true }, upper: { value: 95, inclusive: true } }] },
        { id: 'meeting', title: 'Stage 2', entry: { when } },
      ],
    }) as unknown as Pathway;
  const gaps = (p: Pathway) => lintPathway(p).filter((f) => f.code === 'lint.band-coverage' && f.detail.startsWith("no stage's band covers")).map((f) => f.detail);
  const atOrBelow90 = { measure: 'attendance', upper: { value: 90, inclusive: true } };
  const oneLetter = { measure: 'letters', lower: { value: 1, inclusive: true } };

  it('Wendlebury: "90% or below, or one letter sent and 95% or below" places every pupil at 90% or below: no gap there', () => {
    expect(gaps(pathway({ any: [atOrBelow90, { all: [oneLetter, { measure: 'attendance', upper: { value: 95, inclusive: true } }] }] }))).toEqual([]);
    expect(gaps(pathway(atOrBelow90))).toEqual([]);
  });

  it('a rule that needs something else too ("90% or below and one letter sent") places only some pupils there: the gap is still said', () => {
    expect(gaps(pathway({ all: [atOrBelow90, oneLetter] }))).toEqual([
      'no stage\'s band covers figures below 90.1%: a pupil there is at Stage "Stage 0", which applies to every pupil; widen a band if they belong in another stage',
    ]);
  });
});
