/**
 * The undo history kept beside an example's draft: used only with the text it was kept for, and
 * never at the cost of the draft itself when this browser's storage is full.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { browserDrafts } from './drafts.js';

/** localStorage with room for `limit` characters, as a browser's quota. */
function fullAt(limit: number): Storage {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const before = items.get(key);
      items.set(key, value);
      if (used() <= limit) return;
      if (before === undefined) items.delete(key);
      else items.set(key, before);
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

let storage: Storage;
beforeEach(() => {
  storage = fullAt(10_000);
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const step = (before: string, after: string) => ({ kind: 'text', before, after, label: 'edit' }) as never;

it('gives a history back only for the text it was kept for', () => {
  const drafts = browserDrafts();
  const history = { undo: [step('{"a":1}', '{"a":2}')], redo: [] };
  expect(drafts.saveHistory('wigan.json', '{"a":2}', history)).toBe(true);
  expect(drafts.history('wigan.json', '{"a":2}')).toEqual(history);
  expect(drafts.history('wigan.json', '{"a":3}')).toBeUndefined();
  expect(drafts.history('norfolk.json', '{"a":2}')).toBeUndefined();
  drafts.forget('wigan.json');
  expect(drafts.history('wigan.json', '{"a":2}')).toBeUndefined();
});

it('makes room for a draft by letting the undo histories go', () => {
  const drafts = browserDrafts();
  const big = 'x'.repeat(3_000);
  expect(drafts.saveHistory('norfolk.json', big, { undo: [step(big, big)], redo: [] })).toBe(true);
  // The history takes most of the room: the draft is kept all the same, and the history goes.
  expect(drafts.save('wigan.json', 'y'.repeat(5_000), false)).toBe(true);
  expect(drafts.load('wigan.json')).toHaveLength(5_000);
  expect(drafts.history('norfolk.json', big)).toBeUndefined();
  // A history with no room is not kept, and says so; the draft stays.
  expect(drafts.saveHistory('wigan.json', 'y'.repeat(5_000), { undo: [step(big, big)], redo: [] })).toBe(false);
  expect(drafts.load('wigan.json')).toHaveLength(5_000);
});
