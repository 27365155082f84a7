/**
 * The case as the engine reads it. A `CaseInput` comes from forms, storage or the network, so
 * nothing about its shape is trusted: anything that is not what the type says is treated as
 * not entered, and lookups only see own properties (so a question called "constructor" is
 * never answered by `Object.prototype`).
 */
import type { CaseInput } from './types.js';
import { parseDate } from './durations.js';
import { own } from './text.js';

export interface NormalisedCase {
  readonly measures: Record<string, unknown> | undefined;
  readonly answers: Record<string, unknown> | undefined;
  readonly evidence: Record<string, unknown> | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly cohorts: ReadonlySet<string>;
  /** Today, as a day number, when `asOf` is a real date. */
  readonly asOf: number | undefined;
  readonly asOfText: string | undefined;
  readonly stage: string | undefined;
  readonly baselines: Record<string, unknown> | undefined;
  /** Chosen route ids. */
  readonly routes: ReadonlySet<string>;
  /** Ids of outcomes recorded as having happened. */
  readonly outcomes: ReadonlySet<string>;
}

function idSet(value: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') ids.add(id);
  return ids;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function normaliseCase(input: CaseInput | undefined | unknown): NormalisedCase {
  const record = asRecord(input) ?? {};
  const cohorts = idSet(own(record, 'cohorts'));
  const asOfText = own(record, 'asOf');
  const asOf = parseDate(asOfText);
  const stage = own(record, 'stage');
  return {
    measures: asRecord(own(record, 'measures')),
    answers: asRecord(own(record, 'answers')),
    evidence: asRecord(own(record, 'evidence')),
    details: asRecord(own(record, 'details')),
    cohorts,
    asOf,
    asOfText: asOf === undefined ? undefined : (asOfText as string),
    stage: typeof stage === 'string' ? stage : undefined,
    baselines: asRecord(own(record, 'baselines')),
    routes: idSet(own(record, 'routes')),
    outcomes: idSet(own(record, 'outcomes')),
  };
}

/** The school's confirmation of one evidence item: confirmed only when `confirmed` is exactly true. */
export function evidenceState(kase: NormalisedCase, id: string): { confirmed: boolean; note?: string } {
  const state = asRecord(own(kase.evidence, id));
  if (state === undefined) return { confirmed: false };
  const note = own(state, 'note');
  return typeof note === 'string' && note !== ''
    ? { confirmed: own(state, 'confirmed') === true, note }
    : { confirmed: own(state, 'confirmed') === true };
}

/** Whether the school confirmed one evidence item (as `evidenceState(kase, id).confirmed`, with nothing made: evaluation asks this of every item). */
export function evidenceConfirmed(kase: NormalisedCase, id: string): boolean {
  const state = asRecord(own(kase.evidence, id));
  return state !== undefined && own(state, 'confirmed') === true;
}

/** A referral field's value, when it is a non-empty string. */
export function detailValue(kase: NormalisedCase, id: string): string | undefined {
  const value = own(kase.details, id);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
