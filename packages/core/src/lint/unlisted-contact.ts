/**
 * unlisted-contact (warning): the widget shows a contact only where something lists it: a
 * stage's `contacts` (on the stage's page and in its summary) or an exception that sends the
 * pupil to it (`redirectTo.contact`). A pathway-level contact nothing lists never reaches a
 * school using the widget; only the published page (`pathway render`) lists every contact.
 * Which properties list contacts comes from the schema's annotations, through the outline.
 */
import type { Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

export const unlistedContact: LintRule = ({ pathway, map }) => {
  const listed = new Set<string>();
  for (const reference of map.outline.references) if (reference.kinds.includes('contact')) listed.add(reference.id);
  const problems: Problem[] = [];
  for (const entity of map.entities) {
    if (entity.kind !== 'contact' || listed.has(entity.id)) continue;
    problems.push(
      finding(pathway, 'unlisted-contact', 'warning', entity.pointer,
        `no stage or exception lists it, so the widget never shows it to schools (only the published page does); add it to the "Contacts" of the stages where schools need it`),
    );
  }
  return problems;
};
