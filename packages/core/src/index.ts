/**
 * @pathway/core: the pathway engine. Pure functions over plain data, no DOM.
 *
 *   const pathway = createPathway(definition);
 *   pathway.place({ measures: { attendance: { percentage: 88 } } });
 *   pathway.evaluate(caseInput); pathway.summarise(caseInput);
 */
export type * from './types.js';
export { createPathway } from './create-pathway.js';
export { createEngine, engineOutline } from './create-engine.js';
export { summarise, summariseStage } from './summarise.js';
export { exitStep } from './stage-exit.js';
export { gateDecidedAgainst } from './gates.js';
export { referralRuledOut, requiredStageGates } from './ruled-out.js';
export { baselineSteps, breachRuledOutBy, outcomeWaits, recordedElsewhere } from './outcome-timing.js';
export { settlingOutcome } from './settling.js';
export { redirectsHere } from './redirect-scope.js';
export { continuesElsewhere } from './outcomes.js';
export type { RuledOutBy } from './ruled-out.js';
export { lintPathway, stageBandGaps, lintCodes } from './lint/index.js';
export type { LintCode, LintRuleName } from './lint/index.js';
export type { BandGap, BandEnds, End, Interval } from './lint/index.js';
export { describeFigures, describeRange } from './lint/index.js';
export { figureStyle, relabelled } from './lint/band-label.js';
export type { FigureStyle } from './lint/band-label.js';
export { checkPathway } from './check.js';
export { describeDuration, describeInterval, unitName } from './duration-words.js';
export { offeredExtension } from './extension.js';
export type { OfferedExtension } from './extension.js';
export { formatLongDate } from './day-text.js';
export { resolveJourney, JOURNEY_END_LABELS } from './journey.js';
export type { ResolvedJourney, JourneyAudience, JourneyEndKind } from './journey.js';
export { outlinePathway, ownerOfKind } from './outline/outline.js';
export { dateTitle } from './date-title.js';
export { generalContacts } from './general-contacts.js';
export { closeSentence, endSentence, joinWith, leadsTo, midSentence, theNamed, titleSays, unitFor } from './text.js';
// Every English sentence by its code: a translation gives each code its own (the widget's `strings.reasons`).
export { messages, notOffered } from './messages.js';
export { unresolvedReferences, fitsReference, neededThing } from './outline/unresolved.js';
export type { ReferenceNeeds } from './outline/unresolved.js';
export { workPathway } from './workable.js';
export type { WorkedPathway } from './workable.js';
export { questionTypes, questionType, possibleAnswers } from './question-types.js';
export type { QuestionTypeInfo } from './question-types.js';
export type { EntityKind, Outline, OutlineEntity, OutlineNode, OutlineReference } from './outline/outline.js';
export { safeLink, isSafeLink, checkLink, linkScheme } from './links.js';
export type { SafeLink, LinkCheck, LinkRefusal } from './links.js';
export { describeCondition } from './describe-condition.js';
export { describeBounds } from './bands.js';
export { stageMap, STAGE_MAP_LABEL_LINE, STAGE_MAP_LINE_LIMIT } from './stage-map.js';
export type { StageMap, StageMapArrow, StageMapBox, StageMapLine } from './stage-map.js';
export { diffPathways, versionLabelChange } from './publish/diff.js';
export { renamedByTitle } from './renamed.js';
export type { ChangeKind, PathwayChange } from './publish/diff.js';
export { renderPublicPage } from './publish/public-page.js';
export { stageMapSvg } from './publish/stage-map-svg.js';
