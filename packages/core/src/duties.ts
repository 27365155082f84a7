/**
 * Duties as councils write them (format 1.1): each action of an action group, evaluated for a
 * case.
 *
 * - Strength: the action's own, else its group's; when neither gives one (a heading such as
 *   "Schools are expected to:" that hides it), none: the engine never invents one.
 * - Roles: the action's `roles` when given (the whole list: "the school, with the education
 *   welfare officer"), else the group's role; shown by title.
 * - Applies: its `when` rule holds (always, without one), and so does its route (open: for a
 *   route someone chooses, chosen) or requirement (rule holds). A duty that does not apply is
 *   listed as not applying, with why ("once the route … is chosen", "if … decides on …").
 * - Gates: looked up by id among the stage's gates, its routes', the pathway's requirements' and
 *   the gates of the referrals made from the stage or its routes; for standing duties, among
 *   every gate of the pathway. A duty waits while any gate it names does not hold (or is not
 *   found), whatever the gate's severity: the duty says the gate must hold first; severity says
 *   only whether the gate holds up the stage's escalation or referral.
 * - Due: `due` (a length; 0 is "immediately"; a range's upper end; a length agreed per case from
 *   its number answer) counted from `dueFrom`'s date, and/or `dueBy`'s date; the earlier of the two
 *   dates is the due date. Without `dueFrom` the length runs from the start of the stage, which
 *   the case does not record, so there is no date. Overdue: the case's `asOf` is after the due
 *   date, and the length is not approximate ("about 6 weeks" is a guide, not a deadline).
 * - Every: how often, in words ("Every 2 weeks", "Every term"). A duty done every so often from a
 *   date (`dueFrom` with no `due`) is next due on the first occurrence on or after today, never
 *   overdue: the case does not record whether each one was done. With a due date (`due` or
 *   `dueBy`), that date is the first occurrence, and once it has passed the duty is next due
 *   every so often after it, likewise never overdue (`recurrence`, as a review's next date).
 */
import type { Action, ActionGroup, Duration, Gate, Stage } from './schema-types.js';
import type { DutyDue, DutyGate, DutyStatus, Reason, RouteStatus, StageEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import type { PathwayIndex } from './pathway-index.js';
import { addDurationToDay, describeDuration, describeInterval, durationAmount, formatIsoDate, formatLongDate } from './durations.js';
import { caseDate as readDate, caseDuration, isDateMeasure } from './case-dates.js';
import type { CaseDate, DateContext } from './case-dates.js';
import { evaluateGate } from './gates.js';
import { joinReasons, message, reason } from './messages.js';
import { requirementRule } from './requirements.js';
import { recurrence } from './recurring.js';
import { quote, quotedText } from './text.js';

type Source = DutyStatus['source'];

/** The heading of a group: the author's, else one made from its role and strength ("The school must:"). */
export function groupHeading(group: ActionGroup, role: string): string {
  if (typeof group.heading === 'string' && group.heading !== '') return group.heading;
  switch (group.force) {
    case 'must':
      return message('action.heading.must', { role });
    case 'should':
      return message('action.heading.should', { role });
    case 'consider':
      return message('action.heading.consider', { role });
    case 'may':
      return message('action.heading.may', { role });
    default:
      return message('action.heading.plain', { role });
  }
}

// ---------------------------------------------------------------------------------------
// Gates a duty may wait for, by id: worked out once per pathway and stage (not per case).

const gateLookups = new WeakMap<PathwayIndex, Map<Stage | 'pathway', Map<string, Gate>>>();

function addGates(into: Map<string, Gate>, gates: readonly Gate[] | undefined): void {
  for (const gate of gates ?? []) if (!into.has(gate.id)) into.set(gate.id, gate);
}

function buildGateLookup(index: PathwayIndex, stage: Stage | 'pathway'): Map<string, Gate> {
  const gates = new Map<string, Gate>();
  const referralGates = (ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) addGates(gates, index.referralById.get(id)?.gates);
  };
  if (stage === 'pathway') {
    for (const each of index.stages) {
      addGates(gates, each.gates);
      for (const route of each.routes ?? []) addGates(gates, route.gates);
    }
    for (const requirement of index.requirements) addGates(gates, requirement.gates);
    for (const referral of index.definition.referrals ?? []) addGates(gates, referral.gates);
    return gates;
  }
  addGates(gates, stage.gates);
  for (const route of stage.routes ?? []) addGates(gates, route.gates);
  for (const requirement of index.requirements) addGates(gates, requirement.gates);
  referralGates(stage.referrals);
  for (const route of stage.routes ?? []) referralGates(route.referrals);
  return gates;
}

