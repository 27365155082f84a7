/**
 * duplicate-id (error): answers, evidence and references are all keyed by id, so two things
 * with the same id would share one answer or make a reference ambiguous. Stages, questions,
 * evidence, gates, measures, circumstances, roles, referrals, exceptions, outcomes, routes,
 * time limits and contacts share one namespace.
 *
 * Referral fields are the exception: the same field id in two referrals is the same datum
 * (the child's name), asked once; only a repeat inside one referral is a mistake. Evidence a
 * referral includes is not shared that way (each is confirmed where it is listed), and the
 * message says so.
 */
import { finding, placeName, type LintRule } from './report.js';
import type { Entity } from './pathway-map.js';

/** An item a referral asks the school to include. */
const referralEvidence = (entity: Entity) => entity.kind === 'evidence' && entity.owner?.kind === 'referral';

export const duplicateId: LintRule = ({ pathway, map }) => {
  const problems = [];
  const firstById = new Map<string, Entity>();
  // The outline lists entities in document order already (its walk follows the file), so the
  // first with an id is the one written first; sorting them again would walk the whole document.
  for (const entity of map.entities) {
    const first = firstById.get(entity.id);
    if (!first) {
      firstById.set(entity.id, entity);
      continue;
    }
    // Authors who read that referrals share a field by its id expect evidence to be shared the same way.
    const why = referralEvidence(entity) && referralEvidence(first) && entity.owner !== first.owner
      ? 'evidence cannot be shared between referrals the way fields are: give this one its own id'
      : 'ids must be unique across the pathway';
    problems.push(
      finding(pathway, 'duplicate-id', 'error', entity.pointer,
        `the id "${entity.id}" is already used by ${placeName(pathway, first.pointer)}; ${why}`),
    );
  }

  const firstFieldByReferral = new Map<string, Map<string, string>>();
  for (const { field, pointer, referralPointer } of map.fields) {
    if (typeof field?.id !== 'string') continue;
    const seen = firstFieldByReferral.get(referralPointer) ?? new Map<string, string>();
    firstFieldByReferral.set(referralPointer, seen);
    const first = seen.get(field.id);
    if (!first) {
      seen.set(field.id, pointer);
      continue;
    }
    problems.push(
      finding(pathway, 'duplicate-id', 'error', pointer,
        `the id "${field.id}" is already used by ${placeName(pathway, first)}; a referral asks for each field once`),
    );
  }
  return problems;
};
