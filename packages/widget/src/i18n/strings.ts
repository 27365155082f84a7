/**
 * Every word the widget itself says, in English (those it may say before the journey part has
 * loaded are in first-paint-strings.ts, and are part of this table). A page replaces any of them through the
 * element's `strings` property (e.g. a Welsh table); the pathway's own text is never here.
 * Entries with parameters are functions. Numbers and dates arrive already formatted for the
 * page's language (see `format.ts`).
 */
import type { Reason } from '@pathway/core';
import { JOURNEY_END_LABELS, closeSentence, endSentence, joinWith, leadsTo, messages, midSentence, theNamed, unitName } from '@pathway/core';
import { enReasons } from './reasons.js';
import { firstPaintEn } from './first-paint-strings.js';

/** A plural category from `Intl.PluralRules` ("one", "two", "few", "many", "other", "zero"). */
export type PluralCategory = Intl.LDMLPluralRule;

// Authored text that ends a sentence (a full stop added unless it has one): core's, which its summary uses too.
export { endSentence };

/** A route in quotes, said once: "the route “Notice to Improve”", but “Route A” alone (core's rule). */
const route = (title: string, the?: string) => theNamed('route', `“${title}”`, the);
/** "1 question", "3 answered questions": in the English list of what changed. */
const questions = (count: number, kind = '') => `${count} ${kind}${count === 1 ? 'question' : 'questions'}`;
/** A stage in a list of changes: 'stage "Universal"', but "Stage 1" alone (the same rule). */
const stageNamed = (title: string) => theNamed('stage', `"${title}"`, '');
/** Titles in quotes, as a list: '"A"', '"A" and "B"', '"A", "B" and "C"'. */
const quotedList = (titles: readonly string[]) => joinWith(titles.map((title) => `"${title}"`), 'and');
/** The route or routes chosen, named where the draft kept their titles: 'route you chose, "A",'. */
const chosenRoutes = (titles: readonly string[]) => {
  const named = titles.filter(Boolean);
  return `route${titles.length > 1 ? 's' : ''} you chose${named.length > 0 ? `, ${quotedList(named)},` : ''}`;
};

/** The update note's opening, whether its changes follow in the sentence or as a list. */
const PATHWAY_UPDATED = 'The pathway was updated';
/** What every failed or unconfirmed submission ends with. */
const ANSWERS_KEPT = 'Your answers are still here. Try again, or print or download the summary instead.';

