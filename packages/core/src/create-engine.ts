/**
 * The engine without the summary. `createEngine(definition)` does the static work once
 * (indexes, required stages, cycle checks: see pathway-index.ts) and returns a model whose
 * methods are pure functions of the case: each call reads the case afresh, shares nothing with
 * other calls, and gives the same result for the same input. `createPathway` adds `summarise`;
 * a UI that draws the summary later (the widget's end pages) imports `summarise` from
 * summarise.ts there instead, so the summary's code is loaded only with them.
 *
 * The definition must be schema-valid (validate it with @pathway/schema first). Given that,
 * neither this function nor any method throws, whatever the case holds: garbage answers,
 * unknown ids, NaN, negative counts, a stage that does not exist.
 */
import type { Pathway } from './schema-types.js';
import type { CaseInput, MeasureInput, PathwayEngine } from './types.js';
import { normaliseCase } from './case-input.js';
import { EvaluationContext } from './context.js';
import { evaluateCase } from './evaluate.js';
import { evaluateStageIn } from './evaluate-stage.js';
import { computeMeasure, unknownMeasure } from './measures.js';
import { buildIndex, takeOutline } from './pathway-index.js';
import type { PathwayIndex } from './pathway-index.js';
import type { Outline } from './outline/outline.js';
import { computePlacement } from './placement.js';

/** Each engine's index, so `summarise` reuses the static work instead of doing it again. */
const indexes = new WeakMap<PathwayEngine, PathwayIndex>();

export function createEngine(definition: Pathway): PathwayEngine {
  const index = buildIndex(definition);
  const contextFor = (input: CaseInput) => new EvaluationContext(index, normaliseCase(input));
  const engine: PathwayEngine = Object.freeze({
    definition,
    measure(measureId: string, input: MeasureInput | undefined) {
      const measure = typeof measureId === 'string' ? index.measureById.get(measureId) : undefined;
      return measure === undefined ? unknownMeasure(String(measureId)) : computeMeasure(measure, input);
    },
    place(input: CaseInput) {
      return computePlacement(contextFor(input));
    },
    evaluateStage(stageId: string, input: CaseInput) {
      const stage = typeof stageId === 'string' ? index.stageById.get(stageId) : undefined;
      return stage === undefined ? undefined : evaluateStageIn(stage, contextFor(input));
    },
    evaluate(input: CaseInput) {
      return evaluateCase(contextFor(input));
    },
  });
  indexes.set(engine, index);
  return engine;
}

/**
 * The outline of the engine's definition, as its index walked it, so a UI indexing the same
 * document need not walk it again. Handed over once and not kept (it is as large as the
 * document); a second call walks the definition again.
 */
export function engineOutline(engine: PathwayEngine): Outline {
  return takeOutline(engineIndex(engine));
}

/** `other` (a model built on `engine`) uses the engine's index rather than making its own. */
export function shareIndex(other: PathwayEngine, engine: PathwayEngine): void {
  const index = indexes.get(engine);
  if (index) indexes.set(other, index);
}

/** The engine's index; for a model made some other way, the index of its definition, made now. */
export function engineIndex(engine: PathwayEngine): PathwayIndex {
  return indexes.get(engine) ?? buildIndex(engine.definition);
}
