/** A large, schema-valid pathway full of overlaps and mistakes, for tests that lint must stay linear. */
import type { Pathway } from '@pathway/schema';

/**
 * A pathway of `count` stages, each with one band 10 points wide, spread so that every part of
 * 0–100 is covered many times over, and in every hundred stages one of each mistake: a
 * circumstance never defined, a protocol-relative link, an upside-down band, a missing stage,
 * an impossible expected answer; and a duplicated id in every 250. Lint's and the CLI's
 * large-file tests both use it.
 */
export function largePathway(count: number): Pathway {
  const stages = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const lower = (i * 37) % 91;
    const stage: Record<string, unknown> = {
      id: `stage-${n}`,
      title: `Stage ${n}`,
      bands: [
        {
          label: `${lower}% to ${lower + 10}%`,
          measure: 'attendance',
          lower: { value: lower, inclusive: true },
          upper: { value: lower + 10, inclusive: n % 2 === 0 },
        },
      ],
      questions: [{ id: n % 250 === 0 ? `met-${n - 1}` : `met-${n}`, text: `Met the family (${n})?`, type: 'yesNo', ...(n % 100 === 0 ? { expect: ['maybe'] } : {}) }],
    };
    // One of each mistake in every hundred stages (duplicate ids: one in every 250).
    if (n % 100 === 10) stage.entry = { when: { cohort: 'no-such-circumstance' } };
    if (n % 100 === 25) stage.resources = [{ title: 'Guidance', url: `//evil.example/${n}` }];
    if (n % 100 === 50) (stage.bands as unknown[]).push({ label: 'upside down', measure: 'attendance', lower: { value: 60, inclusive: true }, upper: { value: 40, inclusive: true } });
    if (n % 100 === 75) stage.requires = { stages: ['no-such-stage'] };
    return stage;
  });
  return {
    schemaVersion: '1.0',
    id: 'large',
    version: '1',
    title: 'A pathway with many overlapping stages',
    authority: { name: 'Example Borough Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages,
  } as unknown as Pathway;
}
