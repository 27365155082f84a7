/**
 * The summary's next steps: what to do now, and what can happen next.
 *
 * What follows now is what the pupil's case already says: an outcome whose own rule holds (on
 * the answers or figures, or triggered by a time limit), the referrals to make, and where an
 * exception sends the pupil instead. An outcome that closes the case or steps it down settles
 * it, so the stage's referrals are then not advised beside it ("refer" never sits beside
 * "close"). The stage's outcomes open without a rule of their own are what can happen next
 * (they are the stage's, never said to follow its referral), and so are those whose rule is
 * not known yet, each with what would decide it. What follows a referral (its response, its
 * outcomes) is said only for a referral that can be made: never beside "cannot be made".
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { baselineSteps, continuesElsewhere, exitStep, outcomeWaits, recordedElsewhere, redirectsHere, referralRuledOut, settlingOutcome as settlingOutcomeOf } from '@pathway/core';
import type { GateResult, OutcomeStatus } from '@pathway/core';
import type { Outcome } from '@pathway/schema';
import { exitNotYetLine } from './exit-status.js';
import { reasonText } from '../i18n/strings.js';
import { importantExceptions, insteadHow, insteadWhat, referralHow, referralTarget, renderHowToRefer } from './exceptions.js';
import { bareTitle } from './joined-text.js';
import type { PageContext } from './page-context.js';
import type { Readiness, ReferralReadiness } from './readiness.js';

export interface NextSteps {
  /** What follows now: outcomes the case already meets, the referrals to make, exceptions' "instead". */
  now: TemplateResult[];
  /**
   * What can happen next at the stage: its outcomes open with no rule of their own (the stage's,
   * never the referral's), and those not known yet, each with what would decide it.
   */
  after: TemplateResult[];
  /** What can happen after a referral that can be made: the referrals' own outcomes. */
  afterReferral: TemplateResult[];
}

/** The authored outcomes of the stage and its open routes, by id. */
function authoredOutcomes(ctx: PageContext): Map<string, Outcome> {
  const current = ctx.evaluation.current;
  const stage = current ? ctx.index.stages.get(current.stageId) : undefined;
  const map = new Map<string, Outcome>();
  for (const outcome of [...(stage?.outcomes ?? []), ...(stage?.routes ?? []).flatMap((route) => route.outcomes ?? [])]) {
    if (!map.has(outcome.id)) map.set(outcome.id, outcome);
  }
  return map;
}

export function outcomeSentence(ctx: PageContext, outcome: OutcomeStatus): string {
  const { strings, index } = ctx;
  const to = outcome.to ? (index.stages.get(outcome.to)?.title ?? outcome.to) : undefined;
  const title = bareTitle(outcome.title);
  switch (outcome.kind) {
    case 'escalate':
      return to ? strings.outcomeEscalate(title, to) : strings.outcomeEscalateAnywhere(title);
    case 'stepDown':
      return to ? strings.outcomeStepDown(title, to) : strings.outcomeStepDownAnywhere(title);
    case 'close':
      return strings.outcomeClose(title);
    case 'continue':
      return to && continuesElsewhere(outcome, ctx.evaluation.current?.stageId) ? strings.outcomeRedirect(title, to) : strings.outcomeContinue(title);
    default:
      // Any other kind (a redirect, a hand-back, an attendance contract) that leads to a stage says so.
      return to ? strings.outcomeRedirect(title, to) : strings.outcomeOther(outcome.title);
  }
}

function withDescription(text: string, description: string | undefined): TemplateResult {
  return html`${text}${description ? html` <span class="block secondary">${description}</span>` : nothing}`;
}

/** An outcome that can only follow a referral (format 1.1 marks it `after: 'referral'`). */
const afterReferralOutcome = (outcome: OutcomeStatus) => (outcome as { after?: unknown }).after === 'referral';

/** Open because its own rule holds or a time limit triggered it, not merely "always possible". */
const ruleHolds = (outcome: OutcomeStatus) => outcome.open && outcome.reason.code !== 'outcome.always';

/**
 * Why the referral cannot be made as things stand, if something entered rules it out: the first
 * blocking condition (of the stage or the referral) that fails on what was entered, or a
 * blocking question answered the other way ("Answered No, but Yes is needed"), in the pathway's words
 * where it gives them.
 */
