/** The four seed pathways, as the widget tests load them, plus fresh copies to modify. */
import countyJson from '../../../../pathways/county-chronic-non-attendance.json';
import norfolkJson from '../../../../pathways/norfolk.json';
import southwarkJson from '../../../../pathways/southwark.json';
import wiganJson from '../../../../pathways/wigan.json';
import type { Pathway } from '@pathway/schema';

export const seeds = {
  wigan: wiganJson as unknown as Pathway,
  norfolk: norfolkJson as unknown as Pathway,
  southwark: southwarkJson as unknown as Pathway,
  county: countyJson as unknown as Pathway,
};

export type SeedName = keyof typeof seeds;

/** A deep copy, safe to change in one test. */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A small pathway with every shape the pages must describe truthfully: a universal stage with
 * no questions, a stage with questions and a gate but no referral, and a stage that requires
 * it and makes two referrals (one with details, an "include" item, a criterion and outcomes of
 * its own; one with only an "include" item), with "refer" and "close" outcomes side by side in
 * the pathway; an exception that changes everything (risk of harm, sent to the MASH) and one
 * that only advises; a question longer than the engine quotes; a condition with a time limit.
 */
export const tiers = {
  schemaVersion: '1.0',
  id: 'test-tiers',
  version: '1',
  title: 'Tiered attendance support',
  authority: { name: 'Testshire Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', decimals: 1 }],
  cohorts: [
    { id: 'risk-of-harm', title: 'Immediate risk of harm' },
    { id: 'family-plan', title: 'The family already has a plan' },
  ],
  roles: [{ id: 'school', title: 'School', kind: 'school' }],
  contacts: [{ id: 'mash', name: 'Multi-Agency Safeguarding Hub', phone: '01632 960 000' }],
  stages: [
    { id: 'tier-1', title: 'Universal support', universal: true, description: 'Every pupil.' },
    {
      id: 'tier-2',
      title: 'Targeted support',
      bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      questions: [
        { id: 'met-family', text: 'Have you met the family?', type: 'yesNo', unmetMessage: 'Meet the family before going further.' },
        {
          id: 'plan-agreed',
          text: 'Has a written plan been agreed with the family at a meeting that everyone involved attended in person?',
          type: 'yesNo',
        },
        { id: 'plan-date', text: 'When was the plan agreed?', type: 'date', required: false },
      ],
      gates: [
        { id: 'plan-reviewed', title: 'The plan has been reviewed', condition: { answer: 'plan-agreed', in: ['yes'] } },
        {
          id: 'plan-recent',
          title: 'The plan is no more than 6 weeks old',
          severity: 'advisory',
          condition: { since: 'plan-date', atMost: { amount: 6, unit: 'weeks' } },
        },
      ],
      actions: [{ role: 'school', force: 'should', actions: [{ text: 'Meet the family.' }] }],
      outcomes: [
        { id: 'improved', title: 'Attendance improved', kind: 'stepDown', to: 'tier-1' },
        { id: 'not-improved', title: 'No improvement', kind: 'escalate', to: 'tier-3' },
      ],
    },
    {
      id: 'tier-3',
      title: 'Specialist support',
      bands: [{ label: '50% and under', measure: 'attendance', upper: { value: 50, inclusive: true } }],
      requires: { stages: ['tier-2'] },
      evidence: [{ id: 'head-note', title: "The head teacher's note" }],
      gates: [{ id: 'head-agreed', title: 'The head teacher agreed', condition: { evidence: 'head-note' } }],
      referrals: ['panel', 'early-help'],
      outcomes: [
        { id: 'ask-panel', title: 'Ask the panel', kind: 'refer', referral: 'panel' },
        { id: 'back-above', title: 'Attendance back above 90%', kind: 'close' },
      ],
    },
  ],
  referrals: [
    {
      id: 'panel',
      title: 'Request the attendance panel',
      target: { name: 'Attendance panel', kind: 'panel' },
      channel: { kind: 'email', email: 'panel@example.gov.uk' },
      fields: [
        { id: 'child-name', label: "Child's name", type: 'text' },
        { id: 'date-of-birth', label: 'Date of birth', type: 'date' },
        { id: 'school', label: 'School', type: 'text' },
      ],
      include: [{ id: 'panel-pack', title: 'Attendance printout' }],
      gates: [{ id: 'panel-met', title: 'The family has been met', condition: { answer: 'met-family', in: ['yes'] } }],
      response: 'The panel will write to you within 10 school days.',
      outcomes: [{ id: 'panel-closed', title: 'Case closed by the panel', kind: 'close' }],
    },
    {
      id: 'early-help',
      title: 'Early Help request',
      target: { name: 'Early Help hub', kind: 'frontDoor' },
      channel: { kind: 'portal', url: 'https://example.gov.uk/early-help' },
      include: [{ id: 'eh-consent', title: 'Family consent form' }],
    },
  ],
  exceptions: [
    {
      id: 'risk',
      title: 'Immediate risk of harm',
      when: { cohort: 'risk-of-harm' },
      effect: 'redirect',
      stages: ['tier-3'],
      referrals: ['panel'],
      redirectTo: { contact: 'mash' },
      message: 'If the child is at immediate risk of harm, contact the MASH now.',
    },
    {
      id: 'plan-advice',
      title: 'The family already has a plan',
      when: { cohort: 'family-plan' },
      effect: 'advise',
      message: 'Work within the existing plan.',
    },
  ],
} as unknown as Pathway;
