/**
 * Whether a gate (or a route's condition) is met, not met, or not decided yet because something
 * its rule needs is not entered or answered. The engine's rules are three-valued (core's
 * condition-result.ts), but a GateResult does not carry the rule's `unknown` yet: until it does,
 * the reasons' codes decide (never their English text). A gate that does not hold only for
 * reasons saying something is missing is "not known yet" (or "not answered yet"), not "not met";
 * one waiting only for evidence to be confirmed is "not confirmed yet"; one held on a branch with
 * nothing from the school is "not needed for this pupil", never "met" as if it had happened.
 */
import type { GateResult } from '@pathway/core';
import type { TemplateResult } from 'lit';
import type { WidgetStrings } from '../i18n/strings.js';
import { tag } from './shared.js';

export type GateState = 'met' | 'notNeeded' | 'notMet' | 'notKnown' | 'notAnswered' | 'notConfirmed';

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
  // Held with nothing the school answered or confirmed (core's `notNeeded`): not done, not needed.
  if (gate.holds) return gate.notNeeded ? 'notNeeded' : 'met';
  const codes = gate.reasons.map((reason) => reason.code);
  // Waiting only for the school to confirm evidence: not a "no".
  if (codes.length > 0 && codes.every((code) => code === 'condition.evidenceNotConfirmed')) return 'notConfirmed';
  const missingOnly = codes.length > 0 && codes.every((code) => NOT_ANSWERED.has(code) || NOT_ENTERED.has(code));
  if (gate.unknown !== true && !missingOnly) return 'notMet';
  return codes.length > 0 && codes.every((code) => NOT_ANSWERED.has(code)) ? 'notAnswered' : 'notKnown';
}

/** What a gate's state is called: "Met", "Not met", "Not needed for this pupil", "Not known yet"… */
export function gateWord(strings: WidgetStrings, gate: GateResult): string {
  const state = gateState(gate);
  return { met: strings.met, notMet: strings.notMet, notNeeded: strings.gateNotNeeded, notKnown: strings.gateNotKnown, notAnswered: strings.gateNotAnswered, notConfirmed: strings.gateNotConfirmed }[state];
}

/** The gate's tag: "Met" (green), "Not met" (red), or waiting / not needed (grey). */
export function gateTag(strings: WidgetStrings, gate: GateResult): TemplateResult {
  const state = gateState(gate);
  return tag(gateWord(strings, gate), state === 'met' ? 'green' : state === 'notMet' ? 'red' : 'grey');
}
