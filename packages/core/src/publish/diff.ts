/**
 * What changed between two versions of a pathway, in plain English, computed on core's outline
 * so that a named thing that moved or was renamed is reported as that, not as a removal plus an
 * addition:
 *
 *   Stage "Tier 2": lower threshold changed from 92% to 90%
 *   Question "Has a parenting contract been offered?" added to "Tier 3"
 *   Referral "Enforcement" › how to refer › email address: changed from "a@x.gov.uk" to "b@x.gov.uk"
 *
 * Named things are matched by kind and id; a thing whose id changed is matched by its content,
 * else by its title, else by its place and most of its content (`matchRenamed`), and the rename
 * is said with every change inside it. A question removed is always named, even with its stage.
 * Each thing's own content (without the named things inside it) is compared
 * property by property, and each property is named by its schema title (describeLocation).
 * The pathway's `version` and `changelog` are left out: they change with every publication.
 */
import { childPointer, describeLocation, enumLabelAt, escapePointerSegment, pointerSegments } from '@pathway/schema';
import { describeDuration } from '../durations.js';
import type { Duration, Pathway } from '../schema-types.js';
import { outlinePathway } from '../outline/outline.js';
import { renamedByTitle } from '../renamed.js';
import type { EntityKind, Outline, OutlineEntity } from '../outline/outline.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'renamed';

export interface PathwayChange {
  kind: ChangeKind;
  /** The kind of named thing, or "pathway" for the pathway's own properties. */
  subject: EntityKind | 'pathway';
  /** Where it is in the new version (in the old one, when it was removed). */
  pointer: string;
  /** The change in plain English. */
  text: string;
}

const kindWords: Record<EntityKind, string> = {
  stage: 'Stage', question: 'Question', evidence: 'Evidence', gate: 'Gate', measure: 'Measure', cohort: 'Circumstance',
  role: 'Role', referral: 'Referral', exception: 'Exception', outcome: 'Outcome', route: 'Route', timeLimit: 'Time limit',
  contact: 'Contact', requirement: 'Requirement',
};

/** Properties of the pathway that change with every publication and are not news to schools. */
const ignoredAtRoot = new Set(['version', 'changelog', '$schema']);
/** Notes for authors are never shown to schools, so a change to one is never in the change list. */
const AUTHOR_NOTE = 'authorNote';

function labelOf(entity: OutlineEntity): string {
  const node = entity.node as Record<string, unknown>;
  for (const key of ['title', 'name', 'text', 'label']) if (typeof node[key] === 'string') return node[key] as string;
  return entity.id;
}

function named(entity: OutlineEntity): string {
  return `${kindWords[entity.kind]} "${short(labelOf(entity), 120)}"`;
}

function short(text: string, limit = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat;
}

/** An item's own name (title, text…), if it has one. */
function nameOf(value: object): string | undefined {
  for (const key of ['title', 'name', 'text', 'label', 'heading']) {
    const name = (value as Record<string, unknown>)[key];
    if (typeof name === 'string' && name.trim() !== '') return name;
  }
  return undefined;
}

/**
 * A value as the change list says it: text quoted, a bound as "80%, inclusive", a duration
 * in words, a named item by its name, anything else by its parts' titles and values
 * ("up to a total of 12 school weeks"). `doc` and `pointer` say where it is, for the titles.
 */
function show(value: unknown, doc: unknown, pointer: string, depth = 0): string {
  // A value chosen from the format's list reads as the list shows it: "School days", not "schoolDays".
  if (typeof value === 'string') return `"${short(enumLabelAt(doc, pointer) ?? value, 60)}"`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.map((v) => show(v, doc, pointer)).join(', ') : `${value.length} items`;
  if (value === null || value === undefined) return 'nothing';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  const name = nameOf(record);
  if (name !== undefined) return `"${short(name, 60)}"`;
  if (typeof record.value === 'number' && typeof record.inclusive === 'boolean') {
    const owner = nodeAt(doc, pointer.slice(0, pointer.lastIndexOf('/'))) as { measure?: unknown } | undefined;
    const percent = isPercentBand(doc, owner?.measure) ? '%' : '';
    return `${record.value}${percent}, ${record.inclusive ? 'inclusive' : 'exclusive'}`;
  }
  if (isDuration(record)) return describeDuration(record);
  const parts = Object.entries(record).filter(([k]) => k !== AUTHOR_NOTE);
  if (depth > 0 || parts.length === 0) return parts.length === 1 ? '1 setting' : `${parts.length} settings`;
  return parts
    .map(([k, v]) => {
      const at = childPointer(pointer, k);
      const title = describeLocation(doc, at).split(' › ').at(-1) || k;
      return `${title} ${show(v, doc, at, depth + 1)}`;
    })
    .join('; ');
}

