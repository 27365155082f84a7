/**
 * A referral field whose short name (id) changed between two definitions of one pathway: what
 * the school typed into it goes with it, as an answer goes with a renamed question. Pupil
 * details are never saved, so this is for an open journey whose pathway changes under it (the
 * editor's live preview, a page assigning the next version). No DOM.
 */
import { renamedByTitle } from '@pathway/core';
import type { PathwayIndex } from './pathway-index.js';

/**
 * By old id, the field that took its place: the one new field with the same label (its id
 * renamed only), else, in a referral both versions have, the new field at the same place in
 * its list with the same type (relabelled as well: "Parents' names" becoming "Parents or carers
 * with parental responsibility"). Only a field gone from the pathway follows, only to a field
 * new to it, and each at most once.
 */
export function renamedFields(before: PathwayIndex, after: PathwayIndex): Map<string, string> {
  const renamed = new Map<string, string>();
  const gone = [...before.fields.keys()].filter((id) => !after.fields.has(id));
  if (gone.length === 0) return renamed;
  const fresh = [...after.fields.keys()].filter((id) => !before.fields.has(id));
  const taken = new Set<string>();
  const follow = (from: string, to: string | undefined) => {
    if (to === undefined || taken.has(to) || renamed.has(from)) return;
    renamed.set(from, to);
    taken.add(to);
  };
  for (const id of gone) follow(id, renamedByTitle(before.fields.get(id)?.label, gone, fresh, (field) => before.fields.get(field)?.label ?? after.fields.get(field)?.label));
  for (const [referralId, referral] of before.referrals) {
    const now = after.referrals.get(referralId)?.fields ?? [];
    (referral.fields ?? []).forEach((field, at) => {
      const successor = now[at];
      if (!successor || renamed.has(field.id) || after.fields.has(field.id) || before.fields.has(successor.id)) return;
      if (successor.type === field.type) follow(field.id, successor.id);
    });
  }
  return renamed;
}