export const en = {
  ...firstPaintEn,
  // Gates and route conditions that cannot be decided yet (pages/gate-state.ts)
  gateNotKnown: 'Not known yet',
  gateNotAnswered: 'Not answered yet',
  gateNotConfirmed: 'Not confirmed yet',
  /** A gate that holds with nothing the school did: "Met" would say it had happened. */
  gateNotNeeded: 'Not needed for this pupil',
  // Draft chooser rows (drafts/draft-choice.ts): what tells saved drafts apart, never the pupil's name
  /** `chosen`: the school chose the stage; otherwise the figures and answers placed the pupil there. A stage asking nothing has no count. */
  draftStageProgress: (stage: string, answered: number, total: number, chosen = true) =>
    `${chosen ? 'Stage chosen' : 'Stage'}: ${stage}${total === 0 ? '' : total === 1 ? `, ${answered} of 1 question answered` : `, ${answered} of ${total} questions answered`}`,
  draftNoStage: (answered: number) =>
    `No stage chosen${answered === 0 ? '' : answered === 1 ? ', 1 question answered' : `, ${answered} questions answered`}`,
  draftFigures: (figures: string) => `Figures: ${figures}`,
  draftCircumstances: (circumstances: string) => `Circumstances ticked: ${circumstances}`,
  draftFigure: (title: string, value: string) => `${title} ${value}`,
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  warningPrefix: 'Warning:',
  importantTitle: 'Important for this pupil',

  // Shared
  back: 'Back',
  continue: 'Continue',
  change: 'Change',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  notApplicable: 'Not applicable',
  notAnswered: 'Not answered',
  notEntered: 'Not entered',
  none: 'None',
  met: 'Met',
  notMet: 'Not met',
  stageCaption: 'Stage',

  // Drafts
  draftsSave: 'Save my answers on this device',
  draftsSaveHint:
    "Your answers are kept in this browser so you can come back to them. Pupil details (such as the child's name and date of birth) are never saved.",
  draftsUnavailable:
    'Answers cannot be saved on this device: this browser does not allow it (for example in private browsing). Your answers are kept only while this page is open.',
  draftsClear: 'Clear saved answers',
  draftsCleared: 'Your saved answers have been removed from this device. The answers on this page stay until you close it.',
  draftsSaveFailed: 'Your latest answers could not be saved on this device. They are still on this page.',
  draftRestored: (when: string) => `We found answers you saved on ${when} and have put them back.`,
  draftCorrupt:
    'Your saved answers could not be read, so they have been removed and you are starting afresh. Nothing else is affected.',
  draftVersionChanged: (oldVersion: string, newVersion: string) =>
    `The pathway has changed since you saved your answers (version ${oldVersion}, now ${newVersion}).`,
  draftPublishedTitle: 'What the council says has changed:',
  draftPublishedVersion: (version: string, date: string, kind: 'major' | 'minor' | undefined) =>
    `Version ${version}, published ${date}${kind === 'major' ? ' (a major change: check your answers)' : kind === 'minor' ? ' (a minor change: your answers stand)' : ''}:`,
  draftKept: (count: number) =>
    count === 1 ? 'This answer was kept:' : `These ${count} answers were kept:`,
  draftChanged: 'These questions have changed, so your earlier answers were not used. Please answer them again:',
  /** Changed questions the stage that applies now does not ask: "answer them again" would send the school looking for them. */
  draftChangedNotAsked: 'These questions have changed, so your earlier answers were not used. They are not asked at the stage that applies now:',
  draftPreviousAnswer: (answer: string) => `You answered: ${answer}`,
  draftRemoved: 'These questions are no longer in the pathway, so your answers to them were not used:',
  draftNew: (count: number) => (count === 1 ? 'This question is new:' : `These ${count} questions are new:`),
  draftOtherRemoved:
    'These confirmations, circumstances or figures are no longer in the pathway, or have changed, so they were not used:',
  /** A chosen route the pathway no longer has, in a restored draft's notice. */
  draftRouteRemoved: (titles: readonly string[]) =>
    `The ${chosenRoutes(titles)} ${titles.length > 1 ? 'are' : 'is'} no longer in the pathway, so choose a route again on the stage page.`,
  draftNoticeTitle: 'Saved answers',

  // Attendance and circumstances
  measuresHeading: "The pupil's attendance",
  measuresIntro: 'Enter the figures from your attendance records.',
  measuresHeadingMixed: "The pupil's figures and dates",
  measuresIntroMixed: 'Enter the figures and dates from your records.',
  measureHowTitle: (title: string) => `How do you want to enter ${midSentence(title)}?`,
  measureModePercentage: 'As a percentage',
  measureModeSessions: 'As session counts',
  measurePercentageLabel: 'Percentage',
  measurePossibleLabel: 'Possible sessions',
  measureAttendedLabel: 'Sessions attended',
  measureAbsentLabel: 'Sessions missed',
  measureWindowHint: (window: string) => `In the last ${window}.`,
  measureUnitSessions: 'sessions',
  measureUnitDays: 'days',
  /** A count with its unit: "1 session", "12 days". */
  measureCount: (amount: string, unit: 'sessions' | 'days', plural: PluralCategory) => `${amount} ${unitName(unit, plural === 'one')}`,
  /** An attendance figure entered as session counts, worded as the engine's `display` is (the JSON download): "83.3% (150 of 180 sessions)". */
  measureSessionsAttended: (attended: string, possible: string, percent: string) => `${percent} (${attended} of ${possible} sessions)`,
  measureSessionsMissed: (missed: string, possible: string, percent: string) => `${percent} (${missed} of ${possible} sessions missed)`,
  measureNotNumber: (title: string) => `${title} must be a number, like 88.5`,
  measureNotWholeNumber: (label: string) => `${label} must be a whole number, like 120`,
  measureInvalid: (title: string) => `Check the figures for ${title}`,
  measureTooEarly: (title: string) => `${title}: there are too few sessions yet to rely on this figure.`,
  measurePeriodSince: (from: string) => `(since ${midSentence(from)})`,
  measurePeriodBetween: (from: string, to: string) => `(${from} to ${to})`,
  measureCountedFrom: (event: string) => `Count from ${midSentence(event)}.`,
  measureWindowAfter: (window: string, event: string) => `Count in the ${window} after ${midSentence(event)}.`,
  baselinesHeading: 'Earlier readings',
  baselineTitle: (measure: string) => `${measure}: the earlier reading`,
  baselineHint: 'The figure from an earlier reading, to compare with now, and the date it was taken.',
  baselineFigure: 'Figure',
  baselineDate: 'Date of the earlier reading',
  baselineNotNumber: (title: string) => `${title}: enter a number, like 88.5`,
  baselineDateNeeded: (reading: string) => `${reading}: enter the date of the earlier reading; without it, the change since then cannot be counted`,
  baselineOn: (figure: string, date: string) => `${figure}, on ${date}`,
  outcomesRecordedHeading: 'What has already happened',
  outcomesRecordedHint: 'Select any outcome already recorded for this pupil. It can decide which stage applies.',
  outcomeFromHint: (from: string) => `An outcome of ${from}`,
  outcomeRecorded: 'Recorded',
  cohortsHeading: "The pupil's circumstances",
  cohortsHint: 'Select all that apply.',

  // Stage
  stageHeading: 'Which stage applies',
  stageWhy: 'Why',
  whyUniversal: (stage: string) => `Applies to every pupil: ${endSentence(stage)}`,
  whyEntry: (stage: string, description: string) => `${stage}: ${description}`,
  whyEntryFigures: (stage: string, description: string, figures: string) => `${stage}: ${endSentence(description)} ${endSentence(figures)}`,
  whyMostIntensive: (stage: string, count: string) => `Of the ${count} stages these figures match, this is the most intensive: ${endSentence(stage)}`,
  whyNoStage: 'These figures do not place the pupil at any stage.',
  whyChosen: (chosen: string, suggested: string) => `You chose ${endSentence(chosen)} The figures suggest ${endSentence(suggested)}`,
  whyChosenNoSuggestion: (chosen: string) => `You chose ${endSentence(chosen)} The figures do not suggest a stage.`,
  whyChosenByYou: (_chosen: string) => 'You chose this stage: the figures alone do not place the pupil there.',
  // An exception sends the pupil here from the stage that would apply: not the user's choice.
  whyRedirected: (from: string, exception: string) => `"${exception}" applies to this pupil, so the pathway goes here instead of ${endSentence(from)}`,
  stageGap: 'No stage of this pathway covers these figures. Choose the stage you are working at.',
  stageNoMeasures: 'No figures were entered. Choose the stage you are working at.',
  /** No stage applies because the figures the stages' bands read were not entered (other figures or dates were). */
  stageBandFiguresMissing: (measures: readonly string[], plural: PluralCategory) =>
    `${joinWith(measures, 'and')} ${plural === 'one' ? 'places pupils at a stage and was' : 'place pupils at a stage and were'} not entered. Enter ${plural === 'one' ? 'it' : 'them'}, or choose the stage you are working at.`,
  stageOverlap: (title: string) =>
    `More than one stage matches. We have chosen ${title}, the most intensive; you can choose another.`,
  stageChooseLegend: 'Which stage are you working at?',
  stageChooseError: 'Choose the stage you are working at',
  stageMatches: 'Matches these figures',
  stageUniversal: 'Applies to every pupil',
  stageBlocked: 'Not offered for this pupil',
  stageSkipped: 'Does not apply to this pupil',
  stageLead: 'Who leads',
  /** Two "change of lead" exceptions for one pupil: each lead, with the exception naming it. */
  stageLeads: (leads: readonly string[]) =>
    `This pathway names ${leads.length === 2 ? 'two' : leads.length} leads for this pupil: ${leads.join('; ')}. Agree which one leads.`,
  /** A "change of lead" exception applies: the lead who takes over, and whom they replace ("the school's attendance lead"). */
  stageLeadInstead: (lead: string, replaced: string) => `${lead}, instead of ${replaced.replace(/^(The|A|An) /u, (article) => article.toLowerCase())}`,
  /** The lead who takes over ends by naming the stage's own lead as sharing it ("The social worker, with the EHE Officer"): no "instead of". */
  stageLeadShared: (lead: string, own: string) => /.* (?:with|and) (?:the )?(.+)$/iu.exec(lead)?.[1].toLowerCase() === own.replace(/^(the|a|an) /iu, '').toLowerCase(),
  stageDuties: 'Who does what',
  stageTimeLimits: 'Time limits',
  stageNotes: 'Notes',
  stageRoutes: 'Routes',
  stageRouteOpen: 'Open',
  stageRouteClosed: 'Not open',
  routeChooseLegend: 'Which route will you take?',
  routeChooseHint: 'Choose one. Each route has its own questions and requirements; they count only towards that route.',
  routeChosen: 'Chosen',
  routeReady: 'Chosen and ready',
  routeNotChosen: 'Not chosen',
  routeChosenNotOpen: 'Chosen, but not open',
  routeWaitsForAnswers: 'Depends on answers on the next page',
  routeChosenClosed: (title: string, why: string) => `${route(title, 'The ')} is not open for this pupil${why ? ` (${why})` : ''}. Choose another route.`,
  routeDecidedLater: (by: string) => `${by || 'Someone else'} will decide`,
  routesDecidedLater: (by: string, routes: readonly string[]) =>
    `${by || 'Someone else'} will decide ${routes.length > 1 ? `between ${joinWith(routes, 'and')}` : `whether to take ${theNamed('route', routes[0])}`}.`,
  routesChosen: (routes: readonly string[]) => `Route chosen: ${endSentence(routes.join(', '))}`,
  routesNoneChosen: 'No route has been chosen yet.',
  routeChosenByYou: 'You choose this route.',
  /** Said once, before the routes, where any opens by its conditions. */
  routeByRule: 'A route opens when its conditions hold.',
  /** A route not open to the pupil: its description is what it would mean, not what is true now. */
  routeIfOpens: (description: string) => `If this route opens: ${description}`,
  routeInvolves: 'What this route involves',
  routeQuestions: 'Its questions',
  routeEvidence: 'Its evidence',
  routeReferrals: 'Its referrals',
  routeOutcomes: 'What can follow',
  readinessRouteTitle: (title: string) => `Needed for ${route(title)}`,
  readinessRouteReady: (title: string) => `${route(title, 'The ')} is ready.`,
  readinessRouteNotReady: (title: string, count: string, plural: PluralCategory) =>
    `${route(title, 'The ')} needs ${count} more ${plural === 'one' ? 'thing' : 'things'}.`,
  readinessRouteWaitsForStage: (title: string) => `${route(title, 'The ')} waits for what is needed at this stage.`,
  readinessRouteNotChosen: (routes: readonly string[]) => `No route chosen yet: choose between ${routes.join(' and ')} on the stage page.`,
  readinessRouteClosed: (title: string) => `${route(title, 'The ')} was chosen but is not open for this pupil.`,
  readinessReferralWaitsForRoute: (title: string) => `First complete what ${route(title)} needs.`,
  /** The default names of a journey's end, by kind (format 1.1), when the pathway gives none (English: the engine's). */
  journeyEnds: { ...JOURNEY_END_LABELS } as Record<string, string>,
  readinessEndReady: (kind: string, label: string) =>
    kind === 'request' ? `Ready to make the ${label}.` : kind === 'plan' ? `Ready to agree the ${label}.` : `Ready for the ${label}.`,
  readinessEndNotReady: (kind: string, label: string) =>
    kind === 'request' ? `Not ready to make the ${label} yet.` : kind === 'plan' ? `Not ready to agree the ${label} yet.` : `Not ready for the ${label} yet.`,
  readinessEndStillNeeded: (what: readonly string[]) => (what.length > 0 ? `Still needed for it: ${endSentence(what.join('; '))}` : ''),
  /** All the end waits for is one referral: how much it still needs, and where it goes (as its list's heading says). */
  readinessEndStillNeededFor: (count: string, target: string) => `Still needed for it: ${count} before referring to ${endSentence(target)}`,
  stageExceptionsTitle: 'Exceptions for this pupil',
  stageOtherExceptionsTitle: 'Exceptions for this pupil at other stages',
  exceptionChanges: (what: string) => `This changes: ${endSentence(what)}`,
  /** A route an exception changes, at a stage other than the one shown. */
  exceptionRouteAt: (route: string, stage: string) => `${route} (at ${stage})`,
  exceptionInstead: (what: string) => `Instead: ${endSentence(what)}`,
  /** In a list of next steps, after the exception's title: "Safeguarding concern: make a referral to the MASH instead." */
  nextInstead: (title: string, what: string) => `${title}: ${what.replace(/[.!?]$/u, '')} instead.`,
  exceptionInsteadStage: (stage: string) => `go to ${theNamed('stage', stage)}`,
  exceptionInsteadReferral: (target: string) => `make a referral to ${target}`,
  exceptionInsteadContact: (contact: string) => `contact ${contact}`,
  exceptionLead: (lead: string) => `Who leads: ${endSentence(lead)}`,
  /** Before how to make a referral the stage does not list (its phone, email, web address, instructions). */
  howToRefer: 'How to refer',
  /** Before a redirect's contact's phone, email and web address. */
  howToContact: 'How to contact them',
  adviceTitle: 'Advice',
  leadChangeTitle: 'Change of lead',
  /** `why`: the titles of the exceptions that stop the stage, shown above it ("Important for this pupil"). */
  /** An exception that lasts a time since a date: its last day, as the engine words dates. */
  exceptionUntil: (date: string) => `This applies until ${date}.`,
  stageBlockedText: (title: string, why: readonly string[] = []) =>
    `${title} is not offered for this pupil.${why.length > 0 ? ` What to do instead is under ${why.map((name) => `"${name}"`).join(' and ')} above.` : ''}`,
  questionsBlocked: (title: string) =>
    `You do not need to answer anything for ${title}: it is not offered for this pupil.`,
  stageSkippedText: (title: string) => `${title} does not apply to this pupil.`,
  stageAnnouncement: (title: string) => `Stage: ${title}`,
  stageEntry: 'When a pupil enters this stage',
  /** Beside an entry rule in words, the stage's bands, which place pupils here too. */
  stageEntryBands: (labels: readonly string[]) => `A pupil also enters it by the figures: ${labels.join('; or ')}.`,
  stageExit: 'When a pupil leaves this stage',
  exitNotYet: 'Not yet',
  exitNotYetLine: (stage: string, because: string, notKnown: boolean) =>
    `${notKnown ? `Not known yet whether the pupil can leave "${stage}"` : `The pupil cannot leave "${stage}" yet`}: ${because.replace(/\.$/u, '')}.`,
  stageRequires: 'Earlier stages that must be complete',
  stageContacts: 'Contacts',
  /** The pathway's contacts no stage lists (core's generalContacts), after the stage's own. */
  generalContacts: 'Contacts for the whole pathway',
  forceMust: 'Must',
  forceShould: 'Should',
  forceConsider: 'Consider',
  forceMay: 'May',
  // "By: Virtual School Head, the child's social worker": roles after the first read mid-list.
  dutyBy: (roles: readonly string[]) => `By: ${roles.map((role, i) => (i === 0 ? role : midSentence(role))).join(', ')}`,
  dutyDue: (terms: string, when: string) => `Due: ${endSentence(terms)}${when ? ` ${endSentence(when)}` : ''}`,
  /** The date, then the terms it comes from: "Due by 10 March 2026. On the day of …", not "Due: On the day of …. Due by …". */
  dutyDueBy: (date: string, terms: string) => `Due by ${date}.${terms ? ` ${endSentence(terms)}` : ''}`,
  /** Counted from a date left blank, at a stage the figures placed the pupil at: ask for the date rather than state the "if blank" sentence as fact. */
  dutyEnterDate: (date: string) => `No due date yet: enter ${date} to see when it is due`,
  dutyOverdue: 'Overdue',
  dutyEvery: (every: string) => `How often: ${endSentence(every)}`,
  dutyNotApplies: 'Does not apply now',
  /** The one closed disclosure, after the duties that apply, that holds those that do not. */
  dutiesNotApplying: (count: number) => (count === 1 ? '1 duty that does not apply now' : `${count} duties that do not apply now`),
  dutyWaitsFor: (gates: string) => `Waits for: ${endSentence(gates)}`,
  dutyGatesMet: (gates: string) => `Its conditions are met: ${endSentence(gates)}`,
  dutyGatesNotNeeded: (gates: string) => `Not needed for this pupil: ${endSentence(gates)}`,
  standingDutiesTitle: 'For all pupils',
  standingDutiesIntro: 'What this pathway asks of everyone using it, not only for one pupil.',
  timeLimitBreached: 'Breached',
  timeLimitBreach: (description: string) => `If breached: ${endSentence(description)}`,
  /** What the breach leads to is ruled out for this pupil by an exception (its title). */
  timeLimitBreachNotOffered: (exception: string) => `This is not offered for this pupil: ${endSentence(exception)}`,
  timeLimitLatest: (date: string) => `With an extension, it can run until ${date}.`,
  timeLimitExtended: 'The extension has been agreed.',
  extension: (duration: string) => `Can be extended by ${duration}.`,
  extensionTotal: (duration: string) => `Can be extended to a total of ${duration}.`,
  startsFrom: (starts: string) => `Starts from ${endSentence(midSentence(starts))}`,
  /** A time limit with no words for its start: the title of the date it counts from. */
  startsFromDate: (title: string) => `Counted from “${title}”.`,
  onExpiry: 'When it runs out:',
  atReview: 'At each review:',
  timeLimitKindLimit: 'Time limit',
  timeLimitKindReview: 'Reviewed every',
  timeLimitKindSupport: 'Support lasts',
  timeLimitKindNotice: 'Notice',
  timeLimitKindMonitoring: 'Monitoring period',
  timeLimitPassed: 'Time limit passed',
  timeLimitEnded: (date: string) => `It ran out on ${date}.`,
  /** A period (a notice, monitoring, support) that ran out: it ended, it did not fail. */
  timeLimitPeriodEnded: 'Ended',
  timeLimitEndedUnbreached: (date: string) => `It ended on ${date} without a breach.`,
  timeLimitEnds: (date: string) => `It runs out on ${date}.`,
  /** A period counted from a blank date at a stage the figures placed the pupil at: ask for the date (as dutyEnterDate does); a review recurs, it never runs out. */
  timeLimitNotStartedEnter: (date: string, review?: boolean) => `Not started yet: enter “${date}” to see when ${review ? 'the first review is due' : 'it runs out'}.`,
  timeLimitReviewDue: (date: string) => `Next review due on ${date}.`,
  gateTimePassed: 'Time limit passed',

  // Questions and evidence
  questionsHeading: 'Questions and evidence',
  questionsIntro:
    'Answer what you can. You can continue with items missing: the summary shows what is still needed.',
  questionsGroupsIntro: (count: string) => `This page has ${count} parts. Go to a part:`,
  /** `totalPlural`: the plural category of the total ("All 1 done" reads wrong: one item is "Done"). */
  groupProgress: (left: string, total: string, leftCount: number, totalPlural: PluralCategory) =>
    leftCount === 0 ? (totalPlural === 'one' ? 'Done' : `All ${total} done`) : `${left} of ${total} still to do`,
  questionsNone: 'This stage has no questions or evidence to confirm.',
  evidenceConfirm: 'We hold this',
  evidenceNoteLabel: 'Where it is kept, or what it shows (optional)',
  evidenceRecency: (duration: string) => `No older than ${duration}.`,
  referralIncludeTitle: (title: string) => `Include in the referral: ${title}`,
  advice: 'Advice:',
  numberInvalid: (label: string) => `${label}: enter a number, like 12`,
  numberTooLow: (label: string, min: string) => `${label}: enter ${min} or more`,
  numberTooHigh: (label: string, max: string) => `${label}: enter ${max} or less`,
  dateInvalid: (label: string) => `${label}: enter a real date, for example 27 3 2024`,
  dateIncomplete: (label: string) => `${label}: enter the day, month and year`,
  dateInFuture: (label: string, today: string) => `${label}: enter a date that is not in the future (today is ${today})`,
  dateDay: 'Day',
  dateMonth: 'Month',
  dateYear: 'Year',
  dateHint: 'For example, 27 3 2024',
  /** Beside a date the pathway says may be left blank when the event has not happened (`ifBlank`). */
  dateMayBeBlank: 'Leave blank if this has not happened.',
  emailInvalid: (label: string) => `${label}: enter an email address in the correct format, like name@example.com`,
  phoneInvalid: (label: string) => `${label}: enter a telephone number, like 01632 960 001`,

  // Readiness
  readinessTitle: 'What is still missing',
  readinessIntro: 'A summary of the questions above, and of anything else still needed.',
  readinessProgress: (answered: string, total: string) => `${answered} of ${total} answered.`,
  readinessStageReady: 'Nothing blocking is missing at this stage.',
  readinessStageNotReady: (count: string, plural: PluralCategory) =>
    plural === 'one' ? `${count} thing is still needed at this stage.` : `${count} things are still needed at this stage.`,
  readinessStageBlocked: 'This stage is not offered for this pupil.',
  readinessStageSkipped: 'This stage does not apply to this pupil.',
  readinessStageRedirected: 'What this stage asks is not needed: this pupil is directed elsewhere instead (see above).',
  readinessStageTitle: 'Needed at this stage',
  readinessReferralReady: (target: string) => `Ready to refer to ${endSentence(target)}`,
  readinessReferralNotReady: (target: string) => `Not ready to refer to ${target} yet.`,
  readinessReferralWaitsForStage: 'First complete what is needed at this stage.',
  readinessReferralBlocked: (title: string) => `${title} is not offered for this pupil.`,
  readinessReferralRedirected: (title: string) => `${title}: this pupil is directed elsewhere instead.`,
  /** A referral redirected elsewhere, in the summary: its status line, why (the exceptions' titles), and where a redirect sends the school. */
  referralNotMade: (status: string, why: string, to?: string) => `${status} Why: ${endSentence(why)}${to ? ` Refer to ${endSentence(to)}` : ''}`,
  readinessReferralTitle: (target: string) => `Needed before referring to ${target}`,
  readinessCount: (count: string, plural: PluralCategory) => (plural === 'one' ? `${count} item` : `${count} items`),
  readinessAdvisory: 'Advised',
  readinessGates: 'Conditions',
  readinessMore: (count: string) => `And ${count} more.`,
  /** A gate still needed, with its state as its tag says it ("not met", "not confirmed yet"). */
  readinessGate: (title: string, state: string) => `${title}: ${state.toLowerCase()}`,
  readinessWhy: (why: string) => `Why: ${endSentence(why)}`,

  // Pupil details
  detailsHeading: 'Pupil details',
  detailsIntro: (referrals: string) => `The referral (${referrals}) needs these details.`,
  detailsPrivacy:
    'These details stay on this device. They are not saved with your answers, and they are only sent if you choose to submit the summary.',

  // Check your answers
  checkHeading: 'Check your answers',
  checkCohorts: 'Circumstances',
  checkStage: 'Stage',
  checkRoute: 'Route',
  checkQuestions: (stage: string) => `Questions: ${stage}`,
  /** Answers to questions the stage does not ask that placed the pupil or judged the stage (on the check page and the summary). */
  decidingAnswers: 'Answers that decided the stage',
  /** On the questions page, when an answer just given moved the pupil to another stage. */
  stageMovedByAnswer: (stage: string) =>
    `Your answer changed the stage: now ${endSentence(stage)} The questions below are this stage's. The answers that decided it are kept, under "Answers that decided the stage".`,
  checkDetails: 'Pupil details',
  checkContinue: 'Continue to summary',
  confirmed: 'Confirmed',
  notConfirmed: 'Not confirmed',

  // Summary
  summaryHeading: 'Summary',
  summaryReady: 'Ready',
  summaryNotReady: 'Not ready yet',
  summaryStageComplete: 'Complete',
  summaryStageIncomplete: 'Not complete',
  summaryPupil: 'Pupil',
  /** Where the journey asks no pupil details: optional fields for the user's own copy (name, date of birth, school). */
  ownCopyHeading: 'Add the pupil’s details to your copy (optional)',
  ownCopyFields: ['Pupil’s name', 'Date of birth', 'School'] as readonly string[],
  summaryChosenStage: 'Stage chosen',
  summarySuggestedStage: 'Stage the figures suggest',
  summaryNoStage: 'No stage was chosen.',
  summaryMeasures: 'Attendance',
  summaryMeasuresMixed: 'Figures and dates',
  summaryClassifications: 'Classifications',
  summaryCohorts: 'Circumstances',
  summaryPlacement: 'Why this stage',
  summaryExceptions: 'Exceptions',
  summaryMissing: 'What is still missing',
  summaryGates: 'Conditions',
  summaryAnswers: 'Answers',
  summaryEvidence: 'Evidence',
  /** What follows now ("What can happen next" is what may follow). */
  summaryNextSteps: 'What to do next',
  summaryWhatNext: 'What can happen next',
  summaryAfterReferral: 'What can happen after the referral',
  /** `target` is "" where the title already names it ("Refer to Healthy Minds"). */
  nextRefer: (title: string, target: string) => (target ? `${title}: refer to ${endSentence(target)}` : endSentence(title)),
  nextReferWhenReady: (title: string, target: string) =>
    target ? `${title}: once what is still missing is done, refer to ${endSentence(target)}` : `${title} once what is still missing is done.`,
  /** A legal action whose stage or route is not complete yet: the outcome's sentence, its full stop moved. */
  nextOutcomeWhenReady: (sentence: string) => `${sentence.replace(/\.$/u, '')} once what is still missing is done.`,
  nextAfterReferral: (target: string, response: string) => `After referring to ${target}: ${response}`,
  outcomeEscalate: (title: string, to: string) => leadsTo(title, 'escalate', to),
  outcomeEscalateAnywhere: (title: string) => `${title}: escalate to a more intensive stage.`,
  outcomeStepDown: (title: string, to: string) => leadsTo(title, 'step down', to),
  outcomeStepDownAnywhere: (title: string) => `${title}: step down to a less intensive stage.`,
  outcomeClose: (title: string) => closeSentence(title),
  outcomeContinue: (title: string) => (/\bcontinue at this stage\b/i.test(title) ? endSentence(title) : `${title}: continue at this stage.`),
  outcomeRedirect: (title: string, to: string) => leadsTo(title, 'go', to),
  outcomeOther: (title: string) => endSentence(title),
  dutyHeading: (role: string, force: string | undefined) =>
    force === 'must' ? `${role} must:` : force === 'should' ? `${role} should:` : force === 'consider' ? `${role} should consider:` : force === 'may' ? `${role} may:` : `${role}:`,
  summaryDuties: 'Who does what',
  summaryTimeLimits: 'Time limits',
  summaryResources: 'Resources',
  summaryContacts: 'Contacts',
  summaryReferral: (title: string) => `Referral: ${title}`,
  summaryReferralTo: 'Goes to',
  summaryReferralHow: 'How to refer',
  summaryReferralEmail: 'Email',
  summaryReferralPhone: 'Phone',
  summaryReferralWeb: 'Online',
  summaryReferralFields: 'Information needed',
  summaryReferralInclude: 'Include',
  summaryReferralResponse: 'What happens next',
  summaryGenerated: (when: string) => `Summary made on ${when}.`,
  /** The rules were worked out as at a day other than the one the summary was made (`as-of`): that day, said instead. */
  summaryAsAt: (day: string) => `Worked out as at ${day}.`,
  summaryPathway: (title: string, version: string) => `${title}, version ${version}`,
  print: 'Print',
  downloadJson: 'Download as JSON',
  downloadHtml: 'Download as a web page',
  changeAnswers: 'Change your answers',
  submit: 'Submit summary',
  submitting: 'Sending…',
  submitSuccess: 'Your summary has been sent.',
  submitFailed: `Your summary could not be sent. ${ANSWERS_KEPT}`,
  submitHttpFailed: (status: number) =>
    `Your summary could not be sent (the server answered ${status}). ${ANSWERS_KEPT}`,
  downloadFileTitle: (title: string) => `Summary: ${title}`,

  // Drafts that cannot be opened in time
  draftsTimedOut:
    "Answers cannot be saved on this device just now: the browser's storage did not respond. Your answers are kept only while this page is open.",

  // Submitting: cancelled, timed out, not confirmed
  submitCancel: 'Cancel sending',
  submitCancelled:
    `You cancelled sending, so we cannot tell whether your summary arrived. ${ANSWERS_KEPT}`,
  submitTimedOut:
    `The server did not answer in time, so we cannot tell whether your summary arrived. ${ANSWERS_KEPT}`,
  submitUnconfirmed:
    `The server answered, but did not confirm that it received your summary (it may want you to sign in). ${ANSWERS_KEPT}`,

  // The pathway changed while the journey was open (e.g. the editor's live preview)
  updateNote: (changes: readonly string[]) =>
    changes.length > 0 ? `${PATHWAY_UPDATED}: ${changes.join(', ')}.` : `${PATHWAY_UPDATED}.`,
  /** Above the changes when they are a list, one a line. */
  updateNoteLead: `${PATHWAY_UPDATED}:`,
  updateQuestionsAdded: (count: number) => `${questions(count)} added`,
  updateQuestionsRemoved: (count: number) => `${questions(count)} removed`,
  /** Questions the school had answered, gone from the pathway: named, so nothing entered goes unsaid. */
  updateAnsweredRemoved: (texts: readonly string[]) =>
    `your ${texts.length === 1 ? 'answer' : 'answers'} to ${quotedList(texts)} removed (no longer in the pathway)`,
  updateAnswersCleared: (texts: readonly string[]) =>
    `your ${texts.length === 1 ? 'answer' : 'answers'} to ${quotedList(texts)} cleared because ${texts.length === 1 ? 'the question' : 'the questions'} changed`,
  updateQuestionsReworded: (count: number) => `${questions(count)} reworded`,
  updateQuestionsRenamed: (count: number) => `${questions(count)} renamed (same wording)`,
  /** Evidence confirmed, circumstances ticked or figures entered for items gone from the pathway (or changed), by title. */
  updateOtherRemoved: (titles: readonly string[]) => `what you entered for ${quotedList(titles)} removed (no longer in the pathway)`,
  /** What was typed into a referral field now in a field with another label: the school checks it belongs there. */
  updateFieldMoved: (from: string, to: string) => `what you typed for "${from}" moved to "${to}" (check it belongs there)`,
  /** Chosen routes the pathway no longer has: the school chooses again. */
  updateRouteRemoved: (titles: readonly string[]) => `the ${chosenRoutes(titles)} removed: choose a route again`,
  updateStageRenamed: (from: string, to: string) => `${stageNamed(from)} renamed to "${to}"`,
  updateStageAdded: (title: string, applies?: string) => `${stageNamed(title)} added${applies ? ` (applies when ${applies})` : ''}`,
  /** In a restored draft's notice: the figures that place a pupil changed (phrases from updateStageAdded and updateStageBands). */
  draftBandsChanged: (changes: readonly string[]) => `The figures that place a pupil at each stage changed: ${changes.join('; ')}.`,
  /** In a restored draft's notice: time limits that got longer or shorter (phrases from updateTimeLimitLength). */
  draftTimeLimitsChanged: (changes: readonly string[]) => `How long a time limit lasts changed: ${changes.join('; ')}.`,
  /** A stage's bands moved ("now" or "was" '' when it has, or had, none). */
  updateStageBands: (stage: string, now: string, was: string) =>
    `${stageNamed(stage)} ${now === '' ? `no longer placed by figures (was when ${was})` : `now applies when ${now}${was ? ` (was ${was})` : ''}`}`,
  updateStageRemoved: (title: string) => `${stageNamed(title)} removed`,
  /** A time limit got longer or shorter (its end date on the page moves with it). */
  updateTimeLimitLength: (title: string, now: string, was: string) => `time limit "${title}" now lasts ${now} (was ${was})`,
  updateMovedStageRemoved: (title: string) =>
    `The stage you were working at, "${title}", is no longer in the pathway, so you are back at choosing a stage.`,
  /** The stage that applies to the case is not the one it was at before the pathway changed (journey/stage-moved.ts). */
  stageMoved: (was: string, now: string, why: 'removed' | 'figures' | 'other', renamed?: string) =>
    `The stage that applies changed from "${was}"${renamed ? ` (now called "${renamed}")` : ''} to "${now}": ${
      why === 'removed' ? `"${was}" is no longer in the pathway` : why === 'figures' ? 'the figures that place a pupil at each stage changed' : 'the pathway changed'
    }.`,
  stageMovedReferrals: (titles: readonly string[], was: string) =>
    `${titles.map((title) => `"${title}"`).join(', ')} ${titles.length === 1 ? 'belongs' : 'belong'} to "${was}", so ${titles.length === 1 ? 'it is' : 'they are'} not offered now.`,
  updateMovedPage: (page: string) => `The page you were on is no longer needed, so you are now on "${page}".`,

  // A default stage when no band matches
  // The pupil's stage may be placed by figures, a recorded outcome or a circumstance: not "these figures".
  stageDefaultOffered: (title: string, notOffered: string) =>
    `The pathway places this pupil at a stage that is not offered to them: ${endSentence(notOffered)} We have chosen the most intensive stage that is: ${endSentence(title)} You can choose another stage.`,
  stageDefaultRedirected: (title: string, from: string) =>
    `For this pupil, the pathway goes to ${title.replace(/\.$/, '')} instead of ${endSentence(from)} You can choose another stage.`,
  // Said as the summary says it (the engine's placement.start / placement.fallbackUniversal).
  stageDefault: (title: string, why: 'universal' | 'start', _figuresEntered: boolean) =>
    `Nothing else places the pupil, so the case is at "${title}", ${why === 'universal' ? 'which applies to every pupil' : 'where a case starts'}. You can choose another stage.`,

  // Durations
  duration: (amount: string, unit: string, qualifier: 'exactly' | 'upTo' | 'atLeast' | undefined) =>
    qualifier === 'upTo' ? `up to ${amount} ${unit}` : qualifier === 'atLeast' ? `at least ${amount} ${unit}` : `${amount} ${unit}`,
  /** A time unit for an amount in the plural category `Intl.PluralRules` gives for it (English: the engine's unit names). */
  unit: (unit: string, plural: PluralCategory): string => unitName(unit, plural === 'one'),

  /**
   * The engine's reasons by code, e.g. `{ 'band.match': (p) => … }` (English in `reasons.ts`).
   * A translation replaces them by code; a code missing from both falls back to the engine's text.
   */
  reasons: enReasons as Partial<Record<string, (params: Record<string, string | number>) => string>>,

  // Embedding (fixer X): saved drafts to choose from, a part that could not be downloaded. Entries that
  // changed shape took new names, so a page's table written for the old ones cannot break the chooser.
  draftChoiceTitle: 'Saved answers on this device',
  draftChoiceIntro:
    'Answers to this pathway have been saved on this device more than once. Choose the ones to carry on with, or start afresh. Pupil details are never saved, so each is shown by when it was saved and how far it got.',
  draftChoiceIntroOne:
    'Answers to this pathway were saved on this device earlier. Carry on with them, or start afresh for another pupil: they stay saved until you remove them. Pupil details are never saved, so they are shown by when they were saved and how far they got.',
  draftChoiceButton: (when: string) => `Carry on with the answers saved on ${when}`,
  draftChoiceFresh: 'Start afresh',
  draftChoiceRemoveOne: (when: string) => `Remove the answers saved on ${when} from this device`,
  draftChoiceRemoveAllOf: (count: number) => `Remove all ${count} sets of saved answers from this device`,
  draftChoiceRemoveAllConfirm: (count: number) => `This removes all ${count} sets of saved answers from this device, not only one pupil's. They cannot be got back.`,
  draftChoiceRemoveAllYes: (count: number) => `Yes, remove all ${count}`,
  draftChoiceRemoveAllNo: 'Cancel',
  draftChoiceRemovedOne: (when: string) => `The answers saved on ${when} have been removed from this device.`,
  draftChoiceRemovedAll: (count: number) => `${count} sets of saved answers have been removed from this device.`,
  draftsClearAllHint:
    "“Clear saved answers” removes only the answers you are working on. To remove every saved answer on this device, clear this site's data in your browser's settings.",
  partFailedTitle: 'This part could not be downloaded',
  partFailed: 'This part of the pathway could not be downloaded. Check your connection and try again. Your answers are kept.',
  /** The language these words are in (BCP 47): a table in another language says its own, e.g. 'cy'. */
  lang: 'en',

  // Next steps and placement (fixer R): what follows now, what can follow, and what placed the pupil
  /** A referral the stage offers, not advised because an outcome that closes or moves the case holds. */
  nextReferralNotNeeded: (referral: string, outcome: string) => `${referral}: not needed, because "${outcome}" applies.`,
  /** A referral a condition rules out on what was entered: nothing still to do would make it ready. */
  nextReferCannot: (title: string, target: string, why: string) =>
    `${title}: the referral to ${target} cannot be made as things stand. ${endSentence(why)}`,
  /**
   * A referral waiting on a blocking question answered the other way: not ready, but not ruled
   * out (the answer may change, or the school may refer anyway): never "cannot be made".
   */
  nextReferNotReadyAnswer: (title: string, target: string, why: string) => `${title}: the referral to ${target} is not ready yet: ${endSentence(why)}`,
  /** What rules a referral out when a blocking question was answered the other way: the question, then "Answered No, but Yes is needed". */
  nextRuledOutByAnswer: (question: string, why: string) => `${endSentence(question)} ${why}`,
  whyMostIntensiveApplies: (stage: string, count: string) => `Of the ${count} stages that apply, this is the most intensive: ${endSentence(stage)}`,
  stageAppliesEntry: 'Applies to this pupil',
  stageAppliesOutcome: 'A recorded outcome leads here',
  summarySuggestedStageEntered: 'Stage suggested',
  whyNoStageEntered: 'Nothing entered places the pupil at a stage.',
  whyChosenEntered: (chosen: string, suggested: string) => `You chose ${endSentence(chosen)} What was entered suggests ${endSentence(suggested)}`,
  whyChosenNoSuggestionEntered: (chosen: string) => `You chose ${endSentence(chosen)} Nothing entered suggests a stage.`,
  whyChosenByYouEntered: 'You chose this stage.',
  /** Nothing places the pupil: the stage that applies without a choice (a universal or start stage). */
  whyChosenOtherwise: (chosen: string, otherwise: string) => `You chose ${endSentence(chosen)} Without a choice, the case would be at ${endSentence(otherwise)}`,
  summaryOtherwiseStage: 'Stage that applies without a choice',
};

