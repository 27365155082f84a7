/**
 * The last change of a pathway, kept as the page goes. Autosave writes to IndexedDB a moment
 * after each change; a page reloaded or closed within that moment starts a write that the
 * browser need not let finish. localStorage is written at once (synchronously), so as the page
 * is hidden or left the pending draft is copied there too, under its pathway key, with its
 * time; the next time the editor's database is opened, a copy newer than its pathway's record
 * replaces that record, and the copy is cleared.
 *
 * - A copy that cannot be read is moved to the `set-aside` store as it was, never dropped.
 * - Two tabs: a tab writes a copy only while it may save (autosave's rule), and a copy older
 *   than the record (the other tab saved since) is not used.
 * - localStorage is small (about 5 MB a site, shared with the page): the copy leaves out the
 *   undo history when that is what makes it fit; if the text alone does not fit, there is no
 *   copy, and the IndexedDB write begun as the page went is all there is.
 */
import type { IDBPDatabase } from 'idb';
// Types only: draft-database.ts runs `adoptLeaveCopies` as it opens, so this imports nothing of it at run time.
import type { EditorDatabaseSchema } from './draft-database.js';
import { readSavedDraft } from './saved-draft.js';
import type { SavedDraft } from './saved-draft.js';

const PREFIX = 'pathway-editor:leave-copy:';
const DRAFTS_STORE = 'drafts';
const SET_ASIDE_STORE = 'set-aside';

/** The page's localStorage, or undefined where the browser refuses it. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `draft` in localStorage at once. Returns whether it was kept (with its undo history
 * or, when that does not fit, without it); false when storage refuses even the text.
 */
export function keepLeaveCopy(draft: SavedDraft): boolean {
  const store = storage();
  if (store === undefined) return false;
  for (const copy of [draft, { ...draft, history: { undo: [], redo: [] } }]) {
    try {
      store.setItem(PREFIX + draft.key, JSON.stringify(copy));
      return true;
    } catch {
      // Full (or refused): try again without the history, then give up.
    }
  }
  return false;
}

/** Clears the copy of `key` once its record is at least as new (written at `savedAt`). */
export function clearLeaveCopy(key: string, savedAt: string): void {
  const store = storage();
  const kept = store?.getItem(PREFIX + key);
  if (store === undefined || kept === null || kept === undefined) return;
  const read = readCopy(kept, key);
  if (read.ok && read.draft.savedAt > savedAt) return;
  // An unreadable copy is left for the next opening, which sets it aside.
  if (read.ok) store.removeItem(PREFIX + key);
}

function readCopy(kept: string, key: string): ReturnType<typeof readSavedDraft> {
  let value: unknown;
  try {
    value = JSON.parse(kept);
  } catch {
    return { ok: false, reason: 'the copy kept as the page closed is not readable' };
  }
  return readSavedDraft(value, key);
}

/** Forgets the copy of `key` (its pathway was deleted). */
export function forgetLeaveCopy(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/**
 * Puts every copy kept as a page went into the database: one newer than its pathway's record
 * (or with no record) replaces it; an older one is cleared; one that cannot be read is set
 * aside. Run each time the database is opened, before anything reads a draft.
 */
export async function adoptLeaveCopies(database: IDBPDatabase<EditorDatabaseSchema>): Promise<void> {
  const store = storage();
  if (store === undefined) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (name !== null && name.startsWith(PREFIX)) keys.push(name);
  }
  for (const name of keys) {
    const key = name.slice(PREFIX.length);
    const kept = store.getItem(name);
    if (kept === null) continue;
    const read = readCopy(kept, key);
    const transaction = database.transaction([DRAFTS_STORE, SET_ASIDE_STORE], 'readwrite');
    if (!read.ok) {
      await Promise.all([
        transaction.objectStore(SET_ASIDE_STORE).add({ key, setAsideAt: new Date().toISOString(), reason: read.reason, value: kept }),
        transaction.done,
      ]);
    } else {
      const drafts = transaction.objectStore(DRAFTS_STORE);
      const current: unknown = await drafts.get(key);
      const record = current === undefined ? undefined : readSavedDraft(current, key);
      if (record === undefined || !record.ok || record.draft.savedAt < read.draft.savedAt) {
        // An unreadable record is not written over: it is set aside first, as everywhere else.
        if (record !== undefined && !record.ok) {
          await transaction.objectStore(SET_ASIDE_STORE).add({ key, setAsideAt: new Date().toISOString(), reason: record.reason, value: current });
        }
        await drafts.put(read.draft, key);
      }
      await transaction.done;
    }
    // Only once it is safely in the database does the copy go.
    if (store.getItem(name) === kept) store.removeItem(name);
  }
}
