/**
 * unlisted-contact (warning): a contact is shown where something lists it: a stage's `contacts`
 * (on the stage's page and in its summary) or an exception that sends the pupil to it
 * (`redirectTo.contact`). One nothing lists is one of the pathway's general contacts (core's
 * generalContacts), shown at every stage: the author is told, in case it is meant for some only.
 * Which properties list contacts comes from the schema's annotations, through the outline.
 */
import type { Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { namedContactIds } from '../general-contacts.js';

export const unlistedContact: LintRule = ({ pathway, map }) => {
  const listed = namedContactIds(map.outline);
  const problems: Problem[] = [];
  for (const entity of map.entities) {
    if (entity.kind !== 'contact' || listed.has(entity.id)) continue;
    problems.push(
      finding(pathway, 'unlisted-contact', 'warning', entity.pointer,
        `no stage or exception lists it, so schools see it at every stage, among the pathway's general contacts; if it is for some stages only, add it to their "Contacts"`),
    );
  }
  return problems;
};