function rulingOut(ctx: PageContext, referral: ReferralReadiness): { why: string; byAnswer: boolean } | undefined {
  const { strings, evaluation, index } = ctx;
  const current = evaluation.current;
  const by = current ? referralRuledOut(evaluation, index.stages.get(current.stageId)?.requires?.stages ?? [], referral.referral) : undefined;
  if (by === undefined) return undefined;
  if ('gate' in by) return { why: by.gate.advice ?? strings.readinessGate(by.gate.title, strings.notMet), byAnswer: false };
  return { why: by.question.advice ?? strings.nextRuledOutByAnswer(by.question.text, reasonText(strings, by.question.reason)), byAnswer: true };
}

/**
 * "Refer to …"; while it is not ready, "once what is still missing is done…"; or why it cannot be
 * made (`cannot`: nothing that follows the referral is said beside it).
 */
function referLine(ctx: PageContext, title: string, target: string, referral: ReferralReadiness | undefined, waits = false): { text: string; cannot?: true } {
  const { strings } = ctx;
  const bare = bareTitle(title);
  // A title that already says it ("Refer to Healthy Minds") is not followed by "refer to Healthy Minds".
  const to = /^refer to /iu.test(bare) && bare.toLowerCase().includes(target.toLowerCase()) ? '' : target;
  if (referral === undefined || referral.ready) return { text: waits ? strings.nextReferWhenReady(bare, to) : strings.nextRefer(bare, to) };
  const ruled = rulingOut(ctx, referral);
  // A condition decided against rules the referral out; an answer only holds it back ("not ready yet"), however strongly worded.
  if (ruled) return { text: (ruled.byAnswer ? strings.nextReferNotReadyAnswer : strings.nextReferCannot)(bare, target, ruled.why), cannot: true };
  return { text: strings.nextReferWhenReady(bare, to) };
}

/** The outcome that settles the case at this stage, if one does (core's settlingOutcome): every part of the page and the summary say so alike. */
export function settlingOutcome(ctx: PageContext): OutcomeStatus | undefined {
  return settlingOutcomeOf(ctx.evaluation.current);
}

