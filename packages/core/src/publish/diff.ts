/**
 * What changed between two versions of a pathway, in plain English, computed on core's outline
 * so that a named thing that moved or was renamed is reported as that, not as a removal plus an
 * addition:
 *
 *   Stage "Tier 2" › band "92%-80%" now applies when "Attendance" is at least 80% and at most 90% (was at least 80% and at most 92%)
 *   Question "Has a parenting contract been offered?" added to "Tier 3"
 *   Referral "Enforcement" › how to refer › email address: changed from "a@x.gov.uk" to "b@x.gov.uk"
 *
 * Named things are matched by kind and id; a thing whose id changed is matched by its content,
 * else by its title, else by its place and most of its content (`matchRenamed`), and every
 * change inside it is said under its title. A question removed is always named, even with its
 * stage. Each thing's own content (without the named things inside it) is compared property by
 * property, and each property is named by its schema title (describeLocation).
 *
 * The list is what schools with saved answers are shown, so it reads as they would:
 * - ids (short names) are never news: a renamed id, a band's or an option's id, and a reference
 *   that changed only because the thing it names was renamed are left out; a reference that now
 *   names another thing is said by titles, and a rule by what it says (describeCondition);
 * - a long text is cut around its change, not from its start (text-change.ts);
 * - a list is lined up item by item (list-align.ts): "Introduction › paragraph 4: …", an action
 *   removed, never every later item "changed" because it shifted;
 * - each change is said once, in words, never again as the fields that make it up: a band by
 *   when it now applies (band-change.ts), how to refer as a whole when its kind changed, a rule
 *   and a length whole; a new stage, route or referral in one line saying when it applies and
 *   what it asks, with what is inside it counted there, not added a line each (added-words.ts),
 *   and a referral added or removed not said again in the lists of the stages that make it.
 * The pathway's `version` (see versionLabelChange), `changelog` and format version are left out:
 * they are not news in a changelog.
 */
import { childPointer, describeLocation, enumLabelAt, escapePointerSegment, pointerSegments, schemaAt } from '@pathway/schema';
import { answerSpecOf, answerText } from '../answers.js';
import { describeCondition } from '../describe-condition.js';
import { midSentence } from '../text.js';
import { describeDuration } from '../durations.js';
import type { Condition, Duration, Pathway, Question } from '../schema-types.js';
import { outlinePathway } from '../outline/outline.js';
import { renamedByTitle } from '../renamed.js';
import type { EntityKind, Outline, OutlineEntity } from '../outline/outline.js';
import { thingNamed, versionOf, withRenamedIds } from './diff-references.js';
import type { Version } from './diff-references.js';
import { addedDetail, channelWords, removedDetail } from './added-words.js';
import { bandChange } from './band-change.js';
import { alignLists } from './list-align.js';
import { cut, flatText, ruleChange, textChange, wordLikeness } from './text-change.js';

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

/** Properties of the pathway that are not news to schools: they change with every publication, or only for software. */
const ignoredAtRoot = new Set(['version', 'changelog', '$schema', 'schemaVersion']);
/** Notes for authors are never shown to schools, so a change to one is never in the change list. */
const AUTHOR_NOTE = 'authorNote';
/** What one item of a list of texts is called, by the list's property; else "item". */
const textItemNouns: Record<string, string> = { introduction: 'paragraph', guidance: 'paragraph', notes: 'note', changes: 'change' };
/** The parts of how to refer that its words say ("by email to …"). */
const channelSaid = new Set(['kind', 'email', 'url', 'phone']);
/** How long an added or removed text is quoted. */
const QUOTED = 120;

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

/** The thing an id names, by its title ("Contact LCSS"), quoted; the id itself only when it names nothing. */
function nameOfId(version: Version, id: string, kinds: readonly EntityKind[]): string {
  const thing = thingNamed(version, id, kinds);
  return `"${short(thing === undefined ? id : labelOf(thing))}"`;
}

/** A rule as it reads ("the answer to "Is the plan working?" is Yes"), to follow a colon or "now". */
function ruleWords(condition: unknown, version: Version): string {
  return midSentence(describeCondition(condition as Condition, version.outline));
}

/** The schema definition a place follows ("Condition", "Id", "LongText"…). */
function definitionAt(doc: unknown, pointer: string): string | undefined {
  return schemaAt(doc, pointer)?.def;
}

