/**
 * A blank date that means the event has not happened (`ifBlank`, format 1.1): known facts with
 * the author's words as the reason, where a blank date without it is "not known yet".
 */
import { describe, expect, it } from 'vitest';
import type { Condition, Pathway } from './schema-types.js';
import type { CaseInput } from './types.js';
import { normaliseCase } from './case-input.js';
import { evaluateCondition } from './conditions.js';
import { EvaluationContext } from './context.js';
import { buildIndex } from './pathway-index.js';
import { createPathway } from './index.js';

const NO_NOTICE = 'No earlier penalty notice has been recorded';
const NO_MEETING = 'No meeting has been held';
const TODAY = '2025-06-02';

const pathway: Pathway = {
  schemaVersion: '1.1',
  id: 'if-blank',
  version: '1',
  title: 'Blank dates',
  authority: { name: 'Test Council' },
  measures: [
    { id: 'last-notice', title: 'Date of the last penalty notice (if any)', kind: 'date', ifBlank: NO_NOTICE },
    { id: 'referral', title: 'Date of the referral', kind: 'date' },
    { id: 'plain', title: 'Date of the printout', kind: 'date' },
    { id: 'after-notice', title: 'Unauthorised sessions since the last notice', kind: 'sessionCount', from: 'last-notice' },
  ],
  stages: [
    {
      id: 'one',
      title: 'Stage one',
      universal: true,
      questions: [{ id: 'meeting', text: 'Date of the meeting', type: 'date', ifBlank: NO_MEETING }],
      actions: [
        {
          role: 'school',
          actions: [{ text: 'Write to the parent after the notice.', due: { amount: 5, unit: 'schoolDays' }, dueFrom: 'last-notice' }],
        },
      ],
      timeLimits: [
        {
          id: 'after-notice-period',
          title: 'Monitoring after the notice',
          kind: 'monitoring',
          duration: { amount: 6, unit: 'weeks' },
          startsFrom: 'last-notice',
          onExpiry: { description: 'Close the case.', outcome: 'complied' },
          onBreach: { when: { measure: 'after-notice', lower: { value: 1, inclusive: true } }, description: 'Prosecute.', outcome: 'breached' },
        },
      ],
      outcomes: [
        { id: 'complied', title: 'No further absence: close', kind: 'close' },
        { id: 'breached', title: 'Further absence: prosecute', kind: 'prosecution' },
      ],
    },
  ],
  roles: [{ id: 'school', title: 'School', kind: 'school' }],
};

const threeYears = { amount: 3, unit: 'years' } as const;

function check(condition: Condition, input: CaseInput = {}) {
  const ctx = new EvaluationContext(buildIndex(pathway), normaliseCase({ asOf: TODAY, ...input }));
  const result = evaluateCondition(condition, ctx);
  return { holds: result.holds, unknown: result.unknown === true, reasons: result.reasons.map((r) => r.text) };
}

describe('"time since" an event that has not happened', () => {
  it('"no more than 3 years since" is false, known, in the author\'s words; its `not` ("none in 3 years") holds', () => {
    expect(check({ since: 'last-notice', atMost: threeYears })).toEqual({ holds: false, unknown: false, reasons: [NO_NOTICE] });
    expect(check({ not: { since: 'last-notice', atMost: threeYears } })).toMatchObject({ holds: true, unknown: false, reasons: [NO_NOTICE] });
  });

  it('"at least … since" is false, known: a step after an event does not come while there has been none', () => {
    // Written as "at least 0 school days since the warning" (it has happened) or "15 school days
    // after the warning": a pupil with no warning is not at the step after it.
    expect(check({ since: 'last-notice', atLeast: threeYears })).toEqual({ holds: false, unknown: false, reasons: [NO_NOTICE] });
    expect(check({ since: 'last-notice', atLeast: { amount: 0, unit: 'schoolDays' } })).toEqual({ holds: false, unknown: false, reasons: [NO_NOTICE] });
  });

  it('is known even without today\'s date, and whatever the date it runs until', () => {
    const ctx = new EvaluationContext(buildIndex(pathway), normaliseCase({}));
    expect(evaluateCondition({ since: 'last-notice', atLeast: threeYears }, ctx)).toEqual({ holds: false, reasons: [expect.objectContaining({ text: NO_NOTICE })] });
    expect(check({ since: 'last-notice', until: 'referral', atMost: threeYears })).toMatchObject({ holds: false, unknown: false });
  });

  it('a date entered reads as before', () => {
    expect(check({ since: 'last-notice', atMost: threeYears }, { measures: { 'last-notice': { date: '2024-06-02' } } }).holds).toBe(true);
  });

  it('a blank date without "If left blank" is still not known', () => {
    expect(check({ since: 'plain', atMost: threeYears })).toEqual({ holds: false, unknown: true, reasons: ['Date of the printout has no date yet'] });
  });

  it('a date question with "If left blank" reads the same way', () => {
    expect(check({ since: 'meeting', atLeast: { amount: 1, unit: 'days' } })).toEqual({ holds: false, unknown: false, reasons: [NO_MEETING] });
  });
});

