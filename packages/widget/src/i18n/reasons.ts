/**
 * The engine's reasons in the widget's own words, by code: the English half of
 * `strings.reasons`. The engine gives every reason a stable code and the params its sentence
 * is made from (see @pathway/core's messages); the widget shows its own sentence for the code,
 * so a translated table (`strings.reasons`) replaces every one of them. A code missing here
 * (a newer engine) falls back to the engine's English text.
 *
 * Params arrive already formatted by the engine: quoted titles, "88%", dates, durations.
 */

type P = Record<string, string | number>;

export const enReasons = {
  // Measures ---------------------------------------------------------------------------
  'measure.notEntered': (p: P) => `${p.measure} has not been entered`,
  'measure.unknown': (p: P) => `This pathway has no measure called "${p.id}"`,
  'measure.wrongShape': (p: P) => `${p.measure} needs ${p.expected}`,
  'measure.notANumber': (p: P) => `${p.measure} must be a number`,
  'measure.percentageOutOfRange': (p: P) =>
    `${p.measure} must be a percentage from 0 to 100, not ${p.value}`,
  'measure.sessionsNotWhole': (p: P) =>
    `${p.measure}: session counts must be whole numbers, 0 or more`,
  'measure.moreThanPossible': (p: P) =>
    `${p.measure}: ${p.counted} sessions ${p.what} is more than the ${p.possible} possible sessions`,
  'measure.noPossibleSessions': (p: P) =>
    `${p.measure} cannot be worked out yet: there are no possible sessions yet`,
  'measure.tooEarly': (p: P) =>
    `${p.measure} is based on only ${p.possible} possible sessions; the pathway treats fewer than ${p.minimum} as too early to rely on`,
  'measure.countNotWhole': (p: P) =>
    `${p.measure} must be a whole number of ${p.unit}, 0 or more`,
  'measure.belowMinimum': (p: P) =>
    `${p.measure} cannot be below ${p.minimum}, not ${p.value}`,
  'measure.aboveMaximum': (p: P) =>
    `${p.measure} cannot be above ${p.maximum}, not ${p.value}`,

  // Bands and placement -----------------------------------------------------------------
  'band.match': (p: P) => `${p.value} is ${p.band}`,
  'placement.band': (p: P) => `${p.value} is ${p.band}: ${p.stage}`,
  'placement.entry': (p: P) => `${p.stage} applies because ${p.because}`,
  'placement.universal': (p: P) => `${p.stage} applies to every pupil`,
  'placement.gap': (p: P) => `${p.value} is not in any stage's band`,
  'placement.overlap': (p: P) =>
    p.count === 2 ? `${p.value} is in the bands of both ${p.stages}` : `${p.value} is in the bands of ${p.stages}`,
  'placement.primary': (p: P) =>
    `More than one stage applies (${p.stages}); the most intensive, "${p.stage}", is used unless you choose another`,
  'placement.none': (_p: P) => `These figures do not place the pupil at any stage`,

  // Conditions --------------------------------------------------------------------------
  'condition.answerIs': (p: P) => `${p.question} is answered ${p.answer}`,
  'condition.answerIsNot': (p: P) =>
    `${p.question} is answered ${p.answer}, not ${p.expected}`,
  'condition.answered': (p: P) => `${p.question} is answered`,
  'condition.notAnswered': (p: P) => `${p.question} is not answered`,
  'condition.answerNotUnderstood': (p: P) => `The answer to ${p.question} was not understood`,
  'condition.notANumber': (p: P) => `${p.question} is not answered with a number`,
  'condition.atLeast': (p: P) =>
    `${p.question} is ${p.answer}, at least ${p.limit}`,
  'condition.lessThan': (p: P) =>
    `${p.question} is ${p.answer}, less than ${p.limit}`,
  'condition.atMost': (p: P) =>
    `${p.question} is ${p.answer}, at most ${p.limit}`,
  'condition.moreThan': (p: P) =>
    `${p.question} is ${p.answer}, more than ${p.limit}`,
  'condition.measureWithin': (p: P) =>
    `${p.measure} is ${p.value}, ${p.range}`,
  'condition.measureOutside': (p: P) =>
    `${p.measure} is ${p.value}, not ${p.range}`,
  'condition.measureNotEntered': (p: P) => `${p.measure} has not been entered`,
  'condition.measureInvalid': (p: P) =>
    `${p.measure} could not be worked out from the figures entered`,
  'condition.cohortTicked': (p: P) => `${p.cohort} is ticked`,
  'condition.cohortNotTicked': (p: P) => `${p.cohort} is not ticked`,
  'condition.evidenceConfirmed': (p: P) => `${p.evidence} is confirmed`,
  'condition.evidenceNotConfirmed': (p: P) => `${p.evidence} is not confirmed`,
  'condition.stageComplete': (p: P) => `${p.stage} is complete`,
  'condition.stageIncomplete': (p: P) =>
    `${p.stage} is not complete: ${p.count} blocking ${p.count === 1 ? 'item or rule is' : 'items or rules are'} outstanding`,
  'condition.stageCycle': (p: P) =>
    `${p.stage} cannot count as complete: whether it is complete depends on itself`,
  'condition.unknownStage': (p: P) => `This pathway has no stage called "${p.id}"`,
  'condition.noDate': (p: P) => `${p.question} has no date yet`,
  'condition.noToday': (p: P) =>
    `Today's date is not known, so the time since ${p.question} cannot be worked out`,
  'condition.elapsedAtLeast': (p: P) =>
    `It is at least ${p.duration} since ${p.question} (${p.date})`,
  'condition.elapsedNotYet': (p: P) =>
    `It is not yet ${p.duration} since ${p.question} (${p.date}); that will be on ${p.due}`,
  'condition.elapsedWithin': (p: P) =>
    `It is no more than ${p.duration} since ${p.question} (${p.date})`,
  'condition.elapsedPast': (p: P) =>
    `It is more than ${p.duration} since ${p.question} (${p.date}); that ran out on ${p.due}`,
  'condition.unknown': (_p: P) => `This rule could not be understood`,

  // Dates, durations and change over time (format 1.1) -----------------------------------
  'duration.notAgreed': (p: P) => `${p.question} is not answered, so the length agreed is not known`,
  'condition.betweenAtLeast': (p: P) =>
    `There are at least ${p.duration} from ${p.from} (${p.fromDate}) to ${p.to} (${p.toDate})`,
  'condition.betweenLess': (p: P) =>
    `There are less than ${p.duration} from ${p.from} (${p.fromDate}) to ${p.to} (${p.toDate})`,
  'condition.betweenWithin': (p: P) =>
    `There are no more than ${p.duration} from ${p.from} (${p.fromDate}) to ${p.to} (${p.toDate})`,
  'condition.betweenMore': (p: P) =>
    `There are more than ${p.duration} from ${p.from} (${p.fromDate}) to ${p.to} (${p.toDate})`,
  'change.improved': (p: P) =>
    `${p.measure} improved by ${p.by} (from ${p.from} to ${p.to})`,
  'change.declined': (p: P) =>
    `${p.measure} declined by ${p.by} (from ${p.from} to ${p.to})`,
  'change.notImproved': (p: P) =>
    `${p.measure} has not improved since ${p.since} (from ${p.from} to ${p.to})`,
  'change.notDeclined': (p: P) =>
    `${p.measure} has not declined since ${p.since} (from ${p.from} to ${p.to})`,
  'change.notImprovedBy': (p: P) =>
    `${p.measure} has not improved by at least ${p.atLeast} since ${p.since} (from ${p.from} to ${p.to})`,
  'change.notDeclinedBy': (p: P) =>
    `${p.measure} has not declined by at least ${p.atLeast} since ${p.since} (from ${p.from} to ${p.to})`,
  'change.theEarlierReading': (_p: P) => `the earlier reading`,
  'change.readingOn': (p: P) => `${p.value} on ${p.date}`,
  'change.noBaseline': (p: P) => `The earlier reading of ${p.measure} has not been entered`,
  'change.baselineInvalid': (p: P) =>
    `The earlier reading of ${p.measure} could not be worked out from the figures entered`,
  'change.fromZero': (p: P) =>
    `The earlier reading of ${p.measure} is 0, so a change in per cent cannot be worked out`,
  'change.notComparable': (p: P) => `${p.measure} is a date, so it cannot improve or decline`,
  'change.baselineNoDate': (p: P) =>
    `The date of the earlier reading of ${p.measure} is not entered: enter when it was taken`,
  'change.noToday': (p: P) =>
    `Today's date is not known, so the age of the earlier reading of ${p.measure} cannot be worked out`,
  'change.overMet': (p: P) =>
    `The earlier reading of ${p.measure} (${p.date}) is at least ${p.duration} old`,
  'change.overNotYet': (p: P) =>
    `The earlier reading of ${p.measure} (${p.date}) is not yet ${p.duration} old; it will be on ${p.due}`,
  'change.withinMet': (p: P) =>
    `The earlier reading of ${p.measure} (${p.date}) is no more than ${p.duration} old`,
  'change.withinPast': (p: P) =>
    `The earlier reading of ${p.measure} (${p.date}) is more than ${p.duration} old: it was ${p.duration} old on ${p.due}`,
  'measure.notADate': (p: P) => `${p.measure} must be a real date, entered as YYYY-MM-DD`,
  'measure.fromNotEntered': (p: P) =>
    `${p.measure} is counted from ${p.from}, which is not entered yet`,
  'period.since': (p: P) => `since ${p.date}`,
  'period.between': (p: P) => String(p.range),
  'timeLimit.extensionTotal': (p: P) => `can be extended to a total of ${p.duration}`,
  'timeLimit.extensionTotalWhen': (p: P) =>
    `can be extended to a total of ${p.duration} (${p.when})`,
  'timeLimit.onBreach': (p: P) => `if breached: ${p.what}`,
  'timeLimit.endsOn': (p: P) => `ends on ${p.date}`,
  'timeLimit.endedOn': (p: P) => `ended on ${p.date}`,
  'timeLimit.runs': (p: P) =>
    `Runs from ${p.start} (${p.startDate}) to ${p.end}`,
  'timeLimit.noStart': (p: P) => `${p.start} has no date yet, so the end date is not known`,
  'timeLimit.passed': (p: P) => `It ran out on ${p.end}`,
  'timeLimit.latest': (p: P) => `With an extension it can run to ${p.date} at the latest`,
  'timeLimit.breached': (p: P) => `${p.title} has been breached: ${p.because}`,
  'timeLimit.notBreached': (p: P) => `${p.title} has not been breached: ${p.because}`,
  'timeLimit.notStarted': (p: P) => `${p.title} has not started yet: it starts on ${p.date}`,
  'outcome.triggeredByBreach': (p: P) => `Open: ${p.limit} has been breached (${p.because})`,
  'outcome.triggeredByExpiry': (p: P) => `Open: ${p.limit} ran out on ${p.date}`,
  'next.breached': (p: P) => `${p.title} has been breached: ${p.what}`,

  // Questions, evidence and referral fields ----------------------------------------------
  'question.met': (p: P) => `Answered ${p.answer}`,
  'question.unmet': (p: P) => `Answered ${p.answer}, but ${p.expected} is needed`,
  'question.notAnswered': (_p: P) => `Not answered yet`,
  'question.optionalNotAnswered': (_p: P) => `Not answered (optional)`,
  'question.notUnderstood': (p: P) => `The answer was not understood: ${p.hint}`,
  'hint.yesNo': (_p: P) => `answer Yes or No`,
  'hint.yesNoNa': (_p: P) => `answer Yes, No or Not applicable`,
  'hint.choice': (_p: P) => `choose one of the options`,
  'hint.number': (_p: P) => `enter a number`,
  'hint.numberFrom': (p: P) => `enter a number of ${p.minimum} or more`,
  'hint.numberUpTo': (p: P) => `enter a number of ${p.maximum} or less`,
  'hint.numberBetween': (p: P) => `enter a number from ${p.minimum} to ${p.maximum}`,
  'hint.date': (_p: P) => `enter a real date as YYYY-MM-DD`,
  'hint.text': (_p: P) => `enter some text`,
  'item.notShown': (p: P) => `Not needed: ${p.because}`,
  'item.routeClosed': (p: P) => `Not needed: the route ${p.route} is not open`,
  'item.questionNotAsked': (p: P) => `Not needed: ${p.question} is not asked`,
  'evidence.confirmed': (_p: P) => `Confirmed`,
  'evidence.notConfirmed': (_p: P) => `Not confirmed yet`,
  'evidence.optionalNotConfirmed': (_p: P) => `Not confirmed (optional)`,
  'field.given': (_p: P) => `Given`,
  'field.missing': (_p: P) => `Not given yet`,
  'field.optionalMissing': (_p: P) => `Not given (optional)`,
  'field.invalidDate': (_p: P) => `Not a real date: enter it as YYYY-MM-DD`,

  // Routes, outcomes and gates ------------------------------------------------------------
  'route.always': (_p: P) => `Always open`,
  'route.open': (p: P) => `Open: ${p.because}`,
  'route.closed': (p: P) => `Not open: ${p.because}`,
  'outcome.always': (_p: P) => `Always possible`,
  'outcome.open': (p: P) => `Open: ${p.because}`,
  'outcome.closed': (p: P) => `Not open: ${p.because}`,
  'outcome.stageUnavailable': (p: P) =>
    `Not open: this stage is ${p.status === 'skipped' ? 'skipped' : 'not offered'} for this pupil`,
  'outcome.referralUnavailable': (p: P) =>
    `Not open: "${p.title}" is ${p.status === 'redirected' ? 'redirected elsewhere' : 'not offered'} for this pupil`,

  // Answers as shown in summaries -----------------------------------------------------------
  'answer.yes': (_p: P) => 'Yes',
  'answer.no': (_p: P) => 'No',
  'answer.na': (_p: P) => 'Not applicable',
  'answer.none': (_p: P) => 'Not answered',
  'answer.notUnderstood': (_p: P) => 'Not understood',

  // Summary sentences -----------------------------------------------------------------------
  'next.escalate': (p: P) => `${p.title}: escalate to ${p.to}.`,
  'next.escalateAnywhere': (p: P) => `${p.title}: escalate to a more intensive stage.`,
  'next.stepDown': (p: P) => `${p.title}: step down to ${p.to}.`,
  'next.stepDownAnywhere': (p: P) => `${p.title}: step down to a less intensive stage.`,
  'next.close': (p: P) => `${p.title}: close the case.`,
  'next.continue': (p: P) => `${p.title}: continue at this stage.`,
  'next.redirect': (p: P) => `${p.title}: go to ${p.to}.`,
  'next.redirectElsewhere': (p: P) => `${p.title}: go elsewhere, as described.`,
  'next.refer': (p: P) => `${p.title}: refer to ${p.to}.`,
  'next.referAnywhere': (p: P) => `${p.title}: make a referral.`,
  'next.instead': (p: P) => `Instead: ${p.to}.`,
  'next.insteadStage': (p: P) => `go to the stage ${p.stage}`,
  'next.insteadReferral': (p: P) => `refer to ${p.referral}`,
  'next.insteadContact': (p: P) => `contact ${p.contact}`,
  'next.afterReferral': (p: P) => `After referring to ${p.referral}: ${p.response}`,
  'action.heading.must': (p: P) => `${p.role} must:`,
  'action.heading.should': (p: P) => `${p.role} should:`,
  'action.heading.consider': (p: P) => `${p.role} should consider:`,
  'timeLimit.duration': (p: P) => String(p.duration),
  'timeLimit.from': (p: P) => `${p.duration} from ${p.starts}`,
  'timeLimit.extension': (p: P) => `can be extended by ${p.duration}`,
  'timeLimit.extensionWhen': (p: P) => `can be extended by ${p.duration} (${p.when})`,
  'timeLimit.onExpiry': (p: P) => `when it runs out: ${p.what}`,

  // Duties as councils write them, requirements written once (format 1.1) ----------------
  'action.heading.may': (p: P) => `${p.role} may:`,
  'action.heading.plain': (p: P) => `${p.role}:`,
  'duty.always': (_p: P) => `Applies`,
  'duty.applies': (p: P) => `Applies: ${p.because}`,
  'duty.notApplies': (p: P) => `Does not apply: ${p.because}`,
  'duty.routeClosed': (p: P) => `Does not apply: the route ${p.route} is not open`,
  'duty.routeNotChosen': (p: P) => `Applies once the route ${p.route} is chosen`,
  'duty.routeLater': (p: P) =>
    p.decidedBy === '' ? `Applies if the route ${p.route} is decided on later` : `Applies if ${p.decidedBy} decides on the route ${p.route}`,
  'duty.gateNotFound': (p: P) => `No gate called "${p.id}" is found at this stage, its routes, its referrals or the pathway's requirements`,
  'duty.due.within': (p: P) => `Within ${p.duration}`,
  'duty.due.withinFrom': (p: P) => `Within ${p.duration} of ${p.from}`,
  'duty.due.immediately': (_p: P) => `Immediately`,
  'duty.due.immediatelyFrom': (p: P) => `Immediately after ${p.from}`,
  'duty.due.by': (p: P) => `By ${p.by}`,
  'duty.due.both': (p: P) => `${p.within}, and no later than ${p.by}`,
  'duty.dueOn': (p: P) => `Due by ${p.date}`,
  'duty.dueAbout': (p: P) => `Due about ${p.date} (a guide, not a deadline)`,
  'duty.overdue': (p: P) => `Overdue unless already done: it was due by ${p.date}`,
  'duty.noDate': (p: P) => `The due date is not known until ${p.date} has a date`,
  'duty.notAgreed': (p: P) => `The due date is not known until ${p.question} is answered`,
  'duty.every': (p: P) => `Every ${p.duration}`,
  'item.requirementNotApplying': (p: P) => `Not needed: ${p.requirement} does not apply (${p.because})`,

  // Routes someone chooses, where a case starts, outcomes (format 1.1) ------------------
  'condition.routeChosen': (p: P) => `${p.route} is chosen`,
  'condition.routeNotChosen': (p: P) => `${p.route} is not chosen`,
  'condition.routeChosenClosed': (p: P) => `${p.route} is chosen, but it cannot be taken`,
  'condition.outcomeRecorded': (p: P) => `${p.outcome} is recorded`,
  'condition.outcomeNotRecorded': (p: P) => `${p.outcome} is not recorded`,
  'placement.outcome': (p: P) => `${p.stage} applies because the outcome ${p.outcome} is recorded`,
  'placement.start': (p: P) =>
    `Nothing else places the pupil, so the case is at ${p.stage}, where a case starts`,
  'placement.fallbackUniversal': (p: P) =>
    `Nothing else places the pupil, so the case is at ${p.stage}, which applies to every pupil`,
  'stage.mayChoose': (p: P) => `You may choose ${p.stage}; otherwise the case is at ${p.otherwise}`,
  'stage.mayChooseAlone': (p: P) => `You may choose ${p.stage}`,
  'stage.chosen': (p: P) => `${p.stage} is chosen`,
  'route.chosen': (_p: P) => `Chosen`,
  'route.chosenOpen': (p: P) => `Chosen: ${p.because}`,
  'route.notChosen': (_p: P) => `Not chosen`,
  'route.notChosenOpen': (p: P) => `Not chosen; it can be chosen: ${p.because}`,
  'route.chosenButClosed': (p: P) => `Chosen, but it cannot be taken: ${p.because}`,
  'route.blocked': (p: P) => `Not open: ${p.message}`,
  'route.decidedLater': (p: P) => `${p.by} will decide whether to take this route`,
  'route.decidedLaterOpen': (p: P) => `${p.by} will decide whether to take this route (${p.because})`,
  'route.stageUnavailable': (p: P) =>
    `Not open: this stage is ${p.status === 'skipped' ? 'skipped' : 'not offered'} for this pupil`,
  'item.routeNotChosen': (p: P) => `Not needed: the route ${p.route} is not chosen`,
  'item.routeDecidedLater': (p: P) => `Not asked here: ${p.by} will decide on the route ${p.route}`,
  'outcome.routeNotChosen': (p: P) => `Not open: the route ${p.route} is not chosen`,
  'outcome.routeClosed': (p: P) => `Not open: the route ${p.route} is not open`,
  'outcome.decidedLater': (p: P) => `Only if ${p.by} decides on the route ${p.route}`,
  'next.decideBetween': (p: P) => `${p.by} will decide between ${p.routes}.`,
  'next.decideOn': (p: P) => `${p.by} will decide whether to take the route ${p.route}.`,
  'next.chooseRoute': (p: P) => `Choose between ${p.routes}.`,
  'next.handBack': (p: P) => `${p.title}: hand the case back.`,
  'next.handBackTo': (p: P) => `${p.title}: hand the case back, to ${p.to}.`,
  'next.legal': (p: P) => `${p.title}: ${p.what}.`,
  'next.legalTo': (p: P) => `${p.title}: ${p.what}, then ${p.to}.`,
  'next.legalNamed': (p: P) => `${p.title}.`,
  'next.legalNamedTo': (p: P) => `${p.title}, then ${p.to}.`,
  'outcomeKind.attendanceContract': (_p: P) => `an attendance contract`,
  'outcomeKind.noticeToImprove': (_p: P) => `a notice to improve`,
  'outcomeKind.penaltyNotice': (_p: P) => `a penalty notice`,
  'outcomeKind.educationSupervisionOrder': (_p: P) => `an education supervision order`,
  'outcomeKind.prosecution': (_p: P) => `prosecution`,
  'outcomeKind.court': (_p: P) => `court proceedings`,
  'outcomeKind.parentingOrder': (_p: P) => `a parenting order`,
  'outcomeKind.schoolAttendanceOrder': (_p: P) => `a school attendance order`,
} satisfies Record<string, (params: P) => string>;
