/**
 * The journey's pages and their order. Pupil details are asked only when the stage's
 * referrals need them.
 */
import type { Evaluation, ItemStatus, ReferralEvaluation } from '@pathway/core';

export type PageId = 'start' | 'measures' | 'stage' | 'questions' | 'details' | 'check' | 'summary';

/** Referrals the school may make from the current stage (not blocked by an exception). */
export function openReferrals(evaluation: Evaluation): ReferralEvaluation[] {
  return (evaluation.current?.referrals ?? []).filter((referral) => referral.status !== 'blocked');
}

/** The pupil details the open referrals need, each field once, in order. */
export function referralFields(evaluation: Evaluation): ItemStatus[] {
  const seen = new Set<string>();
  const fields: ItemStatus[] = [];
  for (const referral of openReferrals(evaluation)) {
    for (const field of referral.fields) {
      if (seen.has(field.id) || field.state === 'notApplicable') continue;
      seen.add(field.id);
      fields.push(field);
    }
  }
  return fields;
}

export function journeyPages(evaluation: Evaluation): PageId[] {
  const pages: PageId[] = ['start', 'measures', 'stage', 'questions'];
  if (referralFields(evaluation).length > 0) pages.push('details');
  pages.push('check', 'summary');
  return pages;
}

export function pageAfter(page: PageId, evaluation: Evaluation): PageId {
  const pages = journeyPages(evaluation);
  const at = pages.indexOf(page);
  return at < 0 ? 'check' : pages[Math.min(at + 1, pages.length - 1)];
}

export function pageBefore(page: PageId, evaluation: Evaluation): PageId | undefined {
  const pages = journeyPages(evaluation);
  const at = pages.indexOf(page);
  return at <= 0 ? undefined : pages[at - 1];
}
