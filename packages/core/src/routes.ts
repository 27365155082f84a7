/**
 * Routes someone chooses (format 1.1).
 *
 * Whose choice a route is follows from the pathway's journey (`journey.role`, else its audience)
 * and the route's `chosenBy`, worked out once per pathway (`buildChoiceIndex`):
 * - "user": `chosenBy` is the journey's role (or, when the journey names no role, a role of the
 *   audience's kind: school → school; localAuthority → localAuthority; professional →
 *   leadProfessional or partner). Chosen in `CaseInput.routes`.
 * - "later": someone else decides after this journey ("The Local Authority will decide
 *   between …"). Its items are never asked here; it is listed so the summary can say so.
 * - "rule": no `chosenBy`. Open when its rule holds, its items counting toward the stage,
 *   exactly as in format 1.0.
 *
 * One route's requirements never block another route or another referral: the items and gates
 * of "user" and "later" routes count only toward their own route. A route is ready when it is
 * open (chosen and available; for "rule" routes, its rule holds), its stage is available and
 * ready, nothing blocking of its own is outstanding and its blocking gates hold. A referral a
 * route lists is ready only when one of the routes listing it is ready.
 *
 * An exception naming a route (`Exception.routes`) with effect "block" or "skip" closes that
 * route, with the exception's message; its outcomes (a legal action, say) are then closed too.
 */
