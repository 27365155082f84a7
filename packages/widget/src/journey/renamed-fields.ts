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
  const fresh = [...after.fields.keys()].filter((id) => !before.fields.has(id));
  const label = (id: string) => (before.fields.get(id) ?? after.fields.get(id))?.label;
  const follow = (from: string, to: string | undefined) => {
    if (to !== undefined && !renamed.has(from) && fresh.includes(to) && ![...renamed.values()].includes(to)) renamed.set(from, to);
  };
  for (const id of gone) follow(id, renamedByTitle(label(id), gone, fresh, label));
  for (const [id, referral] of before.referrals) {
    const now = after.referrals.get(id)?.fields ?? [];
    (referral.fields ?? []).forEach((field, at) => {
      if (gone.includes(field.id) && now[at]?.type === field.type) follow(field.id, now[at].id);
    });
  }
  return renamed;
}
