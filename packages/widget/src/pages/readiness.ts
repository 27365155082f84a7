/**
 * What is still missing, and for what. Readiness belongs to the stage itself and to each
 * referral it can make, never to "a referral" in general:
 *
 * - The stage: its outstanding items (with those of the earlier stages it requires) and every
 *   gate that does not hold, its own and its required stages'. A stage with no referral is
 *   described in these words only.
 * - Each referral: its own details, "include" items and criteria. It is ready only when it is
 *   offered, the stage is ready, nothing of its own is outstanding and the engine agrees, so it
 *   is never "ready" beside a condition it depends on that is not met. One referral's items
 *   never count against another.
 *
 * Every list carries its own count, which is its length: what is shown and what is counted
 * are the same thing.
 */
import type { GateResult, ItemStatus, ReferralEvaluation, RouteStatus, StageEvaluation } from '@pathway/core';
import { requiredStageGates } from '@pathway/core';
import type { PageContext } from './page-context.js';
import { referralTarget } from './exceptions.js';

/** One thing still to do: an item to answer, confirm or give, or a condition that does not hold. */
export type MissingEntry = { kind: 'item'; item: ItemStatus } | { kind: 'gate'; gate: GateResult };

export interface ReadinessGroup {
  /** "stage", or "referral:<id>". */
  key: string;
  /** Blocking: what stops the stage or the referral. */
  blocking: MissingEntry[];
  advisory: MissingEntry[];
  /** Every condition this group depends on, met or not. */
  gates: GateResult[];
  ready: boolean;
}

export interface ReferralReadiness extends ReadinessGroup {
  referral: ReferralEvaluation;
  /** Where the referral goes, e.g. "Attendance pathway meeting" (else its title). */
  target: string;
  status: ReferralEvaluation['status'];
  /** Its own items are done but the stage is not ready yet. */
  waitsForStage: boolean;
  /** Format 1.1: the stage is ready but the route it is made on is not: that route's title. */
  waitsForRoute?: string;
}

/**
 * A route the user chooses (format 1.1): its own items and conditions only, never the stage's
 * (those are the stage's group) nor another route's.
 */
export interface RouteReadiness extends ReadinessGroup {
  route: RouteStatus;
  chosen: boolean;
  /** Chosen and not open for this pupil. */
  closed: boolean;
}

/** Where the stage stands for this pupil: the engine's own word (`StageEvaluation.standing`). */
export type StageStanding = StageEvaluation['standing'];

export interface Readiness {
  stage: ReadinessGroup & { status: StageStanding };
  /** Every referral the stage can make, blocked ones included (they say so). */
  referrals: ReferralReadiness[];
  /** The routes the user chooses at this stage (format 1.1), chosen or not. */
  routes: RouteReadiness[];
  /** Ready as a whole: the stage, and every referral that is offered. */
  ready: boolean;
  answered: number;
  total: number;
}

const isOutstanding = (item: ItemStatus) => item.state === 'unmet' || (item.state === 'missing' && item.required);

/** Items already listed, by kind and id (no key string per item: the stage's lists hold every question). */
type Seen = Map<ItemStatus['kind'], Set<string>>;

function sortItems(items: Iterable<ItemStatus>, blocking: MissingEntry[], advisory: MissingEntry[], seen: Seen): void {
  for (const item of items) {
    if (!isOutstanding(item)) continue;
    let ids = seen.get(item.kind);
    if (!ids) seen.set(item.kind, (ids = new Set()));
    if (ids.has(item.id)) continue;
    ids.add(item.id);
    (item.severity === 'blocking' ? blocking : advisory).push({ kind: 'item', item });
  }
}

function sortGates(gates: readonly GateResult[], blocking: MissingEntry[], advisory: MissingEntry[]): void {
  for (const gate of gates) {
    if (gate.holds) continue;
    (gate.severity === 'blocking' ? blocking : advisory).push({ kind: 'gate', gate });
  }
}

