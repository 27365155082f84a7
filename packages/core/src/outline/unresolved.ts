/**
 * The references in a pathway that name nothing of the kind they need: a misspelt stage in an
 * exception, a gate counting the time since a question that is not a date, a circumstance
 * never defined. Lint reports each as an error (dangling-reference, undefined-cohort) with a
 * suggestion; the widget refuses such a pathway rather than work it, because the engine would
 * silently treat the reference as never holding (a looked-after child's exception that never
 * applies, a route whose referral disappears).
 */
import type { Measure, Question } from '@pathway/schema';
import type { Outline, OutlineEntity, OutlineReference } from './outline.js';

/** The entity is a date: a date measure or a date question (what a "time since" rule can read). */
export function isDateEntity(entity: OutlineEntity): boolean {
  if (entity.kind === 'measure') return (entity.node as Measure).kind === 'date';
  return entity.kind === 'question' && (entity.node as Question).type === 'date';
}

export function unresolvedReferences(outline: Outline): OutlineReference[] {
  return outline.references.filter((reference) => {
    const named = (outline.byId.get(reference.id) ?? []).filter((entity) => reference.kinds.includes(entity.kind));
    return named.length === 0 || (reference.date && !named.some(isDateEntity));
  });
}
