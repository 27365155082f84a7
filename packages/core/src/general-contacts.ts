/**
 * The pathway's general contacts: those in its `contacts` that nothing names, where "names" is
 * what the schema marks as referring to a contact (a stage's `contacts`, an exception's
 * `redirectTo.contact`), read from core's one outline. The guide calls contacts "teams and
 * services schools can contact", so one nothing names is for any stage: the summary and the
 * widget's stage page show it after the stage's own, marked as the pathway's (never twice, as a
 * stage's own contact is never general). Lint's unlisted-contact tells the author of each.
 */
import type { Contact } from './schema-types.js';
import type { Outline } from './outline/outline.js';

/** The ids of contacts something in the pathway names. */
export function namedContactIds(outline: Outline): Set<string> {
  const named = new Set<string>();
  for (const reference of outline.references) if (reference.kinds.includes('contact')) named.add(reference.id);
  return named;
}

/** The contacts nothing names, the first of each id, in document order. */
export function generalContacts(outline: Outline): Contact[] {
  const named = namedContactIds(outline);
  const general: Contact[] = [];
  for (const entity of outline.entities) {
    if (entity.kind !== 'contact' || named.has(entity.id)) continue;
    named.add(entity.id);
    general.push(entity.node as Contact);
  }
  return general;
}
