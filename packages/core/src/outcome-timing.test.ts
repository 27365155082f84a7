/**
 * The engine's summary never gives an act as a step to take now while what it depends on is
 * missing, and never gives a breach's consequence bare when an exception rules it out for this
 * pupil. Shown on pathways written from the guide alone (Ravensholme, Castlebridge).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import type { CaseInput } from './types.js';
import { breachRuledOutBy, createPathway } from './index.js';

const load = (name: string) =>
  createPathway(JSON.parse(readFileSync(new URL(`../fixtures/guide-authored/${name}.json`, import.meta.url), 'utf8')) as Pathway);

describe('an outcome that acts waits for what it depends on', () => {
  const ravensholme = load('ravensholme-leave');
  const r1 = (refused?: 'yes'): CaseInput => ({
    asOf: '2025-03-20',
    measures: { 'g-sessions': { value: 12 }, 'holiday-first-day': { date: '2025-03-03' }, 'holiday-last-day': { date: '2025-03-14' }, attendance: { percentage: 93 } },
    answers: { 'q-leave-applied': 'yes', 'q-parent-told-policy': 'yes', 'q-other-parent': 'na', ...(refused ? { 'q-leave-refused': refused } : {}) },
    evidence: { 'register-printout': { confirmed: true }, 'refusal-letter': { confirmed: true } },
  });
  const notice = 'Issue a first penalty notice (£80 within 21 days, £160 within 28 days)';

  it('R1: the headteacher’s refusal not answered: the first notice is issued once what is still missing is done', () => {
    expect(ravensholme.summarise(r1()).nextSteps).toContain(`${notice} once what is still missing is done.`);
  });

  it('R1 answered in full: the first notice is a step to take now', () => {
    expect(ravensholme.summarise(r1('yes')).nextSteps).toContain(`${notice}.`);
  });
});

describe('a breach whose consequence an exception rules out says so', () => {
  const castlebridge = load('castlebridge-legal');
  const c7b = (cohorts: string[]): CaseInput => ({
    asOf: '2025-06-10',
    measures: {
      attendance: { percentage: 62 },
      'unauth-10wk': { value: 14 },
      'referral-received': { date: '2025-06-02' },
      'last-offence': { date: '2025-05-23' },
      'nti-issued': { date: '2025-05-01' },
      'unauth-since-nti': { value: 3 },
    },
    cohorts,
    outcomes: ['contract-not-agreed'],
  });

  it('C7b: a child looked after: "move to a penalty notice" is not offered, because of "Child looked after"', () => {
    expect(castlebridge.summarise(c7b(['looked-after'])).nextSteps).toContain(
      '"Improvement period" has been breached: Any unauthorised absence during the improvement period: move to a penalty notice. This is not offered for this pupil: Child looked after.',
    );
  });

  it('the same breach for another pupil is said as it is', () => {
    expect(castlebridge.summarise(c7b([])).nextSteps).toContain(
      '"Improvement period" has been breached: Any unauthorised absence during the improvement period: move to a penalty notice.',
    );
  });
});

describe('a referral an exception takes away, whatever its effect, rules out a breach that makes it', () => {
  // Wexcombe's warning period: further unauthorised absence during it leads to "Request a
  // penalty notice from SAST" (a refer outcome); "Third penalty notice in 3 years" takes the request away.
  const wexcombe = (effect: 'block' | 'skip') => {
    const pathway = JSON.parse(readFileSync(new URL('../fixtures/guide-authored/wexcombe-sequence.json', import.meta.url), 'utf8')) as Pathway;
    const thirdNotice = pathway.exceptions!.find((exception) => exception.id === 'no-third-pn')!;
    (thirdNotice as { effect: string }).effect = effect;
    return createPathway(pathway);
  };
  // The school keeps the pupil at the warning stage (two earlier notices would place them at the next).
  const breached: CaseInput = {
    asOf: '2025-03-10',
    stage: 'stage-3',
    measures: { attendance: { percentage: 85 }, 'warning-date': { date: '2025-03-03' }, 'unauth-after-warning': { value: 2 }, 'previous-pn-count': { value: 2 } },
  };

  for (const effect of ['block', 'skip'] as const) {
    it(`"${effect}": the request is not offered, and the breach says why`, () => {
      const model = wexcombe(effect);
      const evaluation = model.evaluate(breached);
      expect(evaluation.current?.stageId).toBe('stage-3');
      expect(evaluation.current?.referrals.find((referral) => referral.referralId === 'pn-request')?.status).toBe('blocked');
      const limit = evaluation.current!.timeLimits!.find((item) => item.id === 'warning-period')!;
      expect(breachRuledOutBy(evaluation, limit)).toBe('Third penalty notice in 3 years');
    });
  }

  it('for a pupil the exception does not apply to, nothing rules the breach out', () => {
    const evaluation = wexcombe('skip').evaluate({ ...breached, measures: { ...breached.measures, 'previous-pn-count': { value: 0 } } });
    const limit = evaluation.current!.timeLimits!.find((item) => item.id === 'warning-period')!;
    expect(breachRuledOutBy(evaluation, limit)).toBeUndefined();
  });
});