describe('"until" an event that has not happened: the period is still running', () => {
  const referral = { measures: { referral: { date: '2025-05-01' } } };
  const rule = (limit: 'atLeast' | 'atMost', amount: number): Condition => ({
    since: 'referral',
    until: 'meeting',
    [limit]: { amount, unit: 'weeks' },
  });

  it('"at least" holds once that long has passed, and is not yet before', () => {
    expect(check(rule('atLeast', 4), referral)).toEqual({
      holds: true,
      unknown: false,
      reasons: [NO_MEETING, 'It is at least 4 weeks since date of the referral (1 May 2025)'],
    });
    expect(check(rule('atLeast', 6), referral)).toMatchObject({ holds: false, unknown: false });
  });

  it('"at most" fails once that long has passed, and before then is not known: it may still come in time', () => {
    expect(check(rule('atMost', 4), referral)).toMatchObject({ holds: false, unknown: false });
    expect(check(rule('atMost', 6), referral)).toEqual({
      holds: false,
      unknown: true,
      reasons: [NO_MEETING, '"Date of the meeting" may still come within 6 weeks of Date of the referral (by 12 June 2025)'],
    });
  });

  it('needs today\'s date', () => {
    const ctx = new EvaluationContext(buildIndex(pathway), normaliseCase(referral));
    expect(evaluateCondition(rule('atLeast', 4), ctx)).toMatchObject({ holds: false, unknown: true });
  });
});

