/**
 * A gate that does not hold only because something it needs is not entered or answered is "not
 * known yet" / "not answered yet"; once entered, a gate that does not hold is "not met". Read on
 * the guide-authored pathways where the widget said "Not met" for a date left empty or a question
 * not yet answered.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createEngine } from '@pathway/core';
import type { CaseInput, GateResult } from '@pathway/core';
import eastmereJson from '@pathway/core/fixtures/guide-authored/eastmere.json';
import harwickJson from '@pathway/core/fixtures/guide-authored/harwick.json';
import saltfordJson from '@pathway/core/fixtures/guide-authored/saltford.json';
import { gateState } from './gate-state.js';

const AS_OF = '2026-11-30';

function stageGate(pathway: unknown, input: CaseInput, gateId: string): GateResult {
  const evaluation = createEngine(pathway as Pathway).evaluate({ asOf: AS_OF, ...input });
  const gate = evaluation.current?.gates.find((found) => found.id === gateId);
  expect(gate, `gate ${gateId} at ${evaluation.current?.stageId}`).toBeDefined();
  return gate!;
}

function referralGate(pathway: unknown, input: CaseInput, gateId: string): GateResult {
  const evaluation = createEngine(pathway as Pathway).evaluate({ asOf: AS_OF, ...input });
  const gate = evaluation.current?.referrals.flatMap((referral) => referral.gates).find((found) => found.id === gateId);
  expect(gate, `gate ${gateId} at ${evaluation.current?.stageId}`).toBeDefined();
  return gate!;
}

describe('whether a gate is met, not met or not known yet', () => {
  it('a time-since gate whose date is not entered is not known yet; with an old date it is not met', () => {
    const base = { measures: { attendance: { percentage: 60 } }, stage: 'enforce' } as const;
    expect(gateState(stageGate(eastmereJson, base, 'within-six-months'))).toBe('notKnown');
    const old = { ...base, measures: { ...base.measures, 'last-unauthorised-absence': { date: '2025-01-06' } } };
    expect(gateState(stageGate(eastmereJson, old, 'within-six-months'))).toBe('notMet');
    const recent = { ...base, measures: { ...base.measures, 'last-unauthorised-absence': { date: '2026-11-02' } } };
    expect(gateState(stageGate(eastmereJson, recent, 'within-six-months'))).toBe('met');
  });

  it('a gate comparing an answer not given yet is not answered yet; answered over the limit it is not met', () => {
    const base = { measures: { 'unauth-10wk': { value: 12 } }, stage: 'specialist' } as const;
    expect(gateState(stageGate(harwickJson, base, 'no-third-pn'))).toBe('notAnswered');
    expect(gateState(stageGate(harwickJson, { ...base, answers: { 's-previous-pn': 2 } }, 'no-third-pn'))).toBe('notMet');
    expect(gateState(stageGate(harwickJson, { ...base, answers: { 's-previous-pn': 0 } }, 'no-third-pn'))).toBe('met');
  });

  it("a referral's consent gate is not answered yet before the question is answered, and not met when the family says no", () => {
    const base = { measures: { attendance: { percentage: 85 } }, stage: 'concern' } as const;
    expect(gateState(referralGate(saltfordJson, base, 'eh-consent-gate'))).toBe('notAnswered');
    expect(gateState(referralGate(saltfordJson, { ...base, answers: { 'd-early-help-consent': 'no' } }, 'eh-consent-gate'))).toBe('notMet');
  });

  it("takes the engine's own word when the gate says it is not known", () => {
    const gate = { id: 'g', title: 'G', holds: false, severity: 'blocking', reasons: [{ code: 'condition.lessThan', text: '' }], unknown: true } as GateResult;
    expect(gateState(gate)).toBe('notKnown');
    expect(gateState({ ...gate, unknown: undefined } as GateResult)).toBe('notMet');
  });
});
