import { describe, expect, it } from 'vitest';
import { createPathway, type CaseInput } from '@pathway/core';
import { loadSeed } from './load-seed.js';

// A county Early Help and Prevention Service, "Chronic non-attendance flowchart" (March 2019).
const definition = loadSeed('county-chronic-non-attendance');
const county = createPathway(definition);

const INCLUDE_WHEN_CONTACTING_LCSS = [
  'the actions you have taken',
  'what home factors are involved that you are aware of; e.g. separation anxiety, parental mental health, DV, substance misuse',
  'what school-based issues are involved; e.g. peer conflict, isolation, poor academic ability or discipline issues',
  'what has worked; have there been any external agencies involved',
  "what has been done that hasn't worked",
  'any patterns in the non-attendance or is this a sudden deterioration',
  'has a Parenting Contract meeting and/or Team Around the Family been involved',
  'is there is an Education Supervision Order in place; what is the plan and are there any results',
  "why you are concerned and confirmation you've discussed this with the family",
];
const MASH_MESSAGE = 'If the child is at immediate risk of harm you should contact the MASH.';

const attendance = (percentage: number): CaseInput => ({ measures: { attendance: { percentage } } });
const allIncluded = () =>
  Object.fromEntries(
    (definition.referrals?.find((r) => r.id === 'lcss')?.include ?? []).map((item) => [item.id, { confirmed: true }]),
  );

describe('County: the County Attendance Team acts below 50%', () => {
  it('places 49% with the County Attendance Team, because it is below 50%', () => {
    const placement = county.place(attendance(49));
    expect(placement.primary).toBe('county-attendance-team');
    expect(placement.stages[0].reasons.map((r) => r.text).join(' ')).toContain('below 50%');
    expect(county.place({ measures: { attendance: { possibleSessions: 100, attendedSessions: 49 } } }).primary).toBe(
      'county-attendance-team',
    );
  });

  it('does not place 50% there: "below 50%" excludes 50', () => {
    const placement = county.place(attendance(50));
    expect(placement.stages).toEqual([]);
    expect(placement.primary).toBeUndefined();
    expect(placement.gap).toBe(true);
  });

  it('lets a plan that is working continue, and otherwise supports an Early Help Assessment by school', () => {
    const open = (answer: string) =>
      county
        .evaluateStage('county-attendance-team', { ...attendance(40), answers: { 'q-plan-in-place-working': answer } })
        ?.outcomes.filter((o) => o.open)
        .map((o) => [o.kind, o.to]);
    expect(open('yes')).toEqual([['continue', undefined]]);
    expect(open('no')).toEqual([['escalate', 'early-help-assessment']]);
  });
});

describe('County: contacting LCSS', () => {
  it('is the step when the EHA/TAF is not effective in realising an improvement', () => {
    const eha = county.evaluateStage('early-help-assessment', {});
    expect(eha?.outcomes.map((o) => [o.title, o.to])).toEqual([
      ['The EHA/TAF is not effective in realising an improvement', 'contact-lcss'],
    ]);
  });

  it('lists the nine things to include, word for word, and needs each confirmed', () => {
    const stage = county.evaluateStage('contact-lcss', {});
    const lcss = stage?.referrals.find((r) => r.referralId === 'lcss');
    expect(lcss?.include.map((i) => i.text)).toEqual(INCLUDE_WHEN_CONTACTING_LCSS);
    expect(lcss?.include.every((i) => i.required && i.severity === 'blocking')).toBe(true);
    expect(lcss?.ready).toBe(false);

    const chronology = { confirmed: true };
    const oneMissing: Record<string, { confirmed: boolean }> = { ...allIncluded(), chronology };
    delete oneMissing['why-concerned'];
    const incomplete = county.evaluateStage('contact-lcss', { evidence: oneMissing });
    expect(incomplete?.referrals.find((r) => r.referralId === 'lcss')?.ready).toBe(false);

    const complete = county.evaluateStage('contact-lcss', { evidence: { ...allIncluded(), chronology } });
    expect(complete?.referrals.find((r) => r.referralId === 'lcss')?.ready).toBe(true);
  });

  it('requires a chronology of your engagement with the family before contacting LCSS', () => {
    const without = county.evaluateStage('contact-lcss', { evidence: allIncluded() });
    expect(without?.ready).toBe(false);
    expect(without?.referrals.find((r) => r.referralId === 'lcss')?.ready).toBe(false);
    expect(without?.missing.blocking.map((i) => [i.id, i.text])).toEqual([
      ['chronology', 'A chronology of your engagement with the family'],
    ]);
    const withChronology = county.evaluateStage('contact-lcss', {
      evidence: { ...allIncluded(), chronology: { confirmed: true } },
    });
    expect(withChronology?.ready).toBe(true);
  });

  it('sends a child at immediate risk of harm to the MASH instead of LCSS', () => {
    const stage = county.evaluateStage('contact-lcss', { cohorts: ['immediate-risk-of-harm'] });
    const lcss = stage?.referrals.find((r) => r.referralId === 'lcss');
    expect(lcss?.status).toBe('redirected');
    expect(lcss?.exceptions.map((e) => [e.effect, e.redirectTo, e.message])).toEqual([
      ['redirect', { referral: 'mash' }, MASH_MESSAGE],
    ]);

    const summary = county.summarise(
      { cohorts: ['immediate-risk-of-harm'], stage: 'contact-lcss' },
      { generatedAt: '2025-01-01T00:00:00.000Z' },
    );
    expect(summary.exceptions.map((e) => e.message)).toContain(MASH_MESSAGE);
    expect(summary.referrals.find((r) => r.id === 'lcss')?.status).toBe('redirected');
    expect(summary.nextSteps.join(' ')).toContain('MASH');
    // The LCSS referral is redirected, so the summary must not still tell the school to contact LCSS.
    expect(summary.nextSteps.join(' ')).not.toContain('refer to "Contact LCSS"');
  });

  it('contacts LCSS as normal when there is no immediate risk of harm', () => {
    const stage = county.evaluateStage('contact-lcss', {});
    expect(stage?.referrals.find((r) => r.referralId === 'lcss')?.status).toBe('available');
    expect(stage?.exceptions).toEqual([]);
  });
});

