/**
 * An outcome that makes a referral is, like a legal action, a step to take once what the stage
 * still needs is done; and where the stage does not list its referral, the summary says how it
 * is made (its channel). Seen on a pathway written from the guide alone (Riverside).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const riverside = createPathway(
  JSON.parse(readFileSync(new URL('../fixtures/guide-authored/riverside-trust-letters.json', import.meta.url), 'utf8')) as Pathway,
);
const input = (evidence: Record<string, { confirmed: boolean }> = {}) => ({
  asOf: '2026-02-20',
  measures: { attendance: { percentage: 80 }, 'letter-1-date': { date: '2025-12-01' }, 'letter-2-date': { date: '2026-01-05' } },
  baselines: { attendance: { percentage: 85, date: '2025-12-01' } },
  answers: { 'q-letter-3-sent': 'yes', 'q-parents-attended': 'no', 'q-meeting-date': '2026-01-20' },
  evidence,
});
const HOW =
  'How to make "Referral to Westholme Council School Attendance Support Team": Online: https://www.westholme.gov.uk/schools/attendance-referral. Use the online referral form. The Trust Attendance Lead must approve the referral first.';
const referStep = (steps: string[]) => steps.find((step) => step.startsWith('No improvement at the plan review'));

describe('an outcome that makes a referral', () => {
  it('waits for what the stage still needs, and says how the referral is made', () => {
    const summary = riverside.summarise(input());
    expect(summary.ready).toBe(false);
    expect(referStep(summary.nextSteps)).toMatch(/once what is still missing is done\.$/);
    expect(summary.nextSteps).toContain(HOW);
  });

  it('is a step to take now once the stage is complete', () => {
    const evaluation = riverside.evaluate(input());
    const missing = evaluation.current!.missing.blocking.map((item) => item.id);
    const summary = riverside.summarise(input(Object.fromEntries(missing.map((id) => [id, { confirmed: true }]))));
    expect(summary.ready).toBe(true);
    expect(referStep(summary.nextSteps)).not.toContain('once what is still missing is done');
    expect(summary.nextSteps).toContain(HOW);
  });
});
