/**
 * On reload, the playground opens what was open when the page was left. For an example that is
 * its key (drafts.ts); for one of the author's own pathways it is the key of the designer's
 * library record, read back here. Such a record can be gone (deleted from the Pathways view in
 * another tab) or out of reach (a browser that refuses IndexedDB): the playground then opens an
 * example and says why, rather than opening something else without a word.
 */
import { openLibraryStore, type SavedPathway } from '@pathway/editor';

export type Reopened = { found: SavedPathway } | { missing: 'deleted' | 'unreadable' };

export async function reopenSaved(key: string): Promise<Reopened> {
  try {
    const store = await openLibraryStore();
    try {
      const draft = await store.get(key);
      if (!draft) return { missing: 'deleted' };
      return { found: draft.origin === undefined ? { key, text: draft.text } : { key, text: draft.text, origin: draft.origin } };
    } finally {
      store.close();
    }
  } catch {
    return { missing: 'unreadable' };
  }
}

/** What the status line says when the pathway open last cannot be opened again. */
export function reopenMissingText(missing: 'deleted' | 'unreadable', opened: string): string {
  return missing === 'deleted'
    ? `The pathway you had open last is no longer in your pathways, so ${opened} is open instead.`
    : `This browser would not let the playground read your pathways, so ${opened} is open instead of the pathway you had open last. Your pathways are still under Pathways in the designer.`;
}
