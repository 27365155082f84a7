/**
 * Time limits, review periods, notices and monitoring periods worked out for a case (format 1.1).
 *
 * - The length: its own amount or the amount agreed per case (`fromAnswer`), in words as
 *   councils write it ("2 to 3 weeks", "about 6 weeks", "immediately", "8 weeks (as agreed)").
 * - With `startsFrom` (a date question or date measure) entered: the end is the start plus the
 *   length (a range's upper end: the deadline); the latest end is the start plus
 *   `extension.total`, or the end plus `extension.duration` (the earlier of the two when both are
 *   given); `passed` when today (`asOf`) is after the end. When `extension.agreedWhen` holds
 *   (the extension was agreed for this pupil) the end is the latest end, and no extension is
 *   offered again (`extended`).
 * - `onBreach`: breached when its rule holds, unless the period is known not to have started yet
 *   (today before its start).
 * - The outcomes a time limit names (`onBreach.outcome`, `onExpiry.outcome`) are what can happen
 *   when the period ends, not what follows now: each is open only once its period triggers it (a
 *   breach; or running out without a breach), and then only if its own rule, when it has one,
 *   holds too. A breach closes the period's expiry outcome (it did not run out clean); running
 *   out unbreached closes its breach outcome; running out while the breach rule is not known (its
 *   figure not entered) leaves the expiry outcome not known. A stage blocked or skipped for the pupil
 *   still closes them (outcomes.ts).
 * - A start date left blank where blank means the event has not happened (`ifBlank`): the period
 *   has not started, which is known: no end, never breached, never run out, in the author's words.
 * - A review (`kind: "review"`, "reviewed every") recurs: its date is the next review on or after
 *   today (`end`), with the last one before today (`lastDue`); it never runs out (`passed` is
 *   false), and the outcome it names opens once a review has fallen due.
 * Time limits without a start date read exactly as in format 1.0.
 */
import type { Condition, Route, Stage, TimeLimit } from './schema-types.js';
import type { OutcomeStatus, Reason, RouteStatus, StageEvaluation, TimeLimitStatus } from './types.js';
import type { EvaluationContext } from './context.js';
import { caseDate, caseDuration, dayAfter } from './case-dates.js';
import { describeDuration, describeInterval, formatIsoDate, formatLongDate } from './durations.js';
import { offeredExtension } from './extension.js';
import { joinReasons, message, reason } from './messages.js';
import { closeUnavailableOutcomes } from './outcomes.js';
import { recurrence } from './recurring.js';
import type { UnavailableStages } from './outcomes.js';
import { capitalise, quote } from './text.js';

/** An outcome a time limit names, and where its period stands: triggered (it follows now) or not yet, and why. */
export interface TimeLimitTrigger {
  outcome: string;
  timeLimit: string;
  event: 'breach' | 'expiry';
  triggered: boolean;
  reason: Reason;
}

export interface StageTimeLimits {
  /** The stage's time limits and those of its open routes. */
  statuses: TimeLimitStatus[];
  /** The outcomes they name, each with whether its period has triggered it (those of routes not open never have). */
  triggers: TimeLimitTrigger[];
  /** Each route's own time limits (open or not), by route id. */
  byRoute: ReadonlyMap<string, TimeLimitStatus[]>;
  /** The own rule (`when`) of each outcome of the stage and its routes, by id, for outcomes a time limit names. */
  rules: ReadonlyMap<string, Condition | undefined>;
}

const NONE: StageTimeLimits = Object.freeze({ statuses: [], triggers: [], byRoute: new Map(), rules: new Map() }) as unknown as StageTimeLimits;

