/**
 * Every English sentence the engine produces, in one table keyed by a stable code. A reason
 * carries its code and params beside the text, so a UI can show its own translation by code
 * (`messages[code]` is the English one). Params are plain strings and numbers, already
 * formatted (quoted titles, "88%", "3 March 2025"), so a translation can reuse them.
 *
 * Conventions: questions, stages, evidence, cohorts and routes are quoted by their authored
 * text (cut to 80 characters); measures are named by their title without quotes.
 */
import type { Reason } from './types.js';
import { closeSentence, leadsTo, midSentence, theNamed } from './text.js';

type Params = Record<string, string | number>;

/** A date named with its value: "X" (1 March 2021), or X (if any), on 1 March 2021 where X already ends in brackets. */
const dated = (name: string, date: string) => (/\)["”]?$/u.test(name) ? `${name}, on ${date}` : `${name} (${date})`);

/** How a stage or referral not offered for this pupil stands (a referral is never skipped). */
export const notOffered = (status: unknown): string => (status === 'skipped' ? 'skipped' : status === 'redirected' ? 'redirected elsewhere' : 'not offered');

export const messages = {
  // Measures ---------------------------------------------------------------------------
  'measure.notEntered': (p: { measure: string }) => `${p.measure} has not been entered`,
  'measure.unknown': (p: { id: string }) => `This pathway has no measure called "${p.id}"`,
  'measure.wrongShape': (p: { measure: string; expected: string }) => `${p.measure} needs ${p.expected}`,
  'measure.notANumber': (p: { measure: string }) => `${p.measure} must be a number`,
  'measure.percentageOutOfRange': (p: { measure: string; value: string }) =>
    `${p.measure} must be a percentage from 0 to 100, not ${p.value}`,
  'measure.sessionsNotWhole': (p: { measure: string }) =>
    `${p.measure}: session counts must be whole numbers, 0 or more`,
  'measure.moreThanPossible': (p: { measure: string; counted: string; possible: string; what: string }) =>
    `${p.measure}: ${p.counted} sessions ${p.what} is more than the ${p.possible} possible sessions`,
  'measure.noPossibleSessions': (p: { measure: string }) =>
    `${p.measure} cannot be worked out yet: there are no possible sessions yet`,
  'measure.tooEarly': (p: { measure: string; possible: string; minimum: string }) =>
    `${p.measure} is based on only ${p.possible} possible sessions; the pathway treats fewer than ${p.minimum} as too early to rely on, so it does not decide the stage`,
  'measure.countNotWhole': (p: { measure: string; unit: string }) =>
    `${p.measure} must be a whole number of ${p.unit}, 0 or more`,
  'measure.belowMinimum': (p: { measure: string; value: string; minimum: string }) =>
    `${p.measure} cannot be below ${p.minimum}, not ${p.value}`,
  'measure.aboveMaximum': (p: { measure: string; value: string; maximum: string }) =>
    `${p.measure} cannot be above ${p.maximum}, not ${p.value}`,

  // Bands and placement -----------------------------------------------------------------
  'band.match': (p: { value: string; band: string }) => `${p.value} is ${p.band}`,
  'placement.band': (p: { value: string; band: string; stage: string }) => `${p.value} is ${p.band}: ${p.stage}`,
  // `figures`: the change over time among the reasons, for a UI that shows the author's description instead.
  'placement.entry': (p: { stage: string; because: string; figures?: string }) => `${p.stage} applies because ${midSentence(p.because)}`,
  'placement.universal': (p: { stage: string }) => `${p.stage} applies to every pupil`,
  'placement.gap': (p: { value: string; measure?: string }) => `${p.measure ? `${p.measure}: ` : ''}${p.value} is not in any stage's band`,
  'placement.overlap': (p: { value: string; stages: string; count: number }) =>
    p.count === 2 ? `${p.value} is in the bands of both ${p.stages}` : `${p.value} is in the bands of ${p.stages}`,
  'placement.primary': (p: { stage: string; stages: string }) =>
    `More than one stage applies (${p.stages}); the most intensive, "${p.stage}", is used unless you choose another`,
  'placement.entryNotKnown': (p: { stage: string; because: string }) => `Not known yet whether ${p.stage} applies: ${p.because}`,
  'placement.entryReadingAge': (p: { stage: string; because: string }) =>
    `${p.stage} does not apply because of when the earlier reading was taken: ${p.because}`,
  'placement.none': () => `No stage's band or entry rule matches`,
  /** An exit rule met while the stage's own way in still holds (stage-exit.ts): leaving would place the pupil here again. */
  'exit.stillEntered': (p: { stage: string; because: string }) => `but ${p.stage} still applies: ${p.because}`,
  'placement.backAfterStepDown': (p: { stage: string; outcome: string; to: string }) =>
    `The pupil is back at ${p.stage}: ${p.outcome} was recorded (a step down to ${p.to}), but the figures now place them here`,

  // Conditions --------------------------------------------------------------------------
  'condition.answerIs': (p: { question: string; answer: string }) => `${p.question} is answered ${p.answer}`,
  'condition.answerIsNot': (p: { question: string; answer: string; expected: string }) =>
    `${p.question} is answered ${p.answer}, not ${p.expected}`,
  'condition.answered': (p: { question: string }) => `${p.question} is answered`,
  'condition.notAnswered': (p: { question: string }) => `${p.question} is not answered`,
  'condition.answerNotUnderstood': (p: { question: string }) => `The answer to ${p.question} was not understood`,
  'condition.notANumber': (p: { question: string }) => `${p.question} is not answered with a number`,
  'condition.atLeast': (p: { question: string; answer: string; limit: string }) =>
    `${p.question} is ${p.answer}, at least ${p.limit}`,
  'condition.lessThan': (p: { question: string; answer: string; limit: string }) =>
    `${p.question} is ${p.answer}, less than ${p.limit}`,
  'condition.atMost': (p: { question: string; answer: string; limit: string }) =>
    `${p.question} is ${p.answer}, at most ${p.limit}`,
  'condition.moreThan': (p: { question: string; answer: string; limit: string }) =>
    `${p.question} is ${p.answer}, more than ${p.limit}`,
  'condition.measureWithin': (p: { measure: string; value: string; range: string }) =>
    `${p.measure} is ${p.value}, ${p.range}`,
  'condition.measureOutside': (p: { measure: string; value: string; range: string }) =>
    `${p.measure} is ${p.value}, not ${p.range}`,
  'condition.measureNotEntered': (p: { measure: string }) => `${p.measure} has not been entered`,
  'condition.measureInvalid': (p: { measure: string }) =>
    `${p.measure} could not be worked out from the figures entered`,
  'condition.cohortTicked': (p: { cohort: string }) => `${p.cohort} is ticked`,
  'condition.cohortNotTicked': (p: { cohort: string }) => `${p.cohort} is not ticked`,
  'condition.evidenceConfirmed': (p: { evidence: string }) => `${p.evidence} is confirmed`,
  'condition.evidenceNotConfirmed': (p: { evidence: string }) => `${p.evidence} is not confirmed`,
  // An "any" not known yet, naming each alternative still open (conditions.ts).
  'condition.oneOf': (p: { alternatives: string }) => `One of: ${p.alternatives}`,
  'condition.stageComplete': (p: { stage: string }) => `${p.stage} is complete`,
  'condition.stageIncomplete': (p: { stage: string; count: number }) =>
    `${p.stage} is not complete: ${p.count} blocking ${p.count === 1 ? 'item or rule is' : 'items or rules are'} outstanding`,
  'condition.stageCycle': (p: { stage: string }) =>
    `${p.stage} cannot count as complete: whether it is complete depends on itself`,
  'condition.unknownStage': (p: { id: string }) => `This pathway has no stage called "${p.id}"`,
  'condition.noDate': (p: { question: string }) => `${p.question} has no date yet`,
  'condition.noToday': (p: { question: string }) =>
    `Today's date is not known, so the time since ${midSentence(p.question)} cannot be worked out`,
  'condition.elapsedAtLeast': (p: { duration: string; question: string; date: string }) =>
    `It is at least ${p.duration} since ${dated(midSentence(p.question), p.date)}`,
  'condition.elapsedNotYet': (p: { duration: string; question: string; date: string; due: string }) =>
    `It is not yet ${p.duration} since ${dated(midSentence(p.question), p.date)}; that will be on ${p.due}`,
  // `until`: the last day it holds, for a UI saying how long what it decides lasts ("until 20 March 2026").
  'condition.elapsedWithin': (p: { duration: string; question: string; date: string; until?: string }) =>
    `It is no more than ${p.duration} since ${dated(midSentence(p.question), p.date)}`,
  'condition.elapsedPast': (p: { duration: string; question: string; date: string; due: string }) =>
    `It is more than ${p.duration} since ${dated(midSentence(p.question), p.date)}; the ${p.duration} ran out on ${p.due}`,
  'condition.dateCome': (p: { question: string; date: string }) => `${p.question} (${p.date}) has come`,
  // A date before today: "has come" reads as if it were today.
  'condition.dateWas': (p: { question: string; date: string }) => `${p.question} was on ${p.date}`,
  'condition.dateNotCome': (p: { question: string; date: string }) => `${p.question} (${p.date}) has not come yet`,
  'condition.unknown': () => `This rule could not be understood`,

  // Dates, durations and change over time (format 1.1) -----------------------------------
  'duration.notAgreed': (p: { question: string }) => `${p.question} is not answered, so the length agreed is not known`,
  'condition.betweenAtLeast': (p: { duration: string; from: string; fromDate: string; to: string; toDate: string }) =>
    `There are at least ${p.duration} from ${midSentence(p.from)} (${p.fromDate}) to ${midSentence(p.to)} (${p.toDate})`,
  'condition.betweenLess': (p: { duration: string; from: string; fromDate: string; to: string; toDate: string }) =>
    `There are less than ${p.duration} from ${midSentence(p.from)} (${p.fromDate}) to ${midSentence(p.to)} (${p.toDate})`,
  'condition.betweenWithin': (p: { duration: string; from: string; fromDate: string; to: string; toDate: string }) =>
    `There are no more than ${p.duration} from ${midSentence(p.from)} (${p.fromDate}) to ${midSentence(p.to)} (${p.toDate})`,
  'condition.datesReversed': (p: { from: string; fromDate: string; to: string; toDate: string }) =>
    `${p.to} (${p.toDate}) is before ${p.from} (${p.fromDate}): check the dates`,
  'condition.betweenMore': (p: { duration: string; from: string; fromDate: string; to: string; toDate: string }) =>
    `There are more than ${p.duration} from ${midSentence(p.from)} (${p.fromDate}) to ${midSentence(p.to)} (${p.toDate})`,
  'change.improved': (p: { measure: string; by: string; from: string; to: string }) =>
    `${p.measure} improved by ${p.by} (from ${p.from} to ${p.to})`,
  'change.declined': (p: { measure: string; by: string; from: string; to: string }) =>
    `${p.measure} declined by ${p.by} (from ${p.from} to ${p.to})`,
  'change.notImproved': (p: { measure: string; since: string; from: string; to: string }) =>
    `${p.measure} has not improved since ${p.since} (from ${p.from} to ${p.to})`,
  'change.notDeclined': (p: { measure: string; since: string; from: string; to: string }) =>
    `${p.measure} has not declined since ${p.since} (from ${p.from} to ${p.to})`,
  'change.notImprovedBy': (p: { measure: string; atLeast: string; since: string; from: string; to: string }) =>
    `${p.measure} has not improved by at least ${p.atLeast} since ${p.since} (from ${p.from} to ${p.to})`,
  'change.notDeclinedBy': (p: { measure: string; atLeast: string; since: string; from: string; to: string }) =>
    `${p.measure} has not declined by at least ${p.atLeast} since ${p.since} (from ${p.from} to ${p.to})`,
  'change.theEarlierReading': () => `the earlier reading`,
  'change.readingOn': (p: { value: string; date: string }) => `${p.value} on ${p.date}`,
  'change.noBaseline': (p: { measure: string }) => `The earlier reading of ${p.measure} has not been entered`,
  'change.baselineInvalid': (p: { measure: string }) =>
    `The earlier reading of ${p.measure} could not be worked out from the figures entered`,
  'change.fromZero': (p: { measure: string }) =>
    `The earlier reading of ${p.measure} is 0, so a change in per cent cannot be worked out`,
  'change.notComparable': (p: { measure: string }) => `${p.measure} is a date, so it cannot improve or decline`,
  'change.baselineNoDate': (p: { measure: string }) =>
    `The date of the earlier reading of ${p.measure} is not entered: enter when it was taken`,
  'change.noToday': (p: { measure: string }) =>
    `Today's date is not known, so the age of the earlier reading of ${p.measure} cannot be worked out`,
  'change.overMet': (p: { measure: string; date: string; duration: string }) =>
    `The earlier reading of ${p.measure} (${p.date}) is at least ${p.duration} old`,
  'change.overNotYet': (p: { measure: string; date: string; duration: string; due: string }) =>
    `The earlier reading of ${p.measure} (${p.date}) is not yet ${p.duration} old; it will be on ${p.due}`,
  'change.withinMet': (p: { measure: string; date: string; duration: string }) =>
    `The earlier reading of ${p.measure} (${p.date}) is no more than ${p.duration} old`,
  'change.withinPast': (p: { measure: string; date: string; duration: string; due: string }) =>
    `The earlier reading of ${p.measure} (${p.date}) is more than ${p.duration} old: it was ${p.duration} old on ${p.due}`,
  'measure.notADate': (p: { measure: string }) => `${p.measure} must be a real date, entered as YYYY-MM-DD`,
  'measure.fromNotEntered': (p: { measure: string; from: string }) =>
    `${p.measure} is counted from ${midSentence(p.from)}, which is not entered yet`,
  // A blank date that means the event has not happened (`ifBlank`): the author's own words.
  'date.notHappened': (p: { date: string; text: string }) => p.text,
  'measure.fromNotHappened': (p: { measure: string; text: string }) => `${p.measure} is not counted: ${p.text}`,
  'condition.mayStillHappen': (p: { question: string; duration: string; from: string; due: string }) =>
    `${p.question} may still come within ${p.duration} of ${p.from} (by ${p.due})`,
  'timeLimit.neverStarted': (p: { title: string; text: string }) => `${p.title} has not started: ${p.text}`,
  'outcome.untilExpiryNotStarted': (p: { limit: string; text: string }) =>
    `Not yet: opens when ${p.limit} runs out, and it has not started: ${p.text}`,
  // `date`: the date left blank (quoted), for a UI that asks for it instead of stating the author's "if blank" sentence.
  'duty.notStarted': (p: { text: string; date?: string }) => `No due date: ${p.text}`,
  'period.since': (p: { date: string }) => `since ${p.date}`,
  'period.between': (p: { range: string }) => p.range,
  'timeLimit.extensionTotal': (p: { duration: string }) => `can be extended to a total of ${p.duration}`,
  'timeLimit.extensionTotalWhen': (p: { duration: string; when: string }) =>
    `can be extended to a total of ${p.duration} (${p.when})`,
  'timeLimit.onBreach': (p: { what: string }) => `if breached: ${p.what}`,
  'timeLimit.endsOn': (p: { date: string }) => `ends on ${p.date}`,
  'timeLimit.endedOn': (p: { date: string }) => `ended on ${p.date}`,
  // In the summary's sentence: a period counted from a date left blank, where blank means the event has not happened.
  'timeLimit.notStartedPart': (p: { text: string }) => `it has not started: ${p.text}`,
  'timeLimit.reviewDue': (p: { date: string }) => `first review due on ${p.date}`,
  'timeLimit.reviewNext': (p: { last: string; date: string }) => `a review was due on ${p.last}; next review due on ${p.date}`,
  'timeLimit.reviews': (p: { duration: string; start: string; startDate: string; next: string }) =>
    `Reviewed every ${p.duration} from ${midSentence(p.start)} (${p.startDate}); next review due on ${p.next}`,
  'timeLimit.runs': (p: { start: string; startDate: string; end: string }) =>
    `Runs from ${midSentence(p.start)} (${p.startDate}) to ${p.end}`,
  'timeLimit.noStart': (p: { start: string }) => `${p.start} has no date yet, so the end date is not known`,
  'timeLimit.passed': (p: { end: string }) => `It ran out on ${p.end}`,
  'timeLimit.latest': (p: { date: string }) => `With an extension it can run to ${p.date} at the latest`,
  'timeLimit.extended': (p: { date: string; because: string }) => `It has been extended (${midSentence(p.because)}): it now ends on ${p.date}`,
  'timeLimit.extendedNote': () => `extended, as agreed`,
  'timeLimit.breached': (p: { title: string; because: string }) => `${p.title} has been breached: ${p.because}`,
  'timeLimit.notBreached': (p: { title: string; because: string }) => `${p.title} has not been breached: ${p.because}`,
  'timeLimit.notStarted': (p: { title: string; date: string }) => `${p.title} has not started yet: it starts on ${p.date}`,
  'outcome.triggeredByBreach': (p: { limit: string; because: string }) => `Open: ${p.limit} has been breached (${midSentence(p.because)})`,
  'outcome.triggeredByExpiry': (p: { limit: string; date: string }) => `Open: ${p.limit} ran out on ${p.date}`,
  'outcome.triggeredByReview': (p: { limit: string; date: string }) => `Open: a review under ${p.limit} was due on ${p.date}`,
  'outcome.untilReview': (p: { limit: string; date: string }) => `Not yet: opens when the first review under ${p.limit} is due on ${p.date}`,
  'outcome.expiredAndRule': (p: { limit: string; date: string; because: string }) =>
    `Open: ${p.limit} ran out on ${p.date}, and ${midSentence(p.because)}`,
  'outcome.expiredRuleFails': (p: { limit: string; date: string; because: string }) =>
    `Not open: ${p.limit} ran out on ${p.date}, but ${midSentence(p.because)}`,
  'outcome.breachedAndRule': (p: { limit: string; because: string }) => `Open: ${p.limit} has been breached, and ${midSentence(p.because)}`,
  'outcome.breachedRuleFails': (p: { limit: string; because: string }) => `Not open: ${p.limit} has been breached, but ${midSentence(p.because)}`,
  'outcome.closedByBreach': (p: { limit: string }) => `Not open: ${p.limit} has been breached`,
  'outcome.expiredWithoutBreach': (p: { limit: string; date: string }) => `Not open: ${p.limit} ran out on ${p.date} without a breach`,
  'outcome.untilBreach': (p: { limit: string }) => `Not yet: opens if ${p.limit} is breached`,
  'outcome.untilExpiry': (p: { limit: string; date: string }) => `Not yet: opens when ${p.limit} runs out on ${p.date}`,
  'outcome.untilExpiryUnbreached': (p: { limit: string; date: string }) =>
    `Not yet: opens if ${p.limit} runs out on ${p.date} without a breach`,
  'outcome.untilExpiryNoDate': (p: { limit: string; start: string }) =>
    `Not yet: opens when ${p.limit} runs out; enter ${p.start} to know when`,
  'outcome.untilExpiryNoEnd': (p: { limit: string }) => `Not yet: opens when ${p.limit} runs out`,
  'next.breached': (p: { title: string; what: string }) => `${p.title} has been breached: ${p.what}`,
  'next.breachedNotOffered': (p: { title: string; what: string; exception: string }) =>
    `${p.title} has been breached: ${p.what} This is not offered for this pupil: ${p.exception}.`,

  // Questions, evidence and referral fields ----------------------------------------------
  'question.met': (p: { answer: string }) => `Answered ${p.answer}`,
  'question.unmet': (p: { answer: string; expected: string }) => `Answered ${p.answer}, but ${p.expected} is needed`,
  'question.notAnswered': () => `Not answered yet`,
  'question.optionalNotAnswered': () => `Not answered (optional)`,
  'question.notUnderstood': (p: { hint: string }) => `The answer was not understood: ${p.hint}`,
  'hint.yesNo': () => `answer Yes or No`,
  'hint.yesNoNa': () => `answer Yes, No or Not applicable`,
  'hint.choice': () => `choose one of the options`,
  'hint.number': () => `enter a number`,
  'hint.numberFrom': (p: { minimum: string }) => `enter a number of ${p.minimum} or more`,
  'hint.numberUpTo': (p: { maximum: string }) => `enter a number of ${p.maximum} or less`,
  'hint.numberBetween': (p: { minimum: string; maximum: string }) => `enter a number from ${p.minimum} to ${p.maximum}`,
  'hint.date': () => `enter a real date as YYYY-MM-DD`,
  'hint.text': () => `enter some text`,
  'item.notShown': (p: { because: string }) => `Not needed: ${p.because}`,
  'item.routeClosed': (p: { route: string }) => `Not needed: ${theNamed('route', p.route)} is not open`,
  'item.questionNotAsked': (p: { question: string }) => `Not needed: ${p.question} is not asked`,
  'evidence.confirmed': () => `Confirmed`,
  'evidence.notConfirmed': () => `Not confirmed yet`,
  'evidence.optionalNotConfirmed': () => `Not confirmed (optional)`,
  'field.given': () => `Given`,
  'field.missing': () => `Not given yet`,
  'field.optionalMissing': () => `Not given (optional)`,
  'field.invalidDate': () => `Not a real date: enter it as YYYY-MM-DD`,

  // Routes, outcomes and gates ------------------------------------------------------------
  'route.always': () => `Always open`,
  'route.open': (p: { because: string }) => `Open: ${p.because}`,
  'route.closed': (p: { because: string }) => `Not open: ${p.because}`,
  'outcome.always': () => `Always possible`,
  'outcome.open': (p: { because: string }) => `Open: ${p.because}`,
  'outcome.closed': (p: { because: string }) => `Not open: ${p.because}`,
  'outcome.notKnown': (p: { because: string }) => `Not known yet: ${p.because}`,
  'outcome.stageUnavailable': (p: { status: string }) =>
    `Not open: this stage is ${notOffered(p.status)} for this pupil`,
  'outcome.leadsToUnavailableStage': (p: { stage: string; status: string }) =>
    `Not open: "${p.stage}" is ${notOffered(p.status)} for this pupil`,
  'outcome.referralUnavailable': (p: { title: string; status: string }) =>
    `Not open: "${p.title}" is ${notOffered(p.status)} for this pupil`,

  // Answers as shown in summaries -----------------------------------------------------------
  'answer.yes': () => 'Yes',
  'answer.no': () => 'No',
  'answer.na': () => 'Not applicable',
  'answer.none': () => 'Not answered',
  'answer.notUnderstood': () => 'Not understood',

  // Summary sentences -----------------------------------------------------------------------
  'next.escalate': (p: { title: string; to: string }) => leadsTo(p.title, 'escalate', p.to),
  'next.escalateAnywhere': (p: { title: string }) => `${p.title}: escalate to a more intensive stage.`,
  'next.stepDown': (p: { title: string; to: string }) => leadsTo(p.title, 'step down', p.to),
  'next.stepDownAnywhere': (p: { title: string }) => `${p.title}: step down to a less intensive stage.`,
  'next.close': (p: { title: string }) => closeSentence(p.title),
  'next.continue': (p: { title: string }) => `${p.title}: continue at this stage.`,
  'next.redirect': (p: { title: string; to: string }) => leadsTo(p.title, 'go', p.to),
  'next.redirectElsewhere': (p: { title: string }) => `${p.title}: go elsewhere, as described.`,
  'next.refer': (p: { title: string; to: string }) => `${p.title}: refer to ${p.to}.`,
  'next.referAnywhere': (p: { title: string }) => `${p.title}: make a referral.`,
  'next.referTitled': (p: { title: string }) => `${p.title}.`,
  /** An act whose stage, route or referral is not complete yet (outcome-timing.ts): a sentence above, its full stop moved. */
  /** A referral's channel, for an outcome whose referral the stage does not list (so it has no "how to refer" of its own). */
  'next.howToRefer': (p: { referral: string; how: string }) => `How to make ${p.referral}: ${p.how}`,
  'next.whenReady': (p: { step: string }) => `${p.step.replace(/\.$/u, '')} once what is still missing is done.`,
  'next.instead': (p: { to: string }) => `Instead: ${p.to}.`,
  'next.enterBaseline': (p: { baseline: string; decide: string }) => `Enter ${p.baseline} to see whether to ${p.decide}.`,
  'next.exit': (p: { stage: string; description: string }) => `The pupil can leave ${p.stage}: ${p.description}`,
  'next.exitBecause': (p: { stage: string; because: string }) => `The pupil can leave ${p.stage}: ${p.because}.`,
  'next.insteadStage': (p: { stage: string }) => `go to ${theNamed('stage', p.stage)}`,
  'next.insteadReferral': (p: { referral: string }) => `refer to ${p.referral}`,
  'next.insteadContact': (p: { contact: string }) => `contact ${p.contact}`,
  'next.afterReferral': (p: { referral: string; response: string }) => `After referring to ${p.referral}: ${p.response}`,
  /** A referral the stage offers that an outcome settling the case (closing it, stepping it down) makes unneeded. */
  'next.referralNotNeeded': (p: { title: string; outcome: string }) => `${p.title}: not needed, because ${p.outcome} applies.`,
  /** A referral a condition decided on what was entered rules out: finishing what is missing would not change it. */
  'next.referralCannot': (p: { title: string; to: string; why: string }) => `${p.title}: the referral to ${p.to} cannot be made as things stand. ${p.why}`,
  /** A referral held back by a blocking question answered the other way: not ready, not ruled out. */
  'next.referralNotReady': (p: { title: string; to: string; why: string }) => `${p.title}: the referral to ${p.to} is not ready yet: ${p.why}`,
  'action.heading.must': (p: { role: string }) => `${p.role} must:`,
  'action.heading.should': (p: { role: string }) => `${p.role} should:`,
  'action.heading.consider': (p: { role: string }) => `${p.role} should consider:`,
  'timeLimit.duration': (p: { duration: string }) => p.duration,
  'timeLimit.from': (p: { duration: string; starts: string }) => `${p.duration} from ${midSentence(p.starts)}`,
  'timeLimit.extension': (p: { duration: string }) => `can be extended by ${p.duration}`,
  'timeLimit.extensionWhen': (p: { duration: string; when: string }) => `can be extended by ${p.duration} (${p.when})`,
  'timeLimit.onExpiry': (p: { what: string }) => `when it runs out: ${p.what}`,
  'timeLimit.atReview': (p: { what: string }) => `at each review: ${p.what}`,

  // Duties as councils write them, requirements written once (format 1.1) ----------------
  'action.heading.may': (p: { role: string }) => `${p.role} may:`,
  'action.heading.plain': (p: { role: string }) => `${p.role}:`,
  'duty.always': () => `Applies`,
  'duty.applies': (p: { because: string }) => `Applies: ${p.because}`,
  'duty.notApplies': (p: { because: string }) => `Does not apply: ${p.because}`,
  'duty.routeClosed': (p: { route: string }) => `Does not apply: ${theNamed('route', p.route)} is not open`,
  'duty.stageNotOffered': (p: { status: string }) => `Does not apply: this stage is ${notOffered(p.status)} for this pupil`,
  'duty.routeNotChosen': (p: { route: string }) => `Applies once ${theNamed('route', p.route)} is chosen`,
  'duty.routeLater': (p: { route: string; decidedBy: string }) =>
    p.decidedBy === '' ? `Applies if ${theNamed('route', p.route)} is decided on later` : `Applies if ${p.decidedBy} decides on ${theNamed('route', p.route)}`,
  'duty.gateNotFound': (p: { id: string }) => `No gate called "${p.id}" is found at this stage, its routes, its referrals or the pathway's requirements`,
  'duty.due.within': (p: { duration: string }) => `Within ${p.duration}`,
  'duty.due.withinStage': (p: { duration: string }) => `Within ${p.duration} of the start of this stage`,
  'duty.due.withinFrom': (p: { duration: string; from: string }) => `Within ${p.duration} of ${p.from}`,
  'duty.due.immediately': () => `Immediately`,
  // "Immediately after" read as "the day after": a duty due 0 days from a date is due on that very day.
  'duty.due.immediatelyFrom': (p: { from: string }) => `On the day of ${p.from}`,
  'duty.due.by': (p: { by: string }) => `By ${p.by}`,
  'duty.due.both': (p: { within: string; by: string }) => `${p.within}, and no later than ${p.by}`,
  'duty.dueOn': (p: { date: string }) => `Due by ${p.date}`,
  'duty.nextDue': (p: { date: string }) => `Next due by ${p.date}`,
  'duty.due.everyFrom': (p: { duration: string; from: string }) => `Every ${p.duration} from ${midSentence(p.from)}`,
  'duty.dueAbout': (p: { date: string }) => `Due about ${p.date} (a guide, not a deadline)`,
  'duty.overdue': (p: { date: string }) => `Overdue unless already done: it was due by ${p.date}`,
  'duty.noDate': (p: { date: string }) => `The due date is not known until ${p.date} has a date`,
  'duty.notAgreed': (p: { question: string }) => `The due date is not known until ${p.question} is answered`,
  'duty.every': (p: { duration: string }) => `Every ${p.duration}`,
  'item.requirementNotApplying': (p: { requirement: string; because: string }) => `Not needed: ${p.requirement} does not apply (${midSentence(p.because)})`,

  // Routes someone chooses, where a case starts, outcomes (format 1.1) ------------------
  'condition.routeChosen': (p: { route: string }) => `${p.route} is chosen`,
  'condition.routeNotChosen': (p: { route: string }) => `${p.route} is not chosen`,
  'condition.routeChosenClosed': (p: { route: string }) => `${p.route} is chosen, but it cannot be taken`,
  'condition.outcomeRecorded': (p: { outcome: string }) => `${p.outcome} is recorded`,
  'condition.outcomeNotRecorded': (p: { outcome: string }) => `${p.outcome} is not recorded`,
  'placement.outcome': (p: { stage: string; outcome: string }) => `${p.stage} applies because the outcome ${p.outcome} is recorded`,
  'placement.start': (p: { stage: string }) =>
    `Nothing else places the pupil, so the case is at ${p.stage}, where a case starts`,
  'placement.fallbackUniversal': (p: { stage: string }) =>
    `Nothing else places the pupil, so the case is at ${p.stage}, which applies to every pupil`,
  'stage.mayChoose': (p: { stage: string; otherwise: string }) => `You may choose ${p.stage}; otherwise the case is at ${p.otherwise}`,
  'stage.mayChooseAlone': (p: { stage: string }) => `You may choose ${p.stage}`,
  'stage.chosen': (p: { stage: string }) => `${p.stage} is chosen`,
  'route.chosen': () => `Chosen`,
  'route.chosenOpen': (p: { because: string }) => `Chosen: ${p.because}`,
  'route.notChosen': () => `Not chosen`,
  'route.notChosenOpen': (p: { because: string }) => `Not chosen; it can be chosen: ${p.because}`,
  'route.chosenButClosed': (p: { because: string }) => `Chosen, but it cannot be taken: ${p.because}`,
  'route.blocked': (p: { message: string }) => `Not open: ${p.message}`,
  'route.decidedLater': (p: { by: string }) => `${p.by} will decide whether to take this route`,
  'route.decidedLaterOpen': (p: { by: string; because: string }) => `${p.by} will decide whether to take this route (${midSentence(p.because)})`,
  'route.stageUnavailable': (p: { status: string }) =>
    `Not open: this stage is ${notOffered(p.status)} for this pupil`,
  'item.routeNotChosen': (p: { route: string }) => `Not needed: ${theNamed('route', p.route)} is not chosen`,
  'item.routeDecidedLater': (p: { route: string; by: string }) => `Not asked here: ${p.by} will decide on ${theNamed('route', p.route)}`,
  'outcome.routeNotChosen': (p: { route: string }) => `Not open: ${theNamed('route', p.route)} is not chosen`,
  'outcome.routeClosed': (p: { route: string }) => `Not open: ${theNamed('route', p.route)} is not open`,
  'outcome.decidedLater': (p: { route: string; by: string }) => `Only if ${p.by} decides on ${theNamed('route', p.route)}`,
  'next.decideBetween': (p: { by: string; routes: string }) => `${p.by} will decide between ${p.routes}.`,
  'next.decideOn': (p: { by: string; route: string }) => `${p.by} will decide whether to take ${theNamed('route', p.route)}.`,
  'next.chooseRoute': (p: { routes: string }) => `Choose between ${p.routes}.`,
  'next.handBack': (p: { title: string }) => `${p.title}: hand the case back.`,
  'next.handBackTo': (p: { title: string; to: string }) => `${p.title}: hand the case back, to ${p.to}.`,
  'next.legal': (p: { title: string; what: string }) => `${p.title}: ${p.what}.`,
  'next.legalTo': (p: { title: string; what: string; to: string }) => `${p.title}: ${p.what}, then ${p.to}.`,
  'next.legalNamed': (p: { title: string }) => `${p.title}.`,
  'next.legalNamedTo': (p: { title: string; what: string; to: string }) => `${p.title}, then ${p.to}.`,
  'outcomeKind.attendanceContract': () => `an attendance contract`,
  'outcomeKind.noticeToImprove': () => `a notice to improve`,
  'outcomeKind.penaltyNotice': () => `a penalty notice`,
  'outcomeKind.educationSupervisionOrder': () => `an education supervision order`,
  'outcomeKind.prosecution': () => `prosecution`,
  'outcomeKind.court': () => `court proceedings`,
  'outcomeKind.parentingOrder': () => `a parenting order`,
  'outcomeKind.schoolAttendanceOrder': () => `a school attendance order`,
} satisfies Record<string, (params: never) => string>;

export type MessageCode = keyof typeof messages;
export type MessageParams<C extends MessageCode> = Parameters<(typeof messages)[C]>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof messages)[C]>[0];

/** The English text for a code. */
export function message<C extends MessageCode>(code: C, ...params: ParamsArg<C>): string {
  const format = messages[code] as (p: Params) => string;
  return format((params[0] ?? {}) as Params);
}

type ParamsArg<C extends MessageCode> = Parameters<(typeof messages)[C]> extends [] ? [] : [MessageParams<C>];

const NO_PARAMS: Params = Object.freeze({});
/** Reasons without params never vary: one frozen object per code, shared by every result. */
const constantReasons = new Map<string, Reason>();

/** A reason: the code, its English text and the params the text was made from. */
export function reason<C extends MessageCode>(code: C, ...params: ParamsArg<C>): Reason {
  const values = params[0] as Params | undefined;
  const format = messages[code] as (p: Params) => string;
  if (values !== undefined) return { code, text: format(values), params: values };
  let shared = constantReasons.get(code);
  if (shared === undefined) {
    shared = Object.freeze({ code, text: format(NO_PARAMS), params: NO_PARAMS });
    constantReasons.set(code, shared);
  }
  return shared;
}

/** Reasons' texts joined into one clause: "A; B". */
export function joinReasons(reasons: readonly Reason[]): string {
  return reasons.map((r) => r.text).join('; ');
}
