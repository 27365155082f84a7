import { describe, expect, it } from 'vitest';
import type { Exception, Pathway, Stage } from './schema-types.js';
import type { CaseInput, StageEvaluation } from './types.js';
import { createPathway } from './create-pathway.js';

const understand: Stage = {
  id: 'understand',
  title: 'Listen and understand',
  lead: { role: 'school' },
  bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
  questions: [
    { id: 'met', text: 'Have you met the family?', type: 'yesNo', unmetMessage: 'Meet the family before escalating.' },
    { id: 'voice', text: 'Have you heard the pupil\'s voice?', type: 'yesNoNa', severity: 'advisory' },
    { id: 'notes', text: 'Anything else?', type: 'text', required: false },
    {
      id: 'barrier',
      text: 'What is the main barrier?',
      type: 'choice',
      options: [{ value: 'health', label: 'Health' }, { value: 'other', label: 'Something else' }],
      evidence: [{ id: 'health-letter', title: 'Letter from a health professional', showIf: { answer: 'barrier', in: ['health'] } }],
    },
    { id: 'why', text: 'Why did the plan not work?', type: 'text', showIf: { answer: 'met', in: ['yes'] } },
  ],
  evidence: [
    { id: 'chronology', title: 'A chronology of engagement' },
    { id: 'minutes', title: 'Minutes of the meeting', severity: 'advisory' },
  ],
  gates: [
    { id: 'oversight', title: 'Management oversight', condition: { evidence: 'chronology' }, unmetMessage: 'Ask your DSL to review the chronology.' },
    { id: 'meetings', title: 'Two meetings held', severity: 'advisory', condition: { answer: 'met', in: ['yes'] } },
  ],
  outcomes: [
    { id: 'improved', title: 'Attendance improved', kind: 'stepDown', when: { measure: 'attendance', lower: { value: 95, inclusive: false } } },
    { id: 'not-improved', title: 'Not improved', kind: 'escalate', to: 'enforce' },
  ],
};

const enforce: Stage = {
  id: 'enforce',
  title: 'Enforce',
  bands: [{ label: '50% or lower', measure: 'attendance', upper: { value: 50, inclusive: true } }],
  requires: { stages: ['understand'] },
  questions: [{ id: 'warned', text: 'Has a warning been issued?', type: 'yesNo' }],
  routes: [
    { id: 'notice', title: 'Route 1: Penalty Notice Warning', when: { answer: 'route', in: ['notice'] }, questions: [{ id: 'notice-date', text: 'Date of the notice', type: 'date' }], outcomes: [{ id: 'paid', title: 'Penalty paid', kind: 'close' }] },
    { id: 'meeting', title: 'Route 2: Meeting', evidence: [{ id: 'invite', title: 'Invitation letter' }] },
  ],
  referrals: ['enforcement'],
};

