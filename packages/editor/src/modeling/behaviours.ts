/**
 * Behaviours keep the document whole as it is edited, using core's outline (every named thing
 * and every reference, from the schema's annotations), so they know no property by name:
 * - renaming an id updates every reference to it, in the same undo step;
 * - removing a named thing takes its id out of lists that name it (a stage's referrals, an
 *   exception's stages) and reports the rules that still mention it, for the author to fix;
 * - new ids are unique and readable, made from the title ("Tier 2" → "tier-2").
 */
import { outlinePathway } from '@pathway/core';
import type { EntityKind, OutlineEntity, OutlineReference } from '@pathway/core';
import { childPointer } from '@pathway/schema';
import { valueAt } from './patch.js';
import type { EditOperation } from './patch.js';

/** The entity whose id is at `pointer` (".../id"), if any. */
function entityOwningId(document: unknown, idPointer: string) {
  if (!idPointer.endsWith('/id')) return undefined;
  const entityPointer = idPointer.slice(0, -3);
  return outlinePathway(document).entities.find((entity) => entity.pointer === entityPointer);
}

/** Where one reference's id sits, as pointers to replace or remove (a list may name it twice). */
function locationsOf(document: unknown, reference: OutlineReference): string[] {
  const holder = valueAt(document, reference.pointer);
  if (Array.isArray(holder)) {
    const found: string[] = [];
    holder.forEach((item, i) => {
      if (item === reference.id) found.push(`${reference.pointer}/${i}`);
    });
    return found;
  }
  return [childPointer(reference.pointer, reference.property)];
}

/** References to a named thing: same id, and a property that may name its kind. */
export function referencesTo(document: unknown, entity: Pick<OutlineEntity, 'id' | 'kind'>): OutlineReference[] {
  return outlinePathway(document).references.filter((reference) => reference.id === entity.id && reference.kinds.includes(entity.kind));
}

/**
 * For each operation that changes a named thing's id, the operations that make every
 * reference to the old id name the new one.
 */
export function referencesFollowingRename(document: unknown, operations: readonly EditOperation[]): EditOperation[] {
  const extra: EditOperation[] = [];
  for (const operation of operations) {
    if (operation.op !== 'replace' || typeof operation.value !== 'string') continue;
    const entity = entityOwningId(document, operation.path);
    if (entity === undefined || entity.id === operation.value) continue;
    // While the id is shared (a duplicate lint reports), or the new id is taken, a reference
    // cannot be known to mean this thing: leave references alone rather than move them wrongly.
    const outline = outlinePathway(document);
    if (outline.entitiesOf(entity.id, entity.kind).length > 1 || outline.entitiesOf(operation.value, entity.kind).length > 0) continue;
    const seen = new Set<string>();
    for (const reference of referencesTo(document, entity)) {
      for (const path of locationsOf(document, reference)) {
        if (seen.has(path)) continue;
        seen.add(path);
        extra.push({ op: 'replace', path, value: operation.value });
      }
    }
  }
  return extra;
}

export interface Removal {
  operations: EditOperation[];
  /** References that could not simply be dropped (rules, single ids), left for the author. */
  remaining: OutlineReference[];
}

/**
 * Removing the named thing at `pointer`: the operations to remove it and to drop its id from
 * lists that name it, and the references that remain (shown as problems to fix).
 */
export function removalOf(document: unknown, pointer: string): Removal {
  const entity = outlinePathway(document).entities.find((candidate) => candidate.pointer === pointer);
  const operations: EditOperation[] = [];
  const remaining: OutlineReference[] = [];
  const listRemovals: string[] = [];
  // References are dropped only when nothing else of that kind keeps the id (duplicates keep them).
  const shared = entity !== undefined && outlinePathway(document).entitiesOf(entity.id, entity.kind).length > 1;
  if (entity !== undefined && !shared) {
    for (const reference of referencesTo(document, entity)) {
      if (reference.pointer.startsWith(`${pointer}/`) || reference.pointer === pointer) continue; // inside what is removed
      if (Array.isArray(valueAt(document, reference.pointer))) listRemovals.push(...locationsOf(document, reference));
      else remaining.push(reference);
    }
  }
  // Remove list items from the highest index down, so earlier removals do not shift later ones,
  // and the entity itself last when it sits after them in the same list.
  const all = [...new Set([...listRemovals, pointer])].sort(comparePointersDescending);
  for (const path of all) operations.push({ op: 'remove', path });
  return { operations, remaining };
}

function comparePointersDescending(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] === right[i]) continue;
    const x = Number(left[i]);
    const y = Number(right[i]);
    if (Number.isInteger(x) && Number.isInteger(y)) return y - x;
    return left[i] < right[i] ? 1 : -1;
  }
  return right.length - left.length;
}

/** A readable id from a title: "Tier 2: Support" → "tier-2-support". */
export function slugFrom(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/** A new id made from the title, unique in the document: "tier-2", then "tier-2-2"… */
export function uniqueId(document: unknown, title: string, taken: ReadonlySet<string> = new Set()): string {
  const used = outlinePathway(document).byId;
  const base = slugFrom(title);
  if (!used.has(base) && !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate) && !taken.has(candidate)) return candidate;
  }
}

export type { EntityKind };
