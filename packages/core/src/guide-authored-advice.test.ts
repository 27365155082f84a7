/**
 * The advice the engine gave schools on pathways written from the guide alone
 * (fixtures/guide-authored), in the situations where a helper's pupils first showed it wrong:
 * a period's breach and expiry outcomes both offered, an expiry outcome opened against its own
 * rule, "not improved" when no earlier reading was entered, an exit rule never read, and a
 * "0 school days since" reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import type { CaseInput } from './types.js';
import { createPathway } from './index.js';

const load = (name: string) =>
  createPathway(JSON.parse(readFileSync(new URL(`../fixtures/guide-authored/${name}.json`, import.meta.url), 'utf8')) as Pathway);
const AS_OF = '2026-11-30';

describe('Marlow Vale: a Notice to Improve period opens its breach outcome or its expiry outcome, never both', () => {
  const marlow = load('marlow-penalty');
  const pupil = (issued: string, since: number, extra: CaseInput = {}): CaseInput => ({
    asOf: AS_OF,
    measures: { 'unauthorised-10wk': { value: 12 }, 'nti-date': { date: issued }, 'unauthorised-after-nti': { value: since } },
    answers: { 'q-support-meeting': 'yes', 'q-nti-support-offered': 'yes' },
    ...extra,
  });
  const outcomes = (input: CaseInput) => Object.fromEntries((marlow.evaluate(input).current?.outcomes ?? []).map((o) => [o.id, o]));
  const close = 'No further unauthorised absence: no further action: close the case.';
  // The title ends by naming the stage it leads to ("Step 3: Penalty notice"): said once (text.ts's titleSays).
  const penalty = 'Further unauthorised absence during the Notice to Improve: request a penalty notice.';

  it('m2: the period ran out with no unauthorised absence: close the case, and no penalty notice', () => {
    const input = pupil('2026-11-02', 0);
    const summary = marlow.summarise(input);
    expect(summary.nextSteps).toContain(close);
    expect(summary.nextSteps).not.toContain(penalty);
    expect(outcomes(input)['nti-complied']).toMatchObject({ open: true, triggeredBy: { timeLimit: 'nti-period', event: 'expiry' } });
    expect(outcomes(input)['nti-breached']).toMatchObject({
      open: false,
      reason: { code: 'outcome.expiredWithoutBreach', text: 'Not open: "Notice to Improve improvement period" ran out on 23 November 2026 without a breach' },
    });
  });

  it('m3: breached during the period: request a penalty notice, and the case is not closed', () => {
    const input = pupil('2026-11-16', 2, { cohorts: ['health'] });
    const summary = marlow.summarise(input);
    expect(summary.nextSteps).toContain(penalty);
    expect(summary.nextSteps).not.toContain(close);
    expect(outcomes(input)['nti-complied']).toMatchObject({
      open: false,
      reason: { code: 'outcome.closedByBreach', text: 'Not open: "Notice to Improve improvement period" has been breached' },
    });
  });

  it('breached and run out: the breach decides, the period did not run out clean', () => {
    const input = pupil('2026-11-02', 1);
    expect(outcomes(input)['nti-breached']).toMatchObject({ open: true, triggeredBy: { event: 'breach' } });
    expect(outcomes(input)['nti-complied']?.open).toBe(false);
  });

  it('while the period runs, neither is a next step: they are what can happen, said by the time limit', () => {
    const input = pupil('2026-11-23', 0);
    const summary = marlow.summarise(input);
    expect(summary.nextSteps).not.toContain(close);
    expect(summary.nextSteps).not.toContain(penalty);
    expect(outcomes(input)['nti-complied']).toMatchObject({
      open: false,
      reason: { code: 'outcome.untilExpiryUnbreached', text: 'Not yet: opens if "Notice to Improve improvement period" runs out on 14 December 2026 without a breach' },
    });
    expect(outcomes(input)['nti-breached']).toMatchObject({
      open: false,
      reason: { code: 'outcome.untilBreach', text: 'Not yet: opens if "Notice to Improve improvement period" is breached' },
    });
    expect(summary.timeLimits.find((l) => l.id === 'nti-period')?.text).toContain('if breached: Any unauthorised absence');
  });

  it('without the date the notice was issued, the period cannot run out: its expiry outcome waits for the date', () => {
    const input = pupil('', 0);
    expect(outcomes(input)['nti-complied']).toMatchObject({
      open: false,
      reason: { code: 'outcome.untilExpiryNoDate', text: 'Not yet: opens when "Notice to Improve improvement period" runs out; enter Date the Notice to Improve was issued to know when' },
    });
  });
});

describe('Marlow Vale: a blank "last penalty notice (if any)" means there was none', () => {
  const marlow = load('marlow-penalty');
  const holiday = (previous?: string): CaseInput => ({
    asOf: AS_OF,
    cohorts: ['holiday'],
    measures: { 'holiday-sessions': { value: 10 }, ...(previous === undefined ? {} : { 'previous-pn-date': { date: previous } }) },
  });
  const routes = (input: CaseInput) => Object.fromEntries((marlow.evaluate(input).current?.routes ?? []).map((r) => [r.id, r]));

  it('no earlier notice: the first-notice route is open, the second-notice route is not, in the pathway\'s words', () => {
    const open = routes(holiday());
    const none = 'No earlier penalty notice has been recorded';
    expect(open['first-notice']).toMatchObject({ open: true });
    expect(open['first-notice']?.reason.text).toContain(none);
    expect(open['first-notice']?.reason.text).not.toContain('no date yet');
    expect(open['second-notice']).toMatchObject({ open: false });
    expect(open['second-notice']?.reason.text).toContain(none);
    expect(marlow.summarise(holiday()).measures.find((m) => m.id === 'previous-pn-date')?.display).toBe(none);
  });

  it('a notice 2 years ago: the second-notice route; 4 years ago: the first-notice route again', () => {
    expect(routes(holiday('2024-11-30'))['second-notice']?.open).toBe(true);
    expect(routes(holiday('2024-11-30'))['first-notice']?.open).toBe(false);
    expect(routes(holiday('2022-11-30'))['first-notice']?.open).toBe(true);
  });
});

describe('Thornbury: an outcome a period names still needs its own rule', () => {
  const thornbury = load('thornbury-la');
  const t4 = (now: number): CaseInput => ({
    asOf: AS_OF,
    measures: { attendance: { percentage: now } },
    baselines: { attendance: { percentage: 80, date: '2026-09-01' } },
    outcomes: ['accepted', 'to-contract'],
    answers: { 'q-contract-signed': 'yes', 'q-contract-start': '2026-08-24' },
  });

  it('t4: the contract term ran out and attendance fell: refer to the panel, never "close the case"', () => {
    const summary = thornbury.summarise(t4(78));
    expect(summary.stage?.id).toBe('contract');
    expect(summary.nextSteps.some((s) => s.startsWith('Attendance improved: close the case'))).toBe(false);
    expect(summary.nextSteps.some((s) => s.startsWith('Not improved or contract broken'))).toBe(true);
    const improved = thornbury.evaluate(t4(78)).current?.outcomes.find((o) => o.id === 'contract-improved');
    expect(improved).toMatchObject({ open: false, reason: { code: 'outcome.expiredRuleFails' } });
    expect(improved?.reason.text).toMatch(/^Not open: "Contract term" ran out on .*, but attendance at referral has not improved by at least 5 points/);
  });

  it('the term ran out and attendance improved by 5 points: close the case', () => {
    const improved = thornbury.evaluate(t4(86)).current?.outcomes.find((o) => o.id === 'contract-improved');
    expect(improved).toMatchObject({ open: true, triggeredBy: { timeLimit: 'contract-term', event: 'expiry' }, reason: { code: 'outcome.expiredAndRule' } });
  });
});

describe('Ashcombe: a rule that needs a figure not entered is not known, never true', () => {
  const ashcombe = load('ashcombe-trend');

  it('ash1: no earlier reading: "not improved" is not offered', () => {
    const input: CaseInput = { asOf: AS_OF, measures: { attendance: { percentage: 93 } }, cohorts: ['case-open'] };
    const summary = ashcombe.summarise(input);
    expect(summary.stage?.id).toBe('persistent-absence');
    expect(summary.nextSteps.some((s) => s.startsWith('Not improved at the review'))).toBe(false);
  });

  it('the review is due and no earlier reading was entered: not known, and the reason says what to enter', () => {
    const input: CaseInput = {
      asOf: AS_OF,
      measures: { attendance: { percentage: 93 } },
      cohorts: ['case-open'],
      answers: { 'q-asm-held': 'yes', 'q-asm-date': '2026-10-19' },
    };
    const summary = ashcombe.summarise(input);
    expect(summary.nextSteps.some((s) => s.startsWith('Not improved at the review'))).toBe(false);
    expect(ashcombe.evaluate(input).current?.outcomes.find((o) => o.id === 's2-not-improved')).toMatchObject({
      open: false,
      reason: { code: 'outcome.notKnown', text: 'Not known yet: The earlier reading of Attendance this academic year has not been entered' },
    });
  });

  it('with the earlier reading, "not improved" is decided', () => {
    const input: CaseInput = {
      asOf: AS_OF,
      measures: { attendance: { percentage: 85 } },
      baselines: { attendance: { percentage: 88, date: '2026-10-05' } },
      cohorts: ['case-open'],
      answers: { 'q-asm-held': 'yes', 'q-asm-date': '2026-10-19' },
    };
    expect(ashcombe.evaluate(input).current?.outcomes.find((o) => o.id === 's2-not-improved')?.open).toBe(true);
  });
});

describe("Ashcombe: a stage's exit rule is read, and the summary says when the pupil can leave", () => {
  const ashcombe = load('ashcombe-trend');

  it('attendance back to 95%: the pupil can leave Stage 1, in the words of its exit', () => {
    const input: CaseInput = { asOf: AS_OF, stage: 'falling-attendance', measures: { attendance: { percentage: 96 } } };
    const current = ashcombe.evaluate(input).current;
    expect(current?.stageId).toBe('falling-attendance');
    expect(current?.exit).toMatchObject({
      holds: true,
      description: 'The pupil leaves Stage 1 when attendance is back to 95% or above.',
      reasons: [{ text: 'Attendance this academic year is 96%, at least 95%' }],
    });
    const summary = ashcombe.summarise(input);
    expect(summary.nextSteps).toContain(
      'The pupil can leave "Stage 1: Falling attendance": The pupil leaves Stage 1 when attendance is back to 95% or above.',
    );
    expect(summary.exit).toEqual({ holds: true, description: 'The pupil leaves Stage 1 when attendance is back to 95% or above.', reasons: ['Attendance this academic year is 96%, at least 95%'] });
    expect(summary.reasons?.exit?.[0]?.code).toBe('condition.measureWithin');
    // Placement is by bands and entry: the pupil is not moved out of the stage.
    expect(summary.stage?.id).toBe('falling-attendance');
  });

  it('below 95%: the exit does not hold and nothing says the pupil can leave', () => {
    const input: CaseInput = { asOf: AS_OF, measures: { attendance: { percentage: 93 } }, cohorts: ['case-open'] };
    expect(ashcombe.evaluate(input).current?.exit).toMatchObject({ holds: false });
    expect(ashcombe.summarise(input).nextSteps.some((s) => s.startsWith('The pupil can leave'))).toBe(false);
  });

  it('a stage without an exit rule has no exit', () => {
    expect(ashcombe.evaluate({ asOf: AS_OF, stage: 'whole-school' }).current?.exit).toBeUndefined();
  });
});

describe('Kelbridge: a date rule of no length says what it means', () => {
  it('k1: "at least 0 school days since" reads as the date having come', () => {
    const kelbridge = load('kelbridge-cme');
    const summary = kelbridge.summarise({ asOf: AS_OF, measures: { 'first-day-absent': { date: '2026-11-30' } }, cohorts: ['no-contact', 'social-worker'] });
    const why = summary.placement.reasons.join(' ');
    expect(why).not.toContain('0 school days');
    expect(why).toContain('First day of this absence (30 November 2026) has come');
  });
});

describe('a gate that reads something not entered', () => {
  it('is not known yet (unknown), and once a figure that fails it is entered, simply not met', () => {
    const pathway = createPathway({
      schemaVersion: '1.1',
      id: 'gate-unknown',
      version: '1',
      title: 'Gates',
      authority: { name: 'Example Council' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      stages: [
        {
          id: 'formal',
          title: 'Formal',
          universal: true,
          gates: [{ id: 'low', title: 'Attendance is 50% or lower', condition: { measure: 'attendance', upper: { value: 50, inclusive: true } } }],
        },
      ],
    } as unknown as Pathway);
    const gateOf = (input: CaseInput) => pathway.evaluateStage('formal', input)?.gates.find((gate) => gate.id === 'low');
    expect(gateOf({ asOf: AS_OF })).toMatchObject({ holds: false, unknown: true });
    const failing = gateOf({ asOf: AS_OF, measures: { attendance: { percentage: 80 } } });
    expect(failing?.holds).toBe(false);
    expect(failing?.unknown).toBeUndefined();
  });
});

describe('Oakfield: a stage an exception redirects to another stage for the pupil', () => {
  const oakfield = load('oakfield-virtual-school');
  // 45%, a child looked after: the figures match "Stage 5: Legal intervention", which the
  // pathway redirects to "Escalation to the Virtual School Head" for children looked after.
  const cla: CaseInput = { asOf: '2025-03-20', measures: { attendance: { percentage: 45 }, 'unauthorised-10wks': { value: 14 } }, cohorts: ['cla'] };

  it('oak5: the case is at the stage it is redirected to, and no legal outcome is offered', () => {
    const evaluation = oakfield.evaluate(cla);
    expect(evaluation.placement.primary).toBe('legal');
    expect(evaluation.stageId).toBe('vsh-escalation');
    const steps = oakfield.summarise(cla).nextSteps.join('\n');
    expect(steps).not.toMatch(/Penalty notice|Prosecution/);
  });

  it('chosen by hand, the legal stage offers neither a penalty notice nor a prosecution for a child looked after', () => {
    const legal = oakfield.evaluate({ ...cla, stage: 'legal' }).current!;
    expect(legal.outcomes.map((o) => [o.id, o.open])).toEqual([['pn', false], ['pros', false]]);
    expect(oakfield.evaluate({ ...cla, cohorts: [], stage: 'legal' }).current!.outcomes.every((o) => o.open)).toBe(true);
  });
});

describe('Carrow: a stage an exception skips for the pupil', () => {
  const carrow = load('carrow-ptt-ap');
  // 40% while the family is travelling for work: the LA inclusion review is skipped.
  const travelling: CaseInput = { asOf: '2025-03-05', measures: { attendance: { percentage: 40 } }, cohorts: ['grt-travelling'] };

  it('car5: offers no referral of the skipped stage, and the case is at the stage that applies to every pupil', () => {
    const evaluation = carrow.evaluate(travelling);
    expect(evaluation.stageId).toBe('universal');
    const review = evaluation.stages.find((s) => s.stageId === 'la-inclusion-review')!;
    expect(review.status).toBe('skipped');
    expect(review.referrals.map((r) => r.status)).toEqual(['blocked']);
    expect(carrow.summarise(travelling).nextSteps.join('\n')).not.toMatch(/inclusion review/i);
    // Without the circumstance, the review is where the case is.
    expect(carrow.evaluate({ ...travelling, cohorts: [] }).stageId).toBe('la-inclusion-review');
  });
});

describe('Fenwick: a time limit of kind review recurs ("reviewed every"), so its date is the next review, never "ran out"', () => {
  const fenwick = load('fenwick-ebsa');
  const planAgreed = (asOf: string): CaseInput => ({ asOf, measures: { attendance: { percentage: 85 }, 'plan-start': { date: '2025-01-13' } } });

  it('plan agreed 13 January, as of 20 March: a review was due on 24 February, the next is due on 7 April', () => {
    const limit = fenwick.evaluate(planAgreed('2025-03-20')).current?.timeLimits?.find((item) => item.id === 'plan-review-cycle');
    expect(limit).toMatchObject({ end: '2025-04-07', passed: false, lastDue: '2025-02-24' });
    expect(limit?.text).toContain('a review was due on 24 February 2025; next review due on 7 April 2025');
    expect(limit?.text).not.toMatch(/runs out|ran out/);
    expect(limit?.text).toContain('at each review: Review the plan with the family');
    expect(limit?.reasons.map((r) => r.text).join(' ')).not.toMatch(/ran out|Runs from/);
    const line = fenwick.summarise(planAgreed('2025-03-20')).timeLimits.find((item) => item.id === 'plan-review-cycle');
    expect(line).toMatchObject({ end: '2025-04-07', passed: false });
  });

  it('the outcome a review names opens once a review has fallen due, saying so (not "ran out")', () => {
    const due = fenwick.evaluate(planAgreed('2025-03-20')).current?.outcomes.find((o) => o.id === 'review-due');
    expect(due).toMatchObject({ open: true, reason: { text: 'Open: a review under "Plan review cycle" was due on 24 February 2025' } });
    const notYet = fenwick.evaluate(planAgreed('2025-02-10')).current?.outcomes.find((o) => o.id === 'review-due');
    expect(notYet).toMatchObject({ open: false, reason: { text: 'Not yet: opens when the first review under "Plan review cycle" is due on 24 February 2025' } });
  });

  it('before the first review: the first review is due', () => {
    const limit = fenwick.evaluate(planAgreed('2025-02-10')).current?.timeLimits?.find((item) => item.id === 'plan-review-cycle');
    expect(limit).toMatchObject({ end: '2025-02-24', passed: false });
    expect(limit?.lastDue).toBeUndefined();
    expect(limit?.text).toContain('first review due on 24 February 2025');
  });

  it('a duty that recurs from a date ("Review the plan with the family", every 6 school weeks from the plan) is next due on 7 April, not overdue', () => {
    const duty = fenwick.evaluate(planAgreed('2025-03-20')).current?.duties?.find((d) => d.text === 'Review the plan with the family.');
    expect(duty?.due).toMatchObject({ date: '2025-04-07', overdue: false });
    expect(duty?.due?.reason?.text).toBe('Next due by 7 April 2025');
  });

  it('a referral outcome titled "Refer to Healthy Minds Fenwick" is not followed by "refer to …" again', () => {
    expect(fenwick.summarise(planAgreed('2025-03-20')).nextSteps).not.toContain('Refer to Healthy Minds Fenwick: refer to "Referral to Healthy Minds Fenwick".');
    const steps = fenwick.summarise({ asOf: '2025-03-20', measures: { attendance: { percentage: 65 } } }).nextSteps;
    // A referral waits for what the stage still needs (outcome-timing.ts).
    expect(steps[0]).toBe('Refer to Healthy Minds Fenwick once what is still missing is done.');
  });
});

describe('Carrow: a duty can be made conditional on an answer (`when`), and then is never overdue once answered', () => {
  it('"Notify the LA" with `when` "not yet notified": answered Yes, it does not apply and is not overdue; answered No, it is overdue', () => {
    const pathway = JSON.parse(readFileSync(new URL('../fixtures/guide-authored/carrow-ptt-ap.json', import.meta.url), 'utf8')) as Pathway;
    const stage = pathway.stages.find((s) => s.id === 'part-time-timetable')!;
    const notify = stage.actions!.flatMap((group) => group.actions).find((action) => action.text.startsWith('Notify the LA'))!;
    (notify as { when?: unknown }).when = { answer: 'q-la-notified', in: ['no'] };
    const carrow = createPathway(pathway);
    const duty = (answer: string) =>
      carrow
        .evaluate({ asOf: '2025-03-20', measures: { attendance: { percentage: 75 }, 'ptt-start': { date: '2025-03-03' } }, cohorts: ['on-ptt'], answers: { 'q-la-notified': answer } })
        .current?.duties?.find((d) => d.text.startsWith('Notify the LA'));
    expect(duty('yes')).toMatchObject({ applies: false, due: { overdue: false } });
    expect(duty('no')).toMatchObject({ applies: true, due: { overdue: true } });
  });
});

describe('Wexcombe: a step after a warning, and a warning period whose breach figure is not entered', () => {
  const wexcombe = load('wexcombe-sequence');
  const w3: CaseInput = {
    asOf: '2025-03-14',
    measures: { attendance: { percentage: 92 }, 'unauth-10wk': { value: 12 }, 'consecutive-days': { value: 5 }, 'previous-pn-count': { value: 0 } },
    answers: { 'q-meeting-held': 'yes' },
  };

  it('w3: no warning issued (the date left blank means none): the pupil is not at the step after the warning', () => {
    const evaluation = wexcombe.evaluate(w3);
    expect(evaluation.current?.stageId).not.toBe('stage-3');
    expect(evaluation.placement.stages.map((s) => s.stageId)).not.toContain('stage-3');
  });

  it('w8: the warning period ran out with the count after it not entered: "no further action" waits for the count', () => {
    const w8: CaseInput = {
      asOf: '2025-04-10',
      measures: { attendance: { percentage: 88 }, 'unauth-10wk': { value: 12 }, 'warning-date': { date: '2025-03-03' }, 'previous-pn-count': { value: 0 } },
      answers: { 'q-warning-explained': 'yes' },
      evidence: { 'warning-copy': { confirmed: true } },
    };
    const outcome = (input: CaseInput, id: string) => wexcombe.evaluate(input).current!.outcomes.find((o) => o.id === id);
    expect(wexcombe.evaluate(w8).current?.stageId).toBe('stage-3');
    expect(outcome(w8, 's3-no-further-action')).toMatchObject({ open: false, reason: { code: 'outcome.notKnown' } });
    expect(wexcombe.summarise(w8).nextSteps.join(' ')).not.toMatch(/no further action/i);
    // With the count entered as 0 the period ran out unbroken: no further action follows.
    const counted = { ...w8, measures: { ...w8.measures, 'unauth-after-warning': { value: 0 } } };
    expect(outcome(counted, 's3-no-further-action')).toMatchObject({ open: true, triggeredBy: { event: 'expiry' } });
  });
});

describe('Round 4 (Brackley, Felsham): what the summary says agrees with the page', () => {
  const brackley = load('brackley-subthreshold');
  const felsham = load('felsham-medical');

  it('b1: a date left blank that means "not happened" is answered in the author’s words, not "Not answered"', () => {
    const b1: CaseInput = {
      asOf: '2025-03-20',
      measures: { attendance: { percentage: 84 } },
      answers: { 'q-asp-meeting-date': '2025-03-03', 'q-barriers-discussed': 'yes', 'q-home-visit-date': '2025-03-06' },
      evidence: { 'asp-document': { confirmed: true } },
    };
    const answer = brackley.summarise(b1).answers.find((a) => a.questionId === 'q-above-95-since');
    expect(answer).toMatchObject({ answer: null, answerText: 'Attendance has not yet been above 95% since the plan started' });
  });

  it('f6, b6: a stage’s outcome open without a rule of its own is what can happen next, not a step to take now', () => {
    const f6: CaseInput = {
      asOf: '2025-03-20',
      measures: { attendance: { percentage: 70 }, 'illness-days': { value: 20 } },
      cohorts: ['medical'],
      answers: { 'q-eha-offered': 'yes' },
      evidence: { 'school-support-plan': { confirmed: true } },
    };
    const legal = 'Support not engaged with: request legal intervention: escalate to "Level 4: Request for legal intervention".';
    expect(felsham.summarise(f6).nextSteps).not.toContain(legal);
    expect(felsham.summarise(f6).canHappen).toEqual([legal]);
    const b6 = brackley.summarise({ asOf: '2025-03-20', measures: { attendance: { percentage: 82 } }, cohorts: ['on-intensive-plan'] });
    expect(b6.nextSteps.join(' ')).not.toContain('No improvement after intensive support');
    expect(b6.canHappen).toEqual(['No improvement after intensive support: request legal intervention: escalate to "Wave 4: Legal intervention request".']);
    // An outcome whose own rule holds is still a step now.
    const b3 = brackley.summarise({
      asOf: '2025-03-20',
      measures: { attendance: { percentage: 96 } },
      cohorts: ['on-asp'],
      answers: { 'q-asp-meeting-date': '2024-11-04', 'q-barriers-discussed': 'yes', 'q-above-95-since': '2025-01-27' },
      evidence: { 'asp-document': { confirmed: true } },
    });
    expect(b3.nextSteps[0]).toBe('Attendance above 95% for 6 school weeks: close the ASP.');
  });
});

describe('Wexcombe w6: what follows a referral is not said beside one that what was entered rules out', () => {
  const wexcombe = load('wexcombe-sequence');
  const w6: CaseInput = {
    asOf: '2025-03-14',
    measures: {
      attendance: { percentage: 93 }, 'unauth-10wk': { value: 4 }, 'consecutive-days': { value: 6 },
      'support-start': { date: '2024-12-02' }, 'previous-pn-count': { value: 0 }, 'warning-date': { date: '2025-03-03' },
    },
    answers: { 'q-meeting-held': 'yes' },
  };

  it('the summary\'s next steps, as the widget\'s, say nothing of what follows a referral that cannot be made', () => {
    const summary = wexcombe.summarise(w6);
    expect(summary.nextSteps.join(' ')).not.toContain('After referring to');
    // With 12 sessions in 10 weeks and absence after the warning, it can be made: what follows is said.
    const eligible = { ...w6, measures: { ...w6.measures, 'unauth-10wk': { value: 12 }, 'unauth-after-warning': { value: 2 } } };
    expect(wexcombe.summarise(eligible).nextSteps.join(' ')).toContain('After referring to "Penalty notice request"');
  });
});

describe('Dunhallow: stepped down, then back at the support plan; a review waiting on an earlier reading', () => {
  const dunhallow = load('dunhallow-step-down');

  it('d5: the recorded step down is not offered as what can happen next, and the placement says the pupil is back', () => {
    const input: CaseInput = {
      asOf: '2025-03-10',
      measures: { attendance: { percentage: 89 } },
      baselines: { attendance: { percentage: 80, date: '2024-12-02' } },
      answers: { 'q-stepdown-date': '2025-02-10', 'q-plan-start': '2024-12-02' },
      outcomes: ['improved'],
    };
    const evaluation = dunhallow.evaluate(input);
    expect(evaluation.current?.stageId).toBe('support-plan');
    const summary = dunhallow.summarise(input);
    expect([...summary.nextSteps, ...(summary.canHappen ?? [])].join(' ')).not.toContain('Improved: step down to a maintenance plan');
    const back = summary.placement.reasons.filter((r) => r.startsWith('The pupil is back at'));
    expect(back).toEqual([
      'The pupil is back at Support plan: "Improved: step down to a maintenance plan" was recorded (a step down to Maintenance plan), but the figures now place them here',
    ]);
    // Not said where the figures agree with the step down.
    const stayed = dunhallow.summarise({ ...input, measures: { attendance: { percentage: 93 } } });
    expect(stayed.placement.reasons.some((r) => r.startsWith('The pupil is back at'))).toBe(false);
  });

  it('d3: after the first review, with no earlier reading, the next steps say what to enter to decide', () => {
    const input: CaseInput = { asOf: '2025-03-11', measures: { attendance: { percentage: 88 } }, answers: { 'q-plan-start': '2025-02-24', 'q-reviews': 'no' } };
    expect(dunhallow.evaluate(input).current?.outcomes.find((o) => o.id === 'improved')?.needsBaseline).toEqual(['attendance']);
    expect(dunhallow.summarise(input).nextSteps).toContain('Enter "Attendance when the support plan started" to see whether to step down.');
    const entered = dunhallow.summarise({ ...input, baselines: { attendance: { percentage: 80, date: '2025-02-24' } } });
    expect(entered.nextSteps.join(' ')).not.toContain('Enter "Attendance when');
  });
});

describe('round 7 wording: a reason says what ran out, and an outcome says what it does once', () => {
  it('a5: "the 3 years ran out", and a title already in brackets is not followed by another bracket', () => {
    const ashby = load('ashby-consult-penalty');
    const evaluation = ashby.evaluate({
      asOf: '2025-03-10',
      measures: { attendance: { percentage: 89 }, 'unauthorised-10wk': { value: 11 }, 'last-pn-date': { date: '2021-03-01' }, 'earlier-pn-date': { date: '2020-01-10' } },
      answers: { 'q-meeting-held': 'yes', 'q-support-plan': 'yes', 'q-nti-issued': 'yes' },
    });
    const said = (evaluation.current?.routes ?? []).map((route) => route.reason.text).join(' | ');
    expect(said).toContain('(if any), on 1 March 2021; the 3 years ran out on 1 March 2024');
    expect(said).not.toContain('(if any) (');
    expect(said).not.toContain('that ran out');
  });

  it('d1, d6: "Improved: step down to a maintenance plan." and "Attendance at 95% or above: close the case.", each said once', () => {
    const dunhallow = load('dunhallow-step-down');
    const improved = dunhallow.summarise({
      asOf: '2025-03-10',
      measures: { attendance: { percentage: 92 } },
      baselines: { attendance: { percentage: 80, date: '2025-01-27' } },
      answers: { 'q-plan-start': '2025-01-27', 'q-reviews': 'yes' },
      stage: 'support-plan',
    });
    expect([...improved.nextSteps, ...(improved.canHappen ?? [])]).toContain('Improved: step down to a maintenance plan.');
    const closed = dunhallow.summarise({ asOf: '2025-03-10', measures: { attendance: { percentage: 96 } }, answers: { 'q-stepdown-date': '2025-02-10' }, outcomes: ['improved'] });
    expect(closed.nextSteps).toContain('Attendance at 95% or above: close the case.');
  });
});

describe('round 11 (Greyford, after the court): a case moved on by recorded outcomes is where the last of them led', () => {
  const greyford = load('greyford-after-court');
  const court = (outcomes: string[], extra: CaseInput = {}): CaseInput => ({
    asOf: AS_OF,
    measures: { attendance: { percentage: 85 }, 'order-date': { date: '2026-03-01' } },
    outcomes,
    ...extra,
  });

  it('g7: a breach proved leads back to the order: the case is at the parenting order, not at the breach it has left', () => {
    const evaluation = greyford.evaluate(court(['convicted', 'parenting-order-made', 'report-breach', 'breach-proved']));
    expect(evaluation.stageId).toBe('parenting-order');
    expect(evaluation.placement.stages.map((stage) => stage.stageId)).toEqual(['parenting-order']);
  });

  it('g3: convicted, then a parenting order: the sentence stage the order came from is left, so one stage applies, not "more than one"', () => {
    const evaluation = greyford.evaluate(court(['convicted', 'parenting-order-made']));
    expect(evaluation.placement.stages.map((stage) => stage.stageId)).toEqual(['parenting-order']);
    expect(evaluation.placement.reasons.map((why) => why.text).join(' ')).not.toContain('More than one stage applies');
  });

  it('a recorded history that only goes round (no stage it ends at) places as before: every stage it led into', () => {
    const evaluation = greyford.evaluate(court(['report-breach', 'breach-proved']));
    expect(evaluation.placement.stages.map((stage) => stage.stageId)).toEqual(['parenting-order', 'breach-of-order']);
  });

  it('g4: further legal action is not offered as what follows for a child looked after, whose council redirects it to the Virtual School', () => {
    const input = court(['convicted', 'fine-or-discharge'], {
      measures: { attendance: { percentage: 60 }, 'hearing-date': { date: '2026-08-03' }, 'unauthorised-since-hearing': { value: 12 } },
      cohorts: ['cla'],
    });
    const monitoring = greyford.evaluate(input).current!;
    expect(monitoring.stageId).toBe('post-court-monitoring');
    expect(monitoring.outcomes.find((outcome) => outcome.id === 'consider-further-action')).toMatchObject({
      open: false,
      reason: { code: 'outcome.leadsToUnavailableStage', text: 'Not open: "Stage 7: Further legal action" is redirected elsewhere for this pupil' },
    });
    const summary = greyford.summarise(input);
    expect(summary.nextSteps.join(' ')).not.toContain('consider further legal action');
    // The breach is still said, with the exception that rules out what it leads to.
    expect(summary.nextSteps.join(' ')).toContain('"Monitoring after sentence" has been breached');
    expect(summary.nextSteps.join(' ')).toContain('Child looked after');
  });

  it('g1: "continue" that leads to another stage says where, not "continue at this stage"', () => {
    const summary = greyford.summarise({ asOf: AS_OF, measures: { attendance: { percentage: 72 } } });
    expect(summary.canHappen).toContain('Adjourned for the parent to improve attendance: go to "Stage 2: Adjourned for improvement".');
    expect(summary.canHappen?.join(' ')).not.toContain('continue at this stage');
  });

  it('g6: a count of one of an author\'s unit is singular: "1 meeting", not "1 meetings"', () => {
    const evaluation = greyford.evaluate(court(['convicted', 'parenting-order-made'], { measures: { 'meetings-missed': { value: 0 }, 'meetings-held': { value: 1 } } }));
    expect(evaluation.measures.find((measure) => measure.measureId === 'meetings-held')?.display).toBe('1 meeting');
    const duty = evaluation.current?.duties?.find((line) => line.text.startsWith('Write a warning letter'));
    expect(duty?.reason.text).toContain('not at least 1 meeting');
    expect(duty?.reason.text).not.toContain('1 meetings');
  });
});

describe('round 11 (Wendlebury): an outcome titled with the stage\'s short name, or ending in its verb, says it once', () => {
  const wendlebury = load('wendlebury-letters-year11');
  it('w2: "No improvement: move to Stage 3." and "Improved: step down to "Stage 0 - Universal"."', () => {
    const summary = wendlebury.summarise({
      asOf: AS_OF,
      measures: { attendance: { percentage: 93 }, 'letters-sent': { value: 1 } },
      baselines: { attendance: { percentage: 80, date: '2026-09-01' } },
      answers: { 'q-meeting-held': 'yes', 'q-meeting-date': '2026-10-12' },
    });
    const said = [...summary.nextSteps, ...(summary.canHappen ?? [])];
    expect(said).toContain('Improved: step down to "Stage 0 - Universal".');
    const notImproved = wendlebury.summarise({
      asOf: AS_OF,
      measures: { attendance: { percentage: 93 }, 'letters-sent': { value: 1 } },
      baselines: { attendance: { percentage: 95, date: '2026-09-01' } },
      answers: { 'q-meeting-held': 'yes', 'q-meeting-date': '2026-10-12' },
    });
    expect(notImproved.nextSteps).toContain('No improvement: move to Stage 3.');
  });
});

describe('round 12 (Dyffryn): a duty done every so often from a date that may not have happened', () => {
  const dyffryn = load('dyffryn-cymraeg');
  const review = (extra: CaseInput['measures'] = {}) =>
    dyffryn
      .evaluate({ asOf: AS_OF, measures: { presenoldeb: { percentage: 85 }, ...extra } })
      .current?.duties?.find((duty) => duty.text.startsWith('Adolygu'));

  it('d2: "every 2 weeks from" a second letter left blank (not sent) has no due date and says why in the council\'s words', () => {
    const due = review()?.due;
    expect(due?.reason).toMatchObject({ code: 'duty.notStarted', text: "No due date: Nid yw'r ail lythyr wedi'i anfon" });
    expect(due?.date).toBeUndefined();
    expect(due?.overdue).toBe(false);
  });

  it('d2: with the letter\'s date, it is next due on its next occurrence, as before', () => {
    expect(review({ 'dyddiad-ail-lythyr': { date: '2026-10-01' } })?.due).toMatchObject({ date: '2026-12-10', reason: { code: 'duty.nextDue' } });
  });
});

describe('round 14 (Fernhill, the LA\'s side of a school attendance order): the JSON\'s sentence for a period that has not started', () => {
  const fernhill = load('fernhill-ehe-sao');
  const limits = (input: CaseInput) => Object.fromEntries(fernhill.summarise(input).timeLimits.map((limit) => [limit.id, limit.text]));

  it('f6: counted from a notice or an order the officer left blank (none served), it says it has not started, in the council\'s words', () => {
    const text = limits({ asOf: AS_OF, outcomes: ['to-sao'] });
    expect(text['choice-period']).toContain('it has not started: No notice of intention has been served');
    expect(text['order-review']).toContain('it has not started: No school attendance order has been made');
  });

  it('f7: with the dates entered, the periods run as before', () => {
    const text = limits({ asOf: AS_OF, outcomes: ['to-sao'], measures: { 'intention-notice-date': { date: '2026-08-10' }, 'sao-date': { date: '2026-09-07' } } });
    expect(text['choice-period']).toContain('ended on 25 August 2026');
    expect(text['order-review']).toContain('next review due on 30 November 2026');
    expect(Object.values(text).join(' ')).not.toContain('not started');
  });
});

describe('round 15 (Pendle Vale, CME and pupils living in another LA): a stage sent to the MASH takes its referrals with it', () => {
  const pendle = load('pendle-cme-cross-border');
  const pupil = (cohorts: string[]): CaseInput => ({
    asOf: '2027-01-20',
    measures: { 'first-day-absent': { date: '2027-01-04' }, 'days-absent': { value: 12 } },
    cohorts,
    routes: ['whereabouts-unknown'],
  });
  const offered = (input: CaseInput) => (pendle.evaluate(input).current?.referrals ?? []).filter((r) => r.status === 'available').map((r) => r.referralId);

  it('p1: at risk of harm and living in another LA: the CME referral goes to the MASH with the stage, not to the home LA as well', () => {
    expect(offered(pupil(['other-la', 'at-risk']))).toEqual(['mash']);
    expect(pendle.summarise(pupil(['other-la', 'at-risk'])).nextSteps.join(' ')).not.toContain('CME referral to the home local authority');
  });

  it('p2: living in another LA, not at risk: the CME referral goes to the home LA, as the council says', () => {
    expect(offered(pupil(['other-la']))).toEqual(['home-la-cme-referral']);
  });
});