function isDuration(value: unknown): value is Duration {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.unit === 'string' && ('amount' in record || 'to' in record || 'fromAnswer' in record);
}

function key(entity: OutlineEntity): string {
  return `${entity.kind}:${entity.id}`;
}

function firstByKey(outline: Outline): Map<string, OutlineEntity> {
  const map = new Map<string, OutlineEntity>();
  for (const entity of outline.entities) if (!map.has(key(entity))) map.set(key(entity), entity);
  return map;
}

/** The entity's own content, without the named things inside it and without its id. */
function ownValue(entity: OutlineEntity | undefined, root: unknown, entityPointers: ReadonlySet<string>): unknown {
  const value = entity === undefined ? root : entity.node;
  const base = entity === undefined ? '' : entity.pointer;
  const strip = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => (entityPointers.has(`${pointer}/${i}`) ? null : strip(item, `${pointer}/${i}`)));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      const at = childPointer(pointer, k);
      if (pointer === base && k === 'id') continue;
      if (k === AUTHOR_NOTE) continue;
      if (entity === undefined && pointer === '' && ignoredAtRoot.has(k)) continue;
      out[k] = entityPointers.has(at) ? null : strip(v, at);
    }
    return out;
  };
  return strip(value, base);
}

/** Every plain value in a thing's own content, with where it sits: what "most of its content" counts. */
function leaves(value: unknown, at = '', out: string[] = []): string[] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, `${at}/${k}`, out);
  } else out.push(`${at}=${JSON.stringify(value)}`);
  return out;
}

/** The share of two things' own plain values that are the same (0 to 1). */
function likeness(a: unknown, b: unknown): number {
  const left = leaves(a);
  const right = new Set(leaves(b));
  const same = left.filter((leaf) => right.has(leaf)).length;
  return same / Math.max(left.length, right.size, 1);
}

