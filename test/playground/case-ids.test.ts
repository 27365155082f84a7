import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { loadSeed } from '../seeds/load-seed.js';
import { caseMismatches } from '../../playground/src/case-ids.js';

describe("the Input pane's case against the open pathway", () => {
  const wigan = loadSeed('wigan') as Pathway;

  it('says nothing of a case that names only what the pathway has', () => {
    expect(caseMismatches(wigan, { measures: { attendance: { percentage: 45 } }, cohorts: ['looked-after'] })).toEqual([]);
  });

  it('names each id the pathway does not have, by kind, with what it has instead', () => {
    const notes = caseMismatches(wigan, {
      measures: { attendence: { percentage: 45 } },
      cohorts: ['child-looked-after', 'looked-after', 'young-carer'],
      stage: 'tier-9',
    });
    expect(notes).toEqual([
      'This pathway has no measure "attendence" (under "measures"), so the preview ignores it: its measures are "attendance".',
      'This pathway has no circumstances "child-looked-after", "young-carer" (under "cohorts"), so the preview ignores them: its circumstances are "looked-after", "child-in-need", "child-protection", "early-help-plan".',
      expect.stringMatching(/^This pathway has no stage "tier-9" \(under "stage"\), so the preview ignores it: its stages are "prevention-of-non-attendance", /),
    ]);
  });

  it('says so when the pathway has none of a kind', () => {
    const none = { ...wigan, cohorts: [] } as unknown as Pathway;
    expect(caseMismatches(none, { cohorts: ['looked-after'] })).toEqual([
      'This pathway has no circumstance "looked-after" (under "cohorts"), so the preview ignores it: it has no circumstances.',
    ]);
  });
});
