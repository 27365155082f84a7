/**
 * A pathway's saved records, sorted for one journey: its own draft, the drafts of journeys no
 * longer open (newest first), and records that cannot be read (to delete). Drafts of journeys
 * open now, in this tab or another, are left out: they are their journeys' business. Comes
 * with the drafts part, so first paint does not carry it.
 */
import type { Draft } from './draft-envelope.js';
import { readDraft } from './draft-envelope.js';
import type { DraftChoice } from './draft-controller.js';
import type { DraftKey, StoredDraft } from './draft-store.js';

/** The journey a record belongs to, or undefined for one from before journeys had keys (keyed by the pathway id alone). */
export const journeyOf = (key: DraftKey): string | undefined => (Array.isArray(key) ? key[1] : undefined);

export function sortDrafts(
  records: readonly StoredDraft[],
  pathwayId: string,
  own: string,
  live: ReadonlySet<string>,
): { mine?: Draft; others: DraftChoice[]; unreadable: DraftKey[] } {
  let mine: Draft | undefined;
  const others: DraftChoice[] = [];
  const unreadable: DraftKey[] = [];
  for (const record of records) {
    const journey = journeyOf(record.key);
    if (journey !== own && journey !== undefined && live.has(journey)) continue;
    const draft = readDraft(record.value);
    if (!draft || draft.pathwayId !== pathwayId) unreadable.push(record.key);
    else if (journey === own) mine = draft;
    else others.push({ key: record.key, draft });
  }
  others.sort((a, b) => Date.parse(b.draft.savedAt) - Date.parse(a.draft.savedAt));
  return { ...(mine ? { mine } : {}), others, unreadable };
}