/** Longest increasing subsequence (indices into `values`), for telling moved items from the rest. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]) keep.add(i);
  return keep;
}

function lastSegment(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

function listOf(entity: OutlineEntity): string {
  return entity.pointer.slice(0, entity.pointer.lastIndexOf('/'));
}

export function diffPathways(before: Pathway | unknown, after: Pathway | unknown): PathwayChange[] {
  const oldOutline = outlinePathway(before);
  const newOutline = outlinePathway(after);
  const oldByKey = firstByKey(oldOutline);
  const newByKey = firstByKey(newOutline);
  const oldPointers = new Set(oldOutline.entities.map((e) => e.pointer));
  const newPointers = new Set(newOutline.entities.map((e) => e.pointer));
  const changes: PathwayChange[] = [];

  const removed = [...oldByKey.values()].filter((e) => !newByKey.has(key(e)));
  const added = [...newByKey.values()].filter((e) => !oldByKey.has(key(e)));
  const renamedTo = matchRenamed(removed, added, (e) => ownValue(e, before, oldPointers), (e) => ownValue(e, after, newPointers), (old) =>
    oldByKey.get(key(old)) === old ? newByKey.get(key(old)) : undefined);
  const newByPointer = new Map(newOutline.entities.map((e) => [e.pointer, e]));
  /** The same thing in the new version: under the id it was renamed to, or by its id (where it stood, when the id is not unique). */
  const counterpart = (old: OutlineEntity | undefined): OutlineEntity | undefined => {
    if (old === undefined) return undefined;
    const renamed = renamedTo.get(old);
    if (renamed !== undefined || !newByKey.has(key(old))) return renamed;
    const there = newByPointer.get(old.pointer);
    return there !== undefined && key(there) === key(old) ? there : newByKey.get(key(old));
  };

  // The pathway's own properties.
  compareContent(undefined, undefined, before, after, oldPointers, newPointers, changes);

  // Named things in both versions, in the new version's order.
  const renamedFromOld = new Map([...renamedTo].map(([old, entity]) => [entity, old]));
  const pairs: [OutlineEntity, OutlineEntity][] = [];
  for (const entity of newOutline.entities) {
    const old = newByKey.get(key(entity)) === entity ? (oldByKey.get(key(entity)) ?? renamedFromOld.get(entity)) : undefined;
    if (old !== undefined) pairs.push([old, entity]);
  }

  const reordered = movedWithinLists(pairs);
  for (const [old, entity] of pairs) {
    if (renamedTo.get(old) === entity) {
      changes.push({ kind: 'renamed', subject: entity.kind, pointer: entity.pointer, text: `${named(entity)}: id changed from "${old.id}" to "${entity.id}"` });
    }
    if (counterpart(old.owner) !== entity.owner) {
      let from = old.owner ? `"${short(labelOf(old.owner))}"` : 'the pathway';
      let to = entity.owner ? `"${short(labelOf(entity.owner))}"` : 'the pathway';
      // Two places of the same name are told apart by where they stand: never "from X to X".
      if (from === to && old.owner && entity.owner) {
        from += ` (${kindWords[old.owner.kind].toLowerCase()} ${index(old.owner) + 1})`;
        to += ` (${kindWords[entity.owner.kind].toLowerCase()} ${index(entity.owner) + 1})`;
      }
      changes.push({ kind: 'moved', subject: entity.kind, pointer: entity.pointer, text: `${named(entity)} moved from ${from} to ${to}` });
    } else if (reordered.has(entity)) {
      const position = (pointer: string) => Number(pointer.slice(pointer.lastIndexOf('/') + 1)) + 1;
      changes.push({
        kind: 'moved',
        subject: entity.kind,
        pointer: entity.pointer,
        text: `${named(entity)} moved from position ${position(old.pointer)} to ${position(entity.pointer)}`,
      });
    }
    compareContent(old, entity, before, after, oldPointers, newPointers, changes);
  }

  for (const entity of added) {
    if (renamedFromOld.has(entity)) continue;
    const where = entity.owner ? ` to "${short(labelOf(entity.owner))}"` : '';
    changes.push({ kind: 'added', subject: entity.kind, pointer: entity.pointer, text: `${named(entity)} added${where}` });
  }
  for (const entity of removed) {
    if (renamedTo.has(entity)) continue;
    // Things inside a removed thing go with it: the outermost is reported, and the questions in
    // it by name (a school may have answered them).
    const ownerGone = entity.owner !== undefined && counterpart(entity.owner) === undefined;
    if (ownerGone && entity.kind !== 'question') continue;
    const where = entity.owner ? ` ${ownerGone ? 'with' : 'from'} "${short(labelOf(entity.owner))}"` : '';
    changes.push({ kind: 'removed', subject: entity.kind, pointer: entity.pointer, text: `${named(entity)} removed${where}` });
  }
  return changes;
}

/**
 * Things whose id changed, paired old → new among the removed and the added: first those whose
 * own content is the same, then those with the same title (one of each), then, among things in
 * the same place (the same owner), the one sharing most of its content (more than half).
 * Owners come before what they hold (outline order), so a renamed stage's questions find it.
 */
function matchRenamed(
  removed: readonly OutlineEntity[],
  added: readonly OutlineEntity[],
  oldValue: (entity: OutlineEntity) => unknown,
  newValue: (entity: OutlineEntity) => unknown,
  kept: (old: OutlineEntity) => OutlineEntity | undefined,
): Map<OutlineEntity, OutlineEntity> {
  const pairs = new Map<OutlineEntity, OutlineEntity>();
  const taken = new Set<OutlineEntity>();
  const free = (entity: OutlineEntity) => !taken.has(entity);
  const pair = (old: OutlineEntity, entity: OutlineEntity) => {
    pairs.set(old, entity);
    taken.add(entity);
  };
  const byContent = new Map<string, OutlineEntity[]>();
  for (const entity of added) {
    const content = `${entity.kind}:${JSON.stringify(newValue(entity))}`;
    byContent.set(content, [...(byContent.get(content) ?? []), entity]);
  }
  for (const old of removed) {
    const match = byContent.get(`${old.kind}:${JSON.stringify(oldValue(old))}`)?.shift();
    if (match !== undefined) pair(old, match);
  }
  const titled = (entity: OutlineEntity) => nameOf(entity.node as object);
  for (const old of removed) {
    if (pairs.has(old)) continue;
    const ofKind = (e: OutlineEntity) => e.kind === old.kind;
    const match = renamedByTitle(titled(old), removed.filter((e) => ofKind(e) && !pairs.has(e)), added.filter((e) => ofKind(e) && free(e)), titled);
    if (match !== undefined) pair(old, match);
  }
  // The owner's counterpart: the same thing by id, or the thing it was paired with above.
  const ownerNow = (old: OutlineEntity) => (old.owner === undefined ? undefined : (pairs.get(old.owner) ?? kept(old.owner)));
  for (const old of removed) {
    if (pairs.has(old)) continue;
    const owner = ownerNow(old);
    if (old.owner !== undefined && owner === undefined) continue;
    let best: OutlineEntity | undefined;
    let bestScore = 0.5;
    let tied = false;
    for (const entity of added) {
      if (!free(entity) || entity.kind !== old.kind || entity.owner !== owner || lastSegment(listOf(entity)) !== lastSegment(listOf(old))) continue;
      // The same place in the list breaks a tie.
      const score = likeness(oldValue(old), newValue(entity)) + (index(entity) === index(old) ? 0.001 : 0);
      if (score > bestScore) (best = entity), (bestScore = score), (tied = false);
      else if (score === bestScore) tied = true;
    }
    if (best !== undefined && !tied) pair(old, best);
  }
  return pairs;
}

