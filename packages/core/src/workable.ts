/**
 * Whether the engine can work a pathway that passed its structural check: decided once for
 * every place that must refuse one it cannot, the widget (which names each mistake on the page
 * a council's published pathway shows) and the designer's preview (which keeps the last version
 * it could show). It builds the model and its outline, finds the references that name nothing of
 * their kind (they would silently never hold: an exception that never applies), and evaluates one
 * case, so a pathway the engine cannot work is refused before a journey starts, not part-way.
 * Throws when the engine cannot build the model or evaluate the case.
 */
import type { Pathway } from './schema-types.js';
import type { CaseInput, Evaluation, PathwayModel } from './types.js';
import type { Outline, OutlineReference } from './outline/outline.js';
import { createPathway } from './create-pathway.js';
import { engineOutline } from './create-engine.js';
import { unresolvedReferences } from './outline/unresolved.js';

export type WorkedPathway =
  | { ok: true; model: PathwayModel; outline: Outline; trial: Evaluation }
  | { ok: false; unresolved: OutlineReference[] };

/** The model, its outline and the evaluation of `trialInput`; or the references that resolve to nothing. */
export function workPathway(pathway: Pathway, trialInput: CaseInput): WorkedPathway {
  const model = createPathway(pathway);
  const outline = engineOutline(model);
  const unresolved = unresolvedReferences(outline);
  if (unresolved.length > 0) return { ok: false, unresolved };
  return { ok: true, model, outline, trial: model.evaluate(trialInput) };
}
