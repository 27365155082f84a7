/**
 * Who the summary is about: the pupil details given for its referrals (each field once, in
 * order, whether or not the referral is offered for this pupil), then those the user added for
 * their own copy where the journey asks none. One list for the screen, the print, both
 * downloads and the submitted summary, so none names the pupil where another does not.
 * Personal data, kept as referral details are: in the journey only (never in drafts or events).
 */
import type { Summary } from '@pathway/core';

/** The fields for the user's own copy: name, date of birth, school. Never a pathway's field id (those start with a letter or digit). */
export const OWN_COPY_FIELDS = ['_name', '_dob', '_school'] as const;
export const OWN_COPY_DATE = '_dob';

export interface PupilLine {
  id: string;
  label: string;
  /** As entered; a date as YYYY-MM-DD. */
  value: string;
}

/** `ownLabels`: the own-copy fields' labels, in `OWN_COPY_FIELDS` order. */
export function pupilLines(referrals: Summary['referrals'], details: Readonly<Record<string, string>>, ownLabels: readonly string[]): PupilLine[] {
  const seen = new Set<string>();
  const lines: PupilLine[] = [];
  for (const referral of referrals) {
    for (const field of referral.fields) {
      if (seen.has(field.id) || field.value === undefined || field.value.trim() === '') continue;
      seen.add(field.id);
      lines.push({ id: field.id, label: field.label, value: field.value });
    }
  }
  OWN_COPY_FIELDS.forEach((id, at) => {
    const value = details[id];
    if (value !== undefined && value.trim() !== '') lines.push({ id, label: ownLabels[at] ?? id, value });
  });
  return lines;
}
