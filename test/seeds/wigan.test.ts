import { describe, expect, it } from 'vitest';
import { createPathway, type CaseInput } from '@pathway/core';
import { loadSeed } from './load-seed.js';

// Wigan Council, "A pathway for supporting non-attendance": five steps, reflective questions,
// no legal enforcement for children looked after, enforcement referral by email to a pathway meeting.
const definition = loadSeed('wigan');
const wigan = createPathway(definition);

const CLA_MESSAGE =
  "Please note we do not proceed to legal enforcement for CLA but would look to escalate within children's social care.";

const attendance = (percentage: number): CaseInput => ({ measures: { attendance: { percentage } } });

/** Every reflective question of the four steps before the enforcement referral, answered as the pathway expects. */
function everythingUndertaken(): CaseInput {
  const answers: Record<string, string> = {};
  for (const stage of definition.stages) for (const q of stage.questions ?? []) answers[q.id] = 'yes';
  return { answers, evidence: { 'management-oversight': { confirmed: true } } };
}

describe('Wigan: the five steps as published', () => {
  it('keeps the council’s own step names and subtitles, typos included', () => {
    expect(definition.stages.map((s) => [s.title, s.subtitle])).toEqual([
      ['Prevention of non-attendance', 'UNIVERSAL'],
      ['Identify and Understand', 'TARGETTED GROUP/INDIVIDUAL'],
      ['Support for the child and family', 'TARGETTED INDIVIDUAL'],
      ['Formalise support.', 'SPECIALISED'],
      ['Enforcement Referral', undefined],
    ]);
    const questions = definition.stages.flatMap((s) => s.questions ?? []).map((q) => q.text);
    expect(questions).toContain('Are children approaching or classed as persistently absence (90% and under)?');
    expect(questions).toContain("Despite attempts to address barriers has the child's attendance continued to decline.");
  });

  it('asks every reflective bullet as a question: 5, 7, 7 and 7', () => {
    expect(definition.stages.map((s) => s.questions?.length ?? 0)).toEqual([5, 7, 7, 7, 0]);
  });
});

describe('Wigan: placement by attendance', () => {
  it('places 88% at Identify and Understand because it is "persistently absent (90% and under)"', () => {
    const placement = wigan.place(attendance(88));
    expect(placement.primary).toBe('identify-and-understand');
    expect(placement.stages.map((s) => s.stageId)).toEqual(['identify-and-understand']);
    const reasons = placement.stages[0].reasons.map((r) => r.text).join(' ');
    expect(reasons).toContain('90% and under');
    expect(placement.classifications.map((c) => c.band.label)).toEqual(['Persistent absence (90% and under)']);
  });

  it('counts exactly 90% as persistently absent (the bound is inclusive)', () => {
    expect(wigan.place(attendance(90)).primary).toBe('identify-and-understand');
    expect(wigan.place({ measures: { attendance: { possibleSessions: 200, attendedSessions: 180 } } }).primary).toBe(
      'identify-and-understand',
    );
  });

  it('places nobody above 90% beyond the universal step, and says so', () => {
    const placement = wigan.place(attendance(90.1));
    expect(placement.stages).toEqual([]);
    expect(placement.primary).toBeUndefined();
    expect(placement.gap).toBe(true);
    expect(placement.universal.map((s) => s.stageId)).toEqual(['prevention-of-non-attendance']);
  });

  it('at 50% and under, severe absence overlaps persistent absence and Formalise support is primary', () => {
    for (const value of [50, 32]) {
      const placement = wigan.place(attendance(value));
      expect(placement.stages.map((s) => s.stageId)).toEqual(['identify-and-understand', 'formalise-support']);
      expect(placement.primary).toBe('formalise-support');
      expect(placement.overlap).toBe(true);
      expect(placement.classifications.map((c) => c.band.label)).toEqual([
        'Persistent absence (90% and under)',
        'Severe absence (50% and under)',
      ]);
    }
    expect(wigan.place(attendance(50.1)).primary).toBe('identify-and-understand');
  });
});

