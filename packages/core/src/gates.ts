/** Gates: rules that must hold before escalation or referral. Severity defaults to blocking. */
import type { Condition, Gate } from './schema-types.js';
import type { GateResult } from './types.js';
import type { EvaluationContext } from './context.js';
import { isDecidedByEntry, isFromEntry, walkCondition } from './conditions.js';

/** Whether the rule reads anything the school enters (an answer, a confirmation, a figure, a date) anywhere in it. */
function asksSchool(condition: Condition): boolean {
  let asks = false;
  walkCondition(condition, (part) => void (asks ||= ['answer', 'evidence', 'measure', 'since', 'change'].some((key) => key in part)));
  return asks;
}

export function evaluateGate(gate: Gate, ctx: EvaluationContext): GateResult {
  const rule = ctx.condition(gate.condition);
  const result: GateResult = {
    id: gate.id,
    title: gate.title,
    holds: rule.holds,
    severity: gate.severity ?? 'blocking',
    reasons: rule.reasons,
  };
  // Not decided yet: something its rule reads is not entered (a form says "not known yet", not "not met").
  if (rule.unknown === true) result.unknown = true;
  // Held on a branch with nothing the school answered, confirmed or entered (a figure, a date):
  // only a circumstance that makes it irrelevant holds it, so it is not needed for this pupil,
  // which is not the same as its title having happened. Met by an entry, it is met.
  if (rule.holds && !rule.reasons.some(isFromEntry) && asksSchool(gate.condition)) result.notNeeded = true;
  if (!rule.holds && gate.unmetMessage !== undefined) result.advice = gate.unmetMessage;
  return result;
}

/**
 * The gate fails on what was entered (an answer, a figure, a circumstance), so what it stands
 * before cannot happen as things stand: finishing what is missing would not change it.
 */
export function gateDecidedAgainst(gate: GateResult): boolean {
  return !gate.holds && gate.reasons.length > 0 && gate.reasons.every(isDecidedByEntry);
}