/** The summary's sentence for a time limit: "6 weeks from the contract meeting; ends on …; can be extended …". */
function timeLimitText(
  limit: TimeLimit,
  duration: string,
  starts: string | undefined,
  end: number | undefined,
  passed: boolean,
  ctx: EvaluationContext,
  lastReview?: number,
  extended?: boolean,
  breached?: boolean,
  neverStarted?: Reason,
): string {
  const parts = [starts !== undefined ? message('timeLimit.from', { duration, starts }) : message('timeLimit.duration', { duration })];
  // Counted from an event that has not happened: it is not running, as the page says (the author's words).
  if (neverStarted !== undefined) parts.push(message('timeLimit.notStartedPart', { text: neverStarted.text }));
  const review = limit.kind === 'review';
  if (end !== undefined) {
    const date = formatLongDate(end);
    // A review's end is the next review due.
    if (review) parts.push(lastReview !== undefined ? message('timeLimit.reviewNext', { last: formatLongDate(lastReview), date }) : message('timeLimit.reviewDue', { date }));
    else parts.push(passed ? message('timeLimit.endedOn', { date }) : message('timeLimit.endsOn', { date }));
  }
  // An extension already agreed is not offered again: the end above is the extended one.
  const extension = extended === true ? undefined : offeredExtension(limit.extension);
  if (extended === true) parts.push(message('timeLimit.extendedNote'));
  if (extension?.by) {
    const by = describeDuration(extension.by, caseDuration(ctx, extension.by).agreed);
    parts.push(
      extension.description
        ? message('timeLimit.extensionWhen', { duration: by, when: extension.description })
        : message('timeLimit.extension', { duration: by }),
    );
  }
  if (extension?.total) {
    const total = describeDuration(extension.total, caseDuration(ctx, extension.total).agreed);
    parts.push(
      extension.description && !extension.by
        ? message('timeLimit.extensionTotalWhen', { duration: total, when: extension.description })
        : message('timeLimit.extensionTotal', { duration: total }),
    );
  }
  // Breached, it did not run out clean: what follows running out no longer can (as expiryState closes its outcome).
  if (limit.onExpiry && breached !== true) parts.push(message(review ? 'timeLimit.atReview' : 'timeLimit.onExpiry', { what: limit.onExpiry.description }));
  if (limit.onBreach) parts.push(message('timeLimit.onBreach', { what: limit.onBreach.description }));
  return capitalise(parts.join('; '));
}

/** Whether a breach outcome follows now: the period was breached; or not (it ran out unbroken, or may still be breached). */
function breachState(limit: TimeLimit, breached: boolean, because: string, ranOutOn: number | undefined): Pick<TimeLimitTrigger, 'triggered' | 'reason'> {
  const title = quote(limit.title);
  if (breached) return { triggered: true, reason: reason('outcome.triggeredByBreach', { limit: title, because }) };
  if (ranOutOn !== undefined) return { triggered: false, reason: reason('outcome.expiredWithoutBreach', { limit: title, date: formatLongDate(ranOutOn) }) };
  return { triggered: false, reason: reason('outcome.untilBreach', { limit: title }) };
}

