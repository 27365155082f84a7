/**
 * Outcomes (format 1.1), on an invented council's casework pathway: closure with a condition,
 * step down, hand back, legal actions as outcome kinds, outcomes recorded as having happened,
 * and what can happen after a referral kept apart from what follows now.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/outcomes.json', import.meta.url), 'utf8')) as Pathway;
const kelmscott = createPathway(definition);

const casework = (input: CaseInput) => kelmscott.evaluateStage('casework', input);
const outcome = (input: CaseInput, id: string) => casework(input)?.outcomes.find((o) => o.id === id);
const at = (percentage: number, answers: Record<string, string> = {}): CaseInput => ({ measures: { attendance: { percentage } }, answers });

describe('outcomes', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
    expect(definition.schemaVersion).toBe('1.1');
  });

  it('closes the case only when attendance reaches 60% at the final review, saying why', () => {
    expect(outcome(at(55, { 'final-review-held': 'yes' }), 'closed-at-final-review')).toMatchObject({
      kind: 'close',
      open: false,
      reason: { text: 'Not open: Attendance is 55%, not at least 60%' },
    });
    expect(outcome(at(62), 'closed-at-final-review')).toMatchObject({
      open: false,
      reason: { text: 'Not known yet: "Has the final review taken place?" is not answered' },
    });
    const closed = at(62, { 'final-review-held': 'yes' });
    expect(outcome(closed, 'closed-at-final-review')).toMatchObject({
      open: true,
      reason: { text: 'Open: "Has the final review taken place?" is answered Yes; Attendance is 62%, at least 60%' },
    });
    expect(kelmscott.summarise(closed).nextSteps).toContain(
      'Case closed at the final review. The case is closed when attendance reaches 60% at the final review.',
    );
    expect(kelmscott.summarise(at(55, { 'final-review-held': 'yes' })).nextSteps.join(' ')).not.toContain('Case closed at the final review');
  });

  it('steps down above 80% and hands back to the school while the family engages', () => {
    expect(outcome(at(85), 'step-down')).toMatchObject({ kind: 'stepDown', to: 'school-support', open: true });
    expect(outcome(at(62), 'step-down')?.open).toBe(false);
    const engaging = at(62, { 'family-engaging': 'yes' });
    expect(outcome(engaging, 'hand-back')).toMatchObject({ kind: 'handBack', to: 'school-support', open: true });
    expect(outcome(engaging, 'notice-to-improve')?.open).toBe(false);
    const steps = kelmscott.summarise({ ...engaging, stage: 'casework' }).nextSteps;
    expect(steps).toContain('Hand back to the school with a support plan: hand the case back, to "School-led support".');
    expect(kelmscott.summarise({ ...at(85), stage: 'casework' }).nextSteps).toContain(
      'Attendance above 80%: step down to "School-led support".',
    );
    expect(outcome(at(62, { 'family-engaging': 'no' }), 'notice-to-improve')).toMatchObject({ kind: 'noticeToImprove', open: true });
  });

  it('states each legal action as what it is, never as a referral', () => {
    const legal = kelmscott.evaluateStage('legal', {});
    expect(legal?.outcomes.map((o) => [o.kind, o.open])).toEqual([
      ['attendanceContract', true],
      ['penaltyNotice', true],
      ['educationSupervisionOrder', true],
      ['prosecution', true],
      ['court', true],
      ['parentingOrder', true],
      ['schoolAttendanceOrder', true],
    ]);
    // Open with no rule of their own: what can happen at the stage, not steps to take now.
    const legalSummary = kelmscott.summarise({ stage: 'legal' });
    expect(legalSummary.nextSteps).toEqual([]);
    const steps = legalSummary.canHappen ?? [];
    expect(steps).toEqual([
      'Offer an attendance contract.',
      'Issue a penalty notice.',
      'Apply for an education supervision order.',
      'Prosecute under section 444: prosecution.',
      'Family court hearing: court proceedings.',
      'The court may make a parenting order on conviction.',
      'Serve a school attendance order.',
    ]);
    expect(steps.join(' ')).not.toMatch(/referral|refer to/i);
  });

  it('closes every legal action for a child looked after, and says what to do instead', () => {
    const input: CaseInput = { stage: 'legal', cohorts: ['looked-after'] };
    const legal = kelmscott.evaluateStage('legal', input);
    expect(legal?.outcomes.every((o) => !o.open)).toBe(true);
    expect(legal?.outcomes[1].reason.text).toBe('Not open: this stage is not offered for this pupil');
    expect(kelmscott.summarise(input).nextSteps).toEqual([
      'We do not take legal action for children looked after: work with the Virtual School and the social worker.',
    ]);
  });

  it('reports an outcome the case records, opens what depends on it, and enters the stage it leads to', () => {
    const input: CaseInput = { ...at(62, { 'family-engaging': 'no' }), outcomes: ['notice-expired-no-improvement'] };
    expect(outcome(input, 'notice-expired-no-improvement')?.recorded).toBe(true);
    expect(outcome(input, 'notice-to-improve')?.recorded).toBeUndefined();
    expect(outcome(input, 'refer-to-panel')).toMatchObject({
      open: true,
      reason: { text: 'Open: "The notice to improve ran out without improvement" is recorded' },
    });
    expect(outcome(at(62), 'refer-to-panel')?.reason.text).toBe(
      'Not open: "The notice to improve ran out without improvement" is not recorded',
    );
    const evaluation = kelmscott.evaluate(input);
    expect(evaluation.stageId).toBe('legal');
    expect(evaluation.placement.stages.map((s) => [s.stageId, s.via])).toEqual([
      ['school-support', 'band'],
      ['casework', 'band'],
      ['legal', 'outcome'],
    ]);
  });

  it('keeps what can happen after the referral apart from what follows now', () => {
    const input: CaseInput = { ...at(62, { 'family-engaging': 'no' }), outcomes: ['notice-expired-no-improvement'], stage: 'casework' };
    const referral = casework(input)?.referrals[0];
    expect(referral?.outcomes?.map((o) => [o.id, o.kind, o.after, o.open])).toEqual([
      ['panel-prosecution', 'prosecution', 'referral', true],
      ['panel-closed', 'close', 'referral', true],
      ['panel-hand-back', 'handBack', 'referral', true],
    ]);
    expect(casework(input)?.outcomes.some((o) => o.after === 'referral')).toBe(false);
    const summary = kelmscott.summarise(input);
    expect(summary.nextSteps).toContain('Ask the legal planning panel: refer to "Legal planning panel" once what is still missing is done.');
    expect(summary.nextSteps.join(' ')).not.toMatch(/Case closed by the panel|approves prosecution|Hand back to the school\b/);
    expect(summary.referrals[0].outcomes.map((o) => o.title)).toEqual([
      'The panel approves prosecution',
      'Case closed by the panel',
      'Hand back to the school',
    ]);
    // A blocked referral's outcomes are closed too.
    const blocked = structuredClone(definition);
    blocked.exceptions = [{ id: 'no-panel', title: 'No panel', when: { cohort: 'looked-after' }, effect: 'block', referrals: ['legal-panel'], message: 'No panel.' }];
    const closed = createPathway(blocked).evaluateStage('casework', { ...input, cohorts: ['looked-after'] })?.referrals[0];
    expect(closed?.outcomes?.map((o) => [o.id, o.open])).toEqual([
      ['panel-prosecution', false],
      ['panel-closed', false],
      ['panel-hand-back', false],
    ]);
  });
});

describe('Wigan’s pathway meeting, re-encoded in format 1.1', () => {
  const wiganDefinition = JSON.parse(readFileSync(new URL('../../../../pathways/wigan.json', import.meta.url), 'utf8')) as Pathway;
  const wigan = createPathway(wiganDefinition);
  const everything = (): CaseInput => {
    const answers: Record<string, string> = {};
    for (const stage of wiganDefinition.stages) for (const q of stage.questions ?? []) answers[q.id] = 'yes';
    return { answers, evidence: { 'management-oversight': { confirmed: true } } };
  };

  it('is valid 1.1, and the meeting either approves escalation or hands the case back to the existing plan', () => {
    expect(validatePathway(wiganDefinition)).toBe(true);
    expect(wiganDefinition.schemaVersion).toBe('1.1');
    const referral = wigan.evaluateStage('enforcement-referral', everything())?.referrals[0];
    expect(referral?.outcomes?.map((o) => [o.title, o.kind, o.after, o.open])).toEqual([
      ['Approval to submit a referral for escalation to enforcement', 'escalate', 'referral', true],
      ['Agree further recommendations to consider and review within your existing plan', 'handBack', 'referral', true],
    ]);
    // What the meeting decides follows the request; the next step now is the request itself.
    const steps = wigan.summarise({ ...everything(), stage: 'enforcement-referral' }).nextSteps;
    // The request is a referral: it is made once what the stage still needs is done (outcome-timing.ts).
    expect(steps[0]).toBe('Request a time to discuss the case at the next pathway meeting: refer to "Referral to enforcement action" once what is still missing is done.');
    expect(steps.join(' ')).not.toMatch(/Approval to submit|Agree further recommendations/);
  });

  it('closes the meeting’s outcomes for a child looked after', () => {
    const referral = wigan.evaluateStage('enforcement-referral', { ...everything(), cohorts: ['looked-after'] })?.referrals[0];
    expect(referral?.outcomes?.map((o) => o.open)).toEqual([false, false]);
  });
});
