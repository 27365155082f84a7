/**
 * The summary of a case, for an engine made by `createEngine` (create-engine.ts): the same
 * summary as `createPathway(definition).summarise(input, options)`. A module of its own so a UI
 * can load the summary's code only when it draws the summary.
 */
import type { CaseInput, PathwayEngine, StageSummary, Summary } from './types.js';
import { normaliseCase } from './case-input.js';
import { EvaluationContext } from './context.js';
import { engineIndex } from './create-engine.js';
import { evaluateCase } from './evaluate.js';
import { buildStageSummary, buildSummary } from './summary.js';

export function summarise(engine: PathwayEngine, input: CaseInput, options?: { generatedAt?: string }): Summary {
  const ctx = new EvaluationContext(engineIndex(engine), normaliseCase(input));
  return buildSummary(evaluateCase(ctx), ctx, options);
}

/**
 * The summary's `actions` and `timeLimits` alone, as `summarise` gives them: what a page that
 * shows the stage needs, without the answers, evidence and reasons (which grow with the pathway).
 */
export function summariseStage(engine: PathwayEngine, input: CaseInput): StageSummary {
  const ctx = new EvaluationContext(engineIndex(engine), normaliseCase(input));
  return buildStageSummary(evaluateCase(ctx), ctx);
}
