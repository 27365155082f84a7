/**
 * Building a rule's three-valued result (conditions.ts): holds, does not hold, or not known
 * because something it needs is not entered.
 */
import type { Reason } from './types.js';
import type { ConditionResult } from './conditions.js';

function result(holds: boolean, reasons: Reason[]): ConditionResult {
  return { holds, reasons };
}

/** A rule that cannot be decided: something it needs is not entered. */
export function unknownResult(reasons: Reason[]): ConditionResult {
  return { holds: false, unknown: true, reasons };
}

/** Every part must hold: false when one is false, else unknown when one is unknown; the deciding parts' reasons. */
export function allParts(parts: readonly ConditionResult[]): ConditionResult {
  let state: 'holds' | 'unknown' | 'fails' = 'holds';
  for (const part of parts) {
    if (!part.holds && part.unknown !== true) state = 'fails';
    else if (part.unknown === true && state === 'holds') state = 'unknown';
  }
  const reasons: Reason[] = [];
  for (const part of parts) {
    const partState = part.holds ? 'holds' : part.unknown === true ? 'unknown' : 'fails';
    if (partState === state) for (const r of part.reasons) reasons.push(r);
  }
  return state === 'holds' ? result(true, reasons) : state === 'unknown' ? unknownResult(reasons) : result(false, reasons);
}

