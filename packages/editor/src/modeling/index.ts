/**
 * @pathway/editor/modeling: the designer's document model, with no DOM. A draft (text kept
 * exactly as typed, value when it parses), commands on one undo stack, and behaviours that
 * keep references whole.
 */
export { Modeling, EditRejected } from './modeling.js';
export type { Command, EditOptions, History, ModelingListener, ModelingOptions } from './modeling.js';
export { readDraft, formatJson } from './draft.js';
export type { DraftState, SyntaxProblem } from './draft.js';
export { applyEdit, valueAt } from './patch.js';
export type { EditOperation } from './patch.js';
export { referencesFollowingRename, referencesTo, removalOf, slugFrom, uniqueId } from './behaviours.js';
export type { Removal } from './behaviours.js';
