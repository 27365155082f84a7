/** Direct access to the widget's draft store, to check what it saved and to plant bad drafts. */
import { beforeEach } from 'vitest';
import { openDB } from 'idb';
import { DRAFT_DATABASE, DRAFT_STORE } from '../drafts/draft-store.js';

async function database() {
  return openDB(DRAFT_DATABASE, 1, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(DRAFT_STORE)) db.createObjectStore(DRAFT_STORE);
    },
  });
}

/** Every record saved for the pathway (one per journey, and any from before journeys had keys), with its key. */
export async function readStoredDrafts(pathwayId: string): Promise<{ key: IDBValidKey; value: unknown }[]> {
  const db = await database();
  try {
    const keys = await db.getAllKeys(DRAFT_STORE);
    const mine = keys.filter((key) => key === pathwayId || (Array.isArray(key) && key[0] === pathwayId));
    return Promise.all(mine.map(async (key) => ({ key, value: await db.get(DRAFT_STORE, key) })));
  } finally {
    db.close();
  }
}

/** The pathway's saved draft, when the test has one journey saving (undefined when none is saved). */
export async function readStoredDraft(pathwayId: string): Promise<unknown> {
  const records = await readStoredDrafts(pathwayId);
  if (records.length > 1) throw new Error(`${records.length} drafts are saved for ${pathwayId}; expected at most one`);
  return records[0]?.value;
}

/** Plants a record: under `[pathwayId, journeyKey]`, or by the pathway id alone (a draft from before journeys had keys). */
export async function writeStoredDraft(pathwayId: string, value: unknown, journeyKey?: string): Promise<void> {
  const db = await database();
  try {
    await db.put(DRAFT_STORE, value, journeyKey === undefined ? pathwayId : [pathwayId, journeyKey]);
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

/** Forgets this tab's journey keys, as a new tab would have none. */
export function forgetTabJourneys(): void {
  for (const name of Object.keys(sessionStorage)) if (name.startsWith('pathway-widget-journeys:')) sessionStorage.removeItem(name);
}

/** Each test in the file starts as a new tab on a device with no drafts saved. */
export function noDraftsBeforeEach(): void {
  beforeEach(async () => {
    await clearStoredDrafts();
    forgetTabJourneys();
  });
}