function gateLookup(index: PathwayIndex, stage: Stage | 'pathway'): Map<string, Gate> {
  let byStage = gateLookups.get(index);
  if (byStage === undefined) {
    byStage = new Map();
    gateLookups.set(index, byStage);
  }
  let lookup = byStage.get(stage);
  if (lookup === undefined) {
    lookup = buildGateLookup(index, stage);
    byStage.set(stage, lookup);
  }
  return lookup;
}

function dutyGates(ids: readonly string[] | undefined, lookup: ReadonlyMap<string, Gate>, ctx: EvaluationContext): DutyGate[] {
  const gates: DutyGate[] = [];
  if (!Array.isArray(ids)) return gates;
  for (const id of ids) {
    const gate = lookup.get(id);
    if (gate !== undefined) {
      gates.push({ ...evaluateGate(gate, ctx), found: true });
    } else {
      gates.push({ id, title: id, holds: false, severity: 'blocking', reasons: [reason('duty.gateNotFound', { id })], found: false });
    }
  }
  return gates;
}

// ---------------------------------------------------------------------------------------
// Dates and lengths read from the case.

/** A length as a due date or a frequency states it: no "up to" or "at least" (the deadline is the length). */
function lengthText(duration: Duration, agreed: number | undefined): string {
  const plain: Duration = { ...duration };
  delete plain.qualifier;
  return describeDuration(plain, agreed);
}

/** A date a duty counts from or is due by, named as a date question is (quoted), measure or question alike. */
function caseDate(ctx: DateContext, id: string): CaseDate {
  const date = readDate(ctx, id);
  return isDateMeasure(ctx, id) ? { ...date, name: quote(date.name) } : date;
}

/**
 * Why a duty counted from (or due by) a date with no day has no due date: the event has not
 * happened (the author's `ifBlank` words: never due, never overdue), or the date is not entered yet.
 */
function undated(date: CaseDate): Reason {
  return date.notHappened === undefined ? reason('duty.noDate', { date: date.name }) : reason('duty.notStarted', { text: date.notHappened.text, date: date.name });
}

function dutyDue(action: Action, applies: boolean, ctx: EvaluationContext, ofStage = true): DutyDue | undefined {
  const due = action.due;
  const dueBy = typeof action.dueBy === 'string' ? action.dueBy : undefined;
  if (due === undefined && dueBy === undefined) return typeof action.dueFrom === 'string' && action.every !== undefined ? recurringDue(action.dueFrom, action.every, ctx) : undefined;
  const terms: Reason[] = [];
  let dueDay: number | undefined;
  let approximate = false;
  let unknown: Reason | undefined;
  if (due !== undefined) {
    const agreed = caseDuration(ctx, due).agreed;
    const amount = durationAmount(due, 'upper', agreed);
    const immediately = amount === 0;
    const from = typeof action.dueFrom === 'string' ? caseDate(ctx, action.dueFrom) : undefined;
    const duration = lengthText(due, agreed);
    if (from === undefined) {
      // Counted from the start of the stage (a duty at a stage, route or requirement): said, so "within 5 school days" is of something.
      terms.push(immediately ? reason('duty.due.immediately') : reason(ofStage ? 'duty.due.withinStage' : 'duty.due.within', { duration }));
    } else {
      terms.push(immediately ? reason('duty.due.immediatelyFrom', { from: from.name }) : reason('duty.due.withinFrom', { duration, from: from.name }));
      if (from.day === undefined) {
        // Counted from an event that has not happened (not due yet, and never overdue), or from a date not entered.
        unknown = undated(from);
      } else if (amount === undefined) {
        const question = typeof due.fromAnswer === 'string' ? ctx.question(due.fromAnswer) : undefined;
        unknown = reason('duty.notAgreed', { question: question ? quotedText(question) : quote(String(due.fromAnswer)) });
      } else {
        dueDay = addDurationToDay(from.day, due, 'upper', agreed);
        approximate = due.approximate === true;
      }
    }
  }
  let byName: string | undefined;
  if (dueBy !== undefined) {
    const by = caseDate(ctx, dueBy);
    byName = by.name;
    terms.push(reason('duty.due.by', { by: by.name }));
    if (by.day === undefined) {
      if (dueDay === undefined) unknown ??= undated(by);
    } else if (dueDay === undefined || by.day <= dueDay) {
      dueDay = by.day;
      approximate = false;
    }
  }
  const text =
    terms.length === 2 && byName !== undefined ? message('duty.due.both', { within: terms[0].text, by: byName }) : terms[0].text;
  const result: DutyDue = { text, terms, overdue: false };
  const asOf = ctx.asOf;
  // A duty that recurs is due again every so often after its first due date: once that has
  // passed, it follows its next occurrence, as a review does (never overdue: the case does not
  // record whether each was done).
  let next: number | undefined;
  if (dueDay !== undefined && action.every !== undefined && asOf !== undefined && asOf > dueDay) {
    next = recurrence(dueDay, action.every, asOf, caseDuration(ctx, action.every).agreed)?.next;
    if (next !== undefined) dueDay = next;
  }
  if (dueDay !== undefined) {
    const date = formatLongDate(dueDay);
    result.date = formatIsoDate(dueDay);
    if (approximate) {
      result.reason = reason('duty.dueAbout', { date });
    } else if (next !== undefined) {
      result.reason = reason('duty.nextDue', { date });
    } else if (applies && asOf !== undefined && asOf > dueDay) {
      result.overdue = true;
      result.reason = reason('duty.overdue', { date });
    } else {
      result.reason = reason('duty.dueOn', { date });
    }
  } else if (unknown !== undefined) {
    result.reason = unknown;
  }
  return result;
}

