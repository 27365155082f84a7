/**
 * Duties as councils write them (format 1.1), on an invented council's formal-support stage:
 * "may", a heading that hides the strength, several roles, duties that apply only when a rule
 * holds, duties that wait for gates, due dates (immediately, within N school days of a date, a
 * range capped by a "due by" date, about N weeks, a length agreed per case) and how often.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import type { CaseInput, DutyStatus } from '../types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/duties.json', import.meta.url), 'utf8')) as Pathway;
const northbridge = createPathway(definition);

const base: CaseInput = { measures: { attendance: { percentage: 80 } } };
const duties = (input: CaseInput = {}) => northbridge.evaluateStage('formal-support', { ...base, ...input })?.duties ?? [];
const duty = (id: string, input: CaseInput = {}) => {
  const found = duties(input).find((d) => d.id === id);
  if (found === undefined) throw new Error(`no duty ${id}`);
  return found;
};

describe('duties as councils write them', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
    expect(definition.schemaVersion).toBe('1.1');
  });

  it('lists every duty of the stage and its routes, in order, each with its group heading and source', () => {
    const all = duties();
    expect(all.map((d) => d.id)).toEqual([
      'first-day-contact',
      'start-plan',
      'review-meetings',
      'share-plan',
      'record-keeping',
      'consider-prosecution',
      'notice-to-improve',
      'termly-check',
      'review-contract',
    ]);
    expect(all[0].heading).toBe('Schools are expected to:');
    expect(all[5].heading).toBe('The Local Authority should consider:');
    expect(all[8].heading).toBe('The school must:');
    expect(all[8].source).toEqual({ kind: 'route', id: 'contract', title: 'Attendance contract' });
    expect(all[0].source).toEqual({ kind: 'stage', id: 'formal-support', title: 'Stage 3: Formal support' });
  });

  it('gives each duty its own strength, else its group’s, and invents none', () => {
    const force = (id: string) => duty(id).force;
    expect(force('first-day-contact')).toBe('must');
    expect(force('review-meetings')).toBe('should');
    expect(force('share-plan')).toBe('may');
    // "Schools are expected to:" hides the strength and the action gives none.
    expect(force('record-keeping')).toBeUndefined();
    expect('force' in duty('record-keeping')).toBe(false);
    // The LA's group says "consider" once for all its actions.
    expect(force('consider-prosecution')).toBe('consider');
  });

  it('names every role who does a duty, by title', () => {
    expect(duty('review-meetings').roles).toEqual(['The school', 'The education welfare officer']);
    expect(duty('review-meetings').roleIds).toEqual(['school', 'ewo']);
    expect(duty('first-day-contact').roles).toEqual(['The school']);
    expect(duty('consider-prosecution').roles).toEqual(['The Local Authority']);
  });

  it('reports a duty whose rule is false as not applying, with why, instead of dropping it', () => {
    const withPlan = duty('start-plan', { answers: { 'plan-in-place': 'yes' } });
    expect(withPlan.applies).toBe(false);
    expect(withPlan.reason.code).toBe('duty.notApplies');
    expect(withPlan.reason.text).toBe('Does not apply: "Is there an attendance support plan in place?" is answered Yes, not No');

    const noPlan = duty('start-plan', { answers: { 'plan-in-place': 'no' } });
    expect(noPlan.applies).toBe(true);
    expect(noPlan.reason.text).toBe('Applies: "Is there an attendance support plan in place?" is answered No');
    expect(noPlan.due?.text).toBe('Immediately');

    expect(duty('share-plan').reason).toMatchObject({ code: 'duty.always', text: 'Applies' });
  });

  it('makes a route’s duties apply only while the route is open', () => {
    const closed = duty('review-contract', { answers: { 'plan-in-place': 'no' } });
    expect(closed.applies).toBe(false);
    expect(closed.reason.text).toBe('Does not apply: the route "Attendance contract" is not open');
    expect(duty('review-contract', { answers: { 'plan-in-place': 'yes' } }).applies).toBe(true);
  });

  it('makes a chosen route’s duties apply once it is chosen, and says who decides a route decided later', () => {
    const chosen = structuredClone(definition);
    const route = chosen.stages[0].routes?.[0];
    if (route === undefined) throw new Error('fixture changed');
    delete route.when;
    route.chosenBy = 'school';
    const reviewContract = (input: CaseInput, pathway = chosen) =>
      createPathway(pathway).evaluateStage('formal-support', { ...base, ...input })?.duties?.find((d) => d.id === 'review-contract');
    expect(reviewContract({})).toMatchObject({ applies: false, reason: { text: 'Applies once the route "Attendance contract" is chosen' } });
    expect(reviewContract({ routes: ['contract'] })?.applies).toBe(true);

    const later = structuredClone(chosen);
    later.stages[0].routes![0].chosenBy = 'la';
    expect(reviewContract({}, later)).toMatchObject({
      applies: false,
      reason: { code: 'duty.routeLater', text: 'Applies if The Local Authority decides on the route "Attendance contract"' },
    });
  });

  it('waits for its gates, found among the stage’s and its referrals’ gates, whatever their severity', () => {
    const waiting = duty('consider-prosecution');
    expect(waiting.waiting).toBe(true);
    expect(waiting.gates.map((g) => [g.id, g.found, g.holds, g.severity])).toEqual([
      ['consult-la', true, false, 'advisory'],
      ['chronology-sent', true, false, 'blocking'],
    ]);
    const half = duty('consider-prosecution', { answers: { 'la-consulted': 'yes' } });
    expect(half.waiting).toBe(true);
    expect(half.gates.map((g) => g.holds)).toEqual([true, false]);
    const ready = duty('consider-prosecution', { answers: { 'la-consulted': 'yes', 'q-chronology-sent': 'yes' } });
    expect(ready.waiting).toBe(false);
    expect(ready.gates[0].reasons[0].text).toBe(
      '"Has the school consulted the Education Welfare Service about legal action?" is answered Yes',
    );
  });

  it('reports a gate it cannot find as not holding, so the duty waits', () => {
    const changed = structuredClone(definition);
    changed.stages[0].actions?.[1].actions.push({ id: 'eso', text: 'Applying for an education supervision order.', gates: ['eso-agreed'] });
    expect(validatePathway(changed)).toBe(true);
    const eso = createPathway(changed).evaluateStage('formal-support', base)?.duties?.find((d) => d.id === 'eso') as DutyStatus;
    expect(eso.waiting).toBe(true);
    expect(eso.gates).toEqual([
      expect.objectContaining({ id: 'eso-agreed', found: false, holds: false, reasons: [expect.objectContaining({ code: 'duty.gateNotFound' })] }),
    ]);
  });

  it('works out when a duty is due from the date it is counted from, and flags it overdue after that date', () => {
    const noDate = duty('review-meetings');
    expect(noDate.due?.text).toBe('Within 10 school days of "Date of the first formal support meeting with the family"');
    expect(noDate.due?.date).toBeUndefined();
    expect(noDate.due?.reason?.text).toBe(
      'The due date is not known until "Date of the first formal support meeting with the family" has a date',
    );

    // Monday 3 March 2025 + 10 school days = Monday 17 March 2025.
    const dated = duty('review-meetings', { answers: { 'first-meeting': '2025-03-03' }, asOf: '2025-03-17' });
    expect(dated.due).toMatchObject({ date: '2025-03-17', overdue: false });
    expect(dated.due?.reason?.text).toBe('Due by 17 March 2025');
    const late = duty('notice-to-improve', { answers: { 'first-meeting': '2025-03-03' }, asOf: '2025-03-25' });
    expect(late.due).toMatchObject({ date: '2025-03-24', overdue: true });
    expect(late.due?.reason?.text).toBe('Overdue unless already done: it was due by 24 March 2025');
  });

  it('follows a recurring duty to its next occurrence once the first has passed, as a review does, never overdue', () => {
    // Due within 10 school days of 3 March (17 March), then every 2 weeks: 31 March, 14 April…
    const meeting = { answers: { 'first-meeting': '2025-03-03' } };
    const next = duty('review-meetings', { ...meeting, asOf: '2025-03-18' });
    expect(next.due).toMatchObject({ date: '2025-03-31', overdue: false });
    expect(next.due?.reason?.text).toBe('Next due by 31 March 2025');
    expect(next.every?.text).toBe('Every 2 weeks');
    // On the day of an occurrence, that one is next; the day after, the one after it.
    expect(duty('review-meetings', { ...meeting, asOf: '2025-03-31' }).due?.date).toBe('2025-03-31');
    expect(duty('review-meetings', { ...meeting, asOf: '2025-04-01' }).due).toMatchObject({ date: '2025-04-14', overdue: false });
  });

  it('uses the upper end of a range as the deadline, and an earlier "due by" date when there is one', () => {
    const fromMeeting = { answers: { 'first-meeting': '2025-03-03' } };
    // 2 to 3 weeks after 3 March: by 24 March.
    expect(duty('notice-to-improve', fromMeeting).due?.date).toBe('2025-03-24');
    // The panel sits on 20 March: due by then.
    const panel = duty('notice-to-improve', { ...fromMeeting, measures: { ...base.measures, 'panel-date': { date: '2025-03-20' } } });
    expect(panel.due?.date).toBe('2025-03-20');
    expect(panel.due?.text).toBe(
      'Within 2 to 3 weeks of "Date of the first formal support meeting with the family", and no later than "Date of the legal planning panel"',
    );
    expect(panel.due?.terms.map((t) => t.code)).toEqual(['duty.due.withinFrom', 'duty.due.by']);
    // A later panel does not move the deadline.
    expect(duty('notice-to-improve', { ...fromMeeting, measures: { ...base.measures, 'panel-date': { date: '2025-04-30' } } }).due?.date).toBe(
      '2025-03-24',
    );
  });

  it('never flags an approximate length as overdue', () => {
    const check = duty('termly-check', { answers: { 'first-meeting': '2025-03-03' }, asOf: '2025-04-01' });
    expect(check.due).toMatchObject({ date: '2025-04-14', overdue: false });
    expect(check.due?.reason?.text).toBe('Due about 14 April 2025 (a guide, not a deadline)');
    // Recurring every term (13 weeks) after that: about 14 July once 14 April has passed.
    const later = duty('termly-check', { answers: { 'first-meeting': '2025-03-03' }, asOf: '2025-06-01' });
    expect(later.due).toMatchObject({ date: '2025-07-14', overdue: false });
    expect(later.due?.reason?.text).toBe('Due about 14 July 2025 (a guide, not a deadline)');
    expect(check.every?.text).toBe('Every term');
  });

  it('takes a length agreed per case from its answer', () => {
    const open = { 'plan-in-place': 'yes', 'first-meeting': '2025-03-03' } as const;
    const unknown = duty('review-contract', { answers: open });
    expect(unknown.due?.reason?.text).toBe('The due date is not known until "How many weeks does the attendance contract run for?" is answered');
    const agreed = duty('review-contract', { answers: { ...open, 'contract-weeks': 6 }, asOf: '2025-04-20' });
    expect(agreed.due).toMatchObject({ date: '2025-04-14', overdue: true });
    expect(agreed.due?.text).toBe('Within 6 weeks (as agreed) of "Date of the first formal support meeting with the family"');
  });

  it('puts the duties that apply in the summary with their strength, roles, due date and gates still awaited', () => {
    const summary = northbridge.summarise({ ...base, answers: { 'plan-in-place': 'yes', 'first-meeting': '2025-03-03' }, asOf: '2025-03-18' });
    const lines = summary.duties ?? [];
    expect(lines.map((d) => d.id)).toEqual([
      'first-day-contact',
      'review-meetings',
      'share-plan',
      'record-keeping',
      'consider-prosecution',
      'notice-to-improve',
      'termly-check',
      'review-contract',
    ]);
    expect(lines.find((d) => d.id === 'review-meetings')).toMatchObject({
      force: 'should',
      roles: ['The school', 'The education welfare officer'],
      dueDate: '2025-03-31',
      every: 'Every 2 weeks',
    });
    expect(lines.find((d) => d.id === 'review-meetings')?.overdue).toBeUndefined();
    expect(lines.find((d) => d.id === 'share-plan')?.force).toBe('may');
    expect(lines.find((d) => d.id === 'record-keeping')?.force).toBeUndefined();
    expect(lines.find((d) => d.id === 'consider-prosecution')?.waitingFor).toEqual([
      'The Education Welfare Service has been consulted',
      'A chronology has been sent to the panel',
    ]);
    // The existing shape still carries the same duties, under headings that invent no strength.
    expect(summary.actions.map((a) => a.heading)).toEqual(['Schools are expected to:', 'The Local Authority should consider:', 'The school must:']);
    expect(summary.actions[0].items).not.toContain('If there is no plan in place, the school must start one immediately.');
  });

  it('heads a group without a heading or a strength with its role alone, and "may" as may', () => {
    const changed = structuredClone(definition);
    const school = changed.stages[0].actions?.[0];
    if (school === undefined) throw new Error('fixture changed');
    delete school.heading;
    const summary = createPathway(changed).summarise(base);
    expect(summary.actions[0].heading).toBe('The school:');
    school.force = 'may';
    expect(createPathway(changed).summarise(base).actions[0].heading).toBe('The school may:');
  });
});

describe('the Southwark seed, re-encoded with 1.1 duties', () => {
  const southwark = JSON.parse(readFileSync(new URL('../../../../pathways/southwark.json', import.meta.url), 'utf8')) as Pathway;
  const stageDutiesOf = (input: CaseInput) => createPathway(southwark).evaluateStage('stage-one', input)?.duties ?? [];

  it('is valid 1.1 and gives each duty the strength the document gives it, with no strength for the group', () => {
    expect(validatePathway(southwark)).toBe(true);
    expect(southwark.schemaVersion).toBe('1.1');
    expect(southwark.stages[0].actions?.map((group) => group.force)).toEqual([undefined, undefined]);
    const forces = Object.fromEntries(stageDutiesOf({}).map((d) => [d.id, d.force]));
    expect(forces).toEqual({
      'meet-parent-or-carer': 'must',
      'explain-impact-expectations-consequences': 'should',
      'parents-made-aware': 'must',
      'use-parent-leaflet': 'should',
      'consult-senior-ewo': 'must',
      'translate-communication': 'must',
      'share-information-accessibly': 'must',
      'seek-advocacy-support': 'should',
      'include-school-in-enforcement-decisions': 'must',
      'understand-reasons': 'should',
      'possible-interventions': 'may',
      'assessment-and-plan': 'should',
      'plan-with-family': 'must',
      'consider-taf-meeting': 'consider',
    });
  });

  it('names the senior education welfare officer beside the lead professional where the document does', () => {
    const roles = (id: string) => stageDutiesOf({ cohorts: ['parent-literacy-or-learning-needs'] }).find((d) => d.id === id)?.roles;
    expect(roles('consult-senior-ewo')).toEqual(['The lead professional', 'Senior education welfare officer']);
    expect(roles('seek-advocacy-support')).toEqual(['The lead professional', 'Senior education welfare officer']);
    expect(roles('meet-parent-or-carer')).toEqual(['The lead professional']);
  });

  it('heads the lists by role alone, so a "should" is never printed under "must"', () => {
    const summary = createPathway(southwark).summarise({ cohorts: ['persistent-non-attendance'] });
    expect(summary.actions.map((a) => a.heading)).toEqual(['The lead professional:', 'The school:']);
    expect(summary.journey).toEqual({
      audience: 'professional',
      role: 'lead-professional',
      end: { kind: 'plan', label: 'stage one assessment and plan', labelFromPathway: true },
    });
  });
});
