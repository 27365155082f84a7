/**
 * Lint on a large file: 5,000 stages whose bands all overlap (about 1 MB of JSON), with a
 * mistake every so often for each of the other rules. The band-overlap check used to list every
 * overlapping pair: 2.6 million findings and 2.6 GB for this file. Wall time is not asserted
 * (CI machines are slow and noisy): what cannot pass if any rule were quadratic is that the
 * findings and their text grow in step with the file, from 2,500 stages to 5,000. The test's
 * timeout (60 s) is the generous absolute bound.
 */
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway, type Problem } from '@pathway/schema';
import { lintPathway } from './index.js';
import { largePathway } from '../testing/large-pathway.js';

function summary(problems: readonly Problem[]) {
  const counts: Record<string, number> = {};
  for (const problem of problems) counts[problem.code] = (counts[problem.code] ?? 0) + 1;
  return { counts, characters: problems.reduce((total, problem) => total + problem.message.length, 0) };
}

describe('lint on a 5,000-stage file', () => {
  it('finishes, finds each kind of mistake, and its findings grow in step with the file', { timeout: 60_000 }, () => {
    const large = largePathway(5000);
    expect(JSON.stringify(large).length).toBeGreaterThan(900_000);
    expect(validatePathway(large)).toBe(true);

    const half = summary(lintPathway(largePathway(2500)));
    const problems = lintPathway(large);
    const full = summary(problems);

    expect(full.counts).toEqual({
      'lint.duplicate-id': 20,
      'lint.dangling-reference': 50,
      'lint.undefined-cohort': 50,
      'lint.band-bounds': 50,
      'lint.band-coverage': 1,
      'lint.band-shadowed': 1,
      'lint.unsafe-link': 50,
      'lint.expectation': 50,
    });
    for (const [code, count] of Object.entries(half.counts)) {
      expect(full.counts[code], code).toBe(code === 'lint.band-coverage' || code === 'lint.band-shadowed' ? count : 2 * count);
    }
    // Listing every overlapping pair would have meant about 2.6 million findings here, and four
    // times as many characters for twice the stages; naming each stage once is twice.
    expect(full.characters).toBeLessThan(2.1 * half.characters);

    const overlap = problems.find((p) => p.code === 'lint.band-coverage');
    expect(overlap?.pointer).toBe('/measures/0');
    expect(overlap?.message).toMatch(
      /^Measure "Attendance": stage bands overlap across the whole scale: a pupil there is placed in more than one of these 5000 stages: Stage "Stage 1", Stage "Stage 2", .* and Stage "Stage 5000"$/,
    );
    expect(problems.find((p) => p.code === 'lint.unsafe-link')?.message).toBe(
      'Stage "Stage 25" › resource "Guidance" › address: "//evil.example/25" starts with "//", which browsers read as the start of another site\'s address: write it in full with https:, or use an address relative to this site',
    );
  });

  it('stays in step with thousands of copies of one id, each referred to thousands of times', { timeout: 60_000 }, () => {
    // Every question has the id "same", and every stage has a gate asking about "same":
    // each reference is looked up among all the copies (./lookup.ts makes that one step).
    const copies = (count: number) => {
      const pathway = largePathway(count) as unknown as { stages: Record<string, unknown>[] };
      for (const stage of pathway.stages) {
        (stage.questions as { id: string }[])[0].id = 'same';
        stage.gates = [{ id: `gate-${String(stage.id)}`, title: 'Met', condition: { answer: 'same', in: ['yes', 'perhaps'] } }];
      }
      return summary(lintPathway(pathway as unknown as Pathway));
    };
    const half = copies(2500);
    const full = copies(5000);
    expect(full.counts['lint.duplicate-id']).toBe(4999);
    expect(full.counts['lint.expectation']).toBe(5000 + 50); // every gate's "perhaps", and every hundredth "maybe"
    for (const [code, count] of Object.entries(half.counts)) {
      expect(full.counts[code], code).toBeLessThanOrEqual(2 * count + 1);
    }
    expect(full.characters).toBeLessThan(2.1 * half.characters);
  });
});
