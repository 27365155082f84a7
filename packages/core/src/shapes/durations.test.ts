/**
 * Durations as councils write them (format 1.1): Ashcombe's attendance contracts, with a length
 * agreed per case, a monitoring period "4 weeks, extendable to 8" and what a breach leads to,
 * review windows written as ranges, "immediately" and "about 6 weeks".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';
import { describeDuration } from '../durations.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/durations.json', import.meta.url), 'utf8')) as Pathway;
const model = createPathway(definition);

/** A contract that started on Monday 3 March 2025 and runs for 10 weeks, as agreed. */
function contract(asOf: string | undefined, extra: CaseInput = {}): CaseInput {
  return {
    ...(asOf === undefined ? {} : { asOf }),
    measures: { attendance: { percentage: 80 }, ...extra.measures },
    answers: { 'contract-start': '2025-03-03', 'contract-weeks': 10, ...extra.answers },
  };
}

const stage = (input: CaseInput) => {
  const evaluation = model.evaluate(input);
  if (evaluation.current?.stageId !== 'contract') throw new Error('not placed at the contract stage');
  return evaluation.current;
};
const limit = (input: CaseInput, id: string) => stage(input).timeLimits?.find((l) => l.id === id);
const gate = (input: CaseInput, id: string) => stage(input).gates.find((g) => g.id === id);

