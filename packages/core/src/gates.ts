/** Gates: rules that must hold before escalation or referral. Severity defaults to blocking. */
import type { Gate } from './schema-types.js';
import type { GateResult } from './types.js';
import type { EvaluationContext } from './context.js';

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
  if (!rule.holds && gate.unmetMessage !== undefined) result.advice = gate.unmetMessage;
  return result;
}
