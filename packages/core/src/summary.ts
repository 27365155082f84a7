/**
 * The summary a school leaves with: printed, downloaded or submitted. Built from the
 * evaluation of the stage worked on, stamped with the pathway's id and version.
 *
 * It is a pure function of (pathway, case, generatedAt): the time is passed in, and defaults
 * to the case's `asOf` at midnight UTC, or else the Unix epoch, never the clock. Items that
 * do not apply (questions not asked, closed routes) are left out.
 *
 * Next steps, in order: the open outcomes as sentences, the message of every exception that
 * changes the stage or its referrals (with where to go instead, for a redirect), and what
 * happens after each available referral. Format 1.1 (route-summary.ts): the route to choose, the
 * routes someone decides later, hand-back and legal-action sentences; a referral's own outcomes
 * (`after: "referral"`) are never next steps, they are listed with the referral.
 */
import type { ActionGroup, Contact, Link, Outcome, Route, Stage } from './schema-types.js';
import type { AppliedException, DutyStatus, Evaluation, ItemStatus, ReferralEvaluation, StageEvaluation, StageSummary, Summary, SummaryAnswer, SummaryDuty, SummaryReasons, SummaryReferral, TimeLimitStatus } from './types.js';
import type { EvaluationContext } from './context.js';
import { answerText } from './answers.js';
import { detailValue, evidenceState } from './case-input.js';
import { groupHeading } from './duties.js';
import { referralRuledOut } from './ruled-out.js';
import { baselineSteps, breachRuledOutBy, outcomeWaits, recordedElsewhere } from './outcome-timing.js';
import { settlingOutcome } from './settling.js';
import { redirectsHere } from './redirect-scope.js';
import { continuesElsewhere } from './outcomes.js';
import { requirementRule } from './requirements.js';
import { message } from './messages.js';
import { newKindSentence, routeExceptions, routeNextSteps, summaryRoutes } from './route-summary.js';
import { exitStep, summaryExit } from './stage-exit.js';
import { endSentence, quote } from './text.js';

const EPOCH = '1970-01-01T00:00:00.000Z';

function generatedAtFor(ctx: EvaluationContext, requested: unknown): string {
  if (typeof requested === 'string' && requested !== '') return requested;
  return ctx.kase.asOfText !== undefined ? `${ctx.kase.asOfText}T00:00:00.000Z` : EPOCH;
}

function summaryAnswer(item: ItemStatus, ctx: EvaluationContext): SummaryAnswer {
  const answer = ctx.answer(item.id);
  const question = ctx.question(item.id)?.spec;
  const base = {
    stageId: item.ownerId,
    stageTitle: item.ownerTitle,
    questionId: item.id,
    question: item.text,
    state: item.state,
  };
  if (answer.status === 'valid') return { ...base, answer: answer.value, answerText: answerText(question, answer.value) };
  // A date left blank where blank means the event has not happened (`ifBlank`): the author's words.
  const never = answer.status !== 'invalid' && question?.type === 'date' ? question.ifBlank?.trim() || undefined : undefined;
  return {
    ...base,
    answer: null,
    answerText: never ?? message(answer.status === 'invalid' ? 'answer.notUnderstood' : 'answer.none'),
  };
}

function missingLine(item: ItemStatus): { id: string; text: string; reason: string } {
  return { id: item.id, text: item.text, reason: item.advice ? `${item.reason.text}. ${item.advice}` : item.reason.text };
}

function stageTitle(ctx: EvaluationContext, id: string): string {
  return quote(ctx.index.stageById.get(id)?.title ?? id);
}

function referralTitle(ctx: EvaluationContext, id: string): string {
  return quote(ctx.index.referralById.get(id)?.title ?? id);
}

