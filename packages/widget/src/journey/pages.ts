/**
 * The journey's pages and their order. The questions page is shown only when the stage has
 * questions or evidence to confirm; pupil details only when the stage's referrals need them.
 */
import type { Evaluation, ItemStatus, ReferralEvaluation } from '@pathway/core';
import { settlingOutcome } from '@pathway/core';
import type { PathwayIndex } from './pathway-index.js';

export type PageId = 'start' | 'measures' | 'stage' | 'questions' | 'details' | 'check' | 'summary';

/**
 * Referrals the school will make from the current stage: not blocked, nor redirected elsewhere,
 * by an exception, and none when an outcome settles the case (only these ask pupil details and
 * list what to include).
 */
export function openReferrals(evaluation: Evaluation): ReferralEvaluation[] {
  if (settlingOutcome(evaluation.current) !== undefined) return [];
  return (evaluation.current?.referrals ?? []).filter((referral) => referral.status === 'available');
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

/** Every page in journey order, whether or not this journey shows it. */
export const PAGE_ORDER: readonly PageId[] = ['start', 'measures', 'stage', 'questions', 'details', 'check', 'summary'];

/**
 * Whether the stage has anything to answer or confirm (what the questions page lists), or answers
 * given elsewhere that decided it (the questions page is where they are changed).
 */
export function hasQuestions(evaluation: Evaluation): boolean {
  const current = evaluation.current;
  if (!current) return false;
  const shown = (item: ItemStatus) => item.state !== 'notApplicable';
  return (
    (evaluation.decidingAnswers?.length ?? 0) > 0 ||
    current.questions.some(shown) ||
    current.evidence.some(shown) ||
    openReferrals(evaluation).some((referral) => referral.include.some(shown))
  );
}

/**
 * Whether the measures page asks anything: a figure something uses, a circumstance, or an
 * outcome that may already be recorded (conservatively: any stage with outcomes). A pathway
 * with none (one universal stage, no bands) has nothing to ask there.
 */
export function asksFigures(index: PathwayIndex): boolean {
  const stages = index.definition.stages;
  const outcomes = stages.some((stage) => (stage.outcomes?.length ?? 0) > 0 || (stage.routes ?? []).some((route) => (route.outcomes?.length ?? 0) > 0));
  return index.usedMeasures.size > 0 || index.cohorts.size > 0 || outcomes;
}

/** The pages of this journey in order; without `index`, the measures page is always one. */
export function journeyPages(evaluation: Evaluation, index?: PathwayIndex): PageId[] {
  const pages: PageId[] = index === undefined || asksFigures(index) ? ['start', 'measures', 'stage'] : ['start', 'stage'];
  // Without a stage the questions page stays in the order: the stage page asks for one first.
  if (!evaluation.current || hasQuestions(evaluation)) pages.push('questions');
  if (referralFields(evaluation).length > 0) pages.push('details');
  pages.push('check', 'summary');
  return pages;
}

export function pageAfter(page: PageId, evaluation: Evaluation, index?: PathwayIndex): PageId {
  const pages = journeyPages(evaluation, index);
  const at = pages.indexOf(page);
  return at < 0 ? 'check' : pages[Math.min(at + 1, pages.length - 1)];
}

export function pageBefore(page: PageId, evaluation: Evaluation, index?: PathwayIndex): PageId | undefined {
  const pages = journeyPages(evaluation, index);
  const at = pages.indexOf(page);
  return at <= 0 ? undefined : pages[at - 1];
}

/**
 * `page` if this journey shows it, else the nearest page before it that it does show (e.g.
 * the stage page, when the stage no longer has questions).
 */
export function nearestPage(page: PageId, evaluation: Evaluation, index?: PathwayIndex): PageId {
  const pages = journeyPages(evaluation, index);
  for (let at = PAGE_ORDER.indexOf(page); at >= 0; at--) if (pages.includes(PAGE_ORDER[at])) return PAGE_ORDER[at];
  return 'start';
}
