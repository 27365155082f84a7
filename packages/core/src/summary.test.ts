import { describe, expect, it } from 'vitest';
import type { Outcome, Pathway } from './schema-types.js';
import type { CaseInput } from './types.js';
import { createPathway } from './create-pathway.js';

const definition: Pathway = {
  schemaVersion: '1.0',
  id: 'wigan-like',
  version: '2024.1',
  title: 'A pathway for supporting non-attendance',
  authority: { name: 'Test Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  classifications: [{ label: 'Persistent absence (90% and under)', measure: 'attendance', upper: { value: 90, inclusive: true } }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }, { id: 'ehcp', title: 'Has an EHCP' }],
  roles: [{ id: 'school', title: 'Schools' }, { id: 'la', title: 'The Local Authority' }],
  resources: [{ title: 'Attendance toolkit', url: 'https://example.gov.uk/toolkit' }],
  contacts: [
    { id: 'team', name: 'Attendance Team', email: 'attendance@example.gov.uk' },
    { id: 'csc', name: "Children's social care", phone: '0100 000 000' },
  ],
  stages: [
    {
      id: 'support',
      title: 'Support',
      subtitle: 'TARGETED',
      description: 'Work with the family.',
      lead: { role: 'school' },
      bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      questions: [
        { id: 'met', text: 'Have you met the family?', type: 'yesNo', unmetMessage: 'Meet the family first.' },
        { id: 'meeting-date', text: 'When did you meet?', type: 'date', resources: [{ title: 'Meeting template', url: 'https://example.gov.uk/template' }] },
        { id: 'plan', text: 'Which plan?', type: 'choice', options: [{ value: 'eha', label: 'Early Help Assessment' }, { value: 'none', label: 'No plan' }] },
        { id: 'sessions', text: 'Sessions missed since?', type: 'number' },
        { id: 'extra', text: 'Extra for EHCP', type: 'yesNo', showIf: { cohort: 'ehcp' } },
        { id: 'optional', text: 'Anything else?', type: 'text', required: false },
      ],
      evidence: [{ id: 'chronology', title: 'Chronology', resources: [{ title: 'Attendance toolkit', url: 'https://example.gov.uk/toolkit' }] }],
      gates: [{ id: 'g1', title: 'Family met', condition: { answer: 'met', in: ['yes'] } }],
      actions: [
        { role: 'school', force: 'must', heading: 'Schools are expected to:', actions: [{ text: 'Call home' }, { text: 'Tell the virtual school', when: { cohort: 'cla' } }] },
        { role: 'la', force: 'should', actions: [{ text: 'Offer a meeting' }] },
        { role: 'la', force: 'consider', actions: [{ text: 'Only for EHCP', when: { cohort: 'ehcp' } }] },
      ],
      timeLimits: [
        {
          id: 'early-help',
          title: 'Early Help',
          duration: { amount: 6, unit: 'months', qualifier: 'upTo' },
          extension: { duration: { amount: 4, unit: 'weeks' } },
          onExpiry: { description: 'Review at the panel.' },
        },
        { id: 'review', title: 'Review', duration: { amount: 6, unit: 'schoolWeeks' }, starts: 'the date of the meeting' },
      ],
      outcomes: [
        { id: 'improved', title: 'Attendance improved', kind: 'stepDown', to: 'support', when: { measure: 'attendance', lower: { value: 95, inclusive: false } } },
        { id: 'not-improved', title: 'Not improved', kind: 'escalate', to: 'enforce', description: 'Gather the evidence.' },
        { id: 'refer', title: 'Refer', kind: 'refer', referral: 'enforcement' },
      ],
      resources: [{ title: 'Stage guide' }],
      contacts: ['team'],
      referrals: ['enforcement'],
    },
    { id: 'enforce', title: 'Enforce', requires: { stages: ['support'] } },
  ],
  exceptions: [
    { id: 'cla', title: 'Children looked after', when: { cohort: 'cla' }, effect: 'redirect', stages: ['support'], redirectTo: { contact: 'csc' }, message: 'Escalate within children\'s social care.' },
    { id: 'ehcp', title: 'EHCP', when: { cohort: 'ehcp' }, effect: 'advise', referrals: ['enforcement'], message: 'Involve the SEND team.' },
  ],
  referrals: [
    {
      id: 'enforcement',
      title: 'Referral to enforcement',
      target: { name: 'Attendance pathway meeting', kind: 'meeting' },
      channel: { kind: 'email', email: 'pathway@example.gov.uk' },
      fields: [{ id: 'name', label: "Child's name", type: 'text' }, { id: 'school', label: 'School', type: 'text', required: false }],
      include: [{ id: 'printout', title: 'Attendance printout' }],
      response: 'A time and date will be emailed to you.',
      outcomes: [{ id: 'accepted', title: 'Accepted', kind: 'continue', description: 'A meeting is arranged.' }, { id: 'declined', title: 'Declined', kind: 'close' }],
    },
  ],
};

const input: CaseInput = {
  measures: { attendance: { percentage: 88 } },
  cohorts: ['cla', 'unknown'],
  answers: { met: 'no', 'meeting-date': '2025-03-03', plan: 'eha', sessions: 12, extra: 'yes' },
  evidence: { chronology: { confirmed: true, note: 'In the file' }, printout: { confirmed: true } },
  details: { name: 'Sam' },
  asOf: '2025-03-10',
};

describe('summarise', () => {
  const model = createPathway(definition);
  const summary = model.summarise(input);

  it('is stamped with the pathway\'s id and version and the time passed in, or asOf at midnight', () => {
    expect(summary.format).toBe('pathway-summary/1');
    expect(summary.pathway).toEqual({
      id: 'wigan-like',
      version: '2024.1',
      title: 'A pathway for supporting non-attendance',
      authority: 'Test Council',
    });
    expect(summary.generatedAt).toBe('2025-03-10T00:00:00.000Z');
    expect(model.summarise(input, { generatedAt: '2025-03-10T09:30:00.000Z' }).generatedAt).toBe('2025-03-10T09:30:00.000Z');
    expect(model.summarise({}).generatedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('is deterministic: the same case gives the same summary', () => {
    expect(model.summarise(input)).toEqual(summary);
    expect(createPathway(definition).summarise(structuredClone(input))).toEqual(summary);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('gives the stage, measures, circumstances, classifications and placement', () => {
    expect(summary.stage).toEqual({ id: 'support', title: 'Support', subtitle: 'TARGETED', lead: 'Schools', description: 'Work with the family.' });
    expect(summary.measures).toEqual([{ id: 'attendance', title: 'Attendance', display: '88%', status: 'ok' }]);
    expect(summary.cohorts).toEqual([{ id: 'cla', title: 'Child looked after' }]);
    expect(summary.classifications).toEqual(['Persistent absence (90% and under)']);
    expect(summary.placement).toEqual({
      reasons: ['88% is 90% and under: Support', '88% is Persistent absence (90% and under)'],
      stages: [{ id: 'support', title: 'Support' }],
    });
  });

  it('says each answer in words, leaving out questions not asked', () => {
    expect(summary.answers.map((a) => [a.questionId, a.answerText, a.state])).toEqual([
      ['met', 'No', 'unmet'],
      ['meeting-date', '3 March 2025', 'met'],
      ['plan', 'Early Help Assessment', 'met'],
      ['sessions', '12', 'met'],
      ['optional', 'Not answered', 'missing'],
    ]);
    expect(summary.answers[0]).toMatchObject({ stageId: 'support', stageTitle: 'Support', question: 'Have you met the family?', answer: 'no' });
    expect(summary.answers[4].answer).toBeNull();
  });

  it('lists evidence, what is missing (with the pathway\'s advice) and gates', () => {
    expect(summary.evidence).toEqual([{ id: 'chronology', title: 'Chronology', confirmed: true, note: 'In the file', state: 'met' }]);
    expect(summary.missing).toEqual({
      blocking: [{ id: 'met', text: 'Have you met the family?', reason: 'Answered No, but Yes is needed. Meet the family first.' }],
      advisory: [],
    });
    expect(summary.gates).toEqual([{ id: 'g1', title: 'Family met', holds: false, reasons: ['"Have you met the family?" is answered No, not Yes'] }]);
    expect(summary.ready).toBe(false);
  });

  it('is not ready for a stage the pupil is redirected away from, even with everything the stage needs', () => {
    const everything = { ...input, answers: { ...input.answers, met: 'yes' } };
    expect(model.evaluate({ ...everything, cohorts: [] }).current).toMatchObject({ standing: 'available', ready: true });
    expect(model.summarise({ ...everything, cohorts: [] }).ready).toBe(true);
    expect(model.evaluate(everything).current).toMatchObject({ standing: 'redirected' });
    expect(model.summarise(everything).ready).toBe(false);
  });

  it('gives next steps: open outcomes, exception messages with where to go instead, the referral\'s response; what can happen apart', () => {
    expect(summary.exceptions).toEqual([
      { id: 'cla', title: 'Children looked after', effect: 'redirect', message: "Escalate within children's social care." },
    ]);
    // The stage is redirected for a child looked after, so its referral is too (no "refer" step),
    // and what the stage would lead to is not offered either (no "escalate to Enforce").
    expect(summary.nextSteps).toEqual([
      "Escalate within children's social care.",
      'Instead: contact "Children\'s social care".',
    ]);
    const others = model.summarise({ ...input, cohorts: [] });
    // "Have you met the family?" answered No rules the referral out as things stand: what follows
    // it is not said (the widget says it cannot be made); answered Yes, it is.
    expect(others.nextSteps).toEqual(['Refer: refer to "Referral to enforcement" once what is still missing is done.']);
    const met = model.summarise({ ...input, cohorts: [], answers: { ...input.answers, met: 'yes' } });
    expect(met.nextSteps).toContain('After referring to "Referral to enforcement": A time and date will be emailed to you.');
    // An outcome with no rule of its own can happen from the stage: not a step to take now.
    expect(others.canHappen).toEqual(['Not improved: escalate to "Enforce". Gather the evidence.']);
    expect(summary.canHappen).toBeUndefined();
    const ehcp = model.summarise({ ...input, cohorts: ['ehcp'] });
    expect(ehcp.exceptions.map((e) => e.id)).toEqual(['ehcp']);
    expect(ehcp.nextSteps).toContain('Involve the SEND team.');
  });

  it('names a referral the stage offers and no outcome makes: to make now, once what is missing is done, held back by an answer, or not needed', () => {
    const support = definition.stages[0]!;
    const outcomes: Outcome[] = [
      ...(support.outcomes ?? []).filter((outcome) => outcome.kind !== 'refer'),
      { id: 'no-plan', title: 'No plan needed', kind: 'close', when: { answer: 'plan', in: ['none'] } },
    ];
    const offering = createPathway({ ...definition, stages: [{ ...support, outcomes }, definition.stages[1]!] });
    const base = { ...input, cohorts: [] };
    // "Have you met the family?" answered No: not ruled out, but held back, with the pathway's advice.
    expect(offering.summarise(base).nextSteps).toContain(
      'Referral to enforcement: the referral to Attendance pathway meeting is not ready yet: Meet the family first.',
    );
    // Answered Yes, with the stage's evidence still to confirm: the referral to make once that is done.
    const met = offering.summarise({ ...base, answers: { ...base.answers, met: 'yes' }, evidence: {} });
    expect(met.nextSteps).toContain('Referral to enforcement: refer to Attendance pathway meeting once what is still missing is done.');
    const done = offering.summarise({ ...base, answers: { ...base.answers, met: 'yes' } });
    expect(done.ready).toBe(true);
    expect(done.nextSteps).toContain('Referral to enforcement: refer to Attendance pathway meeting.');
    // An outcome that closes the case settles it: the referral is not needed, and said so.
    const closed = offering.summarise({ ...base, answers: { ...base.answers, met: 'yes', plan: 'none' } });
    expect(closed.nextSteps).toContain('Referral to enforcement: not needed, because "No plan needed" applies.');
    expect(closed.nextSteps.join(' ')).not.toContain('refer to Attendance pathway meeting');
  });

  it('lists the duties that apply, with headings', () => {
    expect(model.summarise({ ...input, cohorts: [] }).actions).toEqual([
      { role: 'Schools', heading: 'Schools are expected to:', items: ['Call home'] },
      { role: 'The Local Authority', heading: 'The Local Authority should:', items: ['Offer a meeting'] },
    ]);
    expect(model.summarise({ ...input, cohorts: ['ehcp'] }).actions).toEqual([
      { role: 'Schools', heading: 'Schools are expected to:', items: ['Call home'] },
      { role: 'The Local Authority', heading: 'The Local Authority should:', items: ['Offer a meeting'] },
      { role: 'The Local Authority', heading: 'The Local Authority should consider:', items: ['Only for EHCP'] },
    ]);
  });

  it('lists no duties or time limits at a stage the pupil is redirected away from', () => {
    // A child looked after is sent to children's social care instead of "Support": its duties
    // (even "Tell the virtual school", written for them) and its periods are not theirs to act on.
    expect(summary.actions).toEqual([]);
    expect(summary.timeLimits).toEqual([]);
    expect(summary.duties ?? []).toEqual([]);
    const duties = model.evaluate(input).current!.duties!;
    expect(duties.every((duty) => !duty.applies && duty.reason.code === 'duty.stageNotOffered')).toBe(true);
    expect(duties[0].reason.text).toBe('Does not apply: this stage is redirected elsewhere for this pupil');
  });

  it("names an open route's duties as the route's, beside the stage's own", () => {
    const withRoutes: Pathway = {
      ...definition,
      stages: [
        {
          ...definition.stages[0],
          routes: [
            {
              id: 'contract',
              title: 'Attendance contract',
              when: { answer: 'plan', in: ['eha'] },
              actions: [{ role: 'la', force: 'must', actions: [{ text: 'Draw up the contract' }] }],
            },
            { id: 'notice', title: 'Notice to Improve', when: { answer: 'plan', in: ['none'] }, actions: [{ role: 'la', force: 'must', actions: [{ text: 'Issue the notice' }] }] },
          ],
        },
        definition.stages[1],
      ],
    };
    const actions = createPathway(withRoutes).summarise({ ...input, cohorts: [] }).actions;
    expect(actions.find((line) => line.items.includes('Draw up the contract'))).toEqual({
      role: 'The Local Authority',
      heading: 'The Local Authority must:',
      items: ['Draw up the contract'],
      route: { id: 'contract', title: 'Attendance contract' },
    });
    // The stage's own lines name no route; a closed route's are not listed.
    expect(actions.find((line) => line.items.includes('Call home'))).not.toHaveProperty('route');
    expect(actions.flatMap((line) => line.items)).not.toContain('Issue the notice');
  });

  it('says time limits in words', () => {
    expect(model.summarise({ ...input, cohorts: [] }).timeLimits).toEqual([
      { id: 'early-help', title: 'Early Help', text: 'Up to 6 months; can be extended by 4 weeks; when it runs out: Review at the panel.' },
      { id: 'review', title: 'Review', text: '6 school weeks from the date of the meeting' },
    ]);
  });

  it('gathers resources once each, and contacts including where a redirect points', () => {
    expect(summary.resources).toEqual([
      { title: 'Attendance toolkit', url: 'https://example.gov.uk/toolkit' },
      { title: 'Stage guide' },
      { title: 'Meeting template', url: 'https://example.gov.uk/template' },
    ]);
    expect(summary.contacts).toEqual([
      { name: 'Attendance Team', email: 'attendance@example.gov.uk' },
      { name: "Children's social care", phone: '0100 000 000' },
    ]);
  });

  it('gives referral instructions with the details entered', () => {
    expect(summary.referrals).toEqual([
      {
        id: 'enforcement',
        title: 'Referral to enforcement',
        target: { name: 'Attendance pathway meeting', kind: 'meeting' },
        channel: { kind: 'email', email: 'pathway@example.gov.uk' },
        fields: [
          { id: 'name', label: "Child's name", value: 'Sam', required: true },
          { id: 'school', label: 'School', required: false },
        ],
        include: [{ id: 'printout', title: 'Attendance printout', confirmed: true }],
        // No criteria of its own, and nothing it needs is missing.
        gates: [],
        missing: [],
        response: 'A time and date will be emailed to you.',
        outcomes: [{ id: 'accepted', title: 'Accepted', description: 'A meeting is arranged.' }, { id: 'declined', title: 'Declined' }],
        // Redirected with its stage, for a child looked after.
        status: 'redirected',
        ready: false,
      },
    ]);
  });

  it('still summarises measures and placement when no stage applies', () => {
    const none = model.summarise({ measures: { attendance: { percentage: 97 } } });
    expect(none.stage).toBeUndefined();
    expect(none.ready).toBe(false);
    expect(none.answers).toEqual([]);
    expect(none.resources).toEqual([{ title: 'Attendance toolkit', url: 'https://example.gov.uk/toolkit' }]);
    expect(none.placement.reasons).toEqual(["97% is not in any stage's band", "No stage's band or entry rule matches"]);
  });
});
