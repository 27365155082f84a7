/**
 * journey-end (warning): whose journey it is and how it ends decides the widget's words. A
 * journey that "ends in a referral" in a pathway with no referrals would promise one that
 * does not exist.
 */
import type { Pathway, Problem } from '@pathway/schema';
import { finding, type LintRule } from './report.js';

export const journeyEnd: LintRule = ({ pathway }) => {
  const problems: Problem[] = [];
  const doc = pathway as Pathway;
  if (doc.journey?.end?.kind === 'referral' && (doc.referrals ?? []).length === 0) {
    problems.push(finding(pathway, 'journey-end', 'warning', '/journey/end', 'says the journey ends in a referral, but the pathway has no referrals: choose another kind of end'));
  }
  return problems;
};