/** A duty done every so often from a date, with no first deadline of its own: next due on the first occurrence on or after today. */
function recurringDue(dueFrom: string, every: Duration, ctx: EvaluationContext): DutyDue {
  const from = caseDate(ctx, dueFrom);
  const term = reason('duty.due.everyFrom', { duration: describeInterval(every, caseDuration(ctx, every).agreed), from: from.name });
  const result: DutyDue = { text: term.text, terms: [term], overdue: false };
  const next = from.day === undefined ? undefined : recurrence(from.day, every, ctx.asOf, caseDuration(ctx, every).agreed)?.next;
  if (next !== undefined) {
    result.date = formatIsoDate(next);
    result.reason = reason('duty.nextDue', { date: formatLongDate(next) });
  } else if (from.day === undefined) {
    // "Every 2 weeks from the second letter", and no second letter was sent: no due date, in the author's words.
    result.reason = undated(from);
  }
  return result;
}

function dutyEvery(action: Action, ctx: EvaluationContext): Reason | undefined {
  const every = action.every;
  if (every === undefined) return undefined;
  return reason('duty.every', { duration: describeInterval(every, caseDuration(ctx, every).agreed) });
}

// ---------------------------------------------------------------------------------------
// Duties.

/** Whether the duty's parent (its route or requirement) applies, and why not. */
interface Parent {
  applies: boolean;
  /** Why it does not apply; or, when it does, the reasons its rule holds (may be empty). */
  reasons: Reason[];
  notApplying?: Reason;
}

const ALWAYS_PARENT: Parent = { applies: true, reasons: [] };

function dutyStatus(
  group: ActionGroup,
  action: Action,
  source: Source,
  parent: Parent,
  gates: ReadonlyMap<string, Gate>,
  ctx: EvaluationContext,
): DutyStatus {
  const roleTitle = (id: string) => ctx.index.roleById.get(id)?.title ?? id;
  const roleIds = Array.isArray(action.roles) && action.roles.length > 0 ? [...action.roles] : [group.role];
  const force = action.force ?? group.force;
  let applies = parent.applies;
  let why: Reason;
  if (!parent.applies) {
    why = parent.notApplying ?? reason('duty.notApplies', { because: joinReasons(parent.reasons) });
  } else if (action.when !== undefined) {
    const rule = ctx.condition(action.when);
    applies = rule.holds;
    const because = joinReasons([...parent.reasons, ...rule.reasons]);
    why = rule.holds ? reason('duty.applies', { because }) : reason('duty.notApplies', { because: joinReasons(rule.reasons) });
  } else {
    why = parent.reasons.length > 0 ? reason('duty.applies', { because: joinReasons(parent.reasons) }) : reason('duty.always');
  }
  const dutyGateList = dutyGates(action.gates, gates, ctx);
  const status: DutyStatus = {
    source,
    heading: groupHeading(group, roleTitle(group.role)),
    roleIds,
    roles: roleIds.map(roleTitle),
    text: action.text,
    applies,
    reason: why,
    gates: dutyGateList,
    waiting: dutyGateList.some((gate) => !gate.holds),
  };
  if (typeof action.id === 'string') status.id = action.id;
  if (force !== undefined) status.force = force;
  const due = dutyDue(action, applies, ctx, source.kind !== 'pathway');
  if (due !== undefined) status.due = due;
  const every = dutyEvery(action, ctx);
  if (every !== undefined) status.every = every;
  return status;
}