/** The whole table: what `strings` replaces part of. */
export type WidgetStrings = typeof en;

/** Every code the engine gives a reason by: a whole translation has each in `reasons`. */
export const reasonCodes = (): string[] => Object.keys(messages);

/** The table with the page's replacements laid over the English. */
export function mergeStrings(overrides: Partial<WidgetStrings> | undefined): WidgetStrings {
  if (!overrides) return en;
  return { ...en, ...overrides, reasons: { ...en.reasons, ...(overrides.reasons ?? {}) } };
}

/** An engine reason in the page's language where the table has it, else the engine's English. */
export function reasonText(strings: WidgetStrings, reason: Reason | undefined): string {
  if (!reason) return '';
  const translate = Object.hasOwn(strings.reasons, reason.code) ? strings.reasons[reason.code] : undefined;
  if (typeof translate === 'function') {
    try {
      return translate(localParams(strings, reason.params));
    } catch {
      return wholeWords(reason.text);
    }
  }
  return wholeWords(reason.text);
}

/**
 * The engine quotes long authored text cut at 80 characters, often mid-word ("…and have appro…").
 * Shown to people, a cut ends at a word: the (possibly partial) last word before a quoted
 * "…" goes ("…and…").
 */
export function wholeWords(text: string): string {
  return text.includes('…"') ? text.replace(/(\S)\s+[^\s…"]+…"/gu, '$1…"') : text;
}

/** The engine's words for yes / no answers, said in the table's language instead. */
const ANSWER_WORDS: Record<string, 'yes' | 'no' | 'notApplicable'> = { Yes: 'yes', No: 'no', 'Not applicable': 'notApplicable' };

/** Params as shown: quoted text cut at a word, and answers ("Yes", "No") in the table's words. */
function localParams(strings: WidgetStrings, params: Record<string, string | number> | undefined): Record<string, string | number> {
  if (!params) return {};
  let copy: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    let shown = value;
    if ((key === 'answer' || key === 'expected') && Object.hasOwn(ANSWER_WORDS, value)) shown = strings[ANSWER_WORDS[value]];
    else if (value.includes('…')) shown = wholeWords(value);
    if (shown === value) continue;
    copy ??= { ...params };
    copy[key] = shown;
  }
  return copy ?? params;
}

/** Text cut to at most `limit` characters at a word boundary, ending "…" when it was cut. */
export function shortText(text: string, limit = 80): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut.slice(0, limit - 1)).replace(/[\s,;:.-]+$/u, '')}…`;
}
