/**
 * Autosave per pathway: the playground keeps each pathway's text (exactly as typed, valid JSON
 * or not) in this browser's localStorage under its picker key, and which pathway was open. So
 * switching pathways or reloading never throws work away: pick a pathway again and its text is
 * back. Only "Start this pathway again" discards it, after asking. Beside each is kept the item
 * open in the designer's outline (open-item.ts), so the author comes back to the same place.
 *
 * Beside each draft is kept the last version of it that was valid JSON, with when it was saved:
 * a draft that is damaged (cut short by a browser that stopped mid-write, say) can be put back.
 * And its undo history, as the designer keeps its own Pathways' (so undo survives a reload), with
 * a fingerprint of the text it belongs to: a history kept for other text is never used.
 *
 * Storage can fail (private browsing, a full quota): then `save` says so, the work stays in the
 * open editor, and switching asks before leaving it. Another tab editing the same pathway is
 * told to the page (`onSavedElsewhere`), so neither tab silently writes over the other.
 */
import type { History } from '@pathway/editor/modeling';
import type { OpenItem } from './open-item.js';

const PREFIX = 'pathway-playground:';

/** The last version of a draft that was valid JSON. */
export interface ValidVersion {
  readonly text: string;
  /** When it was saved (an ISO date and time). */
  readonly savedAt: string;
}

export interface DraftStore {
  /** The saved text for a pathway, if any. */
  load(key: string): string | undefined;
  /**
   * Saves a pathway's text; false when the browser refused. Text that is valid JSON is also
   * kept as its last valid version (if there is room: the draft itself matters more).
   */
  save(key: string, text: string, valid: boolean): boolean;
  /** The last version of a pathway's text that was valid JSON, if one was kept. */
  lastValid(key: string): ValidVersion | undefined;
  /** Forgets a pathway's text, its last valid version and its undo history. */
  forget(key: string): void;
  /** The undo history kept for a pathway, when it was kept for exactly this text. */
  history(key: string, text: string): History | undefined;
  /** Keeps a pathway's undo history for its text as it is now; false when the browser refused. */
  saveHistory(key: string, text: string, history: History): boolean;
  /** The pathway that was open last. */
  lastOpen(): string | undefined;
  rememberOpen(key: string): void;
  /** The item that was open in a pathway's outline, if any was kept. */
  openItem(key: string): OpenItem | undefined;
  rememberOpenItem(key: string, item: OpenItem): void;
  /**
   * Calls `listener` when another tab of this browser saves (or forgets) a pathway's text: the
   * browser tells every other tab (the `storage` event), never the tab that saved.
   */
  onSavedElsewhere(listener: (key: string, text: string | undefined) => void): void;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function browserDrafts(): DraftStore {
  const get = (name: string): string | undefined => {
    try {
      return storage()?.getItem(PREFIX + name) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const set = (name: string, value: string): boolean => {
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(PREFIX + name, value);
      return true;
    } catch {
      return false;
    }
  };
  const remove = (name: string): void => {
    try {
      storage()?.removeItem(PREFIX + name);
    } catch {
      /* nothing saved, nothing to forget */
    }
  };
  /** Every kept undo history goes: the drafts matter more than the room they take. */
  const dropHistories = (): void => {
    const store = storage();
    const names: string[] = [];
    try {
      for (let i = 0; store !== undefined && i < store.length; i++) {
        const name = store.key(i);
        if (name?.startsWith(`${PREFIX}history:`)) names.push(name.slice(PREFIX.length));
      }
    } catch {
      return;
    }
    for (const name of names) remove(name);
  };
  return {
    load: (key) => get(`draft:${key}`),
    save: (key, text, valid) => {
      // Refused (full, say): the undo histories make room for the text, once.
      if (!set(`draft:${key}`, text) && (dropHistories(), !set(`draft:${key}`, text))) return false;
      if (valid) set(`valid:${key}`, JSON.stringify({ text, savedAt: new Date().toISOString() } satisfies ValidVersion));
      return true;
    },
    lastValid: (key) => {
      try {
        const kept = JSON.parse(get(`valid:${key}`) ?? 'null') as Partial<ValidVersion> | null;
        return typeof kept?.text === 'string' && typeof kept.savedAt === 'string' ? { text: kept.text, savedAt: kept.savedAt } : undefined;
      } catch {
        // The copy itself damaged: there is none to offer.
        return undefined;
      }
    },
    forget: (key) => {
      remove(`draft:${key}`);
      remove(`valid:${key}`);
      remove(`history:${key}`);
    },
    history: (key, text) => {
      try {
        const kept = JSON.parse(get(`history:${key}`) ?? 'null') as { for?: unknown; history?: Partial<History> } | null;
        if (kept?.for !== fingerprint(text) || !Array.isArray(kept.history?.undo) || !Array.isArray(kept.history.redo)) return undefined;
        return { undo: kept.history.undo, redo: kept.history.redo };
      } catch {
        return undefined;
      }
    },
    saveHistory: (key, text, history) => {
      // Nothing to undo or redo: nothing kept.
      if (history.undo.length === 0 && history.redo.length === 0) return (remove(`history:${key}`), true);
      if (set(`history:${key}`, JSON.stringify({ for: fingerprint(text), history }))) return true;
      // Not kept: an older one must not stay to be used with this text's fingerprint gone.
      remove(`history:${key}`);
      return false;
    },
    lastOpen: () => get('open'),
    rememberOpen: (key) => void set('open', key),
    openItem: (key) => {
      try {
        const kept = JSON.parse(get(`item:${key}`) ?? 'null') as Partial<OpenItem> | null;
        if (typeof kept?.pointer !== 'string') return undefined;
        return typeof kept.id === 'string' ? { pointer: kept.pointer, id: kept.id } : { pointer: kept.pointer };
      } catch {
        return undefined;
      }
    },
    // Where the author was is a convenience: a browser that refuses it loses nothing typed.
    rememberOpenItem: (key, item) => void set(`item:${key}`, JSON.stringify(item)),
    onSavedElsewhere: (listener) => {
      const draftPrefix = `${PREFIX}draft:`;
      globalThis.addEventListener?.('storage', (event) => {
        if (event.key === null || !event.key.startsWith(draftPrefix)) return;
        listener(event.key.slice(draftPrefix.length), event.newValue ?? undefined);
      });
    },
  };
}

/** Which text a history was kept for: its length and an FNV-1a hash (a history for other text is never used). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}
