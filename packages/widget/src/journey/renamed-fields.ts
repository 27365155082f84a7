/**
 * A referral field whose short name (id) changed between two definitions of one pathway: what
 * the school typed into it goes with it, as an answer goes with a renamed question. Pupil
 * details are never saved, so this is for an open journey whose pathway changes under it (the
 * editor's live preview, a page assigning the next version). No DOM.
 */
import { renamedByTitle } from '@pathway/core';
import type { WidgetStrings } from '../i18n/strings.js';
import type { JourneyState } from './journey-state.js';
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

/**
 * What became of the referral fields the school had typed into, since the update note's
 * baseline (pupil details are in no draft, so the baseline cannot tell): by the id of the field
 * that now holds the text, the label it was typed under; and the labels of fields followed
 * nowhere, whose text was set aside. Gathered change by change, so an author relabelling a
 * field letter by letter in the editor gives one line, from the first label to the last.
 */
export interface TypedFieldChanges {
  moved: Map<string, string>;
  setAside: string[];
}

export const noTypedFieldChanges = (): TypedFieldChanges => ({ moved: new Map(), setAside: [] });

/** The referral fields the school has typed into: a box with text, or a date with any of its parts. */
export function typedFieldIds(state: Pick<JourneyState, 'details' | 'detailDateParts'>): string[] {
  const typed = Object.keys(state.details).filter((id) => state.details[id] !== '');
  for (const [id, parts] of Object.entries(state.detailDateParts)) if (!typed.includes(id) && (parts.day || parts.month || parts.year)) typed.push(id);
  return typed;
}

/** Records, in `changes`, one change of definition: each typed field gone is followed (`renamed`) or set aside. */
export function followTypedFields(
  changes: TypedFieldChanges,
  before: PathwayIndex,
  after: PathwayIndex,
  typed: readonly string[],
  renamed: ReadonlyMap<string, string>,
): void {
  for (const id of typed) {
    const label = before.fields.get(id)?.label;
    if (label === undefined || after.fields.has(id)) continue;
    const from = changes.moved.get(id) ?? label;
    changes.moved.delete(id);
    const to = renamed.get(id);
    if (to !== undefined) changes.moved.set(to, from);
    else if (!changes.setAside.includes(from)) changes.setAside.push(from);
  }
}

/**
 * What the update note says of them: text now under a field with another label ("Parents'
 * names" now "Parents or carers with parental responsibility"), so the school checks it belongs
 * there; text set aside, by the label it was typed under. A field only renamed (its label the
 * same) is the same field to the school: nothing.
 */
export function typedFieldPhrases(changes: TypedFieldChanges, index: PathwayIndex, words: WidgetStrings): string[] {
  const phrases: string[] = [];
  for (const [id, from] of changes.moved) {
    const now = index.fields.get(id)?.label;
    if (now !== undefined && now !== from) phrases.push(words.updateFieldMoved(from, now));
  }
  if (changes.setAside.length > 0) phrases.push(words.updateOtherRemoved(changes.setAside));
  return phrases;
}
