/**
 * Time limits, review periods, notices and monitoring periods worked out for a case (format 1.1).
 *
 * - The length: its own amount or the amount agreed per case (`fromAnswer`), in words as
 *   councils write it ("2 to 3 weeks", "about 6 weeks", "immediately", "8 weeks (as agreed)").
 * - With `startsFrom` (a date question or date measure) entered: the end is the start plus the
 *   length (a range's upper end: the deadline); the latest end is the start plus
 *   `extension.total`, or the end plus `extension.duration` (the earlier of the two when both are
 *   given); `passed` when today (`asOf`) is after the end.
 * - `onBreach`: breached when its rule holds, unless the period is known not to have started yet
 *   (today before its start). A breach opens the outcome it names ("triggered"), as a time limit
 *   that has passed opens its `onExpiry` outcome; a stage that is blocked or skipped for the
 *   pupil still closes them (outcomes.ts).
 * Time limits without a start date read exactly as in format 1.0.
 */
import type { Route, Stage, TimeLimit } from './schema-types.js';
import type { OutcomeStatus, Reason, RouteStatus, StageEvaluation, TimeLimitStatus } from './types.js';
import type { EvaluationContext } from './context.js';
import { caseDate, caseDuration, dayAfter } from './case-dates.js';
import { describeDuration, formatIsoDate, formatLongDate } from './durations.js';
import { joinReasons, message, reason } from './messages.js';
import { closeUnavailableOutcomes } from './outcomes.js';
import type { UnavailableStages } from './outcomes.js';
import { capitalise, quote } from './text.js';

export interface TimeLimitTrigger {
  outcome: string;
  timeLimit: string;
  event: 'breach' | 'expiry';
  reason: Reason;
}

export interface StageTimeLimits {
  /** The stage's time limits and those of its open routes. */
  statuses: TimeLimitStatus[];
  /** The outcomes they open. */
  triggers: TimeLimitTrigger[];
  /** Each route's own time limits (open or not), by route id. */
  byRoute: ReadonlyMap<string, TimeLimitStatus[]>;
}

const NONE: StageTimeLimits = Object.freeze({ statuses: [], triggers: [], byRoute: new Map() }) as unknown as StageTimeLimits;

/** The summary's sentence for a time limit: "6 weeks from the contract meeting; ends on …; can be extended …". */
function timeLimitText(limit: TimeLimit, duration: string, starts: string | undefined, end: number | undefined, passed: boolean, ctx: EvaluationContext): string {
  const parts = [starts !== undefined ? message('timeLimit.from', { duration, starts }) : message('timeLimit.duration', { duration })];
  if (end !== undefined) {
    const date = formatLongDate(end);
    // A review period's end is when the (first) review is due.
    if (limit.kind === 'review') parts.push(passed ? message('timeLimit.reviewWasDue', { date }) : message('timeLimit.reviewDue', { date }));
    else parts.push(passed ? message('timeLimit.endedOn', { date }) : message('timeLimit.endsOn', { date }));
  }
  const extension = limit.extension;
  if (extension?.duration) {
    const by = describeDuration(extension.duration, caseDuration(ctx, extension.duration).agreed);
    parts.push(
      extension.description
        ? message('timeLimit.extensionWhen', { duration: by, when: extension.description })
        : message('timeLimit.extension', { duration: by }),
    );
  }
  if (extension?.total) {
    const total = describeDuration(extension.total, caseDuration(ctx, extension.total).agreed);
    parts.push(
      extension.description && !extension.duration
        ? message('timeLimit.extensionTotalWhen', { duration: total, when: extension.description })
        : message('timeLimit.extensionTotal', { duration: total }),
    );
  }
  if (limit.onExpiry) parts.push(message('timeLimit.onExpiry', { what: limit.onExpiry.description }));
  if (limit.onBreach) parts.push(message('timeLimit.onBreach', { what: limit.onBreach.description }));
  return capitalise(parts.join('; '));
}