function addGroups(
  out: DutyStatus[],
  groups: readonly ActionGroup[] | undefined,
  source: Source,
  parent: Parent,
  gates: ReadonlyMap<string, Gate>,
  ctx: EvaluationContext,
): void {
  if (!Array.isArray(groups)) return;
  for (const group of groups) {
    if (!Array.isArray(group.actions)) continue;
    for (const action of group.actions) out.push(dutyStatus(group, action, source, parent, gates, ctx));
  }
}

/** Why a route's duties do not apply: it is not chosen yet, someone else decides later, or it is closed. */
function routeNotOpen(title: string, status: RouteStatus | undefined): Reason {
  const route = quote(title);
  if (status?.choice === 'user' && status.available !== false && status.chosen !== true) return reason('duty.routeNotChosen', { route });
  if (status?.choice === 'later') return reason('duty.routeLater', { route, decidedBy: status.decidedBy ?? '' });
  return reason('duty.routeClosed', { route });
}

/**
 * Every duty at a stage, in order: the stage's own, then each route's (not applying while the
 * route is not open), then each requirement's that names the stage (not applying while its
 * rule does not hold). `routes` are the stage's route statuses, in the order of its routes.
 * At a stage not offered for the pupil (`standing` blocked, skipped, or redirected elsewhere)
 * none applies: a child looked after whom the council sends to its own team is not told the
 * school must refer them to the team it sends them away from.
 */
export function stageDuties(stage: Stage, routes: readonly RouteStatus[], ctx: EvaluationContext, standing: StageEvaluation['standing'] = 'available'): DutyStatus[] {
  const duties: DutyStatus[] = [];
  const requirements = ctx.index.requirementsAt.get(stage) ?? [];
  const hasRouteDuties = (stage.routes ?? []).some((route) => (route.actions ?? []).length > 0);
  const hasRequirementDuties = requirements.some((r) => (r.requirement.actions ?? []).length > 0);
  if ((stage.actions ?? []).length === 0 && !hasRouteDuties && !hasRequirementDuties) return duties;
  const gates = gateLookup(ctx.index, stage);
  const notOffered: Parent | undefined = standing === 'available' ? undefined : { applies: false, reasons: [], notApplying: reason('duty.stageNotOffered', { status: standing }) };
  addGroups(duties, stage.actions, { kind: 'stage', id: stage.id, title: stage.title }, notOffered ?? ALWAYS_PARENT, gates, ctx);
  (stage.routes ?? []).forEach((route, i) => {
    if ((route.actions ?? []).length === 0) return;
    const status = routes[i] !== undefined && routes[i].id === route.id ? routes[i] : routes.find((r) => r.id === route.id);
    const open = status?.open ?? route.when === undefined;
    const parent: Parent = notOffered ?? (open ? ALWAYS_PARENT : { applies: false, reasons: [], notApplying: routeNotOpen(route.title, status) });
    addGroups(duties, route.actions, { kind: 'route', id: route.id, title: route.title }, parent, gates, ctx);
  });
  for (const requirement of requirements) {
    const groups = requirement.requirement.actions;
    if ((groups ?? []).length === 0) continue;
    const rule = requirementRule(requirement, ctx);
    const parent: Parent = notOffered ?? (rule.holds
      ? { applies: true, reasons: rule.reasons }
      : { applies: false, reasons: rule.reasons });
    addGroups(duties, groups, { kind: 'requirement', id: requirement.id, title: requirement.title }, parent, gates, ctx);
  }
  return duties;
}

/** The pathway's standing duties (`pathway.actions`): not about one pupil, shown at the start and in every summary. */
export function standingDuties(ctx: EvaluationContext): DutyStatus[] {
  const duties: DutyStatus[] = [];
  const groups = ctx.index.definition.actions;
  if (!Array.isArray(groups) || groups.length === 0) return duties;
  const definition = ctx.index.definition;
  addGroups(duties, groups, { kind: 'pathway', id: definition.id, title: definition.title }, ALWAYS_PARENT, gateLookup(ctx.index, 'pathway'), ctx);
  return duties;
}
