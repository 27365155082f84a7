/**
 * The pathway library's storage: the editor's own database ("pathway-editor", see
 * ../persistence/draft-database.ts). The library adds no database of its own:
 *
 * - working copies are the autosave drafts (`drafts` store, one `SavedDraft` per pathway key),
 *   so a pathway opened from the library and edited is saved by autosave into the very record
 *   the library lists, and a pathway autosaved by the editor appears in the library;
 * - published versions are in the `published` store (added in database version 2), written
 *   once and never changed or deleted, even when the working copy is deleted.
 */
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import {
  DRAFTS_STORE,
  EDITOR_DATABASE,
  EDITOR_DATABASE_VERSION,
  PUBLISHED_STORE,
  SET_ASIDE_STORE,
  adoptKeptCopies,
  upgradeEditorDatabase,
} from '../persistence/draft-database.js';
import { forgetLeaveCopy } from '../persistence/leave-copy.js';
import type { EditorDatabaseSchema, PublishedRecord, SetAsideDraft } from '../persistence/draft-database.js';
import { SAVED_DRAFT_FORMAT, readSavedDraft } from '../persistence/saved-draft.js';
import type { SavedDraft } from '../persistence/saved-draft.js';
import type { History } from '../modeling/index.js';

export type { PublishedRecord };

/** A published version as read back, with the number it was stored under. */
export interface PublishedVersion extends PublishedRecord {
  id: number;
}

/** A record that could not be read, as kept in the set-aside store, with the number it is kept under. */
export interface SetAsideRecord extends SetAsideDraft {
  id: number;
}

export interface LibraryStore {
  /**
   * Every readable working copy, most recently saved first. A record that cannot be read is
   * moved to the set-aside store as it was (never deleted), so one damaged record cannot hide
   * the rest; `setAside()` lists it.
   */
  list(): Promise<SavedDraft[]>;
  /** Every record set aside as unreadable, oldest first, except those the author has hidden. */
  setAside(): Promise<SetAsideRecord[]>;
  /** Hides a set-aside record from the library's notice; the record itself is kept. */
  hideSetAside(id: number): Promise<void>;
  get(key: string): Promise<SavedDraft | undefined>;
  /** Writes a working copy (the text exactly as given). */
  put(key: string, text: string, history?: History, origin?: string): Promise<SavedDraft>;
  /** Puts back a record exactly as it was (undoing a delete). */
  restore(draft: SavedDraft): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every published version of a pathway key, newest first. */
  published(key: string): Promise<PublishedVersion[]>;
  /** Keeps a published version; returns it as stored. */
  addPublished(record: PublishedRecord): Promise<PublishedVersion>;
  close(): void;
}

/** Opens the library's storage. Rejects where the browser has no IndexedDB or refuses it. */
export async function openLibraryStore(): Promise<LibraryStore> {
  if (typeof indexedDB === 'undefined') throw new Error('This browser has no IndexedDB.');
  let db: IDBPDatabase<EditorDatabaseSchema> | undefined;
  db = await openDB<EditorDatabaseSchema>(EDITOR_DATABASE, EDITOR_DATABASE_VERSION, {
    upgrade: upgradeEditorDatabase,
    blocking() {
      // A newer editor in another tab needs to upgrade: let it.
      db?.close();
    },
  });
  const opened = db;
  await adoptKeptCopies(opened);
  const put = async (draft: SavedDraft) => {
    const transaction = opened.transaction(DRAFTS_STORE, 'readwrite');
    await Promise.all([transaction.store.put(draft, draft.key), transaction.done]);
  };
  return {
    async list() {
      const transaction = opened.transaction([DRAFTS_STORE, SET_ASIDE_STORE], 'readwrite');
      const store = transaction.objectStore(DRAFTS_STORE);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      const drafts: SavedDraft[] = [];
      const moves: Promise<unknown>[] = [];
      keys.forEach((key, i) => {
        const read = readSavedDraft(values[i], String(key));
        if (read.ok) {
          drafts.push(read.draft);
          return;
        }
        const kept: SetAsideDraft = { key: String(key), setAsideAt: new Date().toISOString(), reason: read.reason, value: values[i] };
        moves.push(transaction.objectStore(SET_ASIDE_STORE).add(kept), store.delete(key));
      });
      await Promise.all([...moves, transaction.done]);
      return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
    },
    async setAside() {
      const transaction = opened.transaction(SET_ASIDE_STORE);
      const [ids, records] = await Promise.all([transaction.store.getAllKeys(), transaction.store.getAll()]);
      return records.map((record, i) => ({ ...record, id: ids[i]! })).filter((record) => record.hidden !== true);
    },
    async hideSetAside(id) {
      const transaction = opened.transaction(SET_ASIDE_STORE, 'readwrite');
      const record = await transaction.store.get(id);
      if (record) await transaction.store.put({ ...record, hidden: true }, id);
      await transaction.done;
    },
    async get(key) {
      const read = readSavedDraft(await opened.get(DRAFTS_STORE, key), key);
      return read.ok ? read.draft : undefined;
    },
    async put(key, text, history = { undo: [], redo: [] }, origin) {
      const draft: SavedDraft = { format: SAVED_DRAFT_FORMAT, key, text, history, savedAt: new Date().toISOString() };
      if (origin !== undefined) draft.origin = origin;
      await put(draft);
      return draft;
    },
    restore: put,
    async delete(key) {
      const transaction = opened.transaction(DRAFTS_STORE, 'readwrite');
      await Promise.all([transaction.store.delete(key), transaction.done]);
      // A copy kept as a page closed must not bring the deleted pathway back.
      forgetLeaveCopy(key);
    },
    async published(key) {
      const transaction = opened.transaction(PUBLISHED_STORE);
      const index = transaction.store.index('by-key');
      const [ids, records] = await Promise.all([index.getAllKeys(key), index.getAll(key)]);
      return records.map((record, i) => ({ ...record, id: ids[i]! })).sort((a, b) => b.id - a.id);
    },
    async addPublished(record) {
      const transaction = opened.transaction(PUBLISHED_STORE, 'readwrite');
      const [id] = await Promise.all([transaction.store.add(record), transaction.done]);
      return { ...record, id };
    },
    close: () => opened.close(),
  };
}

/** A new, readable pathway key that no other working copy has. */
export function newLibraryKey(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `library-${random}`;
}
