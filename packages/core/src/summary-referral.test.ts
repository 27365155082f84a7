/**
 * The summary a system receives says of each referral what the page says: its criteria (held or
 * not, and why), what it still lacks, and how recent each item to include must be. Without them
 * "all criteria must be met" cannot be checked by whoever receives the JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const riverside = JSON.parse(readFileSync(new URL('../fixtures/guide-authored/riverside-trust-letters.json', import.meta.url), 'utf8')) as Pathway;
// The printout must be recent (as referral packages often say).
const printout = riverside.referrals![0].include!.find((item) => item.id === 'inc-printout')!;
printout.recency = { amount: 2, unit: 'schoolWeeks' };

const pupil = {
  asOf: '2026-02-20',
  measures: { attendance: { percentage: 80 }, 'letter-1-date': { date: '2025-12-01' }, 'letter-2-date': { date: '2026-01-05' } },
  baselines: { attendance: { percentage: 85, date: '2025-12-01' } },
  answers: { 'q-letter-3-sent': 'yes', 'q-parents-attended': 'no', 'q-meeting-date': '2026-01-20' },
  details: { 'child-name': 'A Pupil' },
  evidence: { 'inc-printout': { confirmed: true } },
  // The review found no improvement: the case is at the referral stage, which lists the referral.
  outcomes: ['o-refer-la'],
};

describe("a referral in the summary's JSON", () => {
  it('carries its criteria, what it still lacks, and how recent each item must be', () => {
    const summary = createPathway(riverside).summarise(structuredClone(pupil) as never);
    const referral = summary.referrals.find((r) => r.id === 'westholme-referral')!;
    expect(referral.ready).toBe(false);
    expect(referral.gates).toEqual([
      expect.objectContaining({ id: 'g-trust-approved', title: 'The Trust Attendance Lead has approved the referral', holds: false }),
    ]);
    expect(referral.gates[0].reasons.length).toBeGreaterThan(0);
    expect(referral.missing.map((item) => item.id)).toEqual(expect.arrayContaining(['dob', 'inc-letters']));
    expect(referral.missing.map((item) => item.id)).not.toContain('child-name');
    expect(referral.missing.map((item) => item.id)).not.toContain('inc-printout');
    expect(referral.include.find((item) => item.id === 'inc-printout')).toEqual({
      id: 'inc-printout',
      title: 'Attendance printout for this year and last year',
      confirmed: true,
      recency: { amount: 2, unit: 'schoolWeeks' },
    });
    expect(referral.include.find((item) => item.id === 'inc-letters')).not.toHaveProperty('recency');
  });
});
