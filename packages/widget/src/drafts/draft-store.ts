/**
 * Drafts live in IndexedDB (through `idb`), on this device only, one record per journey: keyed
 * `[pathwayId, journeyKey]` (journey-key.ts), so two pupils' journeys on one pathway never
 * share a record. A draft saved before journeys had keys is keyed by the pathway id alone and
 * is listed with the pathway's others.
 * Opening fails quietly where the browser refuses storage (some private modes, sandboxed
 * frames): the widget then tells the user that answers cannot be saved here.
 */
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';

// A stored value is read back with the draft's own checks, which come with the journey part.
export { readDraft } from './draft-envelope.js';
export { claimJourney, liveJourneys, reclaimJourney } from './journey-key.js';
export { renderDraftChoice } from './draft-choice.js';
export { sortDrafts } from './journey-drafts.js';

export const DRAFT_DATABASE = 'pathway-widget';
export const DRAFT_STORE = 'drafts';
/** Records read for one pathway at most: far more journeys than one device keeps for real. */
export const MAX_LISTED_DRAFTS = 50;

/** A journey's record: its pathway and its key; a bare pathway id is a record from before journeys had keys. */
export type DraftKey = [pathwayId: string, journeyKey: string] | string;

export interface StoredDraft {
  key: DraftKey;
  /** Untrusted: read it with `readDraft`. */
  value: unknown;
}

/** Where drafts are kept. Values are untrusted on the way out: read them with `readDraft`. */
export interface DraftStore {
  /** Every record saved for the pathway (at most MAX_LISTED_DRAFTS). */
  list(pathwayId: string): Promise<StoredDraft[]>;
  put(key: DraftKey, draft: unknown): Promise<void>;
  delete(key: DraftKey): Promise<void>;
}

/** All `[pathwayId, *]` keys: an array sorts after every string, so `[pathwayId, []]` is above them all. */
const journeysOf = (pathwayId: string) => IDBKeyRange.bound([pathwayId], [pathwayId, []]);

/** Opens the device's draft store, or resolves undefined when this browser cannot keep one. */
export async function openDraftStore(): Promise<DraftStore | undefined> {
  let db: IDBPDatabase;
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    db = await openDB(DRAFT_DATABASE, 1, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(DRAFT_STORE)) database.createObjectStore(DRAFT_STORE);
      },
      // Another tab (a newer widget) wants to upgrade the database: let it.
      blocking() {
        db.close();
      },
    });
  } catch {
    return undefined;
  }
  return {
    list: async (pathwayId) => {
      const store = db.transaction(DRAFT_STORE).store;
      const [legacy, keys, values] = await Promise.all([
        store.get(pathwayId),
        store.getAllKeys(journeysOf(pathwayId), MAX_LISTED_DRAFTS),
        store.getAll(journeysOf(pathwayId), MAX_LISTED_DRAFTS),
      ]);
      const found: StoredDraft[] = keys.map((key, i) => ({ key: key as DraftKey, value: values[i] }));
      return legacy === undefined ? found : [{ key: pathwayId, value: legacy }, ...found];
    },
    put: async (key, draft) => {
      await db.put(DRAFT_STORE, draft, key);
    },
    delete: (key) => db.delete(DRAFT_STORE, key),
  };
}
