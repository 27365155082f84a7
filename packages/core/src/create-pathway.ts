/**
 * The engine's façade. `createPathway(definition)` does the static work once (indexes, required
 * stages, cycle checks: see pathway-index.ts) and returns a model whose methods are pure
 * functions of the case: each call reads the case afresh, shares nothing with other calls,
 * and gives the same result for the same input. It is `createEngine`'s model with `summarise`.
 *
 * The definition must be schema-valid (validate it with @pathway/schema first). Given that,
 * neither this function nor any method throws, whatever the case holds: garbage answers,
 * unknown ids, NaN, negative counts, a stage that does not exist.
 */
import type { Pathway } from './schema-types.js';
import type { CaseInput, PathwayModel } from './types.js';
import { createEngine, shareIndex } from './create-engine.js';
import { summarise } from './summarise.js';

export function createPathway(definition: Pathway): PathwayModel {
  const engine = createEngine(definition);
  const model: PathwayModel = Object.freeze({
    ...engine,
    summarise(input: CaseInput, options?: { generatedAt?: string }) {
      return summarise(engine, input, options);
    },
  });
  // The model answers as its engine does, index included (engineOutline, summarise).
  shareIndex(model, engine);
  return model;
}