function outcomeSentence(outcome: Outcome, ctx: EvaluationContext, here: string, waits = false): string {
  const title = outcome.title;
  let sentence: string;
  switch (outcome.kind) {
    case 'escalate':
      sentence = outcome.to ? message('next.escalate', { title, to: stageTitle(ctx, outcome.to) }) : message('next.escalateAnywhere', { title });
      break;
    case 'stepDown':
      sentence = outcome.to ? message('next.stepDown', { title, to: stageTitle(ctx, outcome.to) }) : message('next.stepDownAnywhere', { title });
      break;
    case 'close':
      sentence = message('next.close', { title });
      break;
    case 'continue':
      sentence = continuesElsewhere(outcome, here) ? message('next.redirect', { title, to: stageTitle(ctx, outcome.to) }) : message('next.continue', { title });
      break;
    case 'redirect':
      sentence = outcome.to ? message('next.redirect', { title, to: stageTitle(ctx, outcome.to) }) : message('next.redirectElsewhere', { title });
      break;
    case 'refer':
      // A title that already says it ("Refer to Healthy Minds") is not followed by "refer to …" again.
      sentence = /^refer to /iu.test(title)
        ? message('next.referTitled', { title })
        : outcome.referral
          ? message('next.refer', { title, to: referralTitle(ctx, outcome.referral) })
          : message('next.referAnywhere', { title });
      break;
    default:
      // Format 1.1: hand back, and legal actions (route-summary.ts).
      sentence = newKindSentence(outcome, (id) => stageTitle(ctx, id)) ?? message('next.continue', { title });
  }
  if (waits) sentence = message('next.whenReady', { step: sentence });
  return outcome.description ? `${sentence} ${outcome.description}` : sentence;
}

function insteadSentence(exception: AppliedException, ctx: EvaluationContext): string | undefined {
  const target = exception.redirectTo;
  if (target === undefined) return undefined;
  const parts: string[] = [];
  if (target.stage) parts.push(message('next.insteadStage', { stage: stageTitle(ctx, target.stage) }));
  if (target.referral) parts.push(message('next.insteadReferral', { referral: referralTitle(ctx, target.referral) }));
  if (target.contact) {
    parts.push(message('next.insteadContact', { contact: quote(ctx.index.contactById.get(target.contact)?.name ?? target.contact) }));
  }
  return parts.length === 0 ? undefined : message('next.instead', { to: parts.join('; ') });
}

/**
 * How to make a referral that an outcome makes, from its channel ("Phone: …. Online: …", then
 * its instructions), where the stage does not list that referral: there, its own lines say it.
 */
