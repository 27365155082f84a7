/**
 * A page's `case`: a pupil to start from (the editor's sample pupil, a case management system's
 * record). It has the shape of the engine's case input: measures, circumstances (cohorts),
 * answers, evidence, the chosen stage, pupil details; any other key (e.g. `asOf`, and what later
 * formats add such as chosen routes or baselines) is passed to the engine as given.
 *
 * Setting `case` again applies what changed since the last one: an item the new case changes
 * (or no longer has) is updated, and everything else the user entered meanwhile is kept. So a
 * page can re-send the same case without wiping the user's work.
 */
import type { CaseInput, EvidenceState, MeasureInput } from '@pathway/core';
import type { AnswerValue } from '@pathway/schema';
import { isAnswer, isEvidenceState, isMeasureInput, MAX_DRAFT_ENTRIES } from '../drafts/draft-envelope.js';
import { readDefinition } from '../load/read-definition.js';
import type { CaseProblem } from './case-problems.js';
import { datePartsFrom, entryFromInput } from './entries.js';
import type { JourneyState } from './journey-state.js';
import type { PathwayIndex } from './pathway-index.js';
import { emptyRecord } from './records.js';

/** What a page may give as `case`: the engine's case input; unknown keys pass through to it. */
export type PathwayCase = CaseInput & Record<string, unknown>;

/** A case as read: only well-formed entries, as plain data. */
export interface CaseSeed {
  measures: Record<string, MeasureInput>;
  cohorts: string[];
  answers: Record<string, AnswerValue>;
  evidence: Record<string, EvidenceState>;
  details: Record<string, string>;
  stage: string | undefined;
  /** Every other key, e.g. `asOf`, `routes`. */
  extra: Record<string, unknown>;
  /** The case as read (null if it could not be), for what it holds that cannot be used (case-problems.ts). */
  doc?: unknown;
}

const KNOWN = new Set(['measures', 'cohorts', 'answers', 'evidence', 'details', 'stage']);

export function emptySeed(): CaseSeed {
  return { measures: emptyRecord(), cohorts: [], answers: emptyRecord(), evidence: emptyRecord(), details: emptyRecord(), stage: undefined, extra: emptyRecord() };
}

function entries<T>(value: unknown, check: (item: unknown) => item is T): Record<string, T> {
  const record = emptyRecord<T>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  let count = 0;
  for (const [id, item] of Object.entries(value)) {
    if (++count > MAX_DRAFT_ENTRIES) break;
    if (check(item)) record[id] = item;
  }
  return record;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The case as plain, bounded data (read like a definition: a getter that throws, a cycle or
 * absurd nesting gives an empty case, never an error in the page). Ill-formed entries are left out.
 */
export function readCase(value: unknown): CaseSeed {
  const seed = emptySeed();
  if (value === undefined || value === null) return seed;
  const read = readDefinition(value);
  seed.doc = read.ok ? read.doc : null;
  if (!read.ok || typeof read.doc !== 'object' || read.doc === null || Array.isArray(read.doc)) return seed;
  const doc = read.doc as Record<string, unknown>;
  seed.measures = entries(doc.measures, isMeasureInput);
  seed.answers = entries(doc.answers, isAnswer);
  seed.evidence = entries(doc.evidence, isEvidenceState);
  seed.details = entries(doc.details, isString);
  seed.cohorts = Array.isArray(doc.cohorts) ? doc.cohorts.slice(0, MAX_DRAFT_ENTRIES).filter(isString) : [];
  seed.stage = typeof doc.stage === 'string' ? doc.stage : undefined;
  for (const [key, item] of Object.entries(doc)) if (!KNOWN.has(key)) seed.extra[key] = item;
  return seed;
}

/**
 * The seed without the entries `problems` names (case-problems.ts): what the widget tells the
 * web team it ignores is never entered, so the school does not see it and `pathway-change`
 * does not report it.
 */
export function withoutProblems(seed: CaseSeed, problems: readonly CaseProblem[]): CaseSeed {
  if (problems.length === 0) return seed;
  const usable: CaseSeed = { ...seed, measures: { ...seed.measures }, answers: { ...seed.answers }, evidence: { ...seed.evidence }, details: { ...seed.details } };
  for (const { key, id } of problems) {
    if (id === undefined) continue;
    if (key === 'measures' || key === 'answers' || key === 'evidence' || key === 'details') delete usable[key][id];
    else if (key === 'cohorts') usable.cohorts = usable.cohorts.filter((cohort) => cohort !== id);
    else if (key === 'stage') usable.stage = undefined;
  }
  return usable;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Ids whose value differs between two records (added, changed or gone). */
function changedIds<T>(before: Record<string, T>, after: Record<string, T>): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => !(Object.hasOwn(before, id) && Object.hasOwn(after, id) && same(before[id], after[id])));
}

/**
 * Applies to the journey what changed from `previous` (the last case; empty at first) to
 * `next`. Returns whether anything the user sees or the engine reads changed.
 */
export function applyCase(state: JourneyState, index: PathwayIndex | undefined, previous: CaseSeed, next: CaseSeed): boolean {
  let changed = false;
  for (const id of changedIds(previous.measures, next.measures)) {
    if (Object.hasOwn(next.measures, id)) state.measureEntries[id] = entryFromInput(next.measures[id]);
    else delete state.measureEntries[id];
    changed = true;
  }
  for (const id of changedIds(previous.answers, next.answers)) {
    delete state.numberText[id];
    delete state.dateParts[id];
    if (Object.hasOwn(next.answers, id)) {
      const value = next.answers[id];
      state.answers[id] = value;
      const type = index?.questions.get(id)?.type;
      if (type === 'number') state.numberText[id] = String(value);
      if (type === 'date' && typeof value === 'string') state.dateParts[id] = datePartsFrom(value);
    } else delete state.answers[id];
    changed = true;
  }
  for (const id of changedIds(previous.evidence, next.evidence)) {
    if (Object.hasOwn(next.evidence, id)) state.evidence[id] = { ...next.evidence[id] };
    else delete state.evidence[id];
    changed = true;
  }
  for (const id of changedIds(previous.details, next.details)) {
    delete state.detailDateParts[id];
    if (Object.hasOwn(next.details, id)) state.details[id] = next.details[id];
    else delete state.details[id];
    changed = true;
  }
  const before = new Set(previous.cohorts);
  const after = new Set(next.cohorts);
  for (const id of after) if (!before.has(id) && !state.cohorts.has(id)) (state.cohorts.add(id), (changed = true));
  for (const id of before) if (!after.has(id) && state.cohorts.delete(id)) changed = true;
  if (previous.stage !== next.stage) {
    state.stage = next.stage;
    changed = true;
  }
  if (!same(previous.extra, next.extra)) {
    // Key by key: what the case did not change (e.g. the routes the user chose) stays as entered.
    const extra = { ...state.extra };
    for (const key of new Set([...Object.keys(previous.extra), ...Object.keys(next.extra)])) {
      if (same(previous.extra[key], next.extra[key])) continue;
      if (Object.hasOwn(next.extra, key)) extra[key] = next.extra[key];
      else delete extra[key];
    }
    state.extra = extra;
    changed = true;
  }
  return changed;
}