/** A short name that names nothing (a band's, a field's, an option's value): software's, not news. */
function isShortName(version: Version, pointer: string): boolean {
  return !version.references.has(pointer) && definitionAt(version.doc, pointer) === 'Id';
}

/** One item of a list of plain values as a reader knows it: a thing's title, a listed value's label, an answer's words. */
function itemWords(value: unknown, version: Version, list: string, index: number): string {
  const kinds = version.references.get(list);
  if (kinds !== undefined && typeof value === 'string') return nameOfId(version, value, kinds);
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return show(value, version, `${list}/${index}`);
  const label = typeof value === 'string' ? enumLabelAt(version.doc, `${list}/${index}`) : undefined;
  if (label !== undefined) return `"${label}"`;
  if (typeof value !== 'boolean' && definitionAt(version.doc, `${list}/${index}`) === 'AnswerValue') return `"${answerText(questionAsked(version, list), value)}"`;
  return typeof value === 'string' ? `"${short(value, 60)}"` : String(value);
}

/** The question a list of answers belongs to: its own question (expected answers), or the one a rule names. */
function questionAsked(version: Version, list: string): ReturnType<typeof answerSpecOf> | undefined {
  const holder = nodeAt(version.doc, list.slice(0, list.lastIndexOf('/'))) as Record<string, unknown> | undefined;
  if (holder === undefined) return undefined;
  if (typeof holder.type === 'string') return answerSpecOf(holder as unknown as Question);
  const asked = typeof holder.answer === 'string' ? thingNamed(version, holder.answer, ['question']) : undefined;
  return asked === undefined ? undefined : answerSpecOf(asked.node as Question);
}

/** "A", "B" and 2 more. */
function someOf(words: readonly string[]): string {
  if (words.length <= 3) return words.length <= 1 ? (words[0] ?? 'nothing') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `${words.slice(0, 3).join(', ')} and ${words.length - 3} more`;
}

/**
 * A value as the change list says it: text quoted, a thing named by its title, a rule in words,
 * a bound as "80%, inclusive", a duration in words, a named item by its name, anything else by
 * its parts' titles and values ("up to a total of 12 school weeks"). `version` and `pointer`
 * say where it is, for the titles.
 */
function show(value: unknown, version: Version, pointer: string, depth = 0): string {
  const doc = version.doc;
  const kinds = version.references.get(pointer);
  if (typeof value === 'string' && kinds !== undefined) return nameOfId(version, value, kinds);
  // A value chosen from the format's list reads as the list shows it: "School days", not "schoolDays".
  if (typeof value === 'string') return `"${short(enumLabelAt(doc, pointer) ?? value, QUOTED)}"`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const words = value.map((item, i) => (item !== null && typeof item === 'object' && nameOf(item) === undefined ? undefined : itemWords(item, version, pointer, i)));
    return words.every((word) => word !== undefined) ? someOf(words as string[]) : `${value.length} items`;
  }
  if (value === null || value === undefined) return 'nothing';
  if (typeof value !== 'object') return String(value);
  if (definitionAt(doc, pointer) === 'Condition') return ruleWords(value, version);
  const record = value as Record<string, unknown>;
  const name = nameOf(record);
  if (name !== undefined) return `"${short(name, 60)}"`;
  if (isDuration(record)) return describeDuration(record);
  const parts = Object.entries(record).filter(([k]) => k !== AUTHOR_NOTE && !isShortName(version, childPointer(pointer, k)));
  if (depth > 0 || parts.length === 0) return parts.length === 1 ? '1 setting' : `${parts.length} settings`;
  return parts
    .map(([k, v]) => {
      const at = childPointer(pointer, k);
      const title = describeLocation(doc, at).split(' › ').at(-1) || k;
      // A setting that is on or off reads as itself ("can be chosen"), not "can be chosen yes".
      if (typeof v === 'boolean') return v ? title : `${title}: no`;
      return `${title} ${show(v, version, at, depth + 1)}`;
    })
    .join('; ');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
  const oldVersion = versionOf(before, oldOutline);
  const renamedFromOld = new Map([...renamedTo].map(([old, entity]) => [entity, old]));
  const compare: Comparison = {
    oldVersion,
    newVersion: versionOf(after, newOutline),
    oldPointers,
    newPointers,
    // The id a thing named in the old version has in the new one (itself, or what it was renamed to).
    newIdOf: (id, kinds) => counterpart(thingNamed(oldVersion, id, kinds))?.id,
    isNew: (entity) => newByKey.get(key(entity)) === entity && !oldByKey.has(key(entity)) && !renamedFromOld.has(entity),
    isGone: (entity) => oldByKey.get(key(entity)) === entity && !newByKey.has(key(entity)) && !renamedTo.has(entity),
  };

  // The pathway's own properties.
  compareContent(compare, undefined, undefined, changes);

  // Named things in both versions, in the new version's order.
  const pairs: [OutlineEntity, OutlineEntity][] = [];
  for (const entity of newOutline.entities) {
    const old = newByKey.get(key(entity)) === entity ? (oldByKey.get(key(entity)) ?? renamedFromOld.get(entity)) : undefined;
    if (old !== undefined) pairs.push([old, entity]);
  }

  const reordered = movedWithinLists(pairs);
  for (const [old, entity] of pairs) {
    // A thing whose id alone changed is the same thing to a school: its id is never said.
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
    compareContent(compare, old, entity, changes);
  }

  for (const entity of added) {
    if (renamedFromOld.has(entity)) continue;
    // Things inside a new thing are said with it (its line counts them), not a line each.
    if (entity.owner !== undefined && compare.isNew(entity.owner)) continue;
    const where = entity.owner ? ` to "${short(labelOf(entity.owner))}"` : '';
    changes.push({ kind: 'added', subject: entity.kind, pointer: entity.pointer, text: `${named(entity)} added${where}${addedDetail(entity, compare.newVersion)}` });
  }
  for (const entity of removed) {
    if (renamedTo.has(entity)) continue;
    // Things inside a removed thing go with it: the outermost is reported, and the questions in
    // it by name (a school may have answered them).
    const ownerGone = entity.owner !== undefined && counterpart(entity.owner) === undefined;
    if (ownerGone && entity.kind !== 'question') continue;
    const where = entity.owner ? ` ${ownerGone ? 'with' : 'from'} "${short(labelOf(entity.owner))}"` : '';
    changes.push({ kind: 'removed', subject: entity.kind, pointer: entity.pointer, text: `${named(entity)} removed${where}${removedDetail(entity, oldVersion)}` });
  }
  return changes;
}

