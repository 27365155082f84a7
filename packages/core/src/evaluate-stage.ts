/**
 * A stage's full evaluation for one case: its items and gates (stage-core.ts), the exceptions
 * that change it, its routes, open outcomes and referrals, what is missing, and whether it is
 * ready for escalation or referral.
 *
 * Exceptions: "block" makes the stage blocked, "skip" skipped (block wins when both apply);
 * "redirect" leaves it available, carrying the exception's redirectTo, but offers none of its
 * outcomes (the pupil goes elsewhere instead); "reassign" changes who leads; "advise" only adds
 * its message. Blocked and skipped stages are never ready.
 * Missing lists: outstanding blocking items, then advisory ones, each unmet first and then
 * missing, in order; `gates` lists every gate that does not hold.
 * Progress counts applicable questions and evidence: answered (or confirmed) of all.
 */
import type { Stage } from './schema-types.js';
import type { AppliedException, ItemStatus, StageEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import { stageDuties } from './duties.js';
import { closeUnavailableOutcomes, outcomeStatus, stageStanding, unavailableStages } from './outcomes.js';
import { routesAndReferrals } from './routes.js';
import { evaluateExit } from './stage-exit.js';
import { applyTriggers, evaluateTimeLimits, withRouteTimeLimits } from './time-limits.js';

/** Outstanding items by severity, each list unmet first and then missing, and progress: one pass. */
function tally(lists: readonly (readonly ItemStatus[])[]) {
  const unmetBlocking: ItemStatus[] = [];
  const unmetAdvisory: ItemStatus[] = [];
  const missingBlocking: ItemStatus[] = [];
  const missingAdvisory: ItemStatus[] = [];
  let answered = 0;
  let total = 0;
  for (const items of lists) {
    for (const item of items) {
      const state = item.state;
      if (state === 'notApplicable') continue;
      total++;
      if (state === 'met') {
        answered++;
      } else if (state === 'unmet') {
        if (item.kind === 'question') answered++;
        (item.severity === 'advisory' ? unmetAdvisory : unmetBlocking).push(item);
      } else if (item.required) {
        (item.severity === 'advisory' ? missingAdvisory : missingBlocking).push(item);
      }
    }
  }
  return {
    blocking: unmetBlocking.concat(missingBlocking),
    advisory: unmetAdvisory.concat(missingAdvisory),
    progress: { answered, total },
  };
}

function stageStatus(exceptions: readonly AppliedException[]): StageEvaluation['status'] {
  if (exceptions.some((e) => e.effect === 'block')) return 'blocked';
  if (exceptions.some((e) => e.effect === 'skip')) return 'skipped';
  return 'available';
}

/**
 * Who leads: the stage's lead role, or who takes over under a "reassign" exception. Where two
 * or more such exceptions name different leads for this pupil, the pathway does not say which
 * wins: all are given (`leads`) and none is chosen (`lead` is left out).
 */
function stageLead(stage: Stage, exceptions: readonly AppliedException[], ctx: EvaluationContext): { lead?: string; leads?: string[] } {
  const named = [...new Set(exceptions.flatMap((e) => (e.effect === 'reassign' && e.lead !== undefined ? [e.lead] : [])))];
  if (named.length > 1) return { leads: named };
  if (named.length === 1) return { lead: named[0] };
  return stage.lead === undefined ? {} : { lead: ctx.index.roleById.get(stage.lead.role)?.title ?? stage.lead.role };
}

export function evaluateStageIn(stage: Stage, ctx: EvaluationContext): StageEvaluation {
  const core = ctx.core(stage);
  const exceptions = ctx.appliedExceptions().filter((e) => e.stages.includes(stage.id));
  const status = stageStatus(exceptions);

  // Items of routes someone chooses (format 1.1) are shown and counted in progress, but count
  // toward their route's readiness only (routes.ts).
  const counting = core.counted ?? core;
  const { blocking, advisory, progress: countedProgress } = tally([counting.questions, counting.evidence]);
  const progress = core.counted === undefined ? countedProgress : tally([core.questions, core.evidence]).progress;
  const gatesNotHolding = core.gates.filter((gate) => !gate.holds);
  const ready =
    status === 'available' && blocking.length === 0 && core.gates.every((g) => g.severity !== 'blocking' || g.holds);

  // A stage blocked, skipped or redirected takes its referrals with it (referrals.ts).
  const stageBlocks = exceptions.filter((e) => stageStanding(e.effect) !== undefined);
  // Decided once, here: routes, outcomes and the widget read it rather than looking for redirects again.
  const standing: StageEvaluation['standing'] = status === 'available' && exceptions.some((e) => e.effect === 'redirect') ? 'redirected' : status;
  const missing = { blocking, advisory, gates: gatesNotHolding };
  const { routes: routeStatuses, referrals } = routesAndReferrals(stage, core.own.routeStates, { status, standing, ready, missing, blocks: stageBlocks }, ctx);
  // Time limits (format 1.1): the outcomes they name follow a breach, or running out unbreached, and no sooner.
  const timeLimits = evaluateTimeLimits(stage, core.own.openRoutes, ctx);
  const unavailable = unavailableStages(ctx);
  const routes = withRouteTimeLimits(routeStatuses, timeLimits, status, ctx, unavailable);
  const outcomes = closeUnavailableOutcomes(
    applyTriggers(
      [...(stage.outcomes ?? []), ...core.own.openRoutes.flatMap((route) => route.outcomes ?? [])].map((outcome) =>
        outcomeStatus(outcome, ctx),
      ),
      timeLimits,
      ctx,
    ),
    standing,
    referrals,
    unavailable,
  );

  const evaluation: StageEvaluation = {
    stageId: stage.id,
    title: stage.title,
    status,
    standing,
    exceptions,
    questions: core.questions,
    evidence: core.evidence,
    gates: core.gates,
    routes,
    outcomes,
    referrals,
    missing,
    ready,
    progress,
  };
  const { lead, leads } = stageLead(stage, exceptions, ctx);
  if (lead !== undefined) evaluation.lead = lead;
  if (leads !== undefined) evaluation.leads = leads;
  if (timeLimits.statuses.length > 0) evaluation.timeLimits = timeLimits.statuses;
  const exit = evaluateExit(stage, ctx);
  if (exit !== undefined) evaluation.exit = exit;
  const duties = stageDuties(stage, core.own.routes, ctx, standing);
  if (duties.length > 0) evaluation.duties = duties;
  return evaluation;
}
