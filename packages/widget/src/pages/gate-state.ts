/**
 * Whether a gate (or a route's condition) is met, not met, or not decided yet because something
 * its rule needs is not entered or answered. The engine's rules are three-valued (core's
 * condition-result.ts), but a GateResult does not carry the rule's `unknown` yet: until it does,
 * the reasons' codes decide (never their English text). A gate that does not hold only for
 * reasons saying something is missing is "not known yet" (or "not answered yet"), not "not met".
 */
import type { GateResult } from '@pathway/core';
import type { TemplateResult } from 'lit';
import type { WidgetStrings } from '../i18n/strings.js';
import { tag } from './shared.js';

export type GateState = 'met' | 'notMet' | 'notKnown' | 'notAnswered';

/** Reasons the engine gives when a question it compares has no answer. */
const NOT_ANSWERED = new Set(['condition.notAnswered']);

/** Reasons the engine gives when a figure, earlier reading, date or answer it needs is not there. */
const NOT_ENTERED = new Set([
  'condition.answerNotUnderstood',
  'condition.measureNotEntered',
  'condition.measureInvalid',
  'condition.noDate',
  'condition.noToday',
  'duration.notAgreed',
  'change.baselineNoDate',
  'change.baselineInvalid',
  'change.noToday',
  'measure.fromNotEntered',
]);

export function gateState(gate: GateResult & { unknown?: boolean }): GateState {
  if (gate.holds) return 'met';
  const codes = gate.reasons.map((reason) => reason.code);
  const missingOnly = codes.length > 0 && codes.every((code) => NOT_ANSWERED.has(code) || NOT_ENTERED.has(code));
  if (gate.unknown !== true && !missingOnly) return 'notMet';
  return codes.length > 0 && codes.every((code) => NOT_ANSWERED.has(code)) ? 'notAnswered' : 'notKnown';
}

/** The gate's tag: "Met" (green), "Not met" (red), or "Not known yet" / "Not answered yet" (grey). */
export function gateTag(strings: WidgetStrings, gate: GateResult): TemplateResult {
  const state = gateState(gate);
  if (state === 'met') return tag(strings.met, 'green');
  if (state === 'notMet') return tag(strings.notMet, 'red');
  return tag(state === 'notAnswered' ? strings.gateNotAnswered : strings.gateNotKnown, 'grey');
}