describe('County: Early Help for up to 6 months, then a maintenance plan', () => {
  it('gives the Early Help lead professional up to 6 months', () => {
    const limit = definition.stages.find((s) => s.id === 'early-help-lead-professional')?.timeLimits?.[0];
    expect(limit?.duration).toEqual({ amount: 6, unit: 'months', qualifier: 'upTo' });
    const summary = county.summarise({ stage: 'early-help-lead-professional' }, { generatedAt: '2025-01-01T00:00:00.000Z' });
    expect(summary.timeLimits.map((t) => t.id)).toEqual(['early-help-intervention']);
    expect(summary.timeLimits[0].text).toMatch(/^up to 6 months/i);
  });

  it('agrees a maintenance plan at the end of the intervention, not before it is known to have ended', () => {
    // The plan is what the end of the intervention leads to: with no start date, no one can say it has ended.
    const unknown = county.evaluateStage('early-help-lead-professional', attendance(72))?.outcomes.find((o) => o.id === 'maintenance-plan-agreed');
    expect(unknown).toMatchObject({ open: false, kind: 'stepDown', to: 'maintenance-plan' });
    expect(unknown?.reason.text).toContain('Not yet: opens when "Early Help intervention" runs out; enter');
    const ended: CaseInput = { ...attendance(72), answers: { 'q-intervention-start-date': '2025-01-15' }, asOf: '2025-08-01' };
    const stage = county.evaluateStage('early-help-lead-professional', ended);
    const agreed = stage?.outcomes.find((o) => o.id === 'maintenance-plan-agreed');
    expect(agreed).toMatchObject({ open: true, kind: 'stepDown', to: 'maintenance-plan', triggeredBy: { event: 'expiry' } });
    expect(stage?.outcomes.find((o) => o.id === 'stepped-to-school-below-50')?.open).toBe(false);
  });

  it('still steps the family to school with a maintenance plan when attendance stays under 50%', () => {
    const stage = county.evaluateStage('early-help-lead-professional', attendance(42));
    const below = stage?.outcomes.find((o) => o.id === 'stepped-to-school-below-50');
    expect(below).toMatchObject({ open: true, kind: 'stepDown', to: 'maintenance-plan' });
    expect(definition.stages.at(-1)?.title).toBe('Maintenance plan');
  });
});

describe('County in format 1.1: the end of the up-to-6-months intervention', () => {
  const started = (date: string, asOf: string): CaseInput => ({
    ...attendance(42),
    stage: 'early-help-lead-professional',
    answers: { 'q-intervention-start-date': date },
    asOf,
  });

  it('works out when the intervention ends once its start is given, and says when it has passed', () => {
    const running = county.evaluateStage('early-help-lead-professional', started('2025-01-15', '2025-05-01'));
    const limit = running?.timeLimits?.find((t) => t.id === 'early-help-intervention');
    expect(limit).toMatchObject({ end: '2025-07-15', passed: false });
    const over = county.evaluateStage('early-help-lead-professional', started('2025-01-15', '2025-08-01'));
    expect(over?.timeLimits?.find((t) => t.id === 'early-help-intervention')).toMatchObject({ end: '2025-07-15', passed: true });
    const summary = county.summarise(started('2025-01-15', '2025-08-01'), { generatedAt: '2025-08-01T09:00:00.000Z' });
    expect(summary.timeLimits.find((t) => t.id === 'early-help-intervention')).toMatchObject({ end: '2025-07-15', passed: true });
  });

  it('never lets the added start date block anything: it is optional and advisory', () => {
    const stage = county.evaluateStage('early-help-lead-professional', attendance(42));
    expect(stage?.missing.blocking.map((item) => item.id)).not.toContain('q-intervention-start-date');
    expect(stage?.timeLimits?.find((t) => t.id === 'early-help-intervention')?.passed).toBeUndefined();
  });
});
