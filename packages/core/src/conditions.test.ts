import { describe, expect, it } from 'vitest';
import type { Condition, Pathway, Stage } from './schema-types.js';
import type { CaseInput } from './types.js';
import { normaliseCase } from './case-input.js';
import { evaluateCondition, isFromSchool } from './conditions.js';
import { EvaluationContext } from './context.js';
import { buildIndex } from './pathway-index.js';

const longQuestion =
  'Has the school considered every reasonable adjustment, including a part-time timetable, a mentor, transport and the views of the pupil?';

function pathway(stages: Stage[] = []): Pathway {
  return {
    schemaVersion: '1.0',
    id: 'test',
    version: '1',
    title: 'Test pathway',
    authority: { name: 'Test Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    cohorts: [{ id: 'cla', title: 'Child looked after' }],
    stages: [
      {
        id: 'one',
        title: 'Stage one',
        questions: [
          { id: 'met', text: 'Have you met the family?', type: 'yesNo' },
          { id: 'plan', text: 'Which plan is in place?', type: 'choice', options: [{ value: 'eha', label: 'Early Help Assessment' }, { value: 'none', label: 'None' }] },
          { id: 'count', text: 'How many meetings were held?', type: 'number' },
          { id: 'review', text: 'Date of the review meeting', type: 'date' },
          { id: 'long', text: longQuestion, type: 'yesNoNa' },
        ],
        evidence: [{ id: 'chronology', title: 'A chronology of engagement with the family' }],
      },
      ...stages,
    ],
  };
}

function check(condition: Condition, input: CaseInput, stages?: Stage[]) {
  const ctx = new EvaluationContext(buildIndex(pathway(stages)), normaliseCase(input));
  const result = evaluateCondition(condition, ctx);
  return { holds: result.holds, reasons: result.reasons.map((r) => r.text) };
}

describe('answer rules', () => {
  it('checks an answer is one of some values, naming the question by its text', () => {
    expect(check({ answer: 'met', in: ['yes'] }, { answers: { met: 'yes' } })).toEqual({
      holds: true,
      reasons: ['"Have you met the family?" is answered Yes'],
    });
    expect(check({ answer: 'met', in: ['yes'] }, { answers: { met: 'no' } })).toEqual({
      holds: false,
      reasons: ['"Have you met the family?" is answered No, not Yes'],
    });
    expect(check({ answer: 'plan', in: ['eha'] }, { answers: { plan: 'none' } }).reasons).toEqual([
      '"Which plan is in place?" is answered None, not Early Help Assessment',
    ]);
    expect(check({ answer: 'met', in: ['yes'] }, {})).toEqual({ holds: false, reasons: ['"Have you met the family?" is not answered'] });
  });

  it('cuts long question text to 80 characters', () => {
    const { reasons } = check({ answer: 'long', in: ['yes'] }, { answers: { long: 'na' } });
    expect(reasons[0]).toBe(`"${longQuestion.slice(0, 79).trimEnd()}…" is answered Not applicable, not Yes`);
  });

  it('checks whether a question is answered, treating an answer not understood as none', () => {
    expect(check({ answer: 'met', answered: true }, { answers: { met: 'no' } }).holds).toBe(true);
    expect(check({ answer: 'met' }, { answers: { met: 'no' } }).holds).toBe(true);
    expect(check({ answer: 'met', answered: false }, {}).holds).toBe(true);
    expect(check({ answer: 'met', answered: true }, { answers: { met: 'maybe' } })).toEqual({
      holds: false,
      reasons: ['The answer to "Have you met the family?" was not understood'],
    });
  });

  it('compares numbers with atLeast and atMost', () => {
    expect(check({ answer: 'count', atLeast: 2 }, { answers: { count: 3 } })).toEqual({
      holds: true,
      reasons: ['"How many meetings were held?" is 3, at least 2'],
    });
    expect(check({ answer: 'count', atLeast: 2, atMost: 4 }, { answers: { count: 5 } })).toEqual({
      holds: false,
      reasons: ['"How many meetings were held?" is 5, more than 4'],
    });
    expect(check({ answer: 'count', atMost: 4 }, { answers: { count: '2' } }).holds).toBe(true);
    expect(check({ answer: 'count', atLeast: 1 }, { answers: { count: 'lots' } }).holds).toBe(false);
  });

  it('reads a question the pathway does not define by its id', () => {
    expect(check({ answer: 'ghost', in: ['yes'] }, { answers: { ghost: 'yes' } })).toEqual({
      holds: true,
      reasons: ['"ghost" is answered Yes'],
    });
  });
});

describe('measure rules', () => {
  it('checks the rounded value against bounds', () => {
    const below90: Condition = { measure: 'attendance', upper: { value: 90, inclusive: false } };
    expect(check(below90, { measures: { attendance: { percentage: 88 } } })).toEqual({
      holds: true,
      reasons: ['Attendance is 88%, below 90%'],
    });
    expect(check(below90, { measures: { attendance: { percentage: 89.96 } } })).toEqual({
      holds: false,
      reasons: ['Attendance is 90%, not below 90%'],
    });
  });

  it('is false when the measure is missing or invalid', () => {
    const rule: Condition = { measure: 'attendance', lower: { value: 50, inclusive: true } };
    expect(check(rule, {})).toEqual({ holds: false, reasons: ['Attendance has not been entered'] });
    expect(check(rule, { measures: { attendance: { percentage: 150 } } }).reasons).toEqual([
      'Attendance could not be worked out from the figures entered',
    ]);
    expect(check({ measure: 'nothing', lower: { value: 1, inclusive: true } }, {}).reasons).toEqual([
      'This pathway has no measure called "nothing"',
    ]);
  });
});

describe('cohort and evidence rules', () => {
  it('checks ticked circumstances by title', () => {
    expect(check({ cohort: 'cla' }, { cohorts: ['cla'] })).toEqual({ holds: true, reasons: ['"Child looked after" is ticked'] });
    expect(check({ cohort: 'cla' }, { cohorts: [] })).toEqual({ holds: false, reasons: ['"Child looked after" is not ticked'] });
  });

  it('checks confirmed evidence', () => {
    expect(check({ evidence: 'chronology' }, { evidence: { chronology: { confirmed: true } } })).toEqual({
      holds: true,
      reasons: ['"A chronology of engagement with the family" is confirmed'],
    });
    expect(check({ evidence: 'chronology' }, { evidence: { chronology: { confirmed: false } } }).holds).toBe(false);
  });
});

describe('all, any and not', () => {
  const input: CaseInput = { answers: { met: 'yes' }, cohorts: [] };

  it('all gives the failing rules when it fails, every rule when it holds', () => {
    expect(check({ all: [{ answer: 'met', in: ['yes'] }, { cohort: 'cla' }] }, input)).toEqual({
      holds: false,
      reasons: ['"Child looked after" is not ticked'],
    });
    expect(check({ all: [{ answer: 'met', in: ['yes'] }, { not: { cohort: 'cla' } }] }, input)).toEqual({
      holds: true,
      reasons: ['"Have you met the family?" is answered Yes', '"Child looked after" is not ticked'],
    });
  });

  it('any gives the holding rules when it holds, every rule when it fails', () => {
    expect(check({ any: [{ cohort: 'cla' }, { answer: 'met', in: ['yes'] }] }, input)).toEqual({
      holds: true,
      reasons: ['"Have you met the family?" is answered Yes'],
    });
    expect(check({ any: [{ cohort: 'cla' }, { evidence: 'chronology' }] }, input)).toEqual({
      holds: false,
      reasons: ['"Child looked after" is not ticked', '"A chronology of engagement with the family" is not confirmed'],
    });
  });

  it('any not known yet names every alternative still open (not answered, not confirmed), as one of them', () => {
    const three: Condition = { any: [{ answer: 'met', in: ['yes'] }, { evidence: 'chronology' }, { cohort: 'cla' }] };
    expect(check(three, {})).toEqual({
      holds: false,
      reasons: ['One of: "Have you met the family?" is not answered; or "A chronology of engagement with the family" is not confirmed'],
    });
    // One alternative still open: its own reasons, no wordier.
    expect(check({ any: [{ answer: 'met', in: ['yes'] }, { cohort: 'cla' }] }, {})).toEqual({
      holds: false,
      reasons: ['"Have you met the family?" is not answered'],
    });
    // A "no" already given is not an alternative still open.
    expect(check(three, { answers: { met: 'no' } }).reasons).toEqual([
      '"Have you met the family?" is answered No, not Yes',
      '"A chronology of engagement with the family" is not confirmed',
      '"Child looked after" is not ticked',
    ]);
  });

  it('not inverts, keeping the facts as reasons, and nests', () => {
    expect(check({ not: { cohort: 'cla' } }, { cohorts: ['cla'] })).toEqual({ holds: false, reasons: ['"Child looked after" is ticked'] });
    const nested: Condition = { not: { any: [{ all: [{ cohort: 'cla' }, { answer: 'met', in: ['no'] }] }, { evidence: 'chronology' }] } };
    expect(check(nested, input).holds).toBe(true);
    expect(check(nested, { ...input, evidence: { chronology: { confirmed: true } } }).holds).toBe(false);
  });
});

describe('stageComplete', () => {
  const two: Stage = {
    id: 'two',
    title: 'Stage two',
    questions: [{ id: 'tried', text: 'Have you tried support?', type: 'yesNo' }, { id: 'notes', text: 'Notes', type: 'text', severity: 'advisory' }],
    gates: [{ id: 'g', title: 'Family met', condition: { answer: 'met', in: ['yes'] } }],
  };

  it('holds when blocking questions and evidence are met and blocking gates hold', () => {
    expect(check({ stageComplete: 'two' }, { answers: { tried: 'yes', met: 'yes' } }, [two])).toEqual({
      holds: true,
      reasons: ['"Stage two" is complete'],
    });
    expect(check({ stageComplete: 'two' }, { answers: { tried: 'yes' } }, [two])).toEqual({
      holds: false,
      reasons: ['"Stage two" is not complete: 1 blocking item or rule is outstanding'],
    });
    expect(check({ stageComplete: 'two' }, {}, [two]).reasons).toEqual([
      '"Stage two" is not complete: 2 blocking items or rules are outstanding',
    ]);
  });

  it('is false, with a reason, for a stage whose completeness depends on itself', () => {
    const a: Stage = { id: 'a', title: 'A', gates: [{ id: 'ga', title: 'B done', condition: { stageComplete: 'b' } }] };
    const b: Stage = { id: 'b', title: 'B', questions: [{ id: 'qb', text: 'Q', type: 'yesNo', showIf: { stageComplete: 'a' } }] };
    expect(check({ stageComplete: 'a' }, {}, [a, b])).toEqual({
      holds: false,
      reasons: ['"A" cannot count as complete: whether it is complete depends on itself'],
    });
    const self: Stage = { id: 's', title: 'S', gates: [{ id: 'gs', title: 'Self', condition: { stageComplete: 's' } }] };
    expect(check({ stageComplete: 's' }, {}, [self]).holds).toBe(false);
    // A stage that only reads a cycle is not itself in one.
    const reader: Stage = { id: 'r', title: 'R', gates: [{ id: 'gr', title: 'A done', condition: { stageComplete: 'a' } }] };
    expect(check({ stageComplete: 'r' }, {}, [a, b, reader]).reasons).toEqual([
      '"R" is not complete: 1 blocking item or rule is outstanding',
    ]);
  });

  it('names a stage that does not exist', () => {
    expect(check({ stageComplete: 'nowhere' }, {}).reasons).toEqual(['This pathway has no stage called "nowhere"']);
  });
});

describe('time since a date', () => {
  const sixSchoolWeeks: Condition = { since: 'review', atLeast: { amount: 6, unit: 'schoolWeeks' } };

  it('holds once the time has passed, counting school weeks', () => {
    expect(check(sixSchoolWeeks, { answers: { review: '2025-01-06' }, asOf: '2025-02-17' })).toEqual({
      holds: true,
      reasons: ['It is at least 6 school weeks since "Date of the review meeting" (6 January 2025)'],
    });
    expect(check(sixSchoolWeeks, { answers: { review: '2025-01-06' }, asOf: '2025-02-14' })).toEqual({
      holds: false,
      reasons: ['It is not yet 6 school weeks since "Date of the review meeting" (6 January 2025); that will be on 17 February 2025'],
    });
  });

  it('checks "no more than" too', () => {
    const within: Condition = { since: 'review', atMost: { amount: 10, unit: 'schoolDays' } };
    expect(check(within, { answers: { review: '2025-01-06' }, asOf: '2025-01-20' }).holds).toBe(true);
    expect(check(within, { answers: { review: '2025-01-06' }, asOf: '2025-01-21' }).reasons).toEqual([
      'It is more than 10 school days since "Date of the review meeting" (6 January 2025); the 10 school days ran out on 20 January 2025',
    ]);
  });

  it('"at least nothing since" a date: "has come" today, "was on" before today, "has not come yet" after it', () => {
    const dated: Condition = { since: 'review', atLeast: { amount: 0, unit: 'schoolDays' } };
    expect(check(dated, { answers: { review: '2025-01-06' }, asOf: '2025-01-06' })).toEqual({
      holds: true,
      reasons: ['"Date of the review meeting" (6 January 2025) has come'],
    });
    expect(check(dated, { answers: { review: '2025-01-06' }, asOf: '2025-02-17' })).toEqual({
      holds: true,
      reasons: ['"Date of the review meeting" was on 6 January 2025'],
    });
    expect(check(dated, { answers: { review: '2025-01-06' }, asOf: '2025-01-03' })).toEqual({
      holds: false,
      reasons: ['"Date of the review meeting" (6 January 2025) has not come yet'],
    });
  });

  it('is false without today\'s date or without the date answer', () => {
    expect(check(sixSchoolWeeks, { answers: { review: '2025-01-06' } }).reasons).toEqual([
      'Today\'s date is not known, so the time since "Date of the review meeting" cannot be worked out',
    ]);
    expect(check(sixSchoolWeeks, { asOf: '2025-02-17' }).reasons).toEqual(['"Date of the review meeting" has no date yet']);
    expect(check(sixSchoolWeeks, { answers: { review: '2025-02-30' }, asOf: '2025-04-01' }).holds).toBe(false);
    expect(check(sixSchoolWeeks, { answers: { review: '2025-01-06' }, asOf: 'tomorrow' }).holds).toBe(false);
  });
});

describe('reasons about what the school answered or confirmed', () => {
  it('every reason an answer or evidence rule gives is one, and no other rule gives one', () => {
    const rules: Condition[] = [
      { answer: 'met', in: ['yes'] }, { answer: 'met', answered: true }, { answer: 'met', answered: false },
      { answer: 'count', atLeast: 2 }, { answer: 'count', atMost: 2 }, { answer: 'count', atLeast: 1, atMost: 3 },
      { answer: 'plan', in: ['eha'] }, { evidence: 'chronology' },
    ];
    const cases: CaseInput[] = [
      {}, { answers: { met: 'yes', count: 2, plan: 'eha' }, evidence: { chronology: { confirmed: true } } },
      { answers: { met: 'no', count: 5, plan: 'none' } }, { answers: { count: 0 } }, { answers: { count: 'many', met: 'perhaps' } },
    ];
    const others: Condition[] = [{ cohort: 'cla' }, { measure: 'attendance', lower: { value: 90, inclusive: true } }, { since: 'review', atLeast: { amount: 1, unit: 'weeks' } }];
    for (const input of cases) {
      const ctx = new EvaluationContext(buildIndex(pathway()), normaliseCase({ asOf: '2026-11-30', ...input }));
      for (const rule of rules) for (const why of evaluateCondition(rule, ctx).reasons) expect(isFromSchool(why), why.code).toBe(true);
      for (const rule of others) for (const why of evaluateCondition(rule, ctx).reasons) expect(isFromSchool(why), why.code).toBe(false);
    }
  });
});