/** Whether an expiry outcome follows now: the period ran out without a breach; or not, and why. */
function expiryState(
  limit: TimeLimit,
  breached: boolean,
  /** The breach rule needs something not entered: its reasons (what to enter). */
  breachUnknown: readonly Reason[] | undefined,
  passed: boolean | undefined,
  end: number | undefined,
  startsName: string | undefined,
  start: number | undefined,
  neverStarted: Reason | undefined,
  lastReview: number | undefined,
): Pick<TimeLimitTrigger, 'triggered' | 'reason'> {
  const title = quote(limit.title);
  if (neverStarted !== undefined) return { triggered: false, reason: reason('outcome.untilExpiryNotStarted', { limit: title, text: neverStarted.text }) };
  if (breached) return { triggered: false, reason: reason('outcome.closedByBreach', { limit: title }) };
  // Ran out, but whether it was breached is not known: the expiry outcome ("no further absence:
  // close the case") waits for what the breach rule needs, as any rule not known does.
  if (breachUnknown !== undefined && end !== undefined && passed === true) {
    return { triggered: false, reason: reason('outcome.notKnown', { because: joinReasons(breachUnknown) }) };
  }
  if (limit.kind === 'review' && end !== undefined) {
    return lastReview !== undefined
      ? { triggered: true, reason: reason('outcome.triggeredByReview', { limit: title, date: formatLongDate(lastReview) }) }
      : { triggered: false, reason: reason('outcome.untilReview', { limit: title, date: formatLongDate(end) }) };
  }
  if (end !== undefined && passed === true) return { triggered: true, reason: reason('outcome.triggeredByExpiry', { limit: title, date: formatLongDate(end) }) };
  if (end !== undefined) {
    const params = { limit: title, date: formatLongDate(end) };
    return { triggered: false, reason: limit.onBreach !== undefined ? reason('outcome.untilExpiryUnbreached', params) : reason('outcome.untilExpiry', params) };
  }
  // No end date: its start date is not entered (or, without `startsFrom`, can never be).
  if (startsName !== undefined && start === undefined) {
    return { triggered: false, reason: reason('outcome.untilExpiryNoDate', { limit: title, start: startsName }) };
  }
  return { triggered: false, reason: reason('outcome.untilExpiryNoEnd', { limit: title }) };
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
  let neverStarted: Reason | undefined;
  let lastReview: number | undefined;
  // Format 1.1: the extension has been agreed for this pupil: it is not offered again.
  const agreed = limit.extension?.agreedWhen !== undefined && limit.kind !== 'review' ? ctx.condition(limit.extension.agreedWhen) : undefined;
  if (agreed?.holds === true) status.extended = true;
  if (typeof limit.startsFrom === 'string') {
    const anchor = caseDate(ctx, limit.startsFrom);
    startsName = anchor.name;
    start = anchor.day;
    neverStarted = anchor.notHappened;
    status.startsFrom = start === undefined ? { id: limit.startsFrom, name: anchor.name } : { id: limit.startsFrom, name: anchor.name, date: formatIsoDate(start) };
    if (neverStarted !== undefined) {
      status.startsFrom.notHappened = true;
      reasons.push(reason('timeLimit.neverStarted', { title: quote(limit.title), text: neverStarted.text }));
    } else if (start === undefined) {
      reasons.push(reason('timeLimit.noStart', { start: anchor.name }));
    } else {
      end = dayAfter(start, resolved, 'upper');
      if (end === undefined) {
        if (resolved.missing) reasons.push(resolved.missing);
      } else if (limit.kind === 'review') {
        const reviews = recurrence(start, limit.duration, today, resolved.agreed) ?? { next: end };
        end = reviews.next;
        lastReview = reviews.last;
        status.end = formatIsoDate(end);
        status.passed = false;
        if (lastReview !== undefined) status.lastDue = formatIsoDate(lastReview);
        reasons.push(reason('timeLimit.reviews', { duration: describeInterval(limit.duration, resolved.agreed), start: anchor.name, startDate: formatLongDate(start), next: formatLongDate(end) }));
      } else {
        status.end = formatIsoDate(end);
        reasons.push(reason('timeLimit.runs', { start: anchor.name, startDate: formatLongDate(start), end: formatLongDate(end) }));
        let latest: number | undefined;
        if (limit.extension?.total) latest = dayAfter(start, caseDuration(ctx, limit.extension.total), 'upper');
        if (limit.extension?.duration) {
          const extended = dayAfter(end, caseDuration(ctx, limit.extension.duration), 'upper');
          if (extended !== undefined) latest = latest === undefined ? extended : Math.min(latest, extended);
        }
        // An extension agreed for this pupil moves the end to the latest end.
        if (latest !== undefined && agreed?.holds === true) {
          end = latest;
          status.end = formatIsoDate(end);
          reasons.push(reason('timeLimit.extended', { date: formatLongDate(end), because: joinReasons(agreed.reasons) }));
        } else if (latest !== undefined) {
          status.latestEnd = formatIsoDate(latest);
          reasons.push(reason('timeLimit.latest', { date: formatLongDate(latest) }));
        }
        if (today !== undefined) {
          status.passed = today > end;
          if (status.passed) {
            const ran = reason('timeLimit.passed', { end: formatLongDate(end) });
            reasons.push(ran);
          }
        }
      }
    }
  }
  let breached = false;
  let breachUnknown: Reason[] | undefined;
  if (limit.onBreach !== undefined) {
    const rule = ctx.condition(limit.onBreach.when);
    if (rule.unknown === true && neverStarted === undefined) breachUnknown = rule.reasons;
    const because = joinReasons(rule.reasons);
    const title = quote(limit.title);
    const notStarted = start !== undefined && today !== undefined && today < start;
    breached = rule.holds && !notStarted && neverStarted === undefined;
    const why =
      neverStarted !== undefined
        ? reason('timeLimit.neverStarted', { title, text: neverStarted.text })
        : notStarted
          ? reason('timeLimit.notStarted', { title, date: formatLongDate(start as number) })
          : breached
            ? reason('timeLimit.breached', { title, because })
            : reason('timeLimit.notBreached', { title, because });
    // A period that has not started already says so once among its reasons.
    if (neverStarted === undefined) reasons.push(why);
    status.breach = { breached, description: limit.onBreach.description, reasons: [why] };
    if (limit.onBreach.outcome !== undefined) status.breach.outcome = limit.onBreach.outcome;
    if (limit.onBreach.outcome !== undefined) {
      triggers.push({ outcome: limit.onBreach.outcome, timeLimit: limit.id, event: 'breach', ...breachState(limit, breached, because, status.passed === true ? end : undefined) });
    }
  }
  if (limit.onExpiry?.outcome !== undefined) {
    triggers.push({ outcome: limit.onExpiry.outcome, timeLimit: limit.id, event: 'expiry', ...expiryState(limit, breached, breachUnknown, status.passed, end, startsName, start, neverStarted, lastReview) });
  }
  const starts = limit.starts ?? startsName;
  status.text = timeLimitText(limit, duration, starts, end, status.passed === true, ctx, lastReview, status.extended, breached, neverStarted);
  return status;
}

