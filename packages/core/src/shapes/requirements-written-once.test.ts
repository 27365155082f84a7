/**
 * Requirements written once (format 1.1), on an invented council's graduated response: a support
 * plan every pupil at 88% and below needs at whichever level they are, a question for pupils with
 * a social worker at every level, and standing duties that are not about one pupil.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(
  readFileSync(new URL('../../fixtures/shapes/requirements-written-once.json', import.meta.url), 'utf8'),
) as Pathway;
const eastmoor = createPathway(definition);

const at = (percentage: number, input: CaseInput = {}): CaseInput => ({ ...input, measures: { attendance: { percentage } } });
const current = (input: CaseInput) => {
  const stage = eastmoor.evaluate(input).current;
  if (stage === undefined) throw new Error('no current stage');
  return stage;
};
const planItems = ['plan-form-completed', 'plan-start', 'plan-form-barrier'];

describe('requirements written once', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
    expect(definition.schemaVersion).toBe('1.1');
  });

  it('adds a requirement’s questions, evidence and gates to each stage it names where its rule holds, owned by the requirement', () => {
    for (const [percentage, stageId] of [[85, 'targeted'], [70, 'intensive']] as const) {
      const stage = current(at(percentage));
      expect(stage.stageId).toBe(stageId);
      const fromPlan = stage.questions.filter((q) => q.ownerId === 'support-plan');
      expect(fromPlan.map((q) => q.id)).toEqual(planItems);
      expect(fromPlan.every((q) => q.ownerKind === 'requirement' && q.ownerTitle === 'Support plan at 88% and below')).toBe(true);
      expect(stage.evidence.find((e) => e.id === 'plan-form')).toMatchObject({
        ownerId: 'support-plan',
        ownerKind: 'requirement',
        state: 'missing',
        severity: 'blocking',
      });
      expect(stage.gates.map((g) => g.id)).toContain('plan-has-run');
    }
    // The stage's own items come first and keep their owner.
    const targeted = current(at(85));
    expect(targeted.questions[0]).toMatchObject({ id: 'family-met', ownerId: 'targeted' });
    expect('ownerKind' in targeted.questions[0]).toBe(false);
  });

  it('lists them as not needed, with why, where the rule does not hold, and leaves its gates out', () => {
    const stage = current(at(89.5));
    expect(stage.stageId).toBe('targeted');
    const fromPlan = stage.questions.filter((q) => q.ownerId === 'support-plan');
    expect(fromPlan.map((q) => q.state)).toEqual(['notApplicable', 'notApplicable', 'notApplicable']);
    expect(fromPlan[0].reason.text).toBe('Not needed: "Support plan at 88% and below" does not apply (attendance is 89.5%, not at most 88%)');
    expect(stage.gates.map((g) => g.id)).not.toContain('plan-has-run');
    expect(stage.evidence.find((e) => e.id === 'plan-form')?.state).toBe('notApplicable');
  });

  it('never adds them at a stage the requirement does not name', () => {
    const universal = eastmoor.evaluateStage('universal', at(85));
    expect(universal?.questions.some((q) => q.ownerId === 'support-plan')).toBe(false);
    expect(universal?.gates).toEqual([]);
    // The requirement that names no stage applies at every stage.
    expect(universal?.questions.map((q) => q.id)).toEqual(['social-worker-told']);
  });

  it('counts them toward readiness like the stage’s own, blocking by default', () => {
    const ownDone = { answers: { 'family-met': 'yes' } };
    const notYet = current(at(85, ownDone));
    expect(notYet.ready).toBe(false);
    expect(notYet.missing.blocking.map((i) => i.id)).toEqual(['plan-form-completed', 'plan-start', 'plan-form']);
    expect(notYet.missing.gates.map((g) => g.id)).toEqual(['plan-has-run']);

    const planDone: CaseInput = at(85, {
      answers: { 'family-met': 'yes', 'plan-form-completed': 'yes', 'plan-start': '2025-01-06' },
      evidence: { 'plan-form': { confirmed: true } },
      asOf: '2025-01-31',
    });
    const tooSoon = current(planDone);
    expect(tooSoon.missing.blocking).toEqual([]);
    expect(tooSoon.ready).toBe(false);
    expect(tooSoon.gates.find((g) => g.id === 'plan-has-run')?.reasons[0].text).toBe(
      'It is not yet 4 school weeks since "Date the support plan started" (6 January 2025); that will be on 3 February 2025',
    );
    expect(current({ ...planDone, asOf: '2025-02-03' }).ready).toBe(true);
    // Above 88% the plan is not needed, so the stage is ready on its own items.
    expect(current(at(89.5, ownDone)).ready).toBe(true);
  });

  it('keeps advisory requirement items advisory', () => {
    const stage = current(at(85, { cohorts: ['social-worker'], answers: { 'social-worker-told': 'no' } }));
    expect(stage.missing.advisory.map((i) => i.id)).toEqual(['social-worker-told']);
    expect(stage.missing.blocking.map((i) => i.id)).not.toContain('social-worker-told');
  });

  it('compiles their questions once, so rules anywhere can refer to them', () => {
    // The intensive stage asks a question only when the requirement's question is answered No.
    const chased = (answer: string) =>
      current(at(70, { answers: { 'plan-form-completed': answer } })).questions.find((q) => q.id === 'plan-form-chased');
    expect(chased('no')?.state).toBe('missing');
    expect(chased('yes')?.state).toBe('notApplicable');
    expect(chased('yes')?.reason.text).toBe('Not needed: "Has the school completed a support plan form with the family?" is answered Yes, not No');
    // The requirement's own follow-up question reads it too.
    const barrier = current(at(85, { answers: { 'plan-form-completed': 'no' } })).questions.find((q) => q.id === 'plan-form-barrier');
    expect(barrier?.state).toBe('missing');
    // One answer serves every stage the requirement applies at.
    const answers = { 'plan-form-completed': 'yes' };
    for (const id of ['targeted', 'intensive']) {
      expect(eastmoor.evaluateStage(id, at(70, { answers }))?.questions.find((q) => q.id === 'plan-form-completed')?.state).toBe('met');
    }
  });

  it('adds its duties to the stage’s, and reports them as not applying where its rule does not hold', () => {
    const duties = current(at(85)).duties ?? [];
    expect(duties.map((d) => [d.source.kind, d.source.id, d.text, d.applies])).toEqual([
      ['stage', 'targeted', 'Meet the family to discuss attendance.', true],
      ['requirement', 'support-plan', 'Complete a support plan form with the family.', true],
    ]);
    expect(duties[1]).toMatchObject({ force: 'must', roles: ['The school'] });
    expect(duties[1].reason.text).toBe('Applies: Attendance is 85%, at most 88%');
    expect(duties[1].due?.text).toBe('Within 10 school days of the start of this stage');

    const above = (current(at(89.5)).duties ?? []).find((d) => d.source.kind === 'requirement');
    expect(above?.applies).toBe(false);
    expect(above?.reason.text).toBe('Does not apply: Attendance is 89.5%, not at most 88%');
  });

  it('puts requirement duties in the summary with their strength, and in the existing actions list', () => {
    const summary = eastmoor.summarise(at(85));
    expect(summary.duties?.map((d) => [d.source.kind, d.text, d.force])).toEqual([
      ['stage', 'Meet the family to discuss attendance.', 'must'],
      ['requirement', 'Complete a support plan form with the family.', 'must'],
    ]);
    expect(summary.actions.flatMap((a) => a.items)).toContain('Complete a support plan form with the family.');
    expect(eastmoor.summarise(at(89.5)).actions.flatMap((a) => a.items)).not.toContain('Complete a support plan form with the family.');
    // Requirement questions are answered in the summary under the requirement's title.
    expect(summary.answers.find((a) => a.questionId === 'plan-form-completed')?.stageTitle).toBe('Support plan at 88% and below');
  });

  it('exposes the standing duties, not about one pupil, in every evaluation and every summary', () => {
    for (const input of [{}, at(95), at(85), at(60)]) {
      const standing = eastmoor.evaluate(input).standingDuties ?? [];
      expect(standing.map((d) => [d.id, d.force, d.roles, d.every?.text, d.applies])).toEqual([
        ['termly-meeting', 'must', ['The school', 'The attendance officer'], 'Every term', true],
        ['advice-line', 'may', ['The school', 'The attendance advice line'], undefined, true],
      ]);
      expect(standing[0].heading).toBe('Every school, for all its pupils:');
      expect(standing[0].source).toEqual({ kind: 'pathway', id: 'eastmoor-graduated-attendance', title: 'Graduated response to school attendance' });
      const summary = eastmoor.summarise(input);
      expect(summary.standingDuties?.map((d) => [d.text, d.force, d.every])).toEqual([
        ['Meet your attendance officer every term to review pupils whose attendance is a concern.', 'must', 'Every term'],
        ['Call the attendance advice line for advice on any pupil.', 'may', undefined],
      ]);
    }
  });

  it('never lets a requirement make a stage’s completeness depend on itself', () => {
    const circular = structuredClone(definition);
    circular.requirements![0].when = { stageComplete: 'targeted' };
    circular.stages[2].gates = [{ id: 'targeted-done', title: 'Targeted support is complete', condition: { stageComplete: 'targeted' } }];
    expect(validatePathway(circular)).toBe(true);
    const model = createPathway(circular);
    const targeted = model.evaluateStage('targeted', at(85));
    expect(targeted?.questions.find((q) => q.id === 'plan-form-completed')?.reason.text).toBe(
      'Not needed: "Support plan at 88% and below" does not apply ("Level 2: Targeted support" cannot count as complete: whether it is complete depends on itself)',
    );
    // The same answer whichever stage is evaluated first.
    const intensiveFirst = createPathway(circular);
    const gate = intensiveFirst.evaluateStage('intensive', at(70))?.gates.find((g) => g.id === 'targeted-done');
    expect(gate?.holds).toBe(false);
    expect(model.evaluateStage('intensive', at(70))?.gates.find((g) => g.id === 'targeted-done')).toEqual(gate);
  });

  it('leaves pathways without requirements or standing duties as they were', () => {
    const plain = structuredClone(definition);
    delete plain.requirements;
    delete plain.actions;
    const evaluation = createPathway(plain).evaluate(at(85));
    expect(evaluation.standingDuties).toBeUndefined();
    expect(evaluation.current?.questions.map((q) => q.id)).toEqual(['family-met']);
    expect(createPathway(plain).summarise(at(85)).standingDuties).toBeUndefined();
  });
});
