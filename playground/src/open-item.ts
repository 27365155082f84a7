/**
 * The item the author had open in the designer's outline (a stage, a question…), kept per
 * pathway beside its draft (drafts.ts) so a reload reopens it. It is kept with the id of the
 * named thing it is in: a pointer that now leads somewhere else (that stage was removed and
 * another took its place) reopens the top of the outline, never another item; renamed, it is
 * followed (`followRename`), one edit at a time, as it is renamed. Only a place in
 * the pathway is kept, nothing anyone typed about a pupil. No DOM.
 */
import { valueAt } from '@pathway/editor/modeling';

export interface OpenItem {
  /** The JSON pointer selected. */
  readonly pointer: string;
  /** The id of the named thing at or above it, when it has one. */
  readonly id?: string;
}

/** The nearest object with an id at or above `pointer`, and where it is. */
function owner(document: unknown, pointer: string): { id: string; at: string; value: object } | undefined {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const value = valueAt(document, at) as { id?: unknown } | undefined;
    if (typeof value === 'object' && value !== null && typeof value.id === 'string') return { id: value.id, at, value };
    if (at === '') return undefined;
  }
}

/** The id of the nearest object with an id at or above `pointer`. */
function ownerId(document: unknown, pointer: string): string | undefined {
  return owner(document, pointer)?.id;
}

/** What to keep for the selection `pointer` in `document`. */
export function openItem(document: unknown, pointer: string): OpenItem {
  const id = ownerId(document, pointer);
  return id === undefined ? { pointer } : { pointer, id };
}

/** Every `id` in a document. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.add(child);
      else idsIn(child, into);
    }
  }
  return into;
}

/** What a thing is besides its names: without its id and its title (name, text, label), which a rename changes. */
function withoutNames(value: object, id: string, to: string): string {
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !['id', 'title', 'name', 'text', 'label'].includes(key)));
  // What inside it refers to it by its short name follows the rename in the same step.
  return JSON.stringify(rest).replaceAll(JSON.stringify(id), JSON.stringify(to));
}

/**
 * The item kept, after one edit from `before` to `after`, when that edit renamed the thing it is
 * in (a stage's short name written, or following its title): still at its place and otherwise
 * the same, its old id gone from the pathway and its new id one the pathway did not have.
 * Undefined when it stays as kept: another thing in its place (one moved up when it was removed,
 * or a new one put there) is not it, and an item already not found is never taken up again, so a
 * reload never opens another item.
 */
export function followRename(before: unknown, after: unknown, item: OpenItem | undefined): OpenItem | undefined {
  if (item?.id === undefined || before === undefined || after === undefined || valueAt(after, item.pointer) === undefined) return undefined;
  const was = owner(before, item.pointer);
  const now = owner(after, item.pointer);
  if (was === undefined || now === undefined || was.id !== item.id || now.id === item.id || was.at !== now.at) return undefined;
  if (withoutNames(was.value, was.id, now.id) !== withoutNames(now.value, now.id, now.id)) return undefined;
  if (idsIn(after).has(item.id) || idsIn(before).has(now.id)) return undefined;
  return { pointer: item.pointer, id: now.id };
}

/** The pointer to select again in `document`: the item kept, if it is still there and still the same thing; else the top. */
export function reopen(document: unknown, item: OpenItem | undefined): string {
  if (item === undefined || document === undefined || valueAt(document, item.pointer) === undefined) return '';
  return ownerId(document, item.pointer) === item.id ? item.pointer : '';
}
