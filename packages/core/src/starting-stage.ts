/**
 * Where a case starts (format 1.1).
 *
 * - Entered by an earlier outcome: a stage is placed (via "outcome") when the case records an
 *   outcome (`CaseInput.outcomes`) that leads to it (`to`), with a reason naming the outcome.
 * - Fallback: when no band, entry rule or recorded outcome places the pupil, the case is at the
 *   pathway's `start`; without one, in a format 1.1 pathway, at its first universal stage (the
 *   stage for every pupil is the default when no band matches). The placement then says so in
 *   place of "No stage's band or entry rule matches". A 1.0 pathway keeps its 1.0 behaviour
 *   exactly: the universal stages are listed apart and the user chooses.
 * - Stages with `entry.byChoice` are listed as stages the user may choose, with the stage that
 *   applies otherwise (`Evaluation.choosableStages`, `otherwiseStageId`).
 */
import type { Pathway, Stage } from './schema-types.js';
import type { ChoosableStage, PlacementFallback, Reason } from './types.js';
import type { EvaluationContext } from './context.js';
import { reason } from './messages.js';
import { quote } from './text.js';

/** Why a recorded outcome places the pupil at this stage, or undefined (also when the case has since left it: `left`). */
export function outcomeEntry(stage: Stage, ctx: EvaluationContext, left: ReadonlySet<string>): Reason | undefined {
  if (ctx.kase.outcomes.size === 0 || left.has(stage.id)) return undefined;
  const into = ctx.index.choices.outcomesInto.get(stage.id);
  if (into === undefined) return undefined;
  for (const outcome of into) {
    if (ctx.kase.outcomes.has(outcome.id)) return reason('placement.outcome', { stage: stage.title, outcome: quote(outcome.title) });
  }
  return undefined;
}

/**
 * The stages recorded outcomes led into and the case has left since, by recorded outcomes of
 * their own (or their routes') leading to another stage as often as it came in: convicted → the
 * sentence, whose "parenting order made" led on, is no longer where the case is, nor a breach
 * hearing whose "breach proved" led back to the order. Recorded outcomes have no order, so this
 * counts: the stage entered more often than left is where the history ends. A history that only
 * goes round (every such stage left) names no end, and nothing is taken away.
 */
export function stagesLeft(ctx: EvaluationContext): ReadonlySet<string> {
  const left = new Set<string>();
  const recorded = ctx.kase.outcomes;
  if (recorded.size === 0) return left;
  let ends = false;
  for (const stage of ctx.index.stages) {
    const came = (ctx.index.choices.outcomesInto.get(stage.id) ?? []).filter((outcome) => recorded.has(outcome.id)).length;
    if (came === 0) continue;
    const own = [...(stage.outcomes ?? []), ...(stage.routes ?? []).flatMap((route) => route.outcomes ?? [])];
    const went = own.filter((outcome) => typeof outcome.to === 'string' && outcome.to !== stage.id && recorded.has(outcome.id)).length;
    if (went >= came) left.add(stage.id);
    else ends = true;
  }
  return ends ? left : new Set();
}

/**
 * The stage a pupil nothing places is at: the pathway's `start` when it names a stage;
 * otherwise, in a format 1.1 pathway, its first universal stage; otherwise none (1.0). The rule
 * lives here only: the engine's index (routes.ts) and the gap wording lint and the editor's band
 * chart share (lint/band-gaps.ts) both read it. `stageById` finds the first stage with an id.
 * Safe on any document, however broken.
 */
export function fallbackStage(
  definition: Pathway,
  stageById: (id: string) => Stage | undefined,
): { stage: Stage; via: PlacementFallback['via'] } | undefined {
  const start = typeof definition.start === 'string' ? stageById(definition.start) : undefined;
  if (start !== undefined) return { stage: start, via: 'start' };
  if (definition.schemaVersion !== '1.1' || !Array.isArray(definition.stages)) return undefined;
  const universal = definition.stages.find((stage: Stage | null | undefined) => stage?.universal === true);
  return universal === undefined ? undefined : { stage: universal, via: 'universal' };
}

/** Where the case is when nothing places the pupil, or undefined (the 1.0 behaviour). */
export function placementFallback(ctx: EvaluationContext): PlacementFallback | undefined {
  const { start, universalFallback } = ctx.index.choices;
  if (start !== undefined) {
    return { stageId: start.id, title: start.title, via: 'start', reason: reason('placement.start', { stage: quote(start.title) }) };
  }
  if (universalFallback !== undefined) {
    return {
      stageId: universalFallback.id,
      title: universalFallback.title,
      via: 'universal',
      reason: reason('placement.fallbackUniversal', { stage: quote(universalFallback.title) }),
    };
  }
  return undefined;
}

/** The stages the user may choose, or undefined when the pathway has none. */
export function choosableStages(ctx: EvaluationContext, otherwise: string | undefined): ChoosableStage[] | undefined {
  const stages = ctx.index.choices.byChoice;
  if (stages.length === 0) return undefined;
  const otherwiseStage = otherwise === undefined ? undefined : ctx.index.stageById.get(otherwise);
  return stages.map((stage) => {
    const chosen = ctx.kase.stage === stage.id;
    const name = quote(stage.title);
    let why: Reason;
    if (chosen) why = reason('stage.chosen', { stage: name });
    else if (otherwiseStage !== undefined && otherwiseStage !== stage) {
      why = reason('stage.mayChoose', { stage: name, otherwise: quote(otherwiseStage.title) });
    } else why = reason('stage.mayChooseAlone', { stage: name });
    return { stageId: stage.id, title: stage.title, chosen, reason: why };
  });
}
