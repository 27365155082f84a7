/**
 * What the editor calls a thing in the pathway: its own name (title, name, text or label); when
 * it has none, what the problems call it ("Stage 2", "Question 1"), from the schema's
 * describeLocation, the one place that names places for the validator, lint and the CLI. So the
 * outline, the pickers and the messages never call one untitled stage by two names. No DOM.
 */
import { describeLocation } from '@pathway/schema';
import { slugFrom, uniqueId } from './modeling/behaviours.js';

const NAME_KEYS = ['title', 'name', 'text', 'label'] as const;

/** The thing's own name, if it has one that is not blank. */
export function ownName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of NAME_KEYS) {
    const name = (value as Record<string, unknown>)[key];
    if (typeof name === 'string' && name.trim() !== '') return name;
  }
  return undefined;
}

/** What the problems call the thing at `pointer`: the last part of its place ("Stage 2"). */
export function placeName(document: unknown, pointer: string): string {
  const place = describeLocation(document, pointer);
  const at = place.lastIndexOf(' › ');
  return at < 0 ? place : place.slice(at + ' › '.length);
}

/** The thing's own name, else what the problems call it, else `fallback` (its id, say). */
export function nameOf(document: unknown, pointer: string, value: unknown, fallback = ''): string {
  return ownName(value) ?? (placeName(document, pointer) || fallback);
}

/**
 * Short names nobody wrote, by the document model they are in: those the editor made up for new
 * items, and those the page says it made up (a blank pathway's first stage). One rule for all:
 * such a short name follows its item's title, text or label until the author writes one of their
 * own, or until a version with it is published (`markIdsPublished`). Ids a pathway already had
 * are never in it, so a seed's permanent ids never change when a title is reworded.
 */
const madeUp = new WeakMap<object, Set<string>>();

function madeUpIn(scope: object): Set<string> {
  let ids = madeUp.get(scope);
  if (ids === undefined) madeUp.set(scope, (ids = new Set()));
  return ids;
}

/** These short names in `scope` were made up, not written by the author: they follow their names. */
export function markIdsMadeUp(scope: object, ids: Iterable<string>): void {
  const set = madeUpIn(scope);
  for (const id of ids) set.add(id);
}

/**
 * Short names in a published version, by document model: schools may have saved answers by them
 * (and council systems filed things under them), so from then on they stay when the name changes.
 */
const published = new WeakMap<object, Set<string>>();

/** These short names are in a version published from this pathway: they no longer follow their names. */
export function markIdsPublished(scope: object, ids: Iterable<string>): void {
  let set = published.get(scope);
  if (set === undefined) published.set(scope, (set = new Set()));
  for (const id of ids) set.add(id);
}

/** Whether `id` is in a version published from this pathway (so it stays when the name changes). */
export function isPublishedId(scope: object, id: string): boolean {
  return published.get(scope)?.has(id) === true;
}

/** Whether `id` still follows its item's name: made up by the editor, and not yet published. */
export function idFollows(scope: object, id: string): boolean {
  return madeUpIn(scope).has(id) && !isPublishedId(scope, id);
}

/**
 * Every short name in a pathway's value a school could hold answers by: each thing's `id` and
 * each option's `value` (an answer to a choice question is saved as it).
 */
export function shortNamesIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) shortNamesIn(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'id' || key === 'value') && typeof child === 'string') into.add(child);
      else shortNamesIn(child, into);
    }
  }
  return into;
}

/** The short name to give an item whose title (text, label) became `title`, or undefined to keep `id`. */
export function idFollowingTitle(scope: object, document: unknown, id: string, title: string): string | undefined {
  const ids = madeUpIn(scope);
  if (!idFollows(scope, id) || title.trim() === '') return undefined;
  const base = slugFrom(title);
  // Already made from this title ("prosecution-2" beside another "prosecution").
  if (id === base || new RegExp(`^${base}-\\d+$`).test(id)) return undefined;
  const fresh = uniqueId(document, title);
  ids.add(fresh);
  return fresh;
}

/**
 * A blank pathway's own short name: nobody wrote it, so while a pathway still has it, it follows
 * the pathway's title like a new item's (see the editor's `attach`), until the author writes one.
 */
export const BLANK_PATHWAY_ID = 'new-pathway';

/** The author wrote this short name themselves: the title no longer changes it. */
export function authorChoseId(scope: object, id: string): void {
  madeUp.get(scope)?.delete(id);
}
