/**
 * The whole case at once: every measure, the placement, every stage's evaluation and every
 * exception that applies. The stage worked on is the case's `stage` when it names a stage
 * (the school chose it, e.g. where bands overlap), else the placement's primary stage.
 */
import type { Evaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import { evaluateStageIn } from './evaluate-stage.js';
import { standingDuties } from './duties.js';
import { computePlacement } from './placement.js';

export function evaluateCase(ctx: EvaluationContext): Evaluation {
  const { index, kase } = ctx;
  const definition = index.definition;
  const measures = definition.measures.map((measure) => ctx.measure(measure.id)).filter((m) => m !== undefined);
  const placement = computePlacement(ctx);
  const stageId = kase.stage !== undefined && index.stageById.has(kase.stage) ? kase.stage : placement.primary;
  const stages = index.stages.map((stage) => evaluateStageIn(stage, ctx));
  const evaluation: Evaluation = {
    pathway: { id: definition.id, version: definition.version, title: definition.title },
    measures,
    placement,
    stages,
    exceptions: ctx.appliedExceptions(),
    journey: { ...index.journey, end: { ...index.journey.end } },
  };
  const standing = standingDuties(ctx);
  if (standing.length > 0) evaluation.standingDuties = standing;
  if (stageId !== undefined) {
    evaluation.stageId = stageId;
    const current = stages.find((stage) => stage.stageId === stageId);
    if (current !== undefined) evaluation.current = current;
  }
  return evaluation;
}