export function nextSteps(ctx: PageContext, readiness: Readiness | undefined): NextSteps {
  const { strings, index, evaluation } = ctx;
  const current = evaluation.current;
  const outcomes = current?.outcomes ?? [];
  const authored = authoredOutcomes(ctx);
  const now: TemplateResult[] = [];
  const offered: ReferralReadiness[] = (readiness?.referrals ?? []).filter((referral) => referral.status === 'available');

  // What the case already meets, other than a referral: a recorded outcome has happened (said under "what can happen" as before).
  const meets = outcomes.filter((outcome) => ruleHolds(outcome) && !outcome.recorded && outcome.kind !== 'refer' && !afterReferralOutcome(outcome));
  const settledBy = settlingOutcome(ctx);
  // A legal action waits for what its stage (and route) still needs, as a referral does (core's outcomeWaits).
  const stageReady = readiness?.stage.ready ?? current?.ready ?? false;
  for (const outcome of meets) {
    const said = outcomeSentence(ctx, outcome);
    now.push(withDescription(current && outcomeWaits(current, outcome, stageReady) ? strings.nextOutcomeWhenReady(said) : said, authored.get(outcome.id)?.description));
  }
  // The stage's exit holds: the pupil can leave it, in the engine's words (the summary's next steps say the same).
  const exit = current ? exitStep(index.stages.get(current.stageId)?.title ?? current.title, current.exit) : undefined;
  if (exit) now.push(html`${exit}`);
  // Outcomes waiting only on an earlier reading not entered: what to enter to decide them (core's words).
  if (current && !settledBy) for (const step of baselineSteps(current, index.definition.measures ?? [])) now.push(html`${reasonText(strings, step)}`);

  const referred = new Set<string>();
  // The referrals that can be made (perhaps once what is missing is done): only these have an "after".
  const makeable = new Set<ReferralReadiness>();
  const refer = (referral: ReferralReadiness | undefined, line: { text: string; cannot?: true }) => {
    if (referral !== undefined && !line.cannot) makeable.add(referral);
    return line.text;
  };
  if (settledBy) {
    for (const referral of offered) now.push(html`${strings.nextReferralNotNeeded(bareTitle(referral.referral.title), settledBy.title)}`);
  } else {
    for (const outcome of outcomes) {
      if (!outcome.open || outcome.kind !== 'refer' || afterReferralOutcome(outcome)) continue;
      const referral = outcome.referral ? offered.find((r) => r.referral.referralId === outcome.referral) : undefined;
      const target = referral?.target ?? (outcome.referral ? referralTarget(index, outcome.referral) : '');
      if (outcome.referral) referred.add(outcome.referral);
      // An outcome that makes a referral waits for what the stage still needs, as a legal action does (core's outcomeWaits).
      const waits = current !== undefined && outcomeWaits(current, outcome, stageReady);
      now.push(withDescription(target ? refer(referral, referLine(ctx, outcome.title, target, referral, waits)) : strings.outcomeOther(outcome.title), authored.get(outcome.id)?.description));
      // A referral the stage does not list has no panel of its own: how to make it is said here.
      const how = referral === undefined && outcome.referral ? referralHow(ctx, outcome.referral) : [];
      if (how.length > 0) now.push(renderHowToRefer(ctx, how));
    }
    for (const referral of offered) {
      if (!referred.has(referral.referral.referralId)) now.push(html`${refer(referral, referLine(ctx, referral.referral.title, referral.target, referral))}`);
      const response = index.referrals.get(referral.referral.referralId)?.response;
      // What the team will do is said only where the referral can be made.
      if (response && makeable.has(referral)) now.push(html`${strings.nextAfterReferral(referral.target, response)}`);
    }
  }
  const important = importantExceptions(ctx);
  for (const exception of important) {
    const instead = redirectsHere(exception, current) ? insteadWhat(ctx, exception) : undefined;
    const how = insteadHow(ctx, exception);
    if (instead !== undefined) now.push(html`${strings.nextInstead(bareTitle(exception.title), instead)}${how ? html` <span class="block">${how}</span>` : nothing}`);
  }
  // Nothing else to do now because an exception blocks the stage or its referral: its message says what to do instead.
  if (now.length === 0) for (const exception of important) if (exception.effect === 'block') now.push(html`${bareTitle(exception.title)}: ${exception.message}`);

  // The stage's own outcomes are the stage's: what can happen next, whatever its referrals.
  const after: TemplateResult[] = [];
  const notKnown: TemplateResult[] = [];
  const afterReferral: TemplateResult[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'refer' && !afterReferralOutcome(outcome)) continue;
    const said = outcomeSentence(ctx, outcome);
    // Not known yet: what it would lead to, and what to enter to know (the engine's reason).
    if (outcome.reason.code === 'outcome.notKnown' && !settledBy && !outcome.recorded && !afterReferralOutcome(outcome)) {
      notKnown.push(html`${said} <span class="block secondary">${reasonText(strings, outcome.reason)}</span>`);
    }
    if (!outcome.open || meets.includes(outcome) || (current && recordedElsewhere(outcome, current))) continue;
    const described = withDescription(outcome.recorded ? `${strings.outcomeRecorded}: ${said}` : said, authored.get(outcome.id)?.description);
    // Only a referral that can be made has anything to follow it.
    if (!afterReferralOutcome(outcome)) after.push(described);
    else if (makeable.size > 0) afterReferral.push(described);
  }
  for (const referral of makeable) {
    for (const outcome of index.referrals.get(referral.referral.referralId)?.outcomes ?? []) {
      const title = makeable.size > 1 ? `${bareTitle(referral.referral.title)}: ${outcome.title}` : outcome.title;
      afterReferral.push(withDescription(title, outcome.description));
    }
  }
  // The exit not reached yet: when the pupil can leave, as a gate says when it will be met.
  const exitLater = current && !settledBy ? exitNotYetLine(ctx, index.stages.get(current.stageId)?.title ?? current.title) : undefined;
  if (exitLater) notKnown.push(html`${exitLater}`);
  return { now, after: [...after, ...notKnown], afterReferral };
}