/**
 * Readiness by the evaluation it was read from. An answer has it read twice, by the announcer
 * (readiness-announcer.ts, as the entry completes) and by the panel as it is drawn; the stage's
 * lists hold every question, so the second reading is kept rather than done again. An
 * evaluation is never changed once made, and a new answer or definition makes a new one.
 */
const readByEvaluation = new WeakMap<PageContext['evaluation'], Readiness | undefined>();

export function readinessOf(ctx: PageContext): Readiness | undefined {
  if (readByEvaluation.has(ctx.evaluation)) return readByEvaluation.get(ctx.evaluation);
  const readiness = readReadiness(ctx);
  readByEvaluation.set(ctx.evaluation, readiness);
  return readiness;
}

function readReadiness(ctx: PageContext): Readiness | undefined {
  const current = ctx.evaluation.current;
  if (!current) return undefined;
  const standing = current.standing;
  const stageBlocking: MissingEntry[] = [];
  const stageAdvisory: MissingEntry[] = [];
  const seen: Seen = new Map();
  sortItems(current.missing.blocking, stageBlocking, stageAdvisory, seen);
  sortItems(current.missing.advisory, stageBlocking, stageAdvisory, seen);
  const stageGates = [...requiredStageGates(ctx.evaluation, ctx.index.stages.get(current.stageId)?.requires?.stages ?? []), ...current.gates];
  sortGates(stageGates, stageBlocking, stageAdvisory);
  const stageReady = standing === 'available' && stageBlocking.length === 0;

  const referrals = current.referrals.map((referral): ReferralReadiness => {
    const blocking: MissingEntry[] = [];
    const advisory: MissingEntry[] = [];
    const own: Seen = new Map();
    const offered = referral.status !== 'blocked';
    if (offered) {
      sortItems(referral.fields, blocking, advisory, own);
      sortItems(referral.include, blocking, advisory, own);
      sortGates(referral.gates, blocking, advisory);
    }
    const ownDone = blocking.length === 0;
    // A referral made instead of the stage's (core's `insteadOf`) is ready on its own: what the stage asks was for those.
    // So is one the pathway says can be made at any time.
    const alone = referral.insteadOf !== undefined || referral.anytime === true;
    const ready = referral.status === 'available' && (stageReady || alone) && ownDone && referral.ready;
    const onRoutes = (referral.routes ?? []).map((id) => current.routes.find((route) => route.id === id)).filter((route) => route !== undefined);
    const routeNotReady = onRoutes.length > 0 && !onRoutes.some((route) => route.ready) ? onRoutes.find((route) => route.open) : undefined;
    return {
      ...(referral.status === 'available' && stageReady && routeNotReady ? { waitsForRoute: routeNotReady.title } : {}),
      key: `referral:${referral.referralId}`,
      referral,
      target: referralTarget(ctx.index, referral.referralId),
      status: referral.status,
      blocking,
      advisory,
      gates: referral.gates,
      ready,
      waitsForStage: referral.status === 'available' && ownDone && !stageReady && !alone,
    };
  });

  const routes = current.routes
    .filter((route) => route.choice === 'user')
    .map((route): RouteReadiness => {
      const blocking: MissingEntry[] = [];
      const advisory: MissingEntry[] = [];
      if (route.open) {
        sortItems([...(route.questions ?? []), ...(route.evidence ?? [])], blocking, advisory, new Map());
        sortGates(route.gates ?? [], blocking, advisory);
      }
      return {
        key: `route:${route.id}`,
        route,
        chosen: route.chosen === true,
        closed: route.chosen === true && route.available === false,
        blocking,
        advisory,
        gates: route.open ? (route.gates ?? []) : [],
        ready: route.ready === true,
      };
    });

  return {
    stage: { key: 'stage', status: standing, blocking: stageBlocking, advisory: stageAdvisory, gates: stageGates, ready: stageReady },
    referrals,
    routes,
    ready:
      stageReady &&
      referrals.every((referral) => referral.status !== 'available' || referral.ready) &&
      routes.every((route) => !route.chosen || route.ready),
    answered: current.progress.answered,
    total: current.progress.total,
  };
}
