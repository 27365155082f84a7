/**
 * The references in a pathway that name nothing of the kind they need: a misspelt stage in an
 * exception, a gate counting the time since a question that is not a date, a circumstance
 * never defined. The one place that decides it: lint reports each as an error
 * (dangling-reference, undefined-cohort) and says why; the widget refuses such a pathway rather
 * than work it, because the engine would silently treat the reference as never holding (a
 * looked-after child's exception that never applies, a route whose referral disappears).
 */
import type { Measure, Question } from '@pathway/schema';
import type { EntityKind, Outline, OutlineEntity, OutlineReference } from './outline.js';

/** The entity is a date: a date measure or a date question (what a "time since" rule can read). */
export function isDateEntity(entity: OutlineEntity): boolean {
  if (entity.kind === 'measure') return (entity.node as Measure).kind === 'date';
  return entity.kind === 'question' && (entity.node as Question).type === 'date';
}

/** The entity is a number question (what a length agreed per case is read from). */
export function isNumberEntity(entity: OutlineEntity): boolean {
  return entity.kind === 'question' && (entity.node as Question).type === 'number';
}

/** What a reference needs of what it names beyond its kind: the schema's `x-date` or `x-number`. */
export interface ReferenceNeeds {
  readonly date?: boolean;
  readonly number?: boolean;
}

/**
 * Whether an entity of one of a reference's kinds is one it may name: the one test behind lint,
 * the widget's refusal and the editor's pickers, so a picker offers only what lint accepts.
 */
export function fitsReference(entity: OutlineEntity, needs: ReferenceNeeds): boolean {
  if (needs.date === true && !isDateEntity(entity)) return false;
  if (needs.number === true && !isNumberEntity(entity)) return false;
  return true;
}

/** What such a reference names, in words: "a date question or date measure", "a number question" (undefined: its kinds say it). */
export function neededThing(needs: ReferenceNeeds): string | undefined {
  if (needs.date === true) return 'a date question or date measure';
  if (needs.number === true) return 'a number question';
  return undefined;
}

/** Why a reference does not resolve: it names nothing of its kinds, or not the date or number it needs. */
export type Unresolved = 'names-nothing' | 'not-a-date' | 'not-a-number';

/**
 * What a pathway defines, as keys of kind and id, in one pass over its entities: a file may hold
 * thousands of copies of one id and thousands of references to it, and each reference then
 * costs one lookup per kind it may name, not a filter over every copy.
 */
export interface ReferenceTargets {
  /** Something of this kind has this id. */
  defines(kind: EntityKind, id: string): boolean;
  /** A date measure or date question of one of these kinds has this id. */
  namesADate(id: string, kinds: readonly EntityKind[]): boolean;
  /** A number question of one of these kinds has this id. */
  namesANumber(id: string, kinds: readonly EntityKind[]): boolean;
}

const targetsOf = new WeakMap<Outline, ReferenceTargets>();
const key = (kind: EntityKind, id: string) => `${kind}\u0000${id}`;

export function referenceTargets(outline: Outline): ReferenceTargets {
  const known = targetsOf.get(outline);
  if (known) return known;
  const defined = new Set<string>();
  const dates = new Set<string>();
  const numbers = new Set<string>();
  for (const entity of outline.entities) {
    defined.add(key(entity.kind, entity.id));
    if (fitsReference(entity, { date: true })) dates.add(key(entity.kind, entity.id));
    if (fitsReference(entity, { number: true })) numbers.add(key(entity.kind, entity.id));
  }
  const targets: ReferenceTargets = {
    defines: (kind, id) => defined.has(key(kind, id)),
    namesADate: (id, kinds) => kinds.some((kind) => dates.has(key(kind, id))),
    namesANumber: (id, kinds) => kinds.some((kind) => numbers.has(key(kind, id))),
  };
  targetsOf.set(outline, targets);
  return targets;
}

/** Why this reference does not resolve, or undefined when it names something it may. */
export function whyUnresolved(targets: ReferenceTargets, reference: OutlineReference): Unresolved | undefined {
  if (!reference.kinds.some((kind) => targets.defines(kind, reference.id))) return 'names-nothing';
  if (reference.date && !targets.namesADate(reference.id, reference.kinds)) return 'not-a-date';
  if (reference.number && !targets.namesANumber(reference.id, reference.kinds)) return 'not-a-number';
  return undefined;
}

export function unresolvedReferences(outline: Outline): OutlineReference[] {
  const targets = referenceTargets(outline);
  return outline.references.filter((reference) => whyUnresolved(targets, reference) !== undefined);
}