function pathway(exceptions: Exception[] = []): Pathway {
  return {
    schemaVersion: '1.0',
    id: 'evaluate',
    version: '2',
    title: 'Evaluation test',
    authority: { name: 'Test Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    cohorts: [{ id: 'cla', title: 'Child looked after' }, { id: 'yos', title: 'Open to YOS' }],
    roles: [{ id: 'school', title: 'Schools' }],
    stages: [understand, enforce],
    exceptions,
    referrals: [
      {
        id: 'enforcement',
        title: 'Referral to enforcement',
        target: { name: 'Attendance pathway meeting', kind: 'meeting' },
        channel: { kind: 'email', email: 'attendance@example.gov.uk' },
        fields: [
          { id: 'name', label: "Child's name", type: 'text' },
          { id: 'dob', label: 'Date of birth', type: 'date' },
          { id: 'phone', label: 'Parent phone', type: 'phone', required: false },
        ],
        include: [{ id: 'printout', title: 'Attendance printout' }],
        gates: [{ id: 'low', title: 'Attendance 50% or lower', condition: { measure: 'attendance', upper: { value: 50, inclusive: true } } }],
      },
    ],
  };
}

const complete: CaseInput = {
  measures: { attendance: { percentage: 45 } },
  answers: { met: 'yes', voice: 'na', barrier: 'other', why: 'Illness', warned: 'yes', route: 'notice', 'notice-date': '2025-01-06' },
  evidence: { chronology: { confirmed: true }, minutes: { confirmed: true }, invite: { confirmed: true }, printout: { confirmed: true } },
  details: { name: 'Sam', dob: '2014-05-01' },
};

const states = (s: StageEvaluation | undefined) =>
  Object.fromEntries([...(s?.questions ?? []), ...(s?.evidence ?? [])].map((i) => [i.id, i.state]));

describe('evaluateStage: questions and evidence', () => {
  const model = createPathway(pathway());

  it('applies the defaults: required, blocking, expect yes (or yes/na), any answer for text', () => {
    const stage = model.evaluateStage('understand', { answers: { met: 'no', voice: 'na', why: 'x' } });
    expect(states(stage)).toEqual({
      met: 'unmet',
      voice: 'met',
      notes: 'missing',
      barrier: 'missing',
      why: 'notApplicable',
      chronology: 'missing',
      minutes: 'missing',
      'health-letter': 'notApplicable',
    });
    const met = stage?.questions.find((q) => q.id === 'met');
    expect(met).toMatchObject({ severity: 'blocking', required: true, advice: 'Meet the family before escalating.' });
    expect(met?.reason.text).toBe('Answered No, but Yes is needed');
    expect(stage?.questions.find((q) => q.id === 'why')?.reason.text).toBe(
      'Not needed: "Have you met the family?" is answered No, not Yes',
    );
  });

  it('separates blocking from advisory, unmet before missing, and leaves optional questions out', () => {
    const stage = model.evaluateStage('understand', { answers: { met: 'no' } });
    expect(stage?.missing.blocking.map((i) => i.id)).toEqual(['met', 'barrier', 'chronology']);
    expect(stage?.missing.advisory.map((i) => i.id)).toEqual(['voice', 'minutes']);
    expect(stage?.missing.gates.map((g) => g.id)).toEqual(['oversight', 'meetings']);
    expect(stage?.missing.gates[0].advice).toBe('Ask your DSL to review the chronology.');
    expect(stage?.ready).toBe(false);
  });

  it('is ready when nothing blocking is outstanding, even with advisory items and gates open', () => {
    const stage = model.evaluateStage('understand', {
      answers: { met: 'yes', barrier: 'other', why: 'Because' },
      evidence: { chronology: { confirmed: true } },
    });
    expect(stage?.missing.blocking).toEqual([]);
    expect(stage?.missing.advisory.map((i) => i.id)).toEqual(['voice', 'minutes']);
    expect(stage?.gates.map((g) => [g.id, g.holds])).toEqual([['oversight', true], ['meetings', true]]);
    expect(stage?.ready).toBe(true);
    expect(stage?.progress).toEqual({ answered: 4, total: 7 });
  });

  it('treats answers it cannot understand as missing, saying so', () => {
    const stage = model.evaluateStage('understand', { answers: { met: 'maybe', barrier: 'purple', voice: 7 as never } });
    const byId = Object.fromEntries(stage?.questions.map((q) => [q.id, q]) ?? []);
    expect(byId.met.state).toBe('missing');
    expect(byId.met.reason.text).toBe('The answer was not understood: answer Yes or No');
    expect(byId.barrier.reason.text).toBe('The answer was not understood: choose one of the options');
    expect(byId.voice.reason.text).toBe('The answer was not understood: answer Yes, No or Not applicable');
  });

  it('asks for question evidence only when its question (and its own rule) applies', () => {
    const stage = model.evaluateStage('understand', { answers: { barrier: 'health' } });
    expect(states(stage)['health-letter']).toBe('missing');
    expect(stage?.evidence.find((e) => e.id === 'health-letter')?.ownerId).toBe('understand');
  });

  it('names the lead role by its title', () => {
    expect(model.evaluateStage('understand', {})?.lead).toBe('Schools');
  });

  it('opens outcomes whose rule holds', () => {
    const stage = model.evaluateStage('understand', { measures: { attendance: { percentage: 96 } } });
    expect(stage?.outcomes.map((o) => [o.id, o.open])).toEqual([['improved', true], ['not-improved', true]]);
    expect(stage?.outcomes[0].reason.text).toBe('Open: Attendance is 96%, above 95%');
    expect(model.evaluateStage('understand', {})?.outcomes[0].open).toBe(false);
    expect(stage?.outcomes[1]).toMatchObject({ kind: 'escalate', to: 'enforce', reason: { text: 'Always possible' } });
  });

  it('gives an item nothing in the case changed the same status object as last time, frozen, and a new one when it changes', () => {
    const item = (stage: StageEvaluation | undefined, id: string) =>
      [...(stage?.questions ?? []), ...(stage?.evidence ?? [])].find((candidate) => candidate.id === id);
    const before = model.evaluateStage('understand', { answers: { met: 'no' } });
    const after = model.evaluateStage('understand', { answers: { met: 'yes' } });
    // Unanswered, unconfirmed: the same status, whatever else was answered.
    for (const id of ['notes', 'barrier', 'chronology', 'minutes']) {
      expect(item(after, id)).toBe(item(before, id));
      expect(Object.isFrozen(item(after, id))).toBe(true);
    }
    expect(item(after, 'met')?.state).toBe('met');
    const confirmed = model.evaluateStage('understand', { answers: { met: 'yes' }, evidence: { chronology: { confirmed: true } } });
    expect(item(confirmed, 'chronology')).toMatchObject({ state: 'met', reason: { code: 'evidence.confirmed' } });
    expect(item(confirmed, 'chronology')).not.toBe(item(after, 'chronology'));
    // Shown at a later stage that requires this one: still owned by this stage, so still the same.
    const enforce = model.evaluateStage('enforce', { answers: { met: 'yes' } });
    expect(item(enforce, 'barrier')).toBe(item(after, 'barrier'));
  });
});

describe('evaluateStage: requires and routes', () => {
  const model = createPathway(pathway());

  it('includes the required stage\'s questions and evidence first, owned by that stage', () => {
    const stage = model.evaluateStage('enforce', {});
    expect(stage?.questions.map((q) => `${q.ownerId}/${q.id}`)).toEqual([
      'understand/met',
      'understand/voice',
      'understand/notes',
      'understand/barrier',
      'understand/why',
      'enforce/warned',
      'enforce/notice-date',
    ]);
    expect(stage?.evidence.map((e) => e.id)).toEqual(['chronology', 'minutes', 'health-letter', 'invite']);
    expect(stage?.questions[0].ownerTitle).toBe('Listen and understand');
  });

  it('opens routes by their rule and marks a closed route\'s items not applicable', () => {
    const closed = model.evaluateStage('enforce', {});
    expect(closed?.routes.map((r) => [r.id, r.open])).toEqual([['notice', false], ['meeting', true]]);
    expect(closed?.questions.find((q) => q.id === 'notice-date')).toMatchObject({
      state: 'notApplicable',
      reason: { text: 'Not needed: "Route 1: Penalty Notice Warning" is not open' },
    });
    expect(closed?.outcomes.map((o) => o.id)).toEqual([]);
    const open = model.evaluateStage('enforce', { answers: { route: 'notice' } });
    expect(open?.questions.find((q) => q.id === 'notice-date')?.state).toBe('missing');
    expect(open?.outcomes.map((o) => o.id)).toEqual(['paid']);
  });

  it('is ready only when the required stage\'s blocking items are met too', () => {
    expect(model.evaluateStage('enforce', complete)?.ready).toBe(true);
    const { met: _met, ...withoutMet } = complete.answers ?? {};
    const stage = model.evaluateStage('enforce', { ...complete, answers: withoutMet });
    expect(stage?.ready).toBe(false);
    expect(stage?.missing.blocking.map((i) => i.id)).toEqual(['met']);
  });
});

describe('exceptions', () => {
  const exception = (effect: Exception['effect'], extra: Partial<Exception> = {}): Exception => ({
    id: `cla-${effect}`,
    title: 'Children looked after',
    when: { cohort: 'cla' },
    effect,
    stages: ['enforce'],
    message: 'We do not proceed to legal enforcement for children looked after; escalate within children\'s social care.',
    ...extra,
  });
  const withCla: CaseInput = { ...complete, cohorts: ['cla'] };

  it('applies only when its rule holds', () => {
    const model = createPathway(pathway([exception('block')]));
    expect(model.evaluate(complete).exceptions).toEqual([]);
    expect(model.evaluate(withCla).exceptions.map((e) => e.id)).toEqual(['cla-block']);
  });

  it('block: the stage is blocked, never ready, and so are its referrals', () => {
    const stage = createPathway(pathway([exception('block')])).evaluateStage('enforce', withCla);
    expect(stage?.status).toBe('blocked');
    expect(stage?.ready).toBe(false);
    expect(stage?.referrals[0].status).toBe('blocked');
    expect(stage?.referrals[0].ready).toBe(false);
    expect(stage?.referrals[0].exceptions.map((e) => e.id)).toEqual(['cla-block']);
  });

  it('skip: the stage is skipped, never ready, and its referrals are not offered (the stage does not apply)', () => {
    const stage = createPathway(pathway([exception('skip')])).evaluateStage('enforce', withCla);
    expect(stage?.status).toBe('skipped');
    expect(stage?.ready).toBe(false);
    expect(stage?.referrals[0]).toMatchObject({ status: 'blocked', ready: false });
    expect(stage?.referrals[0].exceptions.map((e) => e.effect)).toEqual(['skip']);
  });

  it('redirect: the stage stays available and carries where to go instead; its referrals are redirected with it', () => {
    const model = createPathway(pathway([exception('redirect', { redirectTo: { contact: 'csc' } })]));
    const stage = model.evaluateStage('enforce', withCla);
    expect(stage?.status).toBe('available');
    expect(stage?.ready).toBe(true);
    expect(stage?.exceptions[0].redirectTo).toEqual({ contact: 'csc' });
    expect(stage?.referrals[0]).toMatchObject({ status: 'redirected', ready: false });
    expect(model.evaluateStage('enforce', complete)?.referrals[0].status).toBe('available');
  });

  it('standing: one word for whether the stage is offered, with or without a "where to send them instead"', () => {
    const standing = (extra: Exception[], input: CaseInput = withCla) => createPathway(pathway(extra)).evaluateStage('enforce', input)?.standing;
    expect(standing([])).toBe('available');
    expect(standing([exception('block')])).toBe('blocked');
    expect(standing([exception('skip')])).toBe('skipped');
    expect(standing([exception('block'), exception('redirect')])).toBe('blocked');
    expect(standing([exception('redirect', { redirectTo: { contact: 'csc' } })])).toBe('redirected');
    expect(standing([exception('redirect', { redirectTo: { contact: 'csc' } })], complete)).toBe('available');
    // A redirect whose message alone says where to go still sends the pupil away: nothing offered here.
    const stage = createPathway(pathway([exception('redirect')])).evaluateStage('enforce', withCla);
    expect(stage?.standing).toBe('redirected');
    expect(stage?.routes.map((route) => route.open)).toEqual([false, false]);
    expect(stage?.referrals[0]).toMatchObject({ status: 'redirected', ready: false });
    // Only a stage the exception names: one naming only a referral leaves the stage offered.
    expect(standing([exception('redirect', { stages: undefined, referrals: ['enforcement'] })])).toBe('available');
  });

  it('reassign: someone else leads', () => {
    const model = createPathway(pathway([exception('reassign', { stages: ['understand'], lead: 'The case responsible officer' })]));
    expect(model.evaluateStage('understand', withCla)?.lead).toBe('The case responsible officer');
    expect(model.evaluateStage('understand', complete)?.lead).toBe('Schools');
  });

  it('advise: only a message', () => {
    const stage = createPathway(pathway([exception('advise')])).evaluateStage('enforce', withCla);
    expect(stage?.status).toBe('available');
    expect(stage?.exceptions.map((e) => e.effect)).toEqual(['advise']);
  });

  it('affects every stage when it names none', () => {
    const model = createPathway(pathway([exception('skip', { stages: undefined })]));
    const evaluation = model.evaluate(withCla);
    expect(evaluation.stages.map((s) => s.status)).toEqual(['skipped', 'skipped']);
    expect(evaluation.exceptions[0].stages).toEqual(['understand', 'enforce']);
  });

  it('changes only the referrals it names, when it names referrals but no stages', () => {
    const blockReferral = createPathway(pathway([exception('block', { stages: undefined, referrals: ['enforcement'] })]));
    const stage = blockReferral.evaluateStage('enforce', withCla);
    expect(stage?.status).toBe('available');
    expect(stage?.ready).toBe(true);
    expect(stage?.referrals[0].status).toBe('blocked');
    const redirectReferral = createPathway(pathway([exception('redirect', { stages: undefined, referrals: ['enforcement'] })]));
    expect(redirectReferral.evaluateStage('enforce', withCla)?.referrals[0]).toMatchObject({ status: 'redirected', ready: false });
  });
});

describe('a referral reached only by a redirect (redirectTo.referral)', () => {
  const mash = {
    id: 'mash',
    title: 'Phone the MASH',
    target: { name: 'MASH', kind: 'frontDoor' as const },
    channel: { kind: 'phone' as const, phone: '01632 960 111' },
    fields: [
      { id: 'name', label: "Child's name", type: 'text' as const },
      { id: 'concern', label: 'What the concern is', type: 'text' as const },
    ],
  };
  const withMash = (extra: Partial<Exception>): Pathway => {
    const definition = pathway([
      { id: 'risk', title: 'Safeguarding concern', when: { cohort: 'yos' }, effect: 'redirect', redirectTo: { referral: 'mash' }, message: 'Phone the MASH.', ...extra },
    ]);
    return { ...definition, referrals: [...(definition.referrals ?? []), mash] };
  };
  const atRisk: CaseInput = { ...complete, cohorts: ['yos'], details: { name: 'A Child' } };

  it('is the referral to make: evaluated after the ones it replaces, its own details asked, ready on them alone', () => {
    const model = createPathway(withMash({ referrals: ['enforcement'] }));
    // The stage is not complete (a question left): the referral made instead does not wait for it.
    const incomplete: CaseInput = { ...atRisk, answers: { ...atRisk.answers, warned: undefined } as never };
    const stage = model.evaluateStage('enforce', incomplete);
    expect(stage?.referrals.map((r) => [r.referralId, r.status])).toEqual([
      ['enforcement', 'redirected'],
      ['mash', 'available'],
    ]);
    const made = stage!.referrals[1];
    expect(made.insteadOf).toEqual(['enforcement']);
    expect(made.fields.map((f) => [f.id, f.state])).toEqual([
      ['name', 'met'],
      ['concern', 'missing'],
    ]);
    expect(made.ready).toBe(false);
    const given = model.evaluateStage('enforce', { ...incomplete, details: { name: 'A Child', concern: 'Bruising' } });
    expect(given?.referrals[1].ready).toBe(true);
  });

  it('is added for a stage redirected to it, and not when the exception does not apply', () => {
    const model = createPathway(withMash({ stages: ['enforce'] }));
    expect(model.evaluateStage('enforce', atRisk)?.referrals.map((r) => [r.referralId, r.status, r.insteadOf])).toEqual([
      ['enforcement', 'redirected', undefined],
      ['mash', 'available', ['enforcement']],
    ]);
    expect(model.evaluateStage('enforce', complete)?.referrals.map((r) => r.referralId)).toEqual(['enforcement']);
  });

  it('is in the summary as a referral with what it replaces', () => {
    const model = createPathway(withMash({ referrals: ['enforcement'] }));
    const summary = model.summarise({ ...atRisk, stage: 'enforce' });
    expect(summary.referrals.map((r) => [r.id, r.status, r.insteadOf])).toEqual([
      ['enforcement', 'redirected', undefined],
      ['mash', 'available', ['enforcement']],
    ]);
    expect(summary.referrals[1].missing.map((m) => m.text)).toEqual(['What the concern is']);
  });
});

describe('referrals', () => {
  const model = createPathway(pathway());

  it('is ready when the stage is ready, required details are given and criteria hold', () => {
    const referral = model.evaluateStage('enforce', complete)?.referrals[0];
    expect(referral).toMatchObject({ referralId: 'enforcement', status: 'available', ready: true });
    expect(referral?.fields.map((f) => [f.id, f.state, f.required])).toEqual([
      ['name', 'met', true],
      ['dob', 'met', true],
      ['phone', 'missing', false],
    ]);
    expect(referral?.include.map((i) => [i.id, i.state, i.ownerId])).toEqual([['printout', 'met', 'enforcement']]);
  });

  it('is not ready with a missing detail, a date that is not a date, or a criterion not met', () => {
    const noName = model.evaluateStage('enforce', { ...complete, details: { dob: '2014-05-01' } })?.referrals[0];
    expect(noName?.ready).toBe(false);
    expect(noName?.fields[0].reason.text).toBe('Not given yet');
    const badDate = model.evaluateStage('enforce', { ...complete, details: { name: 'Sam', dob: '2014-02-30' } })?.referrals[0];
    expect(badDate?.fields[1]).toMatchObject({ state: 'missing', reason: { text: 'Not a real date: enter it as YYYY-MM-DD' } });
    const tooHigh = model.evaluateStage('enforce', { ...complete, measures: { attendance: { percentage: 60 } } })?.referrals[0];
    expect(tooHigh?.gates[0].holds).toBe(false);
    expect(tooHigh?.ready).toBe(false);
  });

  it('is not ready while its stage is not ready', () => {
    const referral = model.evaluateStage('enforce', { ...complete, answers: { ...complete.answers, warned: 'no' } })?.referrals[0];
    expect(referral?.status).toBe('available');
    expect(referral?.ready).toBe(false);
  });
});

describe('evaluate', () => {
  const model = createPathway(pathway());

  it('works on the placement\'s primary stage unless the case names a stage', () => {
    const placed = model.evaluate({ measures: { attendance: { percentage: 45 } } });
    expect(placed.stageId).toBe('enforce');
    expect(placed.current?.stageId).toBe('enforce');
    expect(placed.stages.map((s) => s.stageId)).toEqual(['understand', 'enforce']);
    expect(placed.pathway).toEqual({ id: 'evaluate', version: '2', title: 'Evaluation test' });
    const chosen = model.evaluate({ measures: { attendance: { percentage: 45 } }, stage: 'understand' });
    expect(chosen.current?.stageId).toBe('understand');
    const unknown = model.evaluate({ measures: { attendance: { percentage: 45 } }, stage: 'nowhere' });
    expect(unknown.stageId).toBe('enforce');
    const none = model.evaluate({});
    expect(none.stageId).toBeUndefined();
    expect(none.current).toBeUndefined();
  });

  it('gives undefined for a stage that does not exist', () => {
    expect(model.evaluateStage('nowhere', {})).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    const hostile = [
      null,
      42,
      'case',
      [],
      { answers: null, measures: 7, cohorts: 'cla', evidence: [], details: 5, asOf: 20250101, stage: {} },
      { answers: { met: { yes: true }, constructor: 'yes', __proto__: 'x' }, measures: { attendance: { percentage: Number.NaN } } },
      { measures: { attendance: { possibleSessions: -1, attendedSessions: Number.POSITIVE_INFINITY } }, cohorts: [1, null, 'cla'] },
      { evidence: { chronology: 'yes', minutes: { confirmed: 'true' } }, details: { name: 7, dob: { y: 1 } } },
    ] as unknown as CaseInput[];
    for (const input of hostile) {
      expect(() => model.evaluate(input)).not.toThrow();
      expect(() => model.summarise(input)).not.toThrow();
      expect(() => model.place(input)).not.toThrow();
      expect(() => model.evaluateStage('enforce', input)).not.toThrow();
    }
    expect(model.evaluate(hostile[6]).placement.stages).toEqual([]);
    expect(model.evaluateStage('understand', hostile[7])?.evidence.every((e) => e.state !== 'met')).toBe(true);
  });
});
