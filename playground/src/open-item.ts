/**
 * The item the author had open in the designer's outline (a stage, a question…), kept per
 * pathway beside its draft (drafts.ts) so a reload reopens it. It is kept with the id of the
 * named thing it is in: a pointer that now leads somewhere else (that stage was removed and
 * another took its place) reopens the top of the outline, never another item. Only a place in
 * the pathway is kept, nothing anyone typed about a pupil. No DOM.
 */
import { valueAt } from '@pathway/editor/modeling';

export interface OpenItem {
  /** The JSON pointer selected. */
  readonly pointer: string;
  /** The id of the named thing at or above it, when it has one. */
  readonly id?: string;
}

/** The id of the nearest object with an id at or above `pointer`. */
function ownerId(document: unknown, pointer: string): string | undefined {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const value = valueAt(document, at) as { id?: unknown } | undefined;
    if (typeof value === 'object' && value !== null && typeof value.id === 'string') return value.id;
    if (at === '') return undefined;
  }
}

/** What to keep for the selection `pointer` in `document`. */
export function openItem(document: unknown, pointer: string): OpenItem {
  const id = ownerId(document, pointer);
  return id === undefined ? { pointer } : { pointer, id };
}

/** The pointer to select again in `document`: the item kept, if it is still there and still the same thing; else the top. */
export function reopen(document: unknown, item: OpenItem | undefined): string {
  if (item === undefined || document === undefined || valueAt(document, item.pointer) === undefined) return '';
  return ownerId(document, item.pointer) === item.id ? item.pointer : '';
}
