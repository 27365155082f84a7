import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { validatePathway } from '@pathway/schema';
import { createPathway } from './create-pathway.js';
import { referralRuledOut } from './ruled-out.js';

const pathway = {
  schemaVersion: '1.1', id: 't', version: '1', title: 'T', authority: { name: 'Test Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }],
  referrals: [{ id: 'panel', title: 'Referral to the panel', target: { name: 'Attendance panel', kind: 'panel' }, channel: { kind: 'email', email: 'panel@example.gov.uk' }, gates: [{ id: 'g-plan', title: 'A plan is in place', condition: { answer: 'plan', in: ['yes'] } }] }],
  stages: [
    {
      id: 'early', title: 'Early', bands: [{ id: 'b-early', label: '80% and over', measure: 'attendance', lower: { value: 80, inclusive: true } }],
      questions: [{ id: 'met', text: 'Have you met the family?', type: 'yesNo', required: false }],
      gates: [{ id: 'g-not-cla', title: 'Not a child looked after', condition: { not: { cohort: 'cla' } } }],
    },
    {
      id: 'late', title: 'Late', bands: [{ id: 'b-late', label: 'below 80%', measure: 'attendance', upper: { value: 80, inclusive: false } }], requires: { stages: ['early'] },
      questions: [{ id: 'plan', text: 'Is a plan in place?', type: 'yesNo', required: false }],
      referrals: ['panel'],
    },
  ],
} as unknown as Pathway;

const ruledOut = (answers: Record<string, string>, cohorts: string[] = []) => {
  const evaluation = createPathway(pathway).evaluate({ measures: { attendance: { percentage: 70 } }, answers, cohorts });
  return referralRuledOut(evaluation, ['early'], evaluation.current!.referrals[0]!);
};

describe('referralRuledOut', () => {
  it('reads a valid pathway', () => {
    expect(validatePathway(pathway), JSON.stringify(validatePathway.errors)).toBe(true);
  });

  it('a gate of an earlier stage the stage requires, failing on what was entered, rules the referral out', () => {
    expect(ruledOut({ plan: 'yes' }, ['cla'])).toMatchObject({ gate: { id: 'g-not-cla' } });
  });

  it("the referral's own rule answered the other way rules it out (the question it reads, first); not answered yet does not", () => {
    expect(ruledOut({ plan: 'no' })).toMatchObject({ question: { id: 'plan', state: 'unmet' } });
    expect(ruledOut({})).toBeUndefined();
    expect(ruledOut({ plan: 'yes' })).toBeUndefined();
  });
});