function howToRefer(current: StageEvaluation, referralId: string | undefined, ctx: EvaluationContext): string | undefined {
  if (referralId === undefined || current.referrals.some((referral) => referral.referralId === referralId)) return undefined;
  const referral = ctx.index.referralById.get(referralId);
  const channel = referral?.channel;
  if (referral === undefined || channel === undefined) return undefined;
  const how = [
    channel.phone && `Phone: ${channel.phone}`,
    channel.email && `Email: ${channel.email}`,
    channel.url && `Online: ${channel.url}`,
    channel.instructions?.trim(),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  return how.length === 0 ? undefined : message('next.howToRefer', { referral: quote(referral.title), how: how.map(endSentence).join(' ') });
}

/**
 * A referral the stage offers, as a next step: none for one an exception blocks or redirects
 * (its message and "instead" say what to do) or one an outcome already names; otherwise "not
 * needed" beside an outcome that settles the case, why it cannot be made (or is held back by an
 * answer), or the referral to make, once what is still missing is done where it waits.
 */
function referralStep(evaluation: Evaluation, stage: Stage, current: StageEvaluation, referral: ReferralEvaluation, ctx: EvaluationContext): string[] {
  if (referral.status !== 'available') return [];
  if (current.outcomes.some((outcome) => outcome.open && outcome.kind === 'refer' && outcome.referral === referral.referralId && outcome.after !== 'referral')) return [];
  const title = referral.title;
  const settled = settlingOutcome(current);
  if (settled !== undefined) return [message('next.referralNotNeeded', { title, outcome: quote(settled.title) })];
  const authored = ctx.index.referralById.get(referral.referralId);
  const to = authored?.target.name?.trim() || title;
  const ruled = referralRuledOut(evaluation, stage.requires?.stages ?? [], referral);
  if (ruled !== undefined) {
    if ('gate' in ruled) return [message('next.referralCannot', { title, to, why: endSentence(ruled.gate.advice ?? `${ruled.gate.title}: not met`) })];
    const why = ruled.question.advice ?? `${endSentence(ruled.question.text)} ${endSentence(ruled.question.reason.text)}`;
    return [message('next.referralNotReady', { title, to, why: endSentence(why) })];
  }
  // A title that already says it ("Refer to Healthy Minds") is not followed by "refer to …" again.
  const step = /^refer to /iu.test(title) && title.toLowerCase().includes(to.toLowerCase()) ? message('next.referTitled', { title }) : message('next.refer', { title, to });
  const alone = referral.insteadOf !== undefined || referral.anytime === true;
  return [referral.ready && (alone || current.ready) ? step : message('next.whenReady', { step })];
}

function nextSteps(
  evaluation: Evaluation,
  stage: Stage,
  openRoutes: readonly Route[],
  current: StageEvaluation,
  exceptions: readonly AppliedException[],
  ctx: EvaluationContext,
): Pick<Summary, 'nextSteps' | 'canHappen'> {
  const steps: string[] = [];
  const canHappen: string[] = [];
  const outcomes = [...(stage.outcomes ?? []), ...openRoutes.flatMap((route) => route.outcomes ?? [])];
  current.outcomes.forEach((status, i) => {
    const outcome = outcomes[i];
    // A referral's outcomes follow the referral (format 1.1): never a next step now.
    if (!status.open || status.after === 'referral' || outcome === undefined || recordedElsewhere(status, current)) return;
    // Open only because it has no rule of its own: it can happen from this stage, it is not a
    // step to take now (a referral to make is).
    const possible = status.reason.code === 'outcome.always' && status.kind !== 'refer';
    // An act is a step now only once what it depends on is complete (outcome-timing.ts).
    (possible ? canHappen : steps).push(outcomeSentence(outcome, ctx, current.stageId, !possible && outcomeWaits(current, status)));
    const how = possible || status.kind !== 'refer' ? undefined : howToRefer(current, status.referral, ctx);
    if (how !== undefined) steps.push(how);
  });
  // The stage's exit holds: advice that the pupil can leave it (placement is unchanged).
  const exit = exitStep(stage.title, current.exit);
  if (exit !== undefined) steps.push(exit);
  // Outcomes waiting only on an earlier reading not entered: what to enter to decide them.
  for (const step of baselineSteps(current, ctx.index.definition.measures ?? [])) steps.push(step.text);
  // Format 1.1: the route to choose, and the routes someone else decides between later.
  for (const step of routeNextSteps(current)) steps.push(step);
  // The stage's referrals no outcome makes: the referral to make now, or why not (as the widget's page says).
  for (const referral of current.referrals) steps.push(...referralStep(evaluation, stage, current, referral, ctx));
  // Every exception's message is a next step: "escalate within children's social care" is
  // what the school must do when a stage is blocked, as much as when it is redirected.
  // A redirect of referrals alone says "instead" only where the stage makes the referral (a stage
  // sent to the MASH takes its referrals with it: the stage's "instead" is the one).
  for (const exception of exceptions) {
    steps.push(exception.message);
    const instead = exception.effect === 'redirect' && redirectsHere(exception, current) ? insteadSentence(exception, ctx) : undefined;
    if (instead !== undefined) steps.push(instead);
  }
  for (const limit of current.timeLimits ?? []) {
    if (limit.breach?.breached !== true) continue;
    // What the breach leads to may be ruled out for this pupil: said beside it, with the exception that rules it out.
    const exception = breachRuledOutBy(evaluation, limit);
    const what = limit.breach.description;
    steps.push(
      exception === undefined
        ? message('next.breached', { title: quote(limit.title), what })
        : message('next.breachedNotOffered', { title: quote(limit.title), what: endSentence(what), exception }),
    );
  }
  for (const referral of current.referrals) {
    const response = ctx.index.referralById.get(referral.referralId)?.response;
    // What follows a referral is said only where it can be made: not beside one that what was
    // entered rules out (a blocking gate failing on an answer or a figure, a blocking question
    // answered the other way), as the widget says too.
    if (referral.status === 'available' && response !== undefined && !referralRuledOut(evaluation, stage.requires?.stages ?? [], referral)) {
      steps.push(message('next.afterReferral', { referral: quote(referral.title), response }));
    }
  }
  return canHappen.length > 0 ? { nextSteps: steps, canHappen } : { nextSteps: steps };
}

/** Each group's lines that apply; an open route's named as the route's, since they hold only if that route is taken. */
function actionLines(groups: readonly ActionGroup[], ctx: EvaluationContext, route?: Route): Summary['actions'] {
  const lines: Summary['actions'] = [];
  for (const group of groups) {
    const role = ctx.index.roleById.get(group.role)?.title ?? group.role;
    const items = group.actions.filter((a) => a.when === undefined || ctx.condition(a.when).holds).map((a) => a.text);
    if (items.length === 0) continue;
    const line: Summary['actions'][number] = { role, heading: groupHeading(group, role), items };
    if (route !== undefined) line.route = { id: route.id, title: route.title };
    lines.push(line);
  }
  return lines;
}

/** The action groups of the requirements that apply at this stage for this case (format 1.1). */
function requirementGroups(stage: Stage, ctx: EvaluationContext): ActionGroup[] {
  const groups: ActionGroup[] = [];
  for (const requirement of ctx.index.requirementsAt.get(stage) ?? []) {
    const actions = requirement.requirement.actions;
    if (actions !== undefined && actions.length > 0 && requirementRule(requirement, ctx).holds) groups.push(...actions);
  }
  return groups;
}

/** A duty as the summary states it: the ones that apply, with strength, roles, due date and gates waited for. */
function summaryDuty(duty: DutyStatus): SummaryDuty {
  const line: SummaryDuty = { source: { ...duty.source }, heading: duty.heading, roles: [...duty.roles], text: duty.text };
  if (duty.id !== undefined) line.id = duty.id;
  if (duty.force !== undefined) line.force = duty.force;
  if (duty.due !== undefined) {
    line.due = duty.due.reason !== undefined ? `${duty.due.text}. ${duty.due.reason.text}` : duty.due.text;
    if (duty.due.date !== undefined) line.dueDate = duty.due.date;
    if (duty.due.overdue) line.overdue = true;
  }
  if (duty.every !== undefined) line.every = duty.every.text;
  const waitingFor = duty.gates.filter((gate) => !gate.holds).map((gate) => gate.title);
  if (waitingFor.length > 0) line.waitingFor = waitingFor;
  return line;
}

function summaryDuties(duties: readonly DutyStatus[] | undefined): SummaryDuty[] {
  return (duties ?? []).filter((duty) => duty.applies).map(summaryDuty);
}

/**
 * A time limit as the summary states it; end dates and states only where the case gives them,
 * and an open route's named as the route's (format 1.1): it holds only if the route is taken.
 */
function summaryTimeLimit(limit: TimeLimitStatus, ctx: EvaluationContext): Summary['timeLimits'][number] {
  const line: Summary['timeLimits'][number] = { id: limit.id, title: limit.title, text: limit.text };
  if (limit.routeId !== undefined) line.route = { id: limit.routeId, title: ctx.routeTitle(limit.routeId) };
  if (limit.end !== undefined) line.end = limit.end;
  if (limit.latestEnd !== undefined) line.latestEnd = limit.latestEnd;
  if (limit.extended === true) line.extended = true;
  if (limit.passed !== undefined) line.passed = limit.passed;
  if (limit.breach !== undefined) line.breached = limit.breach.breached;
  return line;
}

/** Pathway, stage, then question and evidence resources, each link once. */
function resources(stage: Stage | undefined, current: StageEvaluation | undefined, ctx: EvaluationContext): Summary['resources'] {
  const seen = new Set<string>();
  const out: Summary['resources'] = [];
  const add = (links: readonly Link[] | undefined) => {
    for (const link of links ?? []) {
      const key = link.url !== undefined ? `url:${link.url}` : `title:${link.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const line: Summary['resources'][number] = { title: link.title };
      if (link.url !== undefined) line.url = link.url;
      if (link.description !== undefined) line.description = link.description;
      out.push(line);
    }
  };
  add(ctx.index.definition.resources);
  if (stage === undefined || current === undefined) return out;
  add(stage.resources);
  for (const item of current.questions) {
    if (item.state !== 'notApplicable') add(ctx.index.questionById.get(item.id)?.question.resources);
  }
  for (const item of current.evidence) {
    if (item.state !== 'notApplicable') add(ctx.index.evidenceById.get(item.id)?.evidence.resources);
  }
  return out;
}

function contacts(stage: Stage | undefined, exceptions: readonly AppliedException[], ctx: EvaluationContext): Summary['contacts'] {
  const ids = [...(stage?.contacts ?? [])];
  for (const exception of exceptions) {
    if (exception.effect === 'redirect' && exception.redirectTo?.contact) ids.push(exception.redirectTo.contact);
  }
  const out: Summary['contacts'] = [];
  for (const id of new Set(ids)) {
    const contact = ctx.index.contactById.get(id);
    if (contact !== undefined) out.push(contactLine(contact));
  }
  // The pathway's general contacts (no stage or exception names them): for whom to ask at any stage.
  for (const contact of ctx.index.generalContacts) out.push({ ...contactLine(contact), general: true });
  return out;
}

function contactLine(contact: Contact): Summary['contacts'][number] {
  const line: Summary['contacts'][number] = { name: contact.name };
  if (contact.email !== undefined) line.email = contact.email;
  if (contact.phone !== undefined) line.phone = contact.phone;
  if (contact.url !== undefined) line.url = contact.url;
  if (contact.description?.trim()) line.description = contact.description;
  return line;
}

/** A comparable form of a name, address, email or phone: case, spaces and `mailto:` / `tel:` ignored. */
const sameKey = (text: string | undefined) => text?.toLowerCase().replace(/^(mailto|tel):|\s+/gu, '');

/**
 * A resource that is also one of the contacts (the same name, address, email or phone) is
 * listed once, as the contact, which takes the resource's web address when it has none.
 */
function linksAndContacts(links: Summary['resources'], people: Summary['contacts']): Pick<Summary, 'resources' | 'contacts'> {
  const kept = links.filter((link) => {
    const keys = [sameKey(link.title), sameKey(link.url)];
    const contact = people.find((c) => [c.name, c.url, c.email, c.phone].some((key) => key !== undefined && keys.includes(sameKey(key))));
    if (contact === undefined) return true;
    if (contact.url === undefined && link.url !== undefined && !/^(mailto|tel):/u.test(link.url)) contact.url = link.url;
    return false;
  });
  return { resources: kept, contacts: people };
}

function summaryReferral(evaluation: ReferralEvaluation, ctx: EvaluationContext): SummaryReferral | undefined {
  const referral = ctx.index.referralById.get(evaluation.referralId);
  if (referral === undefined) return undefined;
  const summary: SummaryReferral = {
    id: referral.id,
    title: referral.title,
    target: { ...referral.target },
    channel: { ...referral.channel },
    fields: (referral.fields ?? []).map((field) => {
      const line: SummaryReferral['fields'][number] = { id: field.id, label: field.label, required: field.required ?? true };
      const value = detailValue(ctx.kase, field.id);
      if (value !== undefined) line.value = value;
      return line;
    }),
    include: (referral.include ?? []).map((item) => {
      const state = evidenceState(ctx.kase, item.id);
      const line: SummaryReferral['include'][number] = { id: item.id, title: item.title, confirmed: state.confirmed };
      if (item.recency !== undefined) line.recency = { ...item.recency };
      if (state.note !== undefined) line.note = state.note;
      return line;
    }),
    // What the team receiving it checks: its criteria, and what it still lacks.
    gates: evaluation.gates.map((g) => ({ id: g.id, title: g.title, holds: g.holds, reasons: g.reasons.map((r) => r.text) })),
    missing: [...evaluation.fields, ...evaluation.include].filter((item) => item.required && item.severity === 'blocking' && (item.state === 'missing' || item.state === 'unmet')).map(missingLine),
    outcomes: (referral.outcomes ?? []).map((outcome) =>
      outcome.description !== undefined
        ? { id: outcome.id, title: outcome.title, description: outcome.description }
        : { id: outcome.id, title: outcome.title },
    ),
    status: evaluation.status,
    ready: evaluation.ready,
  };
  if (referral.response !== undefined) summary.response = referral.response;
  if (evaluation.insteadOf !== undefined) summary.insteadOf = [...evaluation.insteadOf];
  return summary;
}

export function buildSummary(evaluation: Evaluation, ctx: EvaluationContext, options?: { generatedAt?: string }): Summary {
  const { index } = ctx;
  const definition = index.definition;
  const current = evaluation.current;
  const stage = current ? index.stageById.get(current.stageId) : undefined;
  const header = {
    format: 'pathway-summary/1' as const,
    pathway: { id: definition.id, version: definition.version, title: definition.title, authority: definition.authority.name },
    generatedAt: generatedAtFor(ctx, options?.generatedAt),
    ...(ctx.kase.asOfText === undefined ? {} : { asOf: ctx.kase.asOfText }),
    measures: evaluation.measures.map((m) => ({ id: m.measureId, title: m.title, display: m.display, status: m.status })),
    cohorts: (definition.cohorts ?? []).filter((c) => ctx.cohortTicked(c.id)).map((c) => ({ id: c.id, title: c.title })),
    classifications: evaluation.placement.classifications.map((match) => match.band.label),
    placement: {
      reasons: evaluation.placement.reasons.map((r) => r.text),
      stages: evaluation.placement.stages.map((s) => ({ id: s.stageId, title: s.title })),
    },
  };
  if (evaluation.baselines !== undefined) {
    (header as Partial<Summary>).baselines = Object.values(evaluation.baselines).map((m) => {
      const line: NonNullable<Summary['baselines']>[number] = { id: m.measureId, title: m.title, display: m.display, status: m.status };
      if (m.date !== undefined) line.date = m.date;
      return line;
    });
  }
  if (current === undefined || stage === undefined) {
    return {
      ...header,
      ready: false,
      answers: [],
      ...(evaluation.decidingAnswers === undefined ? {} : { decidingAnswers: evaluation.decidingAnswers.map((q) => summaryAnswer(q, ctx)) }),
      evidence: [],
      missing: { blocking: [], advisory: [] },
      gates: [],
      exceptions: [],
      nextSteps: [],
      actions: [],
      timeLimits: [],
      resources: resources(undefined, undefined, ctx),
      contacts: contacts(undefined, [], ctx),
      referrals: [],
      ...dutiesAndJourney(evaluation, undefined),
      reasons: { placement: evaluation.placement.reasons.map((r) => ({ ...r })), missing: [], gates: [], timeLimits: [] },
    };
  }

  const openRoutes = ctx.ownItems(stage).openRoutes;
  const referralExceptions = new Set(current.referrals.flatMap((r) => r.exceptions));
  const stageExceptions = new Set(current.exceptions);
  // Format 1.1: exceptions naming the stage's routes (e.g. no legal route for children looked after).
  for (const e of routeExceptions(current)) referralExceptions.add(e);
  // Exceptions that close a stage this stage leads to (enforcement for a child looked after):
  // the outcome is closed, and the summary says why, in the council's words.
  const ledTo = new Set(current.outcomes.flatMap((outcome) => (outcome.to === undefined ? [] : [outcome.to])));
  for (const e of evaluation.exceptions) {
    if ((e.effect === 'block' || e.effect === 'skip') && e.stages.some((id) => ledTo.has(id))) referralExceptions.add(e);
  }
  const exceptions = evaluation.exceptions.filter((e) => stageExceptions.has(e) || referralExceptions.has(e));

  const stageLine: NonNullable<Summary['stage']> = { id: stage.id, title: stage.title };
  if (stage.subtitle !== undefined) stageLine.subtitle = stage.subtitle;
  if (current.lead !== undefined) stageLine.lead = current.lead;
  if (current.leads !== undefined) stageLine.leads = [...current.leads];
  if (stage.description !== undefined) stageLine.description = stage.description;

  return {
    ...header,
    stage: stageLine,
    // A stage the pupil is redirected away from is not one to act on, whatever it has (the page says the same).
    ready: current.ready && current.standing === 'available',
    answers: current.questions.filter((q) => q.state !== 'notApplicable').map((q) => summaryAnswer(q, ctx)),
    ...(evaluation.decidingAnswers === undefined ? {} : { decidingAnswers: evaluation.decidingAnswers.map((q) => summaryAnswer(q, ctx)) }),
    evidence: current.evidence
      .filter((item) => item.state !== 'notApplicable')
      .map((item) => {
        const state = evidenceState(ctx.kase, item.id);
        const line: Summary['evidence'][number] = { id: item.id, title: item.text, confirmed: state.confirmed, state: item.state };
        const recency = ctx.index.evidenceById.get(item.id)?.evidence.recency;
        if (recency !== undefined) line.recency = { ...recency };
        if (state.note !== undefined) line.note = state.note;
        return line;
      }),
    missing: { blocking: current.missing.blocking.map(missingLine), advisory: current.missing.advisory.map(missingLine) },
    gates: current.gates.map((g) => ({ id: g.id, title: g.title, holds: g.holds, reasons: g.reasons.map((r) => r.text) })),
    exceptions: exceptions.map((e) => ({ id: e.id, title: e.title, effect: e.effect, message: e.message })),
    ...nextSteps(evaluation, stage, openRoutes, current, exceptions, ctx),
    ...(current.exit === undefined ? {} : { exit: summaryExit(current.exit) }),
    ...stageLines(stage, current, ctx),
    ...linksAndContacts(resources(stage, current, ctx), contacts(stage, exceptions, ctx)),
    referrals: current.referrals.map((r) => summaryReferral(r, ctx)).filter((r) => r !== undefined),
    ...dutiesAndJourney(evaluation, current),
    ...withRoutes(current),
    reasons: summaryReasons(evaluation, current),
  };
}

/**
 * Who does what at the stage (its groups, its open routes' and its requirements'), and its time
 * limits; none at a stage not offered for the pupil (blocked, skipped or redirected elsewhere),
 * whose duties do not apply (duties.ts) and whose periods do not run for them.
 */
function stageLines(stage: Stage, current: StageEvaluation, ctx: EvaluationContext): StageSummary {
  if (current.standing !== 'available') return { actions: [], timeLimits: [] };
  const openRoutes = ctx.ownItems(stage).openRoutes;
  return {
    actions: [
      ...actionLines(stage.actions ?? [], ctx),
      ...openRoutes.flatMap((route) => actionLines(route.actions ?? [], ctx, route)),
      ...actionLines(requirementGroups(stage, ctx), ctx),
    ],
    timeLimits: (current.timeLimits ?? []).map((limit) => summaryTimeLimit(limit, ctx)),
  };
}

/**
 * The summary's `actions` and `timeLimits` alone, exactly as `buildSummary` makes them (empty
 * with no current stage): for a page that shows what the stage involves on every change,
 * without the rest of the summary, which grows with the pathway.
 */
export function buildStageSummary(evaluation: Evaluation, ctx: EvaluationContext): StageSummary {
  const current = evaluation.current;
  const stage = current ? ctx.index.stageById.get(current.stageId) : undefined;
  return current === undefined || stage === undefined ? { actions: [], timeLimits: [] } : stageLines(stage, current, ctx);
}

/** The `Reason` objects behind the summary's sentences, for translating the JSON (additive). */
function summaryReasons(evaluation: Evaluation, current: StageEvaluation): SummaryReasons {
  const reasons: SummaryReasons = {
    placement: evaluation.placement.reasons.map((r) => ({ ...r })),
    missing: [...current.missing.blocking, ...current.missing.advisory].map((item) => ({ id: item.id, reason: { ...item.reason } })),
    gates: current.gates.map((gate) => ({ id: gate.id, reasons: gate.reasons.map((r) => ({ ...r })) })),
    timeLimits: (current.timeLimits ?? []).map((limit) => ({ id: limit.id, reasons: limit.reasons.map((r) => ({ ...r })) })),
  };
  if (current.exit !== undefined) reasons.exit = current.exit.reasons.map((r) => ({ ...r }));
  const routes = summaryRoutes(current);
  if (routes !== undefined) {
    reasons.routes = routes.flatMap((line) => {
      const route = current.routes.find((item) => item.id === line.id);
      return route === undefined ? [] : [{ id: route.id, reason: { ...route.reason } }];
    });
  }
  const duties = (current.duties ?? []).filter((duty) => duty.applies);
  if (duties.length > 0) {
    reasons.duties = duties.map((duty, index) => {
      const line: NonNullable<SummaryReasons['duties']>[number] = { index };
      if (duty.due !== undefined) line.due = [...duty.due.terms, ...(duty.due.reason !== undefined ? [duty.due.reason] : [])].map((r) => ({ ...r }));
      if (duty.every !== undefined) line.every = { ...duty.every };
      return line;
    });
  }
  return reasons;
}

/** Format 1.1: the stage's routes, when someone chooses between them. */
function withRoutes(current: StageEvaluation): Pick<Summary, 'routes'> {
  const routes = summaryRoutes(current);
  return routes === undefined ? {} : { routes };
}

/** Format 1.1: whose journey, the stage's duties that apply, and the standing duties (in every summary). */
function dutiesAndJourney(evaluation: Evaluation, current: StageEvaluation | undefined): Pick<Summary, 'journey' | 'duties' | 'standingDuties'> {
  const part: Pick<Summary, 'journey' | 'duties' | 'standingDuties'> = {};
  if (evaluation.journey !== undefined) part.journey = { ...evaluation.journey, end: { ...evaluation.journey.end } };
  part.duties = summaryDuties(current?.duties);
  if (evaluation.standingDuties !== undefined && evaluation.standingDuties.length > 0) {
    part.standingDuties = summaryDuties(evaluation.standingDuties);
  }
  return part;
}
