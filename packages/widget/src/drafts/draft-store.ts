/**
 * Drafts live in IndexedDB (through `idb`), one record per pathway id, on this device only.
 * Opening fails quietly where the browser refuses storage (some private modes, sandboxed
 * frames): the widget then tells the user that answers cannot be saved here.
 */
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';

// A stored value is read back with the draft's own checks, which come with the journey part.
export { readDraft } from './draft-envelope.js';

export const DRAFT_DATABASE = 'pathway-widget';
export const DRAFT_STORE = 'drafts';

/** Where drafts are kept. Values are untrusted on the way out: read them with `readDraft`. */
export interface DraftStore {
  get(pathwayId: string): Promise<unknown>;
  put(pathwayId: string, draft: unknown): Promise<void>;
  delete(pathwayId: string): Promise<void>;
}

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
    get: (pathwayId) => db.get(DRAFT_STORE, pathwayId),
    put: async (pathwayId, draft) => {
      await db.put(DRAFT_STORE, draft, pathwayId);
    },
    delete: (pathwayId) => db.delete(DRAFT_STORE, pathwayId),
  };
}
