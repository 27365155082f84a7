/**
 * The pathway's general contacts: those in its `contacts` that no stage lists and no exception
 * sends a pupil to. The guide calls contacts "teams and services schools can contact", so one
 * nothing names is for any stage: the summary and the widget's stage page show it after the
 * stage's own, marked as the pathway's (never twice, as a stage's own contact is never general).
 */
import type { Contact, Pathway } from './schema-types.js';

export function generalContacts(pathway: Pick<Pathway, 'stages' | 'exceptions' | 'contacts'>): Contact[] {
  const named = new Set<string>();
  for (const stage of pathway.stages ?? []) for (const id of stage.contacts ?? []) named.add(id);
  for (const exception of pathway.exceptions ?? []) if (exception.redirectTo?.contact !== undefined) named.add(exception.redirectTo.contact);
  const seen = new Set<string>();
  return (pathway.contacts ?? []).filter((contact) => !named.has(contact.id) && !seen.has(contact.id) && seen.add(contact.id));
}