function evaluateTimeLimit(limit: TimeLimit, routeId: string | undefined, ctx: EvaluationContext, triggers: TimeLimitTrigger[]): TimeLimitStatus {
  const resolved = caseDuration(ctx, limit.duration);
  const duration = describeDuration(limit.duration, resolved.agreed);
  const reasons: Reason[] = [];
  const status: TimeLimitStatus = { id: limit.id, title: limit.title, kind: limit.kind ?? 'limit', duration, text: '', reasons };
  if (routeId !== undefined) status.routeId = routeId;
  const today = ctx.asOf;
  let start: number | undefined;
  let end: number | undefined;
  let startsName: string | undefined;
  if (typeof limit.startsFrom === 'string') {
    const anchor = caseDate(ctx, limit.startsFrom);
    startsName = anchor.name;
    start = anchor.day;
    status.startsFrom = start === undefined ? { id: limit.startsFrom, name: anchor.name } : { id: limit.startsFrom, name: anchor.name, date: formatIsoDate(start) };
    if (start === undefined) {
      reasons.push(reason('timeLimit.noStart', { start: anchor.name }));
    } else {
      end = dayAfter(start, resolved, 'upper');
      if (end === undefined) {
        if (resolved.missing) reasons.push(resolved.missing);
      } else {
        status.end = formatIsoDate(end);
        reasons.push(reason('timeLimit.runs', { start: anchor.name, startDate: formatLongDate(start), end: formatLongDate(end) }));
        let latest: number | undefined;
        if (limit.extension?.total) latest = dayAfter(start, caseDuration(ctx, limit.extension.total), 'upper');
        if (limit.extension?.duration) {
          const extended = dayAfter(end, caseDuration(ctx, limit.extension.duration), 'upper');
          if (extended !== undefined) latest = latest === undefined ? extended : Math.min(latest, extended);
        }
        if (latest !== undefined) {
          status.latestEnd = formatIsoDate(latest);
          reasons.push(reason('timeLimit.latest', { date: formatLongDate(latest) }));
        }
        if (today !== undefined) {
          status.passed = today > end;
          if (status.passed) {
            const ran = reason('timeLimit.passed', { end: formatLongDate(end) });
            reasons.push(ran);
            if (limit.onExpiry?.outcome !== undefined) {
              triggers.push({
                outcome: limit.onExpiry.outcome,
                timeLimit: limit.id,
                event: 'expiry',
                reason: reason('outcome.triggeredByExpiry', { limit: quote(limit.title), date: formatLongDate(end) }),
              });
            }
          }
        }
      }
    }
  }
  if (limit.onBreach !== undefined) {
    const rule = ctx.condition(limit.onBreach.when);
    const because = joinReasons(rule.reasons);
    const title = quote(limit.title);
    const notStarted = start !== undefined && today !== undefined && today < start;
    const breached = rule.holds && !notStarted;
    const why = notStarted
      ? reason('timeLimit.notStarted', { title, date: formatLongDate(start as number) })
      : breached
        ? reason('timeLimit.breached', { title, because })
        : reason('timeLimit.notBreached', { title, because });
    reasons.push(why);
    status.breach = { breached, description: limit.onBreach.description, reasons: [why] };
    if (limit.onBreach.outcome !== undefined) status.breach.outcome = limit.onBreach.outcome;
    if (breached && limit.onBreach.outcome !== undefined) {
      triggers.push({
        outcome: limit.onBreach.outcome,
        timeLimit: limit.id,
        event: 'breach',
        reason: reason('outcome.triggeredByBreach', { limit: title, because }),
      });
    }
  }
  const starts = limit.starts ?? startsName;
  status.text = timeLimitText(limit, duration, starts, end, status.passed === true, ctx);
  return status;
}

/**
 * A stage's time limits and those of its open routes, with the outcomes they open; and each
 * route's own (a route not open still states its limits; it opens no outcome).
 */
export function evaluateTimeLimits(stage: Stage, openRoutes: readonly Route[], ctx: EvaluationContext): StageTimeLimits {
  const own = stage.timeLimits;
  let any = own !== undefined && own.length > 0;
  for (const route of stage.routes ?? []) if (route.timeLimits !== undefined && route.timeLimits.length > 0) any = true;
  if (!any) return NONE;
  const statuses: TimeLimitStatus[] = [];
  const triggers: TimeLimitTrigger[] = [];
  const byRoute = new Map<string, TimeLimitStatus[]>();
  for (const limit of own ?? []) statuses.push(evaluateTimeLimit(limit, undefined, ctx, triggers));
  for (const route of stage.routes ?? []) {
    if (route.timeLimits === undefined || route.timeLimits.length === 0 || byRoute.has(route.id)) continue;
    const open = openRoutes.includes(route);
    const routeLimits: TimeLimitStatus[] = [];
    const ignored: TimeLimitTrigger[] = [];
    for (const limit of route.timeLimits) routeLimits.push(evaluateTimeLimit(limit, route.id, ctx, open ? triggers : ignored));
    byRoute.set(route.id, routeLimits);
    if (open) for (const status of routeLimits) statuses.push(status);
  }
  return { statuses, triggers, byRoute };
}

/**
 * Each route's status with its own time limits; an open route's outcomes opened by them too
 * (then closed again where the stage or the outcome's referral is not available).
 */
export function withRouteTimeLimits(
  routes: RouteStatus[],
  limits: StageTimeLimits,
  stageStatus: StageEvaluation['status'],
  unavailable?: UnavailableStages,
): RouteStatus[] {
  if (limits.byRoute.size === 0) return routes;
  return routes.map((route) => {
    const own = limits.byRoute.get(route.id);
    if (own === undefined) return route;
    const next: RouteStatus = { ...route, timeLimits: own };
    if (route.open && route.outcomes !== undefined) {
      const ids = new Set(own.map((limit) => limit.id));
      const triggers = limits.triggers.filter((trigger) => ids.has(trigger.timeLimit));
      next.outcomes = closeUnavailableOutcomes(applyTriggers(route.outcomes, triggers), stageStatus, route.referrals ?? [], unavailable);
    }
    return next;
  });
}

/** Opens the outcomes that a breach or an expiry triggers (the first trigger of each outcome wins). */
export function applyTriggers(outcomes: OutcomeStatus[], triggers: readonly TimeLimitTrigger[]): OutcomeStatus[] {
  if (triggers.length === 0) return outcomes;
  return outcomes.map((outcome) => {
    for (const trigger of triggers) {
      if (trigger.outcome !== outcome.id) continue;
      return { ...outcome, open: true, reason: trigger.reason, triggeredBy: { timeLimit: trigger.timeLimit, event: trigger.event } };
    }
    return outcome;
  });
}
