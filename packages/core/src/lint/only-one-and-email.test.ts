/**
 * Two of lint's messages, as the round-6 author met them: a reference spelt far from the
 * pathway's only thing of its kind ("referal" for "ref", "attendance" for "att") is offered that
 * one; a bad email address gets the same explanation in an email field as after "mailto:".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const minimal = JSON.parse(readFileSync(new URL('../../../schema/fixtures/valid/minimal.json', import.meta.url), 'utf8')) as Pathway;
const details = (pathway: Pathway, rule: string) => lintPathway(pathway).filter((p) => p.code === `lint.${rule}`).map((p) => p.detail);
const referral = (id: string, email = 'attendance@example.gov.uk') => ({
  id,
  title: `Referral ${id}`,
  target: { name: 'Attendance team', kind: 'team' as const },
  channel: { kind: 'email' as const, email },
});

describe('a reference to the only thing of its kind', () => {
  it('is offered that one when it starts the same way: "referal" where the only referral is "ref"', () => {
    const pathway = { ...minimal, referrals: [referral('ref')], stages: [{ id: 'support', title: 'Support', referrals: ['referal'] }] } as Pathway;
    expect(details(pathway, 'dangling-reference')).toEqual(['refers to a referral "referal" that does not exist; did you mean "ref"?']);
  });

  it('and a measure written out in full: "attendance" where the only measure is "att"', () => {
    const pathway = {
      ...minimal,
      measures: [{ id: 'att', title: 'Attendance', kind: 'attendancePercentage' }],
      stages: [{ id: 'support', title: 'Support', bands: [{ label: 'below 90%', measure: 'attendance', upper: { value: 90, inclusive: false } }] }],
    } as Pathway;
    expect(details(pathway, 'dangling-reference')).toEqual(['refers to a measure "attendance" that does not exist; did you mean "att"?']);
  });

  it('is not offered a name unlike it, nor one of two', () => {
    const unlike = { ...minimal, referrals: [referral('mash')], stages: [{ id: 'support', title: 'Support', referrals: ['enforcement'] }] } as Pathway;
    expect(details(unlike, 'dangling-reference')).toEqual(['refers to a referral "enforcement" that does not exist']);
    const two = { ...minimal, referrals: [referral('ref'), referral('mash')], stages: [{ id: 'support', title: 'Support', referrals: ['referal'] }] } as Pathway;
    expect(details(two, 'dangling-reference')).toEqual(['refers to a referral "referal" that does not exist']);
  });
});

describe('a bad email address', () => {
  it('is explained the same in a referral\'s email field as after "mailto:"', () => {
    const pathway = {
      ...minimal,
      referrals: [referral('ref', 'attendance@tarnby')],
      stages: [{ id: 'support', title: 'Support', referrals: ['ref'], resources: [{ title: 'Email', url: 'mailto:attendance@tarnby' }] }],
    } as Pathway;
    expect(details(pathway, 'unsafe-link')).toEqual([
      '"mailto:attendance@tarnby" is not a valid email address: "attendance@tarnby" has no ending after its domain, such as ".gov.uk"',
      '"attendance@tarnby" is not a valid email address: it has no ending after its domain, such as ".gov.uk"',
    ]);
  });
});
