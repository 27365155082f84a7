/**
 * The whole case at once: every measure, the placement, every stage's evaluation and every
 * exception that applies. The stage worked on is the case's `stage` when it names a stage
 * (the school chose it, e.g. where bands overlap), else the placement's primary stage, unless
 * an exception takes that stage away from this pupil (blocks or skips it: a child looked after
 * is never referred for enforcement): then the most intensive matching stage that is offered;
 * or sends the pupil to another stage instead (redirects it): then that stage.
 */
import type { Evaluation, MeasureResult, Placement, StageEvaluation } from './types.js';
import type { EvaluationContext } from './context.js';
import { evaluateStageIn } from './evaluate-stage.js';
import { standingDuties } from './duties.js';
import { computePlacement } from './placement.js';
import { choosableStages } from './starting-stage.js';
import { decidingAnswers } from './deciding-answers.js';

/**
 * The earlier readings (format 1.1) of the measures that ask for one or that a change rule
 * compares, in pathway order; undefined when the pathway has none, so 1.0 results are unchanged.
 */
function earlierReadings(ctx: EvaluationContext): Record<string, MeasureResult> | undefined {
  const { index } = ctx;
  const compared = new Set(index.comparedMeasures);
  const readings: [string, MeasureResult][] = [];
  const seen = new Set<string>();
  for (const measure of index.definition.measures) {
    if ((measure.baseline === undefined && !compared.has(measure.id)) || seen.has(measure.id)) continue;
    seen.add(measure.id);
    const reading = ctx.baseline(measure.id);
    if (reading !== undefined) readings.push([measure.id, reading]);
  }
  // fromEntries defines own properties, so even an id like "__proto__" is a plain key.
  return readings.length === 0 ? undefined : Object.fromEntries(readings);
}

/**
 * The placement's primary stage; when an exception redirects it to another stage for this pupil
 * ("escalate to the virtual school head instead"), that stage; when this pupil is not offered it,
 * the most intensive matching stage that is, else the stage that applies to every pupil, else
 * the pathway's starting stage; the primary stage when none is offered.
 */
function offeredPrimary(placement: Placement, stages: readonly StageEvaluation[], start: string | undefined): string | undefined {
  const primary = placement.primary;
  const stageOf = (id: string) => stages.find((stage) => stage.stageId === id);
  const offered = (id: string | undefined): id is string => id !== undefined && stageOf(id)?.status === 'available';
  if (primary === undefined) return undefined;
  if (offered(primary)) {
    const to = stageOf(primary)?.exceptions.find((e) => e.effect === 'redirect' && offered(e.redirectTo?.stage))?.redirectTo?.stage;
    return to ?? primary;
  }
  const candidates = [...placement.stages, ...placement.universal].map((s) => s.stageId);
  for (let i = placement.stages.length - 1; i >= 0; i--) if (offered(candidates[i])) return candidates[i];
  return candidates.slice(placement.stages.length).find(offered) ?? (offered(start) ? start : primary);
}

export function evaluateCase(ctx: EvaluationContext): Evaluation {
  const { index, kase } = ctx;
  const definition = index.definition;
  const measures = definition.measures.map((measure) => ctx.measure(measure.id)).filter((m) => m !== undefined);
  const placement = computePlacement(ctx);
  const stages = index.stages.map((stage) => evaluateStageIn(stage, ctx));
  // Format 1.1: when nothing places the pupil, the placement's fallback (the starting stage).
  const start = typeof definition.start === 'string' ? definition.start : undefined;
  const otherwise = offeredPrimary(placement, stages, start) ?? placement.fallback?.stageId;
  const stageId = kase.stage !== undefined && index.stageById.has(kase.stage) ? kase.stage : otherwise;
  const evaluation: Evaluation = {
    pathway: { id: definition.id, version: definition.version, title: definition.title },
    measures,
    placement,
    stages,
    exceptions: ctx.appliedExceptions(),
    journey: { ...index.journey, end: { ...index.journey.end } },
  };
  const choosable = choosableStages(ctx, otherwise);
  if (choosable !== undefined) {
    evaluation.choosableStages = choosable;
    if (otherwise !== undefined) evaluation.otherwiseStageId = otherwise;
  }
  const standing = standingDuties(ctx);
  if (standing.length > 0) evaluation.standingDuties = standing;
  const baselines = earlierReadings(ctx);
  if (baselines !== undefined) {
    evaluation.baselines = baselines;
    evaluation.baselineMeasures = [...index.baselineMeasures];
    if (index.baselineDateMeasures.length > 0) evaluation.baselineDateMeasures = [...index.baselineDateMeasures];
  }
  if (stageId !== undefined) {
    evaluation.stageId = stageId;
    const current = stages.find((stage) => stage.stageId === stageId);
    if (current !== undefined) evaluation.current = current;
  }
  const deciding = decidingAnswers(evaluation, ctx);
  if (deciding.length > 0) evaluation.decidingAnswers = deciding;
  return evaluation;
}
