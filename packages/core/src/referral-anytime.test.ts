/**
 * A referral that "can be made at any time" (`anytime`) never waits for the rest of its stage:
 * a safeguarding referral listed beside an attendance referral is ready on its own details,
 * items and criteria while the stage's questions are still to do. Without it, a school was told
 * not to phone the MASH until nine attendance items were done.
 */
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import { createPathway } from './create-pathway.js';

function pathway(mash: Partial<NonNullable<Pathway['referrals']>[number]>): Pathway {
  return {
    schemaVersion: '1.1',
    id: 'anytime-test',
    version: '1',
    title: 'Anytime referrals',
    authority: { name: 'Test Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [
      {
        id: 'formal',
        title: 'Formal support',
        bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 90, inclusive: true } }],
        questions: [{ id: 'q-meeting', text: 'Have you met the family?', type: 'yesNo' }],
        referrals: ['la-attendance', 'mash'],
      },
    ],
    referrals: [
      { id: 'la-attendance', title: 'Referral to the LA attendance team', target: { name: 'Attendance team', kind: 'team' }, channel: { kind: 'email', email: 'attendance@example.gov.uk' } },
      {
        id: 'mash',
        title: 'Safeguarding referral',
        target: { name: 'MASH', kind: 'frontDoor' },
        channel: { kind: 'phone', phone: '01632 960000' },
        fields: [{ id: 'child-name', label: "Child's name", type: 'text' }],
        ...mash,
      },
    ],
  } as Pathway;
}

const pupil = (details: Record<string, string>) => ({ measures: { attendance: { percentage: 70 } }, details });

describe('a referral that can be made at any time', () => {
  it('is ready on its own details while the stage still has questions to answer; the stage\'s other referral waits', () => {
    expect(validatePathway(pathway({ anytime: true })), JSON.stringify(validatePathway.errors)).toBe(true);
    const engine = createPathway(pathway({ anytime: true }));
    const stage = engine.evaluate(pupil({ 'child-name': 'A Pupil' })).current!;
    expect(stage.ready).toBe(false);
    const mash = stage.referrals.find((referral) => referral.referralId === 'mash')!;
    expect(mash).toMatchObject({ ready: true, anytime: true });
    expect(stage.referrals.find((referral) => referral.referralId === 'la-attendance')!.ready).toBe(false);
    const summary = createPathway(pathway({ anytime: true })).summarise(pupil({ 'child-name': 'A Pupil' }));
    expect(summary.referrals.find((referral) => referral.id === 'mash')!.ready).toBe(true);
  });

  it('still needs its own details and criteria', () => {
    const stage = createPathway(pathway({ anytime: true })).evaluate(pupil({})).current!;
    expect(stage.referrals.find((referral) => referral.referralId === 'mash')!.ready).toBe(false);
  });

  it('without `anytime`, waits for the stage as before', () => {
    const stage = createPathway(pathway({})).evaluate(pupil({ 'child-name': 'A Pupil' })).current!;
    const mash = stage.referrals.find((referral) => referral.referralId === 'mash')!;
    expect(mash.ready).toBe(false);
    expect(mash).not.toHaveProperty('anytime');
  });

  it('is still closed by an exception that blocks its stage', () => {
    const blocked = pathway({ anytime: true });
    blocked.cohorts = [{ id: 'cla', title: 'Child looked after' }];
    blocked.exceptions = [{ id: 'no-formal', title: 'Not for children looked after', when: { cohort: 'cla' }, effect: 'block', stages: ['formal'], message: 'Speak to the Virtual School.' }];
    const stage = createPathway(blocked).evaluate({ ...pupil({ 'child-name': 'A Pupil' }), cohorts: ['cla'] }).current!;
    const mash = stage.referrals.find((referral) => referral.referralId === 'mash')!;
    expect(mash.status).toBe('blocked');
    expect(mash.ready).toBe(false);
  });
});
