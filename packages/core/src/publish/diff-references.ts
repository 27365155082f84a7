/**
 * The references in each version of a pathway, for the change list: a place that holds an id is
 * said by the title of the thing it names ("leads to stage: changed from "Contact LCSS" to
 * "Maintenance plan""), never by the id, and an id that changed only because the thing it names
 * was renamed is not a change (the rename is the thing's own news, if it is news at all).
 */
import { childPointer } from '@pathway/schema';
import type { EntityKind, Outline, OutlineEntity } from '../outline/outline.js';

/** One version of the pathway, with its references by the place that holds the id. */
export interface Version {
  readonly doc: unknown;
  readonly outline: Outline;
  /** The kinds a place may name: a property holding one id, or a list of ids. */
  readonly references: ReadonlyMap<string, readonly EntityKind[]>;
}

export function versionOf(doc: unknown, outline: Outline): Version {
  const references = new Map<string, readonly EntityKind[]>();
  // A list of ids is reported at the list, a single id at the object holding it: both are the property's place.
  for (const reference of outline.references) references.set(childPointer(reference.from.pointer, reference.property), reference.kinds);
  return { doc, outline, references };
}

/** The thing an id names in a version, among the kinds the place allows. */
export function thingNamed(version: Version, id: string, kinds: readonly EntityKind[]): OutlineEntity | undefined {
  for (const kind of kinds) {
    const found = version.outline.entitiesOf(id, kind)[0];
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `value` (at `pointer` in the old version) with every id it holds renamed as its thing was:
 * compared with the new value, what is left is a change a reader would see.
 */
export function withRenamedIds(value: unknown, pointer: string, old: Version, newIdOf: (id: string, kinds: readonly EntityKind[]) => string | undefined): unknown {
  const kinds = old.references.get(pointer);
  if (kinds !== undefined) {
    const rename = (id: unknown) => (typeof id === 'string' ? (newIdOf(id, kinds) ?? id) : id);
    return Array.isArray(value) ? value.map(rename) : rename(value);
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, i) => withRenamedIds(item, `${pointer}/${i}`, old, newIdOf));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withRenamedIds(item, childPointer(pointer, key), old, newIdOf)]));
}
