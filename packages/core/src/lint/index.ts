/**
 * Lint: what the schema cannot see. Each rule has its own file and its own fixture with the
 * exact messages it gives (`packages/core/fixtures/lint/<rule>.json`). Lint expects a
 * schema-valid pathway and never throws on one. Its codes, with what each finds, are listed once,
 * in codes.ts.
 */
import { sortByDocumentOrder, type Pathway, type Problem } from '@pathway/schema';
import { mapPathway } from './pathway-map.js';
import type { LintRule } from './report.js';
import type { LintRuleName } from './codes.js';
import { duplicateId } from './duplicate-id.js';
import { danglingReference } from './dangling-reference.js';
import { undefinedCohort } from './undefined-cohort.js';
import { unreachableStage } from './unreachable-stage.js';
import { bandBounds } from './band-bounds.js';
import { bandCoverage } from './band-coverage.js';
import { bandShadowed } from './band-shadowed.js';
import { unsafeLink } from './unsafe-link.js';
import { expectation } from './expectation.js';
import { changeBaseline } from './change-baseline.js';
import { durationRange } from './duration-range.js';
import { routeChoice } from './route-choice.js';
import { unusedInput } from './unused-input.js';
import { dateMeasure } from './date-measure.js';
import { dutyTiming } from './duty-timing.js';
import { journeyEnd } from './journey-end.js';
import { emptyRequirement } from './empty-requirement.js';
import { unlistedContact } from './unlisted-contact.js';
import { emptyException } from './empty-exception.js';
import { gateQuestion } from './gate-question.js';
import { requiresRoutesOnly } from './requires-routes-only.js';
import { unreadTimeLimit } from './unread-time-limit.js';
import { reviewOutcome } from './review-outcome.js';
import { notApplicable } from './not-applicable.js';
import { formatVersion } from './format-version.js';
import { cohortThresholds } from './cohort-thresholds.js';
import { completeAsksNothing } from './complete-asks-nothing.js';
import { outcomeDirection } from './outcome-direction.js';
import { entryQuestion } from './entry-question.js';
import { leadConflict } from './lead-conflict.js';
import { nowhereToGo } from './nowhere-to-go.js';
import { referralBesideRoutes } from './referral-beside-routes.js';
import { referralBeforeLimit } from './referral-before-limit.js';
import { sameOutcomeTitle } from './same-outcome-title.js';
import { bandLabel } from './band-label.js';
import { leadRoleId } from './lead-role-id.js';

/** The rules by name (the part after "lint." in a problem's code), in the order they run. */
export const lintRules: Readonly<Record<LintRuleName, LintRule>> = {
  'duplicate-id': duplicateId,
  'dangling-reference': danglingReference,
  'undefined-cohort': undefinedCohort,
  'unreachable-stage': unreachableStage,
  'band-bounds': bandBounds,
  'band-coverage': bandCoverage,
  'band-shadowed': bandShadowed,
  'unsafe-link': unsafeLink,
  expectation,
  'change-baseline': changeBaseline,
  'duration-range': durationRange,
  'route-choice': routeChoice,
  'unused-input': unusedInput,
  'date-measure': dateMeasure,
  'duty-timing': dutyTiming,
  'journey-end': journeyEnd,
  'empty-requirement': emptyRequirement,
  'unlisted-contact': unlistedContact,
  'empty-exception': emptyException,
  'gate-question': gateQuestion,
  'requires-routes-only': requiresRoutesOnly,
  'unread-time-limit': unreadTimeLimit,
  'review-outcome': reviewOutcome,
  'not-applicable': notApplicable,
  'format-version': formatVersion,
  'cohort-thresholds': cohortThresholds,
  'complete-asks-nothing': completeAsksNothing,
  'outcome-direction': outcomeDirection,
  'entry-question': entryQuestion,
  'lead-conflict': leadConflict,
  'nowhere-to-go': nowhereToGo,
  'referral-beside-routes': referralBesideRoutes,
  'referral-before-limit': referralBeforeLimit,
  'same-outcome-title': sameOutcomeTitle,
  'band-label': bandLabel,
  'lead-role-id': leadRoleId,
};

/** Every lint finding for a schema-valid pathway, from the top of the document to the bottom. */
export function lintPathway(pathway: Pathway): Problem[] {
  const context = { pathway, map: mapPathway(pathway) };
  const problems = Object.values(lintRules).flatMap((rule) => rule(context));
  return sortByDocumentOrder(pathway, problems);
}

export { lintCodes } from './codes.js';
export type { LintCode, LintRuleName } from './codes.js';
export { isSafeLink, linkScheme } from './unsafe-link.js';
export { lintWellFormedParts } from './well-formed-parts.js';
export { stageBandGaps } from './band-gaps.js';
export type { BandGap, BandEnds } from './band-gaps.js';
export { describeFigures, describeRange } from './intervals.js';
export type { End, Interval } from './intervals.js';