/**
 * A stage's time limits and those of its open routes, with the outcomes they name; and each
 * route's own (a route not open still states its limits; it triggers no outcome).
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
    const named: TimeLimitTrigger[] = [];
    for (const limit of route.timeLimits) routeLimits.push(evaluateTimeLimit(limit, route.id, ctx, named));
    byRoute.set(route.id, routeLimits);
    if (open) for (const status of routeLimits) statuses.push(status);
    // A route not open triggers nothing: what it names waits for the route.
    const closed = reason('outcome.routeClosed', { route: quote(route.title) });
    for (const trigger of named) triggers.push(open ? trigger : { ...trigger, triggered: false, reason: closed });
  }
  const rules = new Map<string, Condition | undefined>();
  for (const outcome of stage.outcomes ?? []) if (!rules.has(outcome.id)) rules.set(outcome.id, outcome.when);
  for (const route of stage.routes ?? []) for (const outcome of route.outcomes ?? []) if (!rules.has(outcome.id)) rules.set(outcome.id, outcome.when);
  return { statuses, triggers, byRoute, rules };
}

/**
 * Each route's status with its own time limits; an open route's outcomes that a time limit names
 * opened or closed by it (then closed again where the stage or the outcome's referral is not available).
 */
export function withRouteTimeLimits(
  routes: RouteStatus[],
  limits: StageTimeLimits,
  stageStatus: StageEvaluation['status'],
  ctx: EvaluationContext,
  unavailable?: UnavailableStages,
): RouteStatus[] {
  if (limits.triggers.length === 0 && limits.byRoute.size === 0) return routes;
  return routes.map((route) => {
    const own = limits.byRoute.get(route.id);
    const next: RouteStatus = own === undefined ? { ...route } : { ...route, timeLimits: own };
    if (route.open && route.outcomes !== undefined && limits.triggers.length > 0) {
      next.outcomes = closeUnavailableOutcomes(applyTriggers(route.outcomes, limits, ctx), stageStatus, route.referrals ?? [], unavailable);
    }
    return next;
  });
}

/**
 * The outcomes a time limit names, as their periods stand: open once triggered (the first
 * trigger wins) and only if the outcome's own rule, when it has one, holds too; else closed,
 * saying what the period is waiting for. Outcomes no time limit names are left as they are.
 */
export function applyTriggers(outcomes: OutcomeStatus[], limits: Pick<StageTimeLimits, 'triggers' | 'rules'>, ctx: EvaluationContext): OutcomeStatus[] {
  const triggers = limits.triggers;
  if (triggers.length === 0) return outcomes;
  return outcomes.map((outcome) => {
    let first: TimeLimitTrigger | undefined;
    let fired: TimeLimitTrigger | undefined;
    for (const trigger of triggers) {
      if (trigger.outcome !== outcome.id) continue;
      first ??= trigger;
      if (trigger.triggered) {
        fired = trigger;
        break;
      }
    }
    if (first === undefined) return outcome;
    if (fired === undefined) {
      const { triggeredBy: _unused, ...rest } = outcome;
      return { ...rest, open: false, reason: first.reason };
    }
    const triggeredBy = { timeLimit: fired.timeLimit, event: fired.event };
    const when = limits.rules.get(outcome.id);
    if (when === undefined) return { ...outcome, open: true, reason: fired.reason, triggeredBy };
    const rule = ctx.condition(when);
    const because = joinReasons(rule.reasons);
    const params = fired.reason.params as { limit: string; date?: string };
    if (rule.unknown === true) return { ...outcome, open: false, reason: reason('outcome.notKnown', { because }) };
    const why =
      fired.event === 'expiry'
        ? reason(rule.holds ? 'outcome.expiredAndRule' : 'outcome.expiredRuleFails', { limit: params.limit, date: params.date ?? '', because })
        : reason(rule.holds ? 'outcome.breachedAndRule' : 'outcome.breachedRuleFails', { limit: params.limit, because });
    return rule.holds ? { ...outcome, open: true, reason: why, triggeredBy } : { ...outcome, open: false, reason: why };
  });
}
