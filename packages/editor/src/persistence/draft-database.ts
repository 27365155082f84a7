/**
 * The editor's one IndexedDB database (through `idb`), on this computer only: "pathway-editor".
 * It is versioned so later features can add stores in an upgrade step (publishing, issue 11)
 * without touching the drafts already saved.
 *
 * - `drafts`: the author's work, one record per pathway key (see saved-draft.ts).
 * - `set-aside`: drafts that could not be read, kept rather than deleted, so nothing the author
 *   typed is thrown away by the editor even when it cannot use it.
 * - `published` (version 2): every published version of every pathway, never changed once
 *   written (see ../library/library-store.ts).
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { adoptLeaveCopies } from './leave-copy.js';

export const EDITOR_DATABASE = 'pathway-editor';
export const EDITOR_DATABASE_VERSION = 2;
export const DRAFTS_STORE = 'drafts';
export const SET_ASIDE_STORE = 'set-aside';
export const PUBLISHED_STORE = 'published';

/** A draft that could not be read, as it was found. */
export interface SetAsideDraft {
  key: string;
  /** When it was set aside (ISO 8601). */
  setAsideAt: string;
  /** Why it could not be used, in plain English. */
  reason: string;
  /** The stored value, untouched. */
  value: unknown;
  /** The author hid it from the library's notice (it is still kept). */
  hidden?: boolean;
}

/** One published version, as written when it was published (the library's record). */
export interface PublishedRecord {
  /** The pathway key (the draft's key) it was published from. */
  key: string;
  version: string;
  /** When it was published (ISO 8601). */
  publishedAt: string;
  /** The published pathway's JSON text. */
  text: string;
}

export interface EditorDatabaseSchema extends DBSchema {
  drafts: { key: string; value: unknown };
  'set-aside': { key: number; value: SetAsideDraft };
  published: { key: number; value: PublishedRecord; indexes: { 'by-key': string } };
}

/** Brings any older database up to date, one step per version, never touching what is stored. */
export function upgradeEditorDatabase(database: IDBPDatabase<EditorDatabaseSchema>, oldVersion: number): void {
  if (oldVersion < 1) {
    database.createObjectStore(DRAFTS_STORE);
    database.createObjectStore(SET_ASIDE_STORE, { autoIncrement: true });
  }
  if (oldVersion < 2) database.createObjectStore(PUBLISHED_STORE, { autoIncrement: true }).createIndex('by-key', 'key');
}

/**
 * Puts into the database what a page kept as it closed (see leave-copy.ts), before anything
 * reads a draft. If that fails, the copies stay where they are for the next opening.
 */
export async function adoptKeptCopies(database: IDBPDatabase<EditorDatabaseSchema>): Promise<void> {
  await adoptLeaveCopies(database).catch(() => undefined);
}

/** Where drafts are kept. Values read are untrusted: check them with `readSavedDraft`. */
export interface DraftDatabase {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  /** Moves an unreadable draft out of the way: kept in `set-aside`, removed from `drafts`. */
  setAside(key: string, value: unknown, reason: string): Promise<void>;
  close(): void;
}

/**
 * Opens the editor's database (creating or upgrading it). Rejects where the browser refuses
 * storage; may never settle where IndexedDB hangs, which is why the autosave controller gives
 * it a time limit.
 *
 * `onVersionChange` is told when another tab needs to upgrade the database: this connection
 * is closed to let it, and saving here stops.
 */
export async function openDraftDatabase(options: { onVersionChange?: () => void } = {}): Promise<DraftDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('This browser has no IndexedDB.');
  let db: IDBPDatabase<EditorDatabaseSchema> | undefined;
  db = await openDB<EditorDatabaseSchema>(EDITOR_DATABASE, EDITOR_DATABASE_VERSION, {
    upgrade: upgradeEditorDatabase,
    blocking() {
      db?.close();
      options.onVersionChange?.();
    },
  });
  const opened = db;
  await adoptKeptCopies(opened);
  return {
    get: (key) => opened.get(DRAFTS_STORE, key),
    async put(key, value) {
      const transaction = opened.transaction(DRAFTS_STORE, 'readwrite');
      // A full quota can surface on the request or only when the transaction aborts: wait for both.
      await Promise.all([transaction.store.put(value, key), transaction.done]);
    },
    async setAside(key, value, reason) {
      const transaction = opened.transaction([DRAFTS_STORE, SET_ASIDE_STORE], 'readwrite');
      await Promise.all([
        transaction.objectStore(SET_ASIDE_STORE).add({ key, setAsideAt: new Date().toISOString(), reason, value }),
        transaction.objectStore(DRAFTS_STORE).delete(key),
        transaction.done,
      ]);
    },
    close: () => opened.close(),
  };
}
