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

/** Why a reference does not resolve: it names nothing of its kinds, or names no date where it needs one. */
export type Unresolved = 'names-nothing' | 'not-a-date';

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
}

const targetsOf = new WeakMap<Outline, ReferenceTargets>();
const key = (kind: EntityKind, id: string) => `${kind}\u0000${id}`;

export function referenceTargets(outline: Outline): ReferenceTargets {
  const known = targetsOf.get(outline);
  if (known) return known;
  const defined = new Set<string>();
  const dates = new Set<string>();
  for (const entity of outline.entities) {
    defined.add(key(entity.kind, entity.id));
    if (isDateEntity(entity)) dates.add(key(entity.kind, entity.id));
  }
  const targets: ReferenceTargets = {
    defines: (kind, id) => defined.has(key(kind, id)),
    namesADate: (id, kinds) => kinds.some((kind) => dates.has(key(kind, id))),
  };
  targetsOf.set(outline, targets);
  return targets;
}

/** Why this reference does not resolve, or undefined when it names something it may. */
export function whyUnresolved(targets: ReferenceTargets, reference: OutlineReference): Unresolved | undefined {
  if (!reference.kinds.some((kind) => targets.defines(kind, reference.id))) return 'names-nothing';
  if (reference.date && !targets.namesADate(reference.id, reference.kinds)) return 'not-a-date';
  return undefined;
}

export function unresolvedReferences(outline: Outline): OutlineReference[] {
  const targets = referenceTargets(outline);
  return outline.references.filter((reference) => whyUnresolved(targets, reference) !== undefined);
}
