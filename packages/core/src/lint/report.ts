/** Shared plumbing for lint rules: what a rule is given, and how it words a finding. */
import { describeLocation, type Pathway, type Problem } from '@pathway/schema';
import type { PathwayMap } from './pathway-map.js';
import type { LintRuleName } from './codes.js';
import { joinWith } from '../text.js';

export interface LintContext {
  pathway: Pathway;
  map: PathwayMap;
}

/** A lint rule: looks at the pathway and returns what it finds, in any order. */
export type LintRule = (context: LintContext) => Problem[];

/** A finding at a place in the pathway, named as the author calls it. */
export function finding(
  pathway: Pathway,
  rule: LintRuleName,
  severity: Problem['severity'],
  pointer: string,
  detail: string,
): Problem {
  const where = describeLocation(pathway, pointer);
  return { severity, code: `lint.${rule}`, where, detail, message: where ? `${where}: ${detail}` : detail, pointer };
}

/** The place a pointer names, for use inside a message ("already used by Stage "Tier 1""). */
export function placeName(pathway: Pathway, pointer: string): string {
  return describeLocation(pathway, pointer) || 'the pathway';
}

/** "a", "a or b", "a, b or c". */
export function joinOr(items: readonly string[]): string {
  return joinWith(items, 'or');
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  return joinWith(items, 'and');
}

export function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
