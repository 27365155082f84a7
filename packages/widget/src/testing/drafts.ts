/** Direct access to the widget's draft store, to check what it saved and to plant bad drafts. */
import { openDB } from 'idb';
import { DRAFT_DATABASE, DRAFT_STORE } from '../drafts/draft-store.js';

async function database() {
  return openDB(DRAFT_DATABASE, 1, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(DRAFT_STORE)) db.createObjectStore(DRAFT_STORE);
    },
  });
}

export async function readStoredDraft(pathwayId: string): Promise<unknown> {
  const db = await database();
  try {
    return await db.get(DRAFT_STORE, pathwayId);
  } finally {
    db.close();
  }
}

export async function writeStoredDraft(pathwayId: string, value: unknown): Promise<void> {
  const db = await database();
  try {
    await db.put(DRAFT_STORE, value, pathwayId);
  } finally {
    db.close();
  }
}

export async function clearStoredDrafts(): Promise<void> {
  const db = await database();
  try {
    await db.clear(DRAFT_STORE);
  } finally {
    db.close();
  }
}