describe('what else reads a date that has not happened', () => {
  const model = createPathway(pathway);
  const stage = (input: CaseInput = {}) => {
    const evaluation = model.evaluateStage('one', { asOf: TODAY, ...input });
    if (evaluation === undefined) throw new Error('Stage one is not found');
    return evaluation;
  };

  it('a count from it is not counted, even when a figure is entered, and rules on it do not hold (nothing can follow an event that has not happened)', () => {
    const input = { measures: { 'after-notice': { value: 3 } } };
    const counted = 'Unauthorised sessions since the last notice is not counted: ' + NO_NOTICE;
    expect(model.evaluate({ asOf: TODAY, ...input }).measures.find((m) => m.measureId === 'after-notice')).toMatchObject({
      status: 'missing',
      display: counted,
    });
    // Not "not known": no entry can ever decide it, so the school is not asked for one. A rule on
    // the count (at least 1, or at most 2) does not hold.
    expect(check({ measure: 'after-notice', lower: { value: 1, inclusive: true } }, input)).toEqual({ holds: false, unknown: false, reasons: [counted] });
    expect(check({ measure: 'after-notice', upper: { value: 2, inclusive: true } }, {})).toEqual({ holds: false, unknown: false, reasons: [counted] });
    // Nor does its `not`: "no further absence since the notice" is not met when there was no notice
    // (the count cannot be taken either way), so no gate or exit opens on it.
    expect(check({ not: { measure: 'after-notice', lower: { value: 1, inclusive: true } } }, {})).toEqual({ holds: false, unknown: false, reasons: [counted] });
    expect(check({ not: { not: { measure: 'after-notice', upper: { value: 0, inclusive: true } } } }, {})).toEqual({ holds: false, unknown: false, reasons: [counted] });
    // Entered, the date decides as usual.
    expect(check({ measure: 'after-notice', lower: { value: 1, inclusive: true } }, { ...input, measures: { ...input.measures, 'last-notice': { date: '2025-01-06' } } }).holds).toBe(true);
  });

  it('all and any around a count that cannot be taken: a `not` around them holds only where another part decides it', () => {
    const count = { measure: 'after-notice', lower: { value: 1, inclusive: true } } as const;
    const counted = 'Unauthorised sessions since the last notice is not counted: ' + NO_NOTICE;
    const ticked = { cohort: 'none-such' } as const; // never ticked: false, known
    const notTicked = { not: ticked } as const; // true, known
    // "all" with the rest holding is not met, and neither is its `not` (De Morgan: any of the `not`s).
    expect(check({ all: [count, notTicked] })).toMatchObject({ holds: false, unknown: false, reasons: [counted] });
    expect(check({ not: { all: [count, notTicked] } })).toMatchObject({ holds: false, unknown: false, reasons: [counted] });
    expect(check({ any: [{ not: count }, ticked] })).toMatchObject({ holds: false, unknown: false });
    // "all" with another part false is false, so its `not` holds.
    expect(check({ not: { all: [count, ticked] } }).holds).toBe(true);
    // "any" with the rest failing is not met, and neither is its `not`; with another part holding it holds.
    expect(check({ not: { any: [count, ticked] } })).toMatchObject({ holds: false, unknown: false });
    expect(check({ any: [count, notTicked] }).holds).toBe(true);
    expect(check({ not: { any: [count, notTicked] } }).holds).toBe(false);
    // A part not known yet still makes the whole not known.
    expect(check({ not: { all: [count, { answer: 'meeting', in: ['x'] }] } })).toMatchObject({ holds: false, unknown: true });
  });

  it('a time limit starting from it has not started: no end, never breached, never run out, and its outcomes are closed', () => {
    const evaluation = stage({ measures: { 'after-notice': { value: 3 } } });
    const limit = evaluation.timeLimits?.find((l) => l.id === 'after-notice-period');
    expect(limit).toMatchObject({ startsFrom: { id: 'last-notice', notHappened: true }, breach: { breached: false } });
    expect(limit?.end).toBeUndefined();
    expect(limit?.passed).toBeUndefined();
    expect(limit?.reasons.map((r) => r.text)).toEqual([`"Monitoring after the notice" has not started: ${NO_NOTICE}`]);
    const outcomes = Object.fromEntries(evaluation.outcomes.map((o) => [o.id, o]));
    expect(outcomes.breached).toMatchObject({ open: false });
    expect(outcomes.complied).toMatchObject({
      open: false,
      reason: { text: `Not yet: opens when "Monitoring after the notice" runs out, and it has not started: ${NO_NOTICE}` },
    });
  });

  it('a duty due after it has no due date and is never overdue', () => {
    const duty = stage().duties?.find((d) => d.text.startsWith('Write to the parent'));
    expect(duty?.due).toMatchObject({ overdue: false, reason: { text: `No due date: ${NO_NOTICE}` } });
    expect(duty?.due?.date).toBeUndefined();
  });

  it('a date question left blank counts as answered, in the author\'s words', () => {
    const question = stage().questions.find((q) => q.id === 'meeting');
    expect(question).toMatchObject({ state: 'met', reason: { text: NO_MEETING } });
  });

  it('the date measure itself is shown in the author\'s words', () => {
    expect(model.summarise({ asOf: TODAY }).measures.find((m) => m.id === 'last-notice')?.display).toBe(NO_NOTICE);
  });
});

describe('"until" a date before the date it counts from', () => {
  it('is not known, and says to check the dates: never "no more than 6 weeks" met by a negative time', () => {
    const sixWeeks = { amount: 6, unit: 'weeks' } as const;
    const reversed = { measures: { plain: { date: '2025-03-01' }, referral: { date: '2025-02-01' } } };
    expect(check({ since: 'plain', until: 'referral', atMost: sixWeeks }, reversed)).toEqual({
      holds: false,
      unknown: true,
      reasons: ['Date of the referral (1 February 2025) is before Date of the printout (1 March 2025): check the dates'],
    });
    expect(check({ not: { since: 'plain', until: 'referral', atMost: sixWeeks } }, reversed)).toMatchObject({ holds: false, unknown: true });
    // In order, it is decided as before.
    expect(check({ since: 'referral', until: 'plain', atMost: sixWeeks }, reversed)).toMatchObject({ holds: true, unknown: false });
  });
});