describe('Wigan: children looked after never reach the enforcement referral', () => {
  it('blocks the enforcement step for a child looked after, with the document’s words', () => {
    const stage = wigan.evaluateStage('enforcement-referral', { ...everythingUndertaken(), cohorts: ['looked-after'] });
    expect(stage?.status).toBe('blocked');
    expect(stage?.ready).toBe(false);
    expect(stage?.exceptions.map((e) => e.message)).toContain(CLA_MESSAGE);
    expect(stage?.referrals.map((r) => r.status)).toEqual(['blocked']);
  });

  it('leaves the enforcement step available for a child who is not looked after', () => {
    const stage = wigan.evaluateStage('enforcement-referral', { ...everythingUndertaken(), cohorts: ['child-in-need'] });
    expect(stage?.status).toBe('available');
    expect(stage?.exceptions.map((e) => e.message)).not.toContain(CLA_MESSAGE);
    expect(stage?.referrals.map((r) => r.status)).toEqual(['available']);
  });

  it('tells the school in the summary', () => {
    const summary = wigan.summarise(
      { ...everythingUndertaken(), cohorts: ['looked-after'], stage: 'enforcement-referral' },
      { generatedAt: '2025-01-01T00:00:00.000Z' },
    );
    expect(summary.exceptions.map((e) => e.message)).toContain(CLA_MESSAGE);
    expect(summary.ready).toBe(false);
    // Enforcement is not offered, so no next step may still say to request the pathway meeting.
    expect(summary.nextSteps).toContain(CLA_MESSAGE);
    expect(summary.nextSteps.join(' ')).not.toMatch(/refer to/i);
  });

  it('closes the step’s outcomes for a child looked after, and opens them otherwise', () => {
    const looked = wigan.evaluateStage('enforcement-referral', { ...everythingUndertaken(), cohorts: ['looked-after'] });
    expect(looked?.outcomes.map((o) => [o.id, o.open])).toEqual([['request-pathway-meeting', false]]);
    expect(looked?.outcomes[0]?.reason.text).toBe('Not open: this stage is not offered for this pupil');
    const other = wigan.evaluateStage('enforcement-referral', everythingUndertaken());
    expect(other?.outcomes.map((o) => [o.id, o.open])).toEqual([['request-pathway-meeting', true]]);
  });

  it('reminds schools to plan within an existing plan for children with one, at every step', () => {
    const evaluation = wigan.evaluate({ cohorts: ['child-protection'] });
    for (const stage of evaluation.stages) {
      expect(stage.exceptions.map((e) => e.id)).toContain('plan-within-existing-plan');
      expect(stage.status).toBe('available');
    }
  });
});

describe('Wigan: the enforcement referral needs every earlier step', () => {
  it('asks all the questions of the four earlier steps', () => {
    const stage = wigan.evaluateStage('enforcement-referral', {});
    expect(stage?.questions).toHaveLength(26);
    expect(new Set(stage?.questions.map((q) => q.ownerTitle))).toEqual(
      new Set(['Prevention of non-attendance', 'Identify and Understand', 'Support for the child and family', 'Formalise support.']),
    );
    expect(stage?.ready).toBe(false);
  });

  it('is ready when every step is undertaken and management oversight is evidenced', () => {
    const stage = wigan.evaluateStage('enforcement-referral', everythingUndertaken());
    expect(stage?.missing.blocking).toEqual([]);
    expect(stage?.gates.map((g) => [g.id, g.holds])).toEqual([['gate-management-oversight', true]]);
    expect(stage?.ready).toBe(true);
  });

  it('is not ready without clear management oversight evidenced within the plan', () => {
    const input = everythingUndertaken();
    input.evidence = {};
    const stage = wigan.evaluateStage('enforcement-referral', input);
    expect(stage?.ready).toBe(false);
    expect(stage?.missing.blocking.map((i) => i.text)).toEqual([
      'Clear management oversight is required and should be evidenced within the plan.',
    ]);
    expect(stage?.missing.gates.map((g) => g.id)).toEqual(['gate-management-oversight']);
  });

  it('is held back when legal action is not in the child’s interests', () => {
    const input = everythingUndertaken();
    input.answers = { ...input.answers, 'q-enforcement-in-best-interests': 'no' };
    const stage = wigan.evaluateStage('enforcement-referral', input);
    expect(stage?.ready).toBe(false);
    expect(stage?.missing.blocking.map((i) => [i.id, i.state, i.ownerTitle])).toEqual([
      ['q-enforcement-in-best-interests', 'unmet', 'Formalise support.'],
    ]);
  });

  it('only warns when attendance has not fallen into severe absence', () => {
    const input = everythingUndertaken();
    input.answers = { ...input.answers, 'q-severe-absence': 'no' };
    const stage = wigan.evaluateStage('enforcement-referral', input);
    expect(stage?.ready).toBe(true);
    expect(stage?.missing.advisory.map((i) => i.id)).toEqual(['q-severe-absence']);
  });

  it('reaches every step: universal, by band, or by an outcome of the step before', () => {
    const evaluation = wigan.evaluate({});
    const leadsTo = evaluation.stages.flatMap((s) => s.outcomes.map((o) => o.to));
    expect(leadsTo).toEqual(
      expect.arrayContaining(['identify-and-understand', 'support-for-the-child-and-family', 'formalise-support', 'enforcement-referral']),
    );
  });
});

