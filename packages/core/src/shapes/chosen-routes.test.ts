/**
 * Routes that someone chooses (format 1.1), on an invented council's formal stage: the school
 * chooses between an Early Help assessment and a legal intervention request (each with its own
 * questions, evidence, gates, referral and outcomes), and after a referral the Local Authority
 * decides between an attendance contract and a penalty notice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/chosen-routes.json', import.meta.url), 'utf8')) as Pathway;
const ashcombe = createPathway(definition);

const at55: CaseInput = {
  measures: { attendance: { percentage: 55 } },
  answers: { 'plan-reviewed': 'yes' },
  details: { 'child-name': 'Sam' },
};
const legalDone: CaseInput = {
  ...at55,
  answers: { 'plan-reviewed': 'yes', 'consulted-officer': 'yes', 'plan-weeks': 8 },
  evidence: { 'warning-letter': { confirmed: true } },
};
const formal = (input: CaseInput) => {
  const stage = ashcombe.evaluateStage('formal', input);
  if (stage === undefined) throw new Error('no formal stage');
  return stage;
};
const route = (input: CaseInput, id: string) => formal(input).routes.find((r) => r.id === id);
const item = (input: CaseInput, id: string) => formal(input).questions.find((q) => q.id === id);

describe('routes that someone chooses', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
    expect(definition.schemaVersion).toBe('1.1');
  });

  it('tells the school’s routes (chosen here) from the Local Authority’s (decided later)', () => {
    expect(formal(at55).routes.map((r) => [r.id, r.choice, r.decidedBy])).toEqual([
      ['early-help', 'user', undefined],
      ['legal', 'user', undefined],
    ]);
    expect(ashcombe.evaluateStage('la-review', at55)?.routes.map((r) => [r.id, r.choice, r.decidedBy])).toEqual([
      ['contract', 'later', 'The Local Authority'],
      ['penalty', 'later', 'The Local Authority'],
    ]);
  });

  it('asks nothing of a route until it is chosen, and says so', () => {
    const stage = formal(at55);
    expect(stage.ready).toBe(true);
    expect(stage.routes.map((r) => [r.id, r.chosen, r.open, r.available, r.ready])).toEqual([
      ['early-help', false, false, true, false],
      ['legal', false, false, true, false],
    ]);
    expect(item(at55, 'consulted-officer')).toMatchObject({
      state: 'notApplicable',
      reason: { code: 'item.routeNotChosen', text: 'Not needed: "Route 2: Legal intervention request" is not chosen' },
    });
    // A referral listed on a route is not ready before its route is chosen.
    expect(stage.referrals).toEqual([]);
    expect(ashcombe.summarise(at55).nextSteps).toContain(
      'Choose between "Route 1: Early Help assessment" and "Route 2: Legal intervention request".',
    );
  });

  it('never lets the legal route’s consultation block the Early Help referral of the same stage', () => {
    // Both routes chosen; the legal route's questions, evidence and gate are all outstanding.
    const input: CaseInput = { ...at55, routes: ['early-help', 'legal'], answers: { ...at55.answers, 'family-consents': 'yes' } };
    const stage = formal(input);
    expect(stage.ready).toBe(true);
    expect(stage.missing.blocking).toEqual([]);
    const legal = route(input, 'legal');
    expect(legal?.ready).toBe(false);
    expect(legal?.missing?.blocking.map((i) => i.id)).toEqual(['consulted-officer', 'plan-weeks', 'warning-letter']);
    expect(legal?.missing?.gates.map((g) => g.id)).toEqual(['plan-six-weeks']);
    expect(stage.referrals.map((r) => [r.referralId, r.ready, r.routes])).toEqual([
      ['early-help-hub', true, ['early-help']],
      ['legal-request', false, ['legal']],
    ]);
    expect(route(input, 'early-help')).toMatchObject({ chosen: true, open: true, ready: true });
  });

  it('makes the legal route ready only when its own questions, evidence and gate are met', () => {
    const input: CaseInput = { ...legalDone, routes: ['legal'] };
    const notYet = formal({ ...input, answers: { ...input.answers, 'plan-weeks': 4 } });
    expect(notYet.routes[1]).toMatchObject({ id: 'legal', open: true, ready: false });
    expect(notYet.routes[1].gates?.[0]).toMatchObject({ id: 'plan-six-weeks', holds: false });
    expect(notYet.routes[1].missing?.gates[0].advice).toBe('Give the support plan at least 6 weeks before requesting legal intervention.');
    const ready = formal(input);
    expect(ready.routes[1]).toMatchObject({ id: 'legal', open: true, ready: true });
    expect(ready.referrals.map((r) => [r.referralId, r.ready])).toEqual([['legal-request', true]]);
    // The referral's outcomes are what can happen after it, never next steps now.
    expect(ready.referrals[0].outcomes?.map((o) => [o.id, o.after])).toEqual([
      ['request-accepted', 'referral'],
      ['request-declined', 'referral'],
    ]);
    const summary = ashcombe.summarise(input);
    expect(summary.nextSteps.join(' ')).not.toMatch(/Request declined|Request accepted/);
  });

  it('still needs the stage’s own items before any route is ready', () => {
    const input: CaseInput = { ...legalDone, routes: ['legal'], answers: { ...legalDone.answers, 'plan-reviewed': 'no' } };
    const stage = formal(input);
    expect(stage.ready).toBe(false);
    expect(stage.routes[1].ready).toBe(false);
    expect(stage.routes[1].missing?.blocking.map((i) => i.id)).toEqual(['plan-reviewed']);
  });

  it('shows why a route whose rule does not hold cannot be taken, even when chosen anyway', () => {
    const input: CaseInput = { ...legalDone, measures: { attendance: { percentage: 65 } }, routes: ['legal'] };
    const legal = route(input, 'legal');
    expect(legal).toMatchObject({ chosen: true, open: false, available: false, ready: false });
    expect(legal?.reason.text).toBe('Chosen, but it cannot be taken: Attendance is 65%, not at most 60%');
    expect(item(input, 'consulted-officer')?.state).toBe('notApplicable');
    expect(formal(input).referrals).toEqual([]);
    // A rule about the route ("legal route chosen") does not hold for a route that cannot be taken.
    const escalate = formal(input).outcomes.find((o) => o.id === 'to-la-review');
    expect(escalate?.open).toBe(false);
    expect(escalate?.reason.text).toBe('Not open: "Route 2: Legal intervention request" is chosen, but it cannot be taken');
    expect(legal?.outcomes?.map((o) => [o.id, o.open])).toEqual([['penalty-notice', false]]);
  });

  it('opens the stage’s outcome that depends on the chosen route (a route rule)', () => {
    const input: CaseInput = { ...legalDone, routes: ['legal'] };
    const escalate = formal(input).outcomes.find((o) => o.id === 'to-la-review');
    expect(escalate).toMatchObject({ open: true, reason: { text: 'Open: "Route 2: Legal intervention request" is chosen' } });
    expect(ashcombe.summarise(input).nextSteps).toContain(
      'Legal route chosen: the case goes to the Local Authority review.',
    );
  });

  it('closes only the legal route for a child looked after, with the council’s words', () => {
    const message = 'We do not make legal intervention requests for children looked after: speak to the Virtual School instead.';
    const input: CaseInput = { ...legalDone, routes: ['legal'], cohorts: ['looked-after'] };
    const stage = formal(input);
    expect(stage.status).toBe('available');
    expect(stage.exceptions).toEqual([]);
    const legal = stage.routes[1];
    expect(legal).toMatchObject({ chosen: true, open: false, ready: false });
    expect(legal.reason.text).toBe(`Chosen, but it cannot be taken: ${message}`);
    expect(legal.exceptions?.map((e) => e.id)).toEqual(['cla-no-legal-route']);
    // Its referral is blocked with it.
    expect(legal.referrals?.map((r) => [r.referralId, r.status, r.ready])).toEqual([['legal-request', 'blocked', false]]);
    // The legal action it leads to is closed too.
    expect(legal.outcomes?.map((o) => [o.kind, o.open])).toEqual([['penaltyNotice', false]]);
    expect(stage.outcomes.some((o) => o.kind === 'penaltyNotice')).toBe(false);
    // The Early Help route is untouched.
    const earlyHelp = formal({ ...at55, routes: ['early-help'], cohorts: ['looked-after'], answers: { ...at55.answers, 'family-consents': 'yes' } });
    expect(earlyHelp.routes[0]).toMatchObject({ open: true, ready: true });
    expect(earlyHelp.referrals.map((r) => [r.referralId, r.status, r.ready])).toEqual([['early-help-hub', 'available', true]]);
    const summary = ashcombe.summarise(input);
    expect(summary.exceptions.map((e) => e.message)).toEqual([message]);
    expect(summary.nextSteps).toContain(message);
    expect(summary.nextSteps.join(' ')).not.toMatch(/penalty notice/i);
  });

  it('lists the Local Authority’s routes without asking their questions, and says who decides', () => {
    const input: CaseInput = { ...at55, stage: 'la-review', answers: { 'pack-received': 'yes' } };
    const review = ashcombe.evaluateStage('la-review', input);
    expect(review?.ready).toBe(true);
    expect(review?.questions.map((q) => [q.id, q.state])).toEqual([
      ['pack-received', 'met'],
      ['parent-agrees-contract', 'notApplicable'],
      ['ten-sessions', 'notApplicable'],
    ]);
    expect(review?.questions[1].reason.text).toBe('Not asked here: The Local Authority will decide on the route "Attendance contract"');
    expect(review?.routes.map((r) => [r.id, r.open, r.reason.text])).toEqual([
      ['contract', false, 'The Local Authority will decide whether to take this route'],
      ['penalty', false, 'The Local Authority will decide whether to take this route'],
    ]);
    const summary = ashcombe.summarise(input);
    expect(summary.nextSteps).toEqual(['The Local Authority will decide between "Attendance contract" and "Penalty notice".']);
    expect(summary.routes?.map((r) => [r.id, r.choice, r.decidedBy])).toEqual([
      ['contract', 'later', 'The Local Authority'],
      ['penalty', 'later', 'The Local Authority'],
    ]);
    expect(summary.answers.map((a) => a.questionId)).toEqual(['pack-received']);
  });

  it('gives the choice to the Local Authority in its own journey, and the school’s routes become decided later', () => {
    const laJourney = createPathway({ ...structuredClone(definition), journey: { audience: 'localAuthority' } });
    const review = laJourney.evaluateStage('la-review', { routes: ['contract'], answers: { 'pack-received': 'yes', 'parent-agrees-contract': 'yes' } });
    expect(review?.routes.map((r) => [r.id, r.choice, r.chosen, r.open, r.ready])).toEqual([
      ['contract', 'user', true, true, true],
      ['penalty', 'user', false, false, false],
    ]);
    expect(review?.outcomes.map((o) => [o.kind, o.open])).toEqual([['attendanceContract', true]]);
    const formalStage = laJourney.evaluateStage('formal', at55);
    expect(formalStage?.routes.map((r) => [r.id, r.choice, r.decidedBy])).toEqual([
      ['early-help', 'later', 'The school'],
      ['legal', 'later', 'The school'],
    ]);
    // A journey that names its role: routes chosen by that role are chosen in the journey.
    const byRole = createPathway({ ...structuredClone(definition), journey: { audience: 'professional', role: 'la' } });
    expect(byRole.evaluateStage('la-review', {})?.routes.map((r) => r.choice)).toEqual(['user', 'user']);
  });

  it('leaves a route nobody chooses exactly as in format 1.0: open by its rule, counting toward the stage', () => {
    const plain = structuredClone(definition);
    const legal = plain.stages[1].routes?.[1];
    if (legal === undefined) throw new Error('fixture changed');
    delete legal.chosenBy;
    const model = createPathway(plain);
    const stage = model.evaluateStage('formal', at55);
    expect(stage?.routes[1]).toMatchObject({ id: 'legal', choice: 'rule', open: true });
    expect(stage?.ready).toBe(false);
    expect(stage?.missing.blocking.map((i) => i.id)).toEqual(['consulted-officer', 'plan-weeks', 'warning-letter']);
  });
});
