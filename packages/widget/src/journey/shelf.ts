/**
 * The shelf: what a changed definition left out of the journey (an answer to a question the
 * author removed, a circumstance renamed away…), kept with the texts it had, so it comes back
 * if the item does (an undo in the editor). No DOM.
 */
import { reconcile } from '../drafts/draft-envelope.js';
import type { Draft, DraftContent } from '../drafts/draft-envelope.js';
import type { PathwayIndex } from './pathway-index.js';
import { copyRecord, emptyRecord } from './records.js';

/**
 * The shelf after a change: the old shelf's items the definition still lacks, plus what `before`
 * held that `content` (what fitted the new definition) left out, each with the texts it had.
 */
export function shelve(shelf: Draft | undefined, before: Draft, content: DraftContent): Draft | undefined {
  const next: Draft = {
    ...before,
    questionTexts: { ...(shelf?.questionTexts ?? {}), ...before.questionTexts },
    evidenceTexts: { ...(shelf?.evidenceTexts ?? {}), ...before.evidenceTexts },
    cohortTexts: { ...(shelf?.cohortTexts ?? {}), ...before.cohortTexts },
    measureTexts: { ...(shelf?.measureTexts ?? {}), ...before.measureTexts },
    stageTexts: { ...(shelf?.stageTexts ?? {}), ...(before.stageTexts ?? {}) },
    routeTexts: { ...(shelf?.routeTexts ?? {}), ...(before.routeTexts ?? {}) },
    answers: emptyRecord(),
    evidence: emptyRecord(),
    measures: emptyRecord(),
    cohorts: [],
  };
  delete next.stage;
  const keep = <T>(target: Record<string, T>, from: Record<string, T> | undefined, present: (id: string) => boolean) => {
    for (const [id, value] of Object.entries(from ?? {})) if (!present(id)) target[id] = value;
  };
  keep(next.answers, copyRecord(shelf?.answers), (id) => Object.hasOwn(content.answers, id));
  keep(next.answers, before.answers, (id) => Object.hasOwn(content.answers, id));
  keep(next.evidence, copyRecord(shelf?.evidence), (id) => Object.hasOwn(content.evidence, id));
  keep(next.evidence, before.evidence, (id) => Object.hasOwn(content.evidence, id));
  keep(next.measures, copyRecord(shelf?.measures), (id) => Object.hasOwn(content.measures, id));
  keep(next.measures, before.measures, (id) => Object.hasOwn(content.measures, id));
  next.cohorts = [...new Set([...(shelf?.cohorts ?? []), ...before.cohorts])].filter((id) => !content.cohorts.includes(id));
  const stage = before.stage ?? shelf?.stage;
  if (stage !== undefined && content.stage === undefined) next.stage = stage;
  const empty =
    Object.keys(next.answers).length + Object.keys(next.evidence).length + Object.keys(next.measures).length + next.cohorts.length === 0 &&
    next.stage === undefined;
  return empty ? undefined : next;
}

/** Puts back into `content` the shelved items the definition has again (and the content lacks). True if any. */
export function unshelve(shelf: Draft | undefined, index: PathwayIndex, content: DraftContent): boolean {
  if (!shelf) return false;
  const { content: back } = reconcile(shelf, index, { keepReworded: true });
  let restored = false;
  for (const [id, value] of Object.entries(back.answers)) {
    if (!Object.hasOwn(content.answers, id)) (content.answers[id] = value), (restored = true);
  }
  for (const [id, held] of Object.entries(back.evidence)) {
    if (!Object.hasOwn(content.evidence, id)) (content.evidence[id] = held), (restored = true);
  }
  for (const [id, input] of Object.entries(back.measures)) {
    if (!Object.hasOwn(content.measures, id)) (content.measures[id] = input), (restored = true);
  }
  for (const id of back.cohorts) if (!content.cohorts.includes(id)) (content.cohorts.push(id), (restored = true));
  if (content.stage === undefined && back.stage !== undefined) (content.stage = back.stage), (restored = true);
  return restored;
}