/**
 * The pathway's version label, when it changed: `Version label changed from "1.0" to "1.1"`.
 * Not one of diffPathways' changes, since a changelog entry is already filed under its version;
 * `pathway diff` says it first, for a reader comparing two files.
 */
export function versionLabelChange(before: Pathway | unknown, after: Pathway | unknown): PathwayChange | undefined {
  const label = (doc: unknown) => (isObject(doc) && typeof doc.version === 'string' ? doc.version : undefined);
  const [was, now] = [label(before), label(after)];
  if (was === now || was === undefined || now === undefined) return undefined;
  return { kind: 'changed', subject: 'pathway', pointer: '/version', text: `Version label changed from "${short(was, 40)}" to "${short(now, 40)}"` };
}

/** The two versions being compared, with what the comparison of each thing's content needs. */
interface Comparison {
  oldVersion: Version;
  newVersion: Version;
  oldPointers: ReadonlySet<string>;
  newPointers: ReadonlySet<string>;
  newIdOf: (id: string, kinds: readonly EntityKind[]) => string | undefined;
  /** A thing only the new version has (not one renamed). */
  isNew: (entity: OutlineEntity) => boolean;
  /** A thing only the old version had (not one renamed). */
  isGone: (entity: OutlineEntity) => boolean;
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
function compareContent(compare: Comparison, old: OutlineEntity | undefined, entity: OutlineEntity | undefined, changes: PathwayChange[]): void {
  const { oldVersion, newVersion, oldPointers, newPointers } = compare;
  const before = oldVersion.doc;
  const after = newVersion.doc;
  const oldValue = old === undefined ? before : old.node;
  const newValue = entity === undefined ? after : entity.node;
  const subject: EntityKind | 'pathway' = entity?.kind ?? 'pathway';
  const push = (kind: ChangeKind, pointer: string, text: string) => changes.push({ kind, subject, pointer, text });
  const walk = (a: unknown, b: unknown, oldAt: string, newAt: string, isRoot: boolean) => {
    if (oldPointers.has(oldAt) && !isRoot) return;
    if (newPointers.has(newAt) && !isRoot) return;
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    // What changed only because a thing it names was renamed has not changed for a reader.
    if (a !== undefined && b !== undefined && JSON.stringify(withRenamedIds(a, oldAt, oldVersion, compare.newIdOf)) === JSON.stringify(b)) return;
    if (!isRoot && isShortName(b === undefined ? oldVersion : newVersion, b === undefined ? oldAt : newAt)) return;
    // A band is said once, whole, by when it now applies (band-change.ts), never bound by bound.
    if (!isRoot && definitionAt(b === undefined ? before : after, b === undefined ? oldAt : newAt) === 'Band') {
      const text = bandChange(placeAsCalled(compare, a, b, oldAt, newAt), a, b, oldVersion, newVersion, (label) => `"${short(label)}"`);
      if (text !== undefined) push(a === undefined ? 'added' : b === undefined ? 'removed' : 'changed', b === undefined ? oldAt : newAt, text);
      return;
    }
    // How to refer, when its kind changed, reads as a whole ("now by meeting (was by email to …)"),
    // not as the kind and then each address removed or added a line each.
    if (entity?.kind === 'referral' && newAt === `${entity.pointer}/channel` && isObject(a) && isObject(b) && a.kind !== b.kind) {
      const was = channelWords(a, oldAt, oldVersion);
      const now = channelWords(b, newAt, newVersion);
      if (was !== '' && now !== '') {
        push('changed', newAt, `${describeLocation(after, newAt)}: now ${now} (was ${was})`);
        // Its other parts (the instructions) are compared as ever.
        const rest = (channel: Record<string, unknown>) => Object.fromEntries(Object.entries(channel).filter(([k]) => !channelSaid.has(k)));
        walk(rest(a), rest(b), oldAt, newAt, false);
        return;
      }
    }
    // Lists are lined up item by item (a list added or removed whole too, so named things in it
    // are reported as added or removed things, not as "reflective questions: added").
    if ((Array.isArray(a) || a === undefined) && (Array.isArray(b) || b === undefined)) {
      compareList((a ?? []) as unknown[], (b ?? []) as unknown[], oldAt, newAt);
      return;
    }
    // A rule reads as a whole, in words, so a reader sees what it now asks.
    const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (bothObjects && definitionAt(after, newAt) === 'Condition') {
      const was = ruleWords(a, oldVersion);
      const now = ruleWords(b, newVersion);
      // A rule that reads the same (an option's value renamed under its label) has not changed for a reader.
      if (was !== now) push('changed', newAt, `${describeLocation(after, newAt) || 'The pathway'}: ${ruleChange(was, now)}`);
      return;
    }
    // A length reads as a whole ("3 to 6 weeks → 6 to 3 weeks"), not as the parts that make it up;
    // its parts are named only where the words do not change (the question it is agreed by).
    if (isDuration(a) && isDuration(b) && describeDuration(a) !== describeDuration(b)) {
      const place = describeLocation(after, newAt) || 'The pathway';
      push('changed', newAt, `${place}: ${describeDuration(a)} → ${describeDuration(b)}`);
      return;
    }
    if (bothObjects) {
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
    push('changed', b === undefined ? oldAt : newAt, describeChange(a, b, oldAt, newAt, compare, entity));
  };

  /** A list, lined up: plain values as a set or as texts, objects item by item. */
  const compareList = (a: readonly unknown[], b: readonly unknown[], oldAt: string, newAt: string) => {
    const items = [...a, ...b];
    if (items.every((item) => item === null || typeof item !== 'object')) {
      const isText = [...a.keys()].some((i) => definitionAt(before, `${oldAt}/${i}`) === 'LongText') || [...b.keys()].some((i) => definitionAt(after, `${newAt}/${i}`) === 'LongText');
      if (isText) compareTexts(a as string[], b as string[], oldAt, newAt);
      else compareSet(a, b, oldAt, newAt);
      return;
    }
    const steps = alignLists(a, b, (item) => JSON.stringify(item), (x, y) => sameItem(x, y));
    for (const step of steps) {
      if (step.op === 'same') continue;
      if (step.op === 'changed') walk(a[step.from], b[step.to], `${oldAt}/${step.from}`, `${newAt}/${step.to}`, false);
      else if (step.op === 'removed') walk(a[step.from], undefined, `${oldAt}/${step.from}`, `${newAt}/${step.from}`, false);
      else if (step.op === 'added') walk(undefined, b[step.to], `${oldAt}/${step.to}`, `${newAt}/${step.to}`, false);
      else if (!newPointers.has(`${newAt}/${step.to}`)) {
        push('moved', `${newAt}/${step.to}`, `${describeLocation(after, `${newAt}/${step.to}`)} moved from position ${step.from + 1} to ${step.to + 1}`);
      }
    }
  };

  /** A list of texts (paragraphs, notes): each paragraph changed, added, removed or moved, by its number. */
  const compareTexts = (a: readonly string[], b: readonly string[], oldAt: string, newAt: string) => {
    const list = describeLocation(b.length > 0 ? after : before, b.length > 0 ? newAt : oldAt) || 'The pathway';
    const noun = textItemNouns[lastSegment(newAt)] ?? 'item';
    for (const step of alignLists(a, b, flatText, (x, y) => wordLikeness(x, y) >= 0.5)) {
      if (step.op === 'changed') push('changed', `${newAt}/${step.to}`, `${list} › ${noun} ${step.to + 1}: ${textChange(a[step.from], b[step.to])}`);
      else if (step.op === 'added') push('added', `${newAt}/${step.to}`, `${list} › ${noun} ${step.to + 1} added: "${cut(b[step.to], QUOTED)}"`);
      else if (step.op === 'removed') push('removed', `${oldAt}/${step.from}`, `${list} › ${noun} ${step.from + 1} removed (was "${cut(a[step.from], QUOTED)}")`);
      else if (step.op === 'moved') push('moved', `${newAt}/${step.to}`, `${list} › ${noun} ${step.from + 1} moved to ${noun} ${step.to + 1}: "${cut(b[step.to], QUOTED)}"`);
    }
  };

  /** A list of ids or listed values: what it now has and no longer has, by name; or its new order. */
  const compareSet = (a: readonly unknown[], b: readonly unknown[], oldAt: string, newAt: string) => {
    const renamed = withRenamedIds(a, oldAt, oldVersion, compare.newIdOf) as unknown[];
    const place = describeLocation(b.length > 0 ? after : before, b.length > 0 ? newAt : oldAt) || 'The pathway';
    // A referral added or removed with the pathway says where it is made from: the list does not say it again.
    const said = (version: Version, list: string, item: unknown, isSaid: (entity: OutlineEntity) => boolean) => {
      const kinds = version.references.get(list);
      const thing = kinds?.includes('referral') && typeof item === 'string' ? thingNamed(version, item, ['referral']) : undefined;
      return thing !== undefined && isSaid(thing);
    };
    const gained = [...b.keys()].filter((j) => !renamed.includes(b[j]) && !said(newVersion, newAt, b[j], compare.isNew)).map((j) => itemWords(b[j], newVersion, newAt, j));
    const lost = [...a.keys()].filter((i) => !b.includes(renamed[i]) && !said(oldVersion, oldAt, a[i], compare.isGone)).map((i) => itemWords(a[i], oldVersion, oldAt, i));
    if (gained.length === 0 && lost.length === 0 && [...renamed].sort().join('\n') !== [...b].sort().join('\n')) return;
    // What reads the same either side (a listed value renamed under its label) is no change to a reader.
    if (gained.length > 0 && [...gained].sort().join('\n') === [...lost].sort().join('\n')) return;
    const parts = [...(gained.length > 0 ? [`${someOf(gained)} added`] : []), ...(lost.length > 0 ? [`${someOf(lost)} removed`] : [])];
    if (parts.length === 0) parts.push(`order changed to ${someOf(b.map((item, j) => itemWords(item, newVersion, newAt, j)))}`);
    push(b.length === 0 ? 'removed' : a.length === 0 ? 'added' : 'changed', b.length === 0 ? oldAt : newAt, `${place}: ${parts.join('; ')}`);
  };

  walk(oldValue, newValue, old?.pointer ?? '', entity?.pointer ?? '', true);
}

/** Two items of a list of objects that are one item changed: the same id or name, or most of the same content. */
function sameItem(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const idOf = (item: object) => (item as { id?: unknown }).id;
  if (idOf(a) !== undefined && idOf(a) === idOf(b)) return true;
  const name = nameOf(a);
  if (name !== undefined && name === nameOf(b)) return true;
  return likeness(a, b) > 0.5;
}

function describeChange(a: unknown, b: unknown, oldAt: string, newAt: string, compare: Comparison, entity: OutlineEntity | undefined): string {
  const before = compare.oldVersion.doc;
  const after = compare.newVersion.doc;
  const where = b === undefined ? describeLocation(before, oldAt) : describeLocation(after, newAt);
  const property = newAt.slice(newAt.lastIndexOf('/') + 1);
  const plainText = typeof a === 'string' && typeof b === 'string' && !compare.newVersion.references.has(newAt) && enumLabelAt(after, newAt) === undefined;
  if (entity !== undefined && newAt === `${entity.pointer}/${property}` && ['title', 'name', 'text', 'label'].includes(property) && plainText) {
    // A long title or question is named as it was and cut around its change, so the change shows.
    return `${kindWords[entity.kind]} "${short(a)}" ${newWording(property, a, b)}`;
  }
  // An item named by its text ('action "Write to the family."') is named as it was, and its new words follow.
  const item = itemRenamed(a, b, oldAt, newAt, compare);
  if (item !== undefined) return item;
  const place = where || 'The pathway';
  // An item the place already names ('action "Write to the family."') is simply added or removed.
  const namedHere = (value: unknown) => value !== null && typeof value === 'object' && nameOf(value) !== undefined && /"$/.test(place);
  if (a === undefined) return namedHere(b) ? `${place} added` : `${place}: added (${show(b, compare.newVersion, newAt)})`;
  if (b === undefined) return namedHere(a) ? `${place} removed` : `${place}: removed (was ${show(a, compare.oldVersion, oldAt)})`;
  if (plainText) return `${place}: ${textChange(a, b)}`;
  return `${place}: changed from ${show(a, compare.oldVersion, oldAt)} to ${show(b, compare.newVersion, newAt)}`;
}

/**
 * Where an item of a list is, as it is now, with the item named as it was called: `Stage "Tier 2"
 * › band "90% and below"` for a band since relabelled, so its new name can follow.
 */
function placeAsCalled(compare: Comparison, a: unknown, b: unknown, oldAt: string, newAt: string): string {
  const was = describeLocation(compare.oldVersion.doc, oldAt);
  if (b === undefined) return was;
  const now = describeLocation(compare.newVersion.doc, newAt);
  if (a === undefined) return now;
  const nowCut = now.lastIndexOf(' › ');
  const wasCut = was.lastIndexOf(' › ');
  const item = wasCut === -1 ? was : was.slice(wasCut + 3);
  return nowCut === -1 ? item : `${now.slice(0, nowCut)} › ${item}`;
}

/** The fields an item of a list is named by, in describeLocation's order of preference. */
const itemNameFields = ['title', 'text', 'label', 'name', 'heading'];

/**
 * A change to the text a list's item is named by (an action's words, a link's text): the item
 * as it was called, then the change ("action "Write to the family." renamed "Write to the
 * family promptly.""), instead of the item by its new name and the property ("› action: …").
 */
function itemRenamed(a: unknown, b: unknown, oldAt: string, newAt: string, compare: Comparison): string | undefined {
  if (typeof a !== 'string' || typeof b !== 'string' || compare.newVersion.references.has(newAt)) return undefined;
  const oldItemAt = oldAt.slice(0, oldAt.lastIndexOf('/'));
  const newItemAt = newAt.slice(0, newAt.lastIndexOf('/'));
  if (!/\/\d+$/.test(newItemAt)) return undefined;
  const oldItem = nodeAt(compare.oldVersion.doc, oldItemAt) as Record<string, unknown> | undefined;
  const field = itemNameFields.find((key) => typeof oldItem?.[key] === 'string' && (oldItem[key] as string).trim() !== '');
  if (field === undefined || field !== lastSegment(newAt)) return undefined;
  // The place up to the item as it is now, and the item as it was called.
  const now = describeLocation(compare.newVersion.doc, newItemAt);
  const was = describeLocation(compare.oldVersion.doc, oldItemAt);
  const cutAt = now.lastIndexOf(' › ');
  const place = cutAt === -1 ? was : `${now.slice(0, cutAt)} › ${was.slice(was.lastIndexOf(' › ') + 3)}`;
  return `${place} ${newWording(field, a, b)}`;
}

/**
 * How a thing's new name or words are said after it, as it was called: a title, name or label is
 * "renamed", a question's or an action's words (its `text`) "reworded"; a long one is cut around
 * its change, so the change shows.
 */
function newWording(field: string, a: string, b: string): string {
  if (flatText(a).length > 80 || flatText(b).length > 80) return `reworded: ${textChange(a, b)}`;
  return field === 'text' ? `reworded as "${short(b)}"` : `renamed "${short(b)}"`;
}

function nodeAt(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
