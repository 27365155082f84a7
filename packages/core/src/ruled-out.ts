/**
 * What rules a referral out as things stand: something entered that finishing what is missing
 * would not change. The first, in the order a school reads them, of: a blocking question of the
 * stage answered the other way; a blocking gate of the earlier stages it requires or of the
 * stage itself that fails on what was entered; then the same of the referral's own items and
 * gates. One decision for the engine's summary (which then says nothing of what follows the
 * referral) and the widget (which says the referral "cannot be made as things stand", and why).
 */
import type { Evaluation, GateResult, ItemStatus, ReferralEvaluation } from './types.js';
import { gateDecidedAgainst } from './gates.js';

export type RuledOutBy = { gate: GateResult } | { question: ItemStatus };

const answeredAgainst = (items: readonly ItemStatus[]) =>
  items.find((item) => item.kind === 'question' && item.severity === 'blocking' && item.state === 'unmet');
const decidedAgainst = (gates: readonly GateResult[]) => gates.find((gate) => gate.severity === 'blocking' && gateDecidedAgainst(gate));

/** The gates of the earlier stages `requires` names, each once, leaving out those the stage itself has. */
export function requiredStageGates(evaluation: Evaluation, requires: readonly string[]): GateResult[] {
  const current = evaluation.current;
  if (current === undefined || requires.length === 0) return [];
  const seen = new Set(current.gates.map((gate) => gate.id));
  const gates: GateResult[] = [];
  for (const id of requires) {
    for (const gate of evaluation.stages.find((stage) => stage.stageId === id)?.gates ?? []) {
      if (seen.has(gate.id)) continue;
      seen.add(gate.id);
      gates.push(gate);
    }
  }
  return gates;
}

/** What rules `referral` (one of the current stage's) out as things stand, or undefined. `requires`: the stage's required earlier stages. */
export function referralRuledOut(evaluation: Evaluation, requires: readonly string[], referral: ReferralEvaluation): RuledOutBy | undefined {
  const current = evaluation.current;
  if (current === undefined) return undefined;
  const question = answeredAgainst([...current.missing.blocking, ...current.missing.advisory]);
  if (question) return { question };
  const gate = decidedAgainst([...requiredStageGates(evaluation, requires), ...current.gates]);
  if (gate) return { gate };
  if (referral.status === 'blocked') return undefined;
  const own = answeredAgainst([...referral.fields, ...referral.include]);
  if (own) return { question: own };
  const ownGate = decidedAgainst(referral.gates);
  return ownGate ? { gate: ownGate } : undefined;
}