describe('Wigan: the referral to the pathway meeting', () => {
  const details = { 'child-name': 'A Pupil', 'date-of-birth': '2014-05-06', school: 'Example Primary School' };

  it('goes by email to AttendancePathway@wigan.gov.uk for the pathway meeting, with name, date of birth and school', () => {
    const summary = wigan.summarise(
      { ...everythingUndertaken(), stage: 'enforcement-referral', details },
      { generatedAt: '2025-01-01T00:00:00.000Z' },
    );
    expect(summary.pathway).toMatchObject({ id: 'wigan-supporting-non-attendance', version: '1.0', authority: 'Wigan Council' });
    expect(summary.referrals).toHaveLength(1);
    const referral = summary.referrals[0];
    expect(referral.target).toMatchObject({ name: 'Attendance pathway meeting', kind: 'meeting' });
    expect(referral.channel).toMatchObject({ kind: 'email', email: 'AttendancePathway@wigan.gov.uk' });
    expect(referral.channel.instructions).toContain('to request a time to discuss the case at the next pathway meeting');
    expect(referral.fields.map((f) => [f.id, f.label, f.value, f.required])).toEqual([
      ['child-name', "Child's name", 'A Pupil', true],
      ['date-of-birth', 'Date of birth', '2014-05-06', true],
      ['school', 'The school they are on roll at', 'Example Primary School', true],
    ]);
    expect(referral.response).toBe('A time/date will be emailed to you to inform acceptance of this request.');
    expect(referral.outcomes.map((o) => o.title)).toEqual([
      'Approval to submit a referral for escalation to enforcement',
      'Agree further recommendations to consider and review within your existing plan',
    ]);
    expect(referral.outcomes[1].description).toBe('This could include escalation within wider service involvement.');
  });

  it('asks for the date of birth as a date', () => {
    const fields = definition.referrals?.[0].fields ?? [];
    expect(fields.map((f) => f.type)).toEqual(['text', 'date', 'text']);
  });

  it('is not ready until the three details and the offer of support are given', () => {
    const bare = wigan.evaluateStage('enforcement-referral', everythingUndertaken())?.referrals[0];
    expect(bare?.ready).toBe(false);
    expect(bare?.fields.map((f) => f.state)).toEqual(['missing', 'missing', 'missing']);

    const complete = wigan.evaluateStage('enforcement-referral', {
      ...everythingUndertaken(),
      details,
      evidence: { 'management-oversight': { confirmed: true }, 'clear-offer-of-support': { confirmed: true } },
    })?.referrals[0];
    expect(complete?.fields.map((f) => f.state)).toEqual(['met', 'met', 'met']);
    expect(complete?.ready).toBe(true);
  });
});

describe('Wigan: a child looked after at 45% is never pointed to enforcement', () => {
  const lookedAfter = { ...everythingUndertaken(), measures: { attendance: { percentage: 45 } }, cohorts: ['looked-after'], stage: 'formalise-support' };

  it('closes "a referral to enforcement can be considered" at Formalise support, saying why', () => {
    const stage = wigan.evaluateStage('formalise-support', lookedAfter);
    const outcome = stage?.outcomes.find((o) => o.id === 'referral-to-enforcement-can-be-considered');
    expect(outcome).toMatchObject({ open: false, to: 'enforcement-referral' });
    expect(outcome?.reason.text).toBe('Not open: "Enforcement Referral" is not offered for this pupil');
  });

  it('gives a summary with no enforcement step and with the council\'s message about children looked after', () => {
    const summary = wigan.summarise(lookedAfter, { generatedAt: '2025-01-01T00:00:00.000Z' });
    expect([...summary.nextSteps, ...(summary.canHappen ?? [])].join('\n')).not.toMatch(/enforcement can be considered/i);
    expect(summary.exceptions.map((e) => e.id)).toContain('cla-no-legal-enforcement');
    const message = definition.exceptions?.find((e) => e.id === 'cla-no-legal-enforcement')?.message as string;
    expect(summary.nextSteps).toContain(message);
  });

  it('still points a pupil who is not looked after to enforcement', () => {
    const summary = wigan.summarise({ ...lookedAfter, cohorts: [] }, { generatedAt: '2025-01-01T00:00:00.000Z' });
    // What can happen at the stage: an escalation with no rule of its own is not a step to take now.
    expect(summary.canHappen?.join('\n')).toMatch(/enforcement/i);
    expect(summary.exceptions.map((e) => e.id)).not.toContain('cla-no-legal-enforcement');
  });
});