/** Entities whose place among their list's common members changed (not those merely shifted by additions). */
function movedWithinLists(pairs: readonly [OutlineEntity, OutlineEntity][]): Set<OutlineEntity> {
  const byList = new Map<string, [OutlineEntity, OutlineEntity][]>();
  for (const pair of pairs) {
    const [old, entity] = pair;
    if (listOf(old) !== listOf(entity)) continue;
    const list = listOf(entity);
    byList.set(list, [...(byList.get(list) ?? []), pair]);
  }
  const moved = new Set<OutlineEntity>();
  for (const list of byList.values()) {
    const ordered = [...list].sort((a, b) => index(a[1]) - index(b[1]));
    const keep = longestIncreasing(ordered.map(([old]) => index(old)));
    ordered.forEach(([, entity], i) => {
      if (!keep.has(i)) moved.add(entity);
    });
  }
  return moved;
}

function index(entity: OutlineEntity): number {
  return Number(entity.pointer.slice(entity.pointer.lastIndexOf('/') + 1));
}

/** Compares a thing's own properties (not the named things inside it), leaf by leaf. */
function compareContent(
  old: OutlineEntity | undefined,
  entity: OutlineEntity | undefined,
  before: unknown,
  after: unknown,
  oldPointers: ReadonlySet<string>,
  newPointers: ReadonlySet<string>,
  changes: PathwayChange[],
): void {
  const oldValue = old === undefined ? before : old.node;
  const newValue = entity === undefined ? after : entity.node;
  const subject: EntityKind | 'pathway' = entity?.kind ?? 'pathway';
  const walk = (a: unknown, b: unknown, oldAt: string, newAt: string, isRoot: boolean) => {
    if (oldPointers.has(oldAt) && !isRoot) return;
    if (newPointers.has(newAt) && !isRoot) return;
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    // A list added or removed whole is compared item by item, so named things in it are
    // reported as added or removed things, not as "reflective questions: added".
    if ((a === undefined && Array.isArray(b)) || (b === undefined && Array.isArray(a))) {
      const items = (a ?? b) as unknown[];
      items.forEach((_, i) => walk(a === undefined ? undefined : items[i], b === undefined ? undefined : items[i], `${oldAt}/${i}`, `${newAt}/${i}`, false));
      return;
    }
    // A length reads as a whole ("3 to 6 weeks → 6 to 3 weeks"), not as the parts that make it up;
    // its parts are named only where the words do not change (the question it is agreed by).
    if (isDuration(a) && isDuration(b) && describeDuration(a) !== describeDuration(b)) {
      const place = describeLocation(after, newAt) || 'The pathway';
      changes.push({ kind: 'changed', subject, pointer: newAt, text: `${place}: ${describeDuration(a)} → ${describeDuration(b)}` });
      return;
    }
    const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (bothObjects && !isLeafList(a, b)) {
      const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
      for (const k of keys) {
        if (isRoot && entity !== undefined && k === 'id') continue;
        if (k === AUTHOR_NOTE) continue;
        if (isRoot && entity === undefined && ignoredAtRoot.has(k)) continue;
        const segment = escapePointerSegment(k);
        walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${oldAt}/${segment}`, `${newAt}/${segment}`, false);
      }
      return;
    }
    changes.push({ kind: 'changed', subject, pointer: b === undefined ? oldAt : newAt, text: describeChange(a, b, oldAt, newAt, before, after, entity) });
  };
  walk(oldValue, newValue, old?.pointer ?? '', entity?.pointer ?? '', true);
}

/** Lists of plain values (ids, answers, DfE stages) are compared whole. */
function isLeafList(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((v) => v === null || typeof v !== 'object');
}

function describeChange(a: unknown, b: unknown, oldAt: string, newAt: string, before: unknown, after: unknown, entity: OutlineEntity | undefined): string {
  // Thresholds read as councils say them: "lower threshold changed from 92% to 90%".
  const bound = /\/bands\/\d+\/(lower|upper)\/value$/.exec(newAt);
  if (bound && typeof a === 'number' && typeof b === 'number' && entity !== undefined) {
    const band = (after as Record<string, unknown>) && bandAt(after, newAt);
    const percent = isPercentBand(after, band?.measure) ? '%' : '';
    const which = bound[1] === 'lower' ? 'lower' : 'upper';
    const bandCount = Array.isArray((entity.node as { bands?: unknown[] }).bands) ? (entity.node as { bands: unknown[] }).bands.length : 1;
    const ofBand = bandCount > 1 && typeof band?.label === 'string' ? ` of band "${short(band.label)}"` : '';
    return `${named(entity)}: ${which} threshold${ofBand} changed from ${a}${percent} to ${b}${percent}`;
  }
  // A band's name is how schools know it: "band changed from "90% and below" to "86-90%"".
  if (/\/bands\/\d+\/label$/.test(newAt) && typeof a === 'string' && typeof b === 'string' && entity !== undefined) {
    return `${named(entity)}: band changed from "${short(a)}" to "${short(b)}"`;
  }
  const included = inclusionChange(a, b, newAt, after);
  if (included !== undefined) return included;
  const where = b === undefined ? describeLocation(before, oldAt) : describeLocation(after, newAt);
  const property = newAt.slice(newAt.lastIndexOf('/') + 1);
  if (entity !== undefined && newAt === `${entity.pointer}/${property}` && ['title', 'name', 'text', 'label'].includes(property) && typeof a === 'string' && typeof b === 'string') {
    return `${kindWords[entity.kind]} "${short(a)}" renamed "${short(b)}"`;
  }
  const place = where || 'The pathway';
  // An item the place already names ('action "Write to the family."') is simply added or removed.
  const namedHere = (value: unknown) => value !== null && typeof value === 'object' && nameOf(value) !== undefined && /"$/.test(place);
  if (a === undefined) return namedHere(b) ? `${place} added` : `${place}: added (${show(b, after, newAt)})`;
  if (b === undefined) return namedHere(a) ? `${place} removed` : `${place}: removed (was ${show(a, before, oldAt)})`;
  return `${place}: changed from ${show(a, before, oldAt)} to ${show(b, after, newAt)}`;
}

/** A bound that now includes its value, or no longer does: "upper bound: no longer includes 92% (only below it)". */
function inclusionChange(a: unknown, b: unknown, newAt: string, after: unknown): string | undefined {
  const bound = /\/(lower|upper)\/inclusive$/.exec(newAt);
  if (!bound || typeof a !== 'boolean' || typeof b !== 'boolean') return undefined;
  const boundAt = newAt.slice(0, -'/inclusive'.length);
  const value = (nodeAt(after, boundAt) as { value?: unknown } | undefined)?.value;
  if (typeof value !== 'number') return undefined;
  const owner = nodeAt(after, boundAt.slice(0, boundAt.lastIndexOf('/'))) as { measure?: unknown } | undefined;
  const figure = `${value}${isPercentBand(after, owner?.measure) ? '%' : ''}`;
  const place = describeLocation(after, boundAt) || 'The pathway';
  return b ? `${place}: now includes ${figure}` : `${place}: no longer includes ${figure} (only ${bound[1] === 'lower' ? 'above' : 'below'} it)`;
}

function bandAt(document: unknown, valuePointer: string): { label?: unknown; measure?: unknown } | undefined {
  return nodeAt(document, valuePointer.replace(/\/(lower|upper)\/value$/, '')) as { label?: unknown; measure?: unknown } | undefined;
}

function nodeAt(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function isPercentBand(document: unknown, measureId: unknown): boolean {
  const measures = (document as { measures?: { id?: unknown; kind?: unknown }[] }).measures;
  const measure = Array.isArray(measures) ? measures.find((m) => m?.id === measureId) : undefined;
  return measure?.kind === 'attendancePercentage' || measure?.kind === 'absencePercentage';
}