describe('durations as councils write them (Ashcombe attendance contracts)', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors)).toBe(true);
  });

  it('says ranges, "about", "immediately" and agreed lengths as councils write them', () => {
    const texts = Object.fromEntries(model.summarise(contract('2025-03-17')).timeLimits.map((l) => [l.id, l.text]));
    expect(texts).toEqual({
      'contract-length': '10 weeks (as agreed) from "Date the attendance contract started"; ends on 12 May 2025',
      monitoring:
        '4 weeks from "Date the attendance contract started"; ends on 31 March 2025; can be extended to a total of 8 weeks (if the family is engaging); when it runs out: Review the contract with the family.; if breached: Any unauthorised absence during the monitoring period: the LA considers a penalty notice.',
      // A review period's end is when the review is due: the upper end of "2 to 3 weeks".
      'first-review': '2 to 3 weeks from the contract meeting; first review due on 24 March 2025',
      'tell-la': 'Immediately',
      'follow-up-letter': 'About 6 weeks from the first letter',
      'parenting-review': '10 to 16 weeks from "Date the attendance contract started"; ends on 23 June 2025; when it runs out: Review the parenting contract.',
    });
    expect(describeDuration({ fromAnswer: 'contract-weeks', unit: 'weeks' })).toBe('the number of weeks agreed');
  });

  it('works out the end date of a time limit from its start date, using the agreed length', () => {
    expect(limit(contract('2025-03-17'), 'contract-length')).toMatchObject({
      kind: 'support',
      duration: '10 weeks (as agreed)',
      startsFrom: { id: 'contract-start', date: '2025-03-03' },
      end: '2025-05-12',
      passed: false,
      reasons: [{ text: 'Runs from "Date the attendance contract started" (3 March 2025) to 12 May 2025' }],
    });
    // Not agreed yet: no end date, and the summary says the length is the one agreed.
    const unagreed = contract('2025-03-17', { answers: { 'contract-weeks': undefined } });
    expect(limit(unagreed, 'contract-length')).toMatchObject({
      duration: 'the number of weeks agreed',
      reasons: [{ text: '"How many weeks does the contract run for?" is not answered, so the length agreed is not known' }],
    });
    expect(limit(unagreed, 'contract-length')?.end).toBeUndefined();
    // No start date: no end date, and why.
    const unstarted = contract('2025-03-17', { answers: { 'contract-start': undefined } });
    expect(limit(unstarted, 'contract-length')?.reasons.map((r) => r.text)).toEqual([
      '"Date the attendance contract started" has no date yet, so the end date is not known',
    ]);
  });

  it('gives the latest end with an extension up to a total, and flags a period that has run out', () => {
    const running = limit(contract('2025-03-31'), 'monitoring');
    expect(running).toMatchObject({ end: '2025-03-31', latestEnd: '2025-04-28', passed: false });
    const over = limit(contract('2025-04-01'), 'monitoring');
    expect(over).toMatchObject({ passed: true });
    expect(over?.reasons.map((r) => r.text)).toContain('It ran out on 31 March 2025');
    // The outcome that follows expiry opens, reported as triggered by it, when its own rule holds too.
    const noBreach = { answers: { 'breach-reported': 'no' }, measures: { 'unauthorised-during-contract': { value: 0 } } };
    // Ran out, but the figure that says whether it was breached is not entered: it waits for it.
    expect(stage(contract('2025-04-01', { answers: { 'breach-reported': 'no' } })).outcomes.find((o) => o.id === 'review')).toMatchObject({
      open: false,
      reason: { code: 'outcome.notKnown' },
    });
    expect(stage(contract('2025-04-01', noBreach)).outcomes.find((o) => o.id === 'review')).toMatchObject({
      open: true,
      triggeredBy: { timeLimit: 'monitoring', event: 'expiry' },
      reason: {
        code: 'outcome.expiredAndRule',
        text: 'Open: "Monitoring period" ran out on 31 March 2025, and "Has the school reported a breach of the contract to the LA?" is answered No',
      },
    });
    // Its own rule not answered yet: not known, so not open.
    expect(stage(contract('2025-04-01')).outcomes.find((o) => o.id === 'review')).toMatchObject({ open: false, reason: { code: 'outcome.notKnown' } });
    // Before the period runs out it is what can happen, not what follows now.
    expect(stage(contract('2025-03-31', noBreach)).outcomes.find((o) => o.id === 'review')).toMatchObject({
      open: false,
      reason: { text: 'Not yet: opens if "Monitoring period" runs out on 31 March 2025 without a breach' },
    });
    expect(model.summarise(contract('2025-04-01')).timeLimits.find((l) => l.id === 'monitoring')).toMatchObject({
      end: '2025-03-31',
      latestEnd: '2025-04-28',
      passed: true,
      breached: false,
    });
  });

  it('an extension agreed for the pupil (extension.agreedWhen) moves the end and is not offered again', () => {
    const extendable = structuredClone(definition);
    const contractStage = extendable.stages.find((s) => s.id === 'contract')!;
    contractStage.questions!.push({ id: 'extended', text: 'Has the monitoring period been extended?', type: 'yesNo', required: false });
    const monitoring = contractStage.timeLimits!.find((l) => l.id === 'monitoring')!;
    monitoring.extension!.agreedWhen = { answer: 'extended', in: ['yes'] };
    expect(validatePathway(extendable), JSON.stringify(validatePathway.errors)).toBe(true);
    const engine = createPathway(extendable);
    const monitoringOf = (answer: string | undefined) =>
      engine.evaluate(contract('2025-04-01', { answers: { extended: answer, 'breach-reported': 'no' } })).current!.timeLimits!.find((l) => l.id === 'monitoring')!;

    // Agreed: it runs to the latest end (8 weeks in all), has not passed, and offers no further extension.
    const agreed = monitoringOf('yes');
    expect(agreed).toMatchObject({ end: '2025-04-28', extended: true, passed: false });
    expect(agreed.latestEnd).toBeUndefined();
    expect(agreed.reasons.map((r) => r.text)).toContain(
      'It has been extended ("Has the monitoring period been extended?" is answered Yes): it now ends on 28 April 2025',
    );
    expect(agreed.text).toContain('ends on 28 April 2025; extended, as agreed');
    expect(agreed.text).not.toContain('can be extended');
    // Its expiry outcome waits for the extended end.
    const review = (answer: string) =>
      engine.evaluate(contract('2025-04-01', { answers: { extended: answer, 'breach-reported': 'no' }, measures: { 'unauthorised-during-contract': { value: 0 } } })).current!.outcomes.find((o) => o.id === 'review');
    expect(review('yes')).toMatchObject({ open: false, reason: { text: 'Not yet: opens if "Monitoring period" runs out on 28 April 2025 without a breach' } });
    expect(engine.summarise(contract('2025-04-01', { answers: { extended: 'yes' } })).timeLimits.find((l) => l.id === 'monitoring')).toMatchObject({
      end: '2025-04-28',
      extended: true,
      passed: false,
    });

    // Not agreed, or not answered yet: as before, with the latest end it could run to.
    for (const answer of ['no', undefined]) {
      const status = monitoringOf(answer);
      expect(status, String(answer)).toMatchObject({ end: '2025-03-31', latestEnd: '2025-04-28', passed: true });
      expect(status.extended).toBeUndefined();
      expect(status.text).toContain('can be extended to a total of 8 weeks');
    }
    expect(review('no')).toMatchObject({ open: true, triggeredBy: { timeLimit: 'monitoring', event: 'expiry' } });
  });

  it('a breach during the monitoring period opens the outcome it leads to, reported as triggered', () => {
    const breached = contract('2025-03-17', { measures: { 'unauthorised-during-contract': { value: 1 } }, answers: { 'breach-reported': 'yes' } });
    expect(limit(breached, 'monitoring')?.breach).toEqual({
      breached: true,
      description: 'Any unauthorised absence during the monitoring period: the LA considers a penalty notice.',
      outcome: 'penalty',
      reasons: [
        {
          code: 'timeLimit.breached',
          text: '"Monitoring period" has been breached: Unauthorised sessions since the contract started is 1 session, at least 1 session',
          params: { title: '"Monitoring period"', because: 'Unauthorised sessions since the contract started is 1 session, at least 1 session' },
        },
      ],
    });
    // The breach makes the outcome eligible, and its own rule (a breach reported) holds.
    expect(stage(breached).outcomes.find((o) => o.id === 'penalty')).toMatchObject({
      open: true,
      triggeredBy: { timeLimit: 'monitoring', event: 'breach' },
      reason: { code: 'outcome.breachedAndRule' },
    });
    // Breached, but the school has not reported it: the outcome's own rule does not hold.
    const unreported = contract('2025-03-17', { measures: { 'unauthorised-during-contract': { value: 1 } }, answers: { 'breach-reported': 'no' } });
    expect(stage(unreported).outcomes.find((o) => o.id === 'penalty')).toMatchObject({ open: false, reason: { code: 'outcome.breachedRuleFails' } });
    // A breach closes the period's expiry outcome: it did not run out clean.
    expect(stage(breached).outcomes.find((o) => o.id === 'review')).toMatchObject({
      open: false,
      reason: { text: 'Not open: "Monitoring period" has been breached' },
    });
    const summary = model.summarise(breached);
    expect(summary.timeLimits.find((l) => l.id === 'monitoring')?.breached).toBe(true);
    // Nor does its sentence still say what follows running out, as if that may yet happen.
    expect(limit(breached, 'monitoring')?.text).not.toContain('Review the contract with the family');
    expect(summary.timeLimits.find((l) => l.id === 'monitoring')?.text).toBe(
      '4 weeks from "Date the attendance contract started"; ends on 31 March 2025; can be extended to a total of 8 weeks (if the family is engaging); if breached: Any unauthorised absence during the monitoring period: the LA considers a penalty notice.',
    );
    expect(summary.nextSteps).toEqual([
      'Contract breached: escalate to "Stage 4: Penalty notice".',
      '"Monitoring period" has been breached: Any unauthorised absence during the monitoring period: the LA considers a penalty notice.',
    ]);
    // No unauthorised absence: no breach, and the outcome keeps its own rule.
    const kept = contract('2025-03-17', { measures: { 'unauthorised-during-contract': { value: 0 } }, answers: { 'breach-reported': 'yes' } });
    expect(limit(kept, 'monitoring')?.breach?.breached).toBe(false);
    expect(limit(kept, 'monitoring')?.text).toContain('when it runs out: Review the contract with the family.');
    expect(stage(kept).outcomes.find((o) => o.id === 'penalty')).toMatchObject({
      open: false,
      reason: { text: 'Not yet: opens if "Monitoring period" is breached' },
    });
  });

  it("states a route's time limits on the route, ending at the upper end of a range, and opens the route's outcome when it runs out", () => {
    const route = (input: CaseInput) => stage(input).routes.find((r) => r.id === 'parenting-contract');
    // "10 to 16 weeks" from Monday 3 March: the deadline is the upper end, 23 June.
    expect(route(contract('2025-06-23'))?.timeLimits).toMatchObject([{ id: 'parenting-review', routeId: 'parenting-contract', duration: '10 to 16 weeks', end: '2025-06-23', passed: false }]);
    expect(route(contract('2025-06-23'))?.outcomes?.find((o) => o.id === 'parenting-review-due')?.open).toBe(false);
    // The summary (and so the JSON download) says whose the limits are: the route's, or the stage's own.
    const lines = model.summarise(contract('2025-06-23')).timeLimits;
    expect(lines.find((l) => l.id === 'parenting-review')?.route).toEqual({ id: 'parenting-contract', title: expect.any(String) });
    expect(lines.find((l) => l.id === 'monitoring')).not.toHaveProperty('route');
    const after = contract('2025-06-24', { answers: { 'breach-reported': 'no' } });
    expect(route(after)?.outcomes?.find((o) => o.id === 'parenting-review-due')).toMatchObject({
      open: true,
      triggeredBy: { timeLimit: 'parenting-review', event: 'expiry' },
      reason: { text: 'Open: "Parenting contract" ran out on 23 June 2025, and "Has the school reported a breach of the contract to the LA?" is answered No' },
    });
    expect(stage(after).outcomes.find((o) => o.id === 'parenting-review-due')?.open).toBe(true);
  });

  it('does not count a breach before the period has started', () => {
    const early = contract('2025-02-28', { measures: { 'unauthorised-during-contract': { value: 2 } } });
    expect(limit(early, 'monitoring')?.breach).toMatchObject({
      breached: false,
      reasons: [{ text: '"Monitoring period" has not started yet: it starts on 3 March 2025' }],
    });
    expect(stage(early).outcomes.find((o) => o.id === 'penalty')?.open).toBe(false);
  });

  it('uses a range\'s lower end for "at least" and its upper end for "at most"', () => {
    // "2 to 3 weeks" after Monday 3 March: at least 2 weeks from 17 March, at most 3 weeks until 24 March.
    expect(gate(contract('2025-03-16'), 'review-window')?.reasons.map((r) => r.text)).toEqual([
      'It is not yet 2 weeks since "Date the attendance contract started" (3 March 2025); that will be on 17 March 2025',
    ]);
    expect(gate(contract('2025-03-17'), 'review-window')?.holds).toBe(true);
    expect(gate(contract('2025-03-24'), 'review-window')?.reasons.map((r) => r.text)).toEqual([
      'It is at least 2 weeks since "Date the attendance contract started" (3 March 2025)',
      'It is no more than 3 weeks since "Date the attendance contract started" (3 March 2025)',
    ]);
    expect(gate(contract('2025-03-25'), 'review-window')?.reasons.map((r) => r.text)).toEqual([
      'It is more than 3 weeks since "Date the attendance contract started" (3 March 2025); the 3 weeks ran out on 24 March 2025',
    ]);
  });

  it('takes an agreed length from its answer in "time since" rules', () => {
    expect(gate(contract('2025-05-11'), 'ran-agreed-length')?.reasons.map((r) => r.text)).toEqual([
      'It is not yet 10 weeks (as agreed) since "Date the attendance contract started" (3 March 2025); that will be on 12 May 2025',
    ]);
    expect(gate(contract('2025-05-12'), 'ran-agreed-length')?.holds).toBe(true);
    expect(gate(contract('2025-05-12', { answers: { 'contract-weeks': 12 } }), 'ran-agreed-length')?.holds).toBe(false);
    expect(gate(contract('2025-05-12', { answers: { 'contract-weeks': undefined } }), 'ran-agreed-length')?.reasons.map((r) => r.text)).toEqual([
      '"How many weeks does the contract run for?" is not answered, so the length agreed is not known',
    ]);
  });

  it('keeps 1.0 time limits as they were: no dates, no new fields', () => {
    const legacy = structuredClone(definition);
    delete legacy.stages[0].routes;
    legacy.stages[0].timeLimits = [
      { id: 'plan', title: 'Support plan', kind: 'support', duration: { amount: 6, unit: 'months', qualifier: 'upTo' }, starts: 'the plan meeting', extension: { duration: { amount: 4, unit: 'weeks' } } },
    ];
    expect(createPathway(legacy).summarise(contract('2025-03-17')).timeLimits).toEqual([
      { id: 'plan', title: 'Support plan', text: 'Up to 6 months from the plan meeting; can be extended by 4 weeks' },
    ]);
  });
});
