import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { EDITOR_DATABASE, SET_ASIDE_STORE, openDraftDatabase } from './draft-database.js';
import type { SetAsideDraft } from './draft-database.js';
import { keepLeaveCopy } from './leave-copy.js';
import { SAVED_DRAFT_FORMAT, readSavedDraft } from './saved-draft.js';
import type { SavedDraft } from './saved-draft.js';

let keys = 0;
const newKey = () => `leave-${Date.now()}-${++keys}`;
const draft = (key: string, text: string, savedAt: string): SavedDraft => ({ format: SAVED_DRAFT_FORMAT, key, text, history: { undo: [], redo: [] }, savedAt });
const copyName = (key: string) => `pathway-editor:leave-copy:${key}`;

async function recordOf(key: string): Promise<unknown> {
  const database = await openDraftDatabase();
  try {
    return await database.get(key);
  } finally {
    database.close();
  }
}

async function put(key: string, value: unknown): Promise<void> {
  const database = await openDraftDatabase();
  try {
    await database.put(key, value);
  } finally {
    database.close();
  }
}

afterEach(() => {
  for (const name of Object.keys(localStorage)) if (name.startsWith('pathway-editor:')) localStorage.removeItem(name);
});

describe('the copy kept as the page goes', () => {
  it('a copy newer than the record replaces it when the database is next opened, and is cleared', async () => {
    const key = newKey();
    await put(key, draft(key, 'saved', '2026-01-01T10:00:00.000Z'));
    expect(keepLeaveCopy(draft(key, 'saved, then typed', '2026-01-01T10:00:01.000Z'))).toBe(true);
    expect(readSavedDraft(await recordOf(key), key)).toMatchObject({ ok: true, draft: { text: 'saved, then typed' } });
    expect(localStorage.getItem(copyName(key))).toBeNull();
  });

  it('a copy older than the record (another tab saved since) is not used, and is cleared', async () => {
    const key = newKey();
    keepLeaveCopy(draft(key, 'older', '2026-01-01T10:00:00.000Z'));
    localStorage.setItem('unrelated', 'x');
    const database = await openDB(EDITOR_DATABASE);
    await database.put('drafts', draft(key, 'newer', '2026-01-01T11:00:00.000Z'), key);
    database.close();
    expect(readSavedDraft(await recordOf(key), key)).toMatchObject({ ok: true, draft: { text: 'newer' } });
    expect(localStorage.getItem(copyName(key))).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('x');
    localStorage.removeItem('unrelated');
  });

  it('a copy that cannot be read is set aside as it was, never dropped', async () => {
    const key = newKey();
    localStorage.setItem(copyName(key), '{"text": "half a cop');
    await recordOf(key);
    const database = await openDB(EDITOR_DATABASE);
    const kept = ((await database.getAll(SET_ASIDE_STORE)) as SetAsideDraft[]).filter((record) => record.key === key);
    database.close();
    expect(kept).toEqual([expect.objectContaining({ key, value: '{"text": "half a cop', reason: 'the copy kept as the page closed is not readable' })]);
    expect(localStorage.getItem(copyName(key))).toBeNull();
  });

  it('when localStorage will not take the history too, the text is kept without it; when it will take nothing, it says so', () => {
    const key = newKey();
    const original = Storage.prototype.setItem;
    const limit = 2000;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (value.length > limit) throw new DOMException('full', 'QuotaExceededError');
      original.call(this, name, value);
    };
    try {
      const long = draft(key, 'typed', '2026-01-01T10:00:00.000Z');
      long.history = { undo: [{ kind: 'text', label: 'typing', before: 'x'.repeat(limit), after: 'typed' } as never], redo: [] };
      expect(keepLeaveCopy(long)).toBe(true);
      expect(JSON.parse(localStorage.getItem(copyName(key))!)).toMatchObject({ text: 'typed', history: { undo: [], redo: [] } });
      expect(keepLeaveCopy(draft(key, 'y'.repeat(limit), '2026-01-01T10:00:01.000Z'))).toBe(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
