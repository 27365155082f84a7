/**
 * "Keep as one of your pathways": the example open in the playground, as it is now, copied into
 * the designer's list of the author's own pathways (its library, in IndexedDB), which is the one
 * list of them. The copy remembers the example it started from, so its first publication lists
 * the changes made to the example. The example keeps its own tried changes (drafts.ts).
 */
import { newLibraryKey, openLibraryStore, type SavedPathway } from '@pathway/editor';

export async function keepInLibrary(text: string, origin: string): Promise<SavedPathway> {
  const store = await openLibraryStore();
  try {
    const key = newLibraryKey();
    const kept = await store.put(key, text, undefined, origin);
    return { key, text: kept.text, origin };
  } finally {
    store.close();
  }
}
