/**
 * Autosave per pathway: the playground keeps each pathway's text (exactly as typed, valid JSON
 * or not) in this browser's localStorage under its picker key, and which pathway was open. So
 * switching pathways or reloading never throws work away: pick a pathway again and its text is
 * back. Only "Start this pathway again" discards it, after asking.
 *
 * Storage can fail (private browsing, a full quota): then `save` says so, the work stays in the
 * open editor, and switching asks before leaving it. Another tab editing the same pathway is
 * told to the page (`onSavedElsewhere`), so neither tab silently writes over the other.
 */
const PREFIX = 'pathway-playground:';

export interface DraftStore {
  /** The saved text for a pathway, if any. */
  load(key: string): string | undefined;
  /** Saves a pathway's text; false when the browser refused. */
  save(key: string, text: string): boolean;
  forget(key: string): void;
  /** The pathway that was open last. */
  lastOpen(): string | undefined;
  rememberOpen(key: string): void;
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
  return {
    load: (key) => get(`draft:${key}`),
    save: (key, text) => set(`draft:${key}`, text),
    forget: (key) => {
      try {
        storage()?.removeItem(`${PREFIX}draft:${key}`);
      } catch {
        /* nothing saved, nothing to forget */
      }
    },
    lastOpen: () => get('open'),
    rememberOpen: (key) => void set('open', key),
    onSavedElsewhere: (listener) => {
      const draftPrefix = `${PREFIX}draft:`;
      globalThis.addEventListener?.('storage', (event) => {
        if (event.key === null || !event.key.startsWith(draftPrefix)) return;
        listener(event.key.slice(draftPrefix.length), event.newValue ?? undefined);
      });
    },
  };
}