import type { Condition, Exception, Outcome, Pathway, Referral, Role, Route, Stage } from './schema-types.js';
import type { AppliedException, GateResult, ItemStatus, OutcomeStatus, Reason, ReferralEvaluation, RouteStatus, StageEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import type { CompiledRoute } from './pathway-index.js';
import { evaluateGate } from './gates.js';
import { resolveJourney } from './journey.js';
import { joinReasons, reason } from './messages.js';
import { closeUnavailableOutcomes, outcomeStatus, unavailableStages } from './outcomes.js';
import { evaluateReferral } from './referrals.js';
import { isOutstanding } from './stage-core.js';
import { fallbackStage } from './starting-stage.js';
import { quote } from './text.js';

export type RouteChoice = NonNullable<RouteStatus['choice']>;

export interface RouteChoiceInfo {
  readonly choice: RouteChoice;
  /** For "later": the title of the role who decides (its id when the pathway has no such role). */
  readonly decidedBy: string | undefined;
}

/** What the engine needs about routes, outcomes and starting stages, worked out once per pathway. */
export interface ChoiceIndex {
  readonly routes: ReadonlyMap<Route, RouteChoiceInfo>;
  /** First route with each id, for rules naming a route. */
  readonly routeById: ReadonlyMap<string, Route>;
  /** Route ids some exception names. */
  readonly routesNamedByExceptions: ReadonlySet<string>;
  /** Stages with at least one route that someone chooses ("user" or "later"). */
  readonly stagesWithChoices: ReadonlySet<Stage>;
  /** First outcome with each id (stages, routes and referrals), for rules naming an outcome. */
  readonly outcomeById: ReadonlyMap<string, Outcome>;
  /** Stage id → the outcomes anywhere in the pathway that lead to it (`to`). */
  readonly outcomesInto: ReadonlyMap<string, readonly Outcome[]>;
  /** The pathway's starting stage, when `start` names one. */
  readonly start: Stage | undefined;
  /** The first universal stage, for a format 1.1 pathway without `start` (1.0 pathways have no fallback). */
  readonly universalFallback: Stage | undefined;
  /** Stages the user may choose (`entry.byChoice`). */
  readonly byChoice: readonly Stage[];
}

const RULE: RouteChoiceInfo = Object.freeze({ choice: 'rule', decidedBy: undefined });

const AUDIENCE_KINDS: Readonly<Record<string, readonly string[]>> = {
  school: ['school'],
  localAuthority: ['localAuthority'],
  professional: ['leadProfessional', 'partner'],
};

function routeChoice(route: Route, journey: { audience: string; role?: string }, roleById: ReadonlyMap<string, Role>): RouteChoiceInfo {
  const chooser = route.chosenBy;
  if (typeof chooser !== 'string') return RULE;
  const role = roleById.get(chooser);
  const inJourney =
    journey.role !== undefined ? chooser === journey.role : role?.kind !== undefined && (AUDIENCE_KINDS[journey.audience] ?? []).includes(role.kind);
  return inJourney ? { choice: 'user', decidedBy: undefined } : { choice: 'later', decidedBy: role?.title ?? chooser };
}

export function buildChoiceIndex(definition: Pathway, stageById: ReadonlyMap<string, Stage>, roleById: ReadonlyMap<string, Role>): ChoiceIndex {
  const journey = resolveJourney(definition);
  const routes = new Map<Route, RouteChoiceInfo>();
  const routeById = new Map<string, Route>();
  const stagesWithChoices = new Set<Stage>();
  const outcomeById = new Map<string, Outcome>();
  const outcomesInto = new Map<string, Outcome[]>();
  const addOutcomes = (outcomes: readonly Outcome[] | undefined) => {
    for (const outcome of outcomes ?? []) {
      if (!outcomeById.has(outcome.id)) outcomeById.set(outcome.id, outcome);
      if (typeof outcome.to !== 'string') continue;
      const into = outcomesInto.get(outcome.to);
      if (into === undefined) outcomesInto.set(outcome.to, [outcome]);
      else if (!into.includes(outcome)) into.push(outcome);
    }
  };
  const byChoice: Stage[] = [];
  for (const stage of definition.stages) {
    addOutcomes(stage.outcomes);
    if (stage.entry?.byChoice === true && !byChoice.includes(stage)) byChoice.push(stage);
    for (const route of stage.routes ?? []) {
      addOutcomes(route.outcomes);
      if (!routeById.has(route.id)) routeById.set(route.id, route);
      const info = routeChoice(route, journey, roleById);
      routes.set(route, info);
      if (info.choice !== 'rule') stagesWithChoices.add(stage);
    }
  }
  for (const referral of definition.referrals ?? []) addOutcomes(referral.outcomes);
  const routesNamedByExceptions = new Set<string>();
  for (const exception of definition.exceptions ?? []) for (const id of exception.routes ?? []) routesNamedByExceptions.add(id);
  const fallback = fallbackStage(definition, (id) => stageById.get(id));
  return {
    routes,
    routeById,
    routesNamedByExceptions,
    stagesWithChoices,
    outcomeById,
    outcomesInto,
    start: fallback?.via === 'start' ? fallback.stage : undefined,
    universalFallback: fallback?.via === 'universal' ? fallback.stage : undefined,
    byChoice,
  };
}

/** The rules of the exceptions that name a stage's routes (for the self-dependence check). */
export function routeExceptionConditions(stage: Stage, exceptions: readonly Exception[]): Condition[] {
  const ids = new Set((stage.routes ?? []).map((route) => route.id));
  if (ids.size === 0) return [];
  return exceptions.filter((e) => (e.routes ?? []).some((id) => ids.has(id))).map((e) => e.when);
}

// ---------------------------------------------------------------------------------------
// Per case

/** A route for one case, as the stage's items need it (see stage-core.ts). */
export interface RouteState {
  readonly route: CompiledRoute;
  readonly info: RouteChoiceInfo;
  readonly status: RouteStatus;
  /** Why its items are not asked, or undefined when they are. */
  readonly notApplicable: Reason | undefined;
  /** Its items count toward the stage (a "rule" route). */
  readonly counts: boolean;
  /** Exceptions that name it and apply. */
  readonly exceptions: AppliedException[];
  /** The route's own items (filled by stage-core; left empty for a "rule" route on a stage without choices, whose items are simply the stage's). */
  readonly questions: ItemStatus[];
  readonly evidence: ItemStatus[];
}

function routeStatusOf(route: CompiledRoute, info: RouteChoiceInfo, open: boolean, why: Reason, chosen: boolean, available: boolean): RouteStatus {
  const status: RouteStatus = { id: route.id, title: route.title, open, reason: why, choice: info.choice, chosen, available };
  if (info.decidedBy !== undefined) status.decidedBy = info.decidedBy;
  return status;
}

function stateOf(
  route: CompiledRoute,
  info: RouteChoiceInfo,
  status: RouteStatus,
  notApplicable: Reason | undefined,
  counts: boolean,
  exceptions: AppliedException[],
): RouteState {
  return { route, info, status, notApplicable, counts, exceptions, questions: [], evidence: [] };
}

const NO_EXCEPTIONS: AppliedException[] = [];

export function routeState(route: CompiledRoute, ctx: EvaluationContext): RouteState {
  const info = ctx.index.choices.routes.get(route.route) ?? RULE;
  const exceptions = ctx.index.choices.routesNamedByExceptions.has(route.id)
    ? ctx.appliedExceptions().filter((e) => e.routes?.includes(route.id) === true)
    : NO_EXCEPTIONS;
  let closing: AppliedException | undefined;
  for (const e of exceptions) if (closing === undefined && (e.effect === 'block' || e.effect === 'skip')) closing = e;
  const rule = route.when === undefined ? undefined : ctx.condition(route.when);
  const because = rule === undefined ? '' : joinReasons(rule.reasons);
  const available = closing === undefined && (rule === undefined || rule.holds);

  if (info.choice === 'rule') {
    let why: Reason;
    if (closing !== undefined) why = reason('route.blocked', { message: closing.message });
    else if (rule === undefined) why = reason('route.always');
    else why = rule.holds ? reason('route.open', { because }) : reason('route.closed', { because });
    const notApplicable = available ? undefined : reason('item.routeClosed', { route: quote(route.title) });
    return stateOf(route, info, routeStatusOf(route, info, available, why, available, available), notApplicable, true, exceptions);
  }

  const name = quote(route.title);
  const chosen = ctx.kase.routes.has(route.id);
  if (info.choice === 'later') {
    const by = info.decidedBy ?? '';
    let why: Reason;
    if (closing !== undefined) why = reason('route.blocked', { message: closing.message });
    else if (rule !== undefined && !rule.holds) why = reason('route.closed', { because });
    else why = rule === undefined ? reason('route.decidedLater', { by }) : reason('route.decidedLaterOpen', { by, because });
    const status = routeStatusOf(route, info, false, why, chosen, available);
    return stateOf(route, info, status, reason('item.routeDecidedLater', { route: name, by }), false, exceptions);
  }

  let why: Reason;
  if (!available) {
    const notOpen = closing !== undefined ? closing.message : because;
    why = chosen
      ? reason('route.chosenButClosed', { because: notOpen })
      : closing !== undefined
        ? reason('route.blocked', { message: closing.message })
        : reason('route.closed', { because });
  } else if (chosen) {
    why = rule === undefined ? reason('route.chosen') : reason('route.chosenOpen', { because });
  } else {
    why = rule === undefined ? reason('route.notChosen') : reason('route.notChosenOpen', { because });
  }
  const open = chosen && available;
  const notApplicable = open
    ? undefined
    : !chosen && available
      ? reason('item.routeNotChosen', { route: name })
      : reason('item.routeClosed', { route: name });
  return stateOf(route, info, routeStatusOf(route, info, open, why, chosen, available), notApplicable, false, exceptions);
}

/** The stage as its routes see it. */
export interface StageForRoutes {
  status: StageEvaluation['status'];
  standing: StageEvaluation['standing'];
  ready: boolean;
  missing: StageEvaluation['missing'];
  /** "block" and "redirect" exceptions on the stage: its referrals are blocked or redirected too. */
  blocks: readonly AppliedException[];
}

const NOTHING_MISSING: { blocking: ItemStatus[]; advisory: ItemStatus[] } = Object.freeze({ blocking: [], advisory: [] }) as never;

function ownMissing(items: readonly (readonly ItemStatus[])[]) {
  const blocking: ItemStatus[] = [];
  const advisory: ItemStatus[] = [];
  for (const list of items) {
    for (const item of list) {
      if (!isOutstanding(item)) continue;
      (item.severity === 'advisory' ? advisory : blocking).push(item);
    }
  }
  return { blocking, advisory };
}

function routeOutcome(outcome: Outcome, state: RouteState, ctx: EvaluationContext): OutcomeStatus {
  const status = outcomeStatus(outcome, ctx);
  if (state.info.choice !== 'rule') status.routeId = state.route.id;
  if (state.status.open || !status.open) return status;
  const route = quote(state.route.title);
  let why: Reason;
  if (state.info.choice === 'later' && state.status.available === true) {
    why = reason('outcome.decidedLater', { route, by: state.info.decidedBy ?? '' });
  } else if (state.info.choice === 'user' && state.status.available === true) {
    why = reason('outcome.routeNotChosen', { route });
  } else {
    why = reason('outcome.routeClosed', { route });
  }
  return { ...status, open: false, reason: why };
}

export interface EvaluatedRoutes {
  routes: RouteStatus[];
  /** Each referral id a route lists → the routes listing it, with their readiness. */
  listing: Map<string, { ids: string[]; ready: boolean; allClosedBy: AppliedException[] | undefined }>;
}

/** Each route's readiness, gates, referrals and outcomes, from the stage's state. */
export function evaluateRoutes(states: readonly RouteState[], stage: StageForRoutes, ctx: EvaluationContext): EvaluatedRoutes {
  const routes: RouteStatus[] = [];
  const listing: EvaluatedRoutes['listing'] = new Map();
  // A stage not offered to the pupil (redirected, skipped or blocked) offers nothing: its routes neither.
  const notOffered = stage.standing === 'available' ? undefined : stage.standing;
  for (const state of states) {
    const route = state.route.route;
    const open = state.status.open;
    const gates: GateResult[] = route.gates === undefined ? [] : route.gates.map((gate) => evaluateGate(gate, ctx));
    const own = state.counts ? NOTHING_MISSING : ownMissing([state.questions, state.evidence]);
    const ready =
      open &&
      notOffered === undefined &&
      stage.ready &&
      own.blocking.length === 0 &&
      gates.every((gate) => gate.severity !== 'blocking' || gate.holds);
    const closers = state.exceptions.filter((e) => e.effect === 'block');
    const blocks = closers.length > 0 ? [...stage.blocks, ...closers] : stage.blocks;
    const referrals: ReferralEvaluation[] = [];
    for (const id of route.referrals ?? []) {
      const referral = ctx.index.referralById.get(id);
      if (referral === undefined) continue;
      referrals.push(evaluateReferral(referral, { stageReady: ready, stageBlocks: blocks }, ctx));
      const entry = listing.get(id) ?? { ids: [], ready: false, allClosedBy: [] as AppliedException[] };
      entry.ids.push(route.id);
      entry.ready ||= ready;
      if (entry.allClosedBy !== undefined) entry.allClosedBy = closers.length > 0 ? [...entry.allClosedBy, ...closers] : undefined;
      listing.set(id, entry);
    }
    const outcomes = closeUnavailableOutcomes(
      (route.outcomes ?? []).map((outcome) => routeOutcome(outcome, state, ctx)),
      notOffered ?? stage.status,
      referrals,
      unavailableStages(ctx),
    );
    const base = state.status;
    const noGateMissing = !open || !gates.some((gate) => !gate.holds);
    // Built property by property (not spread): one shape for every route status, and fast.
    const status: RouteStatus = {
      id: base.id,
      title: base.title,
      open: base.open,
      reason: base.reason,
      choice: base.choice,
      chosen: base.chosen,
      available: base.available,
      gates,
      ready,
      // The stage's lists are shared, not copied, when the route adds nothing (large stages).
      missing: {
        blocking: own.blocking.length === 0 ? stage.missing.blocking : stage.missing.blocking.concat(own.blocking),
        advisory: own.advisory.length === 0 ? stage.missing.advisory : stage.missing.advisory.concat(own.advisory),
        gates: noGateMissing ? stage.missing.gates : stage.missing.gates.concat(gates.filter((gate) => !gate.holds)),
      },
      referrals,
      outcomes,
      exceptions: state.exceptions.length === 0 ? [] : state.exceptions,
    };
    if (base.decidedBy !== undefined) status.decidedBy = base.decidedBy;
    if (!state.counts) {
      status.questions = state.questions;
      status.evidence = state.evidence;
    }
    // A route of a stage not offered for the pupil is not open to them either, nor left for someone to
    // decide later ("The Local Authority will decide between …" for a pupil sent elsewhere): one status, one reason.
    if (notOffered !== undefined && (state.status.open || state.status.available)) {
      status.open = false;
      status.available = false;
      status.reason = reason('route.stageUnavailable', { status: notOffered });
    }
    routes.push(status);
  }
  return { routes, listing };
}

/**
 * A stage's referral, listed on some of its routes: ready only when one of them is ready;
 * blocked when every route listing it is closed by a "block" exception.
 */
export function referralOnRoutes(
  referral: Referral,
  entry: { ids: string[]; ready: boolean; allClosedBy: AppliedException[] | undefined },
  stage: StageForRoutes,
  ctx: EvaluationContext,
): ReferralEvaluation {
  const blocks = entry.allClosedBy !== undefined && entry.allClosedBy.length > 0 ? [...stage.blocks, ...entry.allClosedBy] : stage.blocks;
  const evaluation = evaluateReferral(referral, { stageReady: entry.ready, stageBlocks: blocks, onRoutes: true }, ctx);
  evaluation.routes = [...entry.ids];
  return evaluation;
}

/**
 * A stage's routes and referrals for one case: the stage's referrals, then those listed only on
 * its open routes. A referral no route lists is ready when the stage is (as in format 1.0).
 */
export function routesAndReferrals(
  stage: Stage,
  states: readonly RouteState[],
  forRoutes: StageForRoutes,
  ctx: EvaluationContext,
): { routes: RouteStatus[]; referrals: ReferralEvaluation[] } {
  const { routes, listing } = evaluateRoutes(states, forRoutes, ctx);
  const ids: string[] = [...(stage.referrals ?? [])];
  for (const state of states) {
    if (!state.status.open) continue;
    for (const id of state.route.route.referrals ?? []) if (!ids.includes(id)) ids.push(id);
  }
  const referrals: ReferralEvaluation[] = [];
  for (const id of ids) {
    const referral = ctx.index.referralById.get(id);
    if (referral === undefined) continue;
    const entry = listing.get(id);
    referrals.push(
      entry === undefined
        ? evaluateReferral(referral, { stageReady: forRoutes.ready, stageBlocks: forRoutes.blocks }, ctx)
        : referralOnRoutes(referral, entry, forRoutes, ctx),
    );
  }
  return { routes, referrals: [...referrals, ...redirectTargets(referrals, forRoutes, ctx)] };
}

/**
 * The referrals "redirect" exceptions send the school to instead (`redirectTo.referral`), of the
 * stage itself or of its referrals: each is the referral to make, so it is evaluated like a
 * stage's own (its details asked, its package listed), ready on its own items and criteria only
 * (the stage's were for what it replaces). One the stage already lists is not added twice.
 */
function redirectTargets(referrals: readonly ReferralEvaluation[], stage: StageForRoutes, ctx: EvaluationContext): ReferralEvaluation[] {
  const insteadOf = new Map<string, string[]>();
  const note = (exception: AppliedException, replaced?: string) => {
    const target = exception.effect === 'redirect' ? exception.redirectTo?.referral : undefined;
    if (target === undefined || referrals.some((r) => r.referralId === target)) return;
    const list = insteadOf.get(target) ?? [];
    if (replaced !== undefined && !list.includes(replaced)) list.push(replaced);
    insteadOf.set(target, list);
  };
  if (stage.status === 'available') for (const exception of stage.blocks) note(exception);
  for (const referral of referrals) {
    if (referral.status !== 'redirected') continue;
    // A stage sent elsewhere takes its referrals with it: they go where the stage goes, not where
    // a redirect of the referral alone would send it (a child at risk of harm goes to the MASH,
    // not to the home LA's CME officer as well).
    const byStage = referral.exceptions.filter((exception) => stage.blocks.includes(exception));
    for (const exception of byStage.length > 0 ? byStage : referral.exceptions) note(exception, referral.referralId);
  }
  const targets: ReferralEvaluation[] = [];
  for (const [id, replaced] of insteadOf) {
    const referral = ctx.index.referralById.get(id);
    if (referral === undefined) continue;
    const evaluation = evaluateReferral(referral, { stageReady: true, stageBlocks: [] }, ctx);
    evaluation.insteadOf = replaced;
    targets.push(evaluation);
  }
  return targets;
}
