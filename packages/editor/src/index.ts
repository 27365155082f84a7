/**
 * @pathway/editor: the pathway designer. `<pathway-editor>` and its parts; importing this
 * module defines no elements (see embed.ts).
 */
export * from './modeling/index.js';
export { editorContext } from './context.js';
export { BLANK_PATHWAY_ID } from './naming.js';
export type { EditorContext, Selection } from './context.js';
export { PathwayEditor } from './pathway-editor/pathway-editor.js';
export type { EditorChangeEvent, EditorOpenEvent, EditorSelectEvent, EditorView, SavedPathway } from './pathway-editor/pathway-editor.js';
export { OutlineTree } from './outline-tree/outline-tree.js';
export { buildTree } from './outline-tree/tree-model.js';
export type { TreeItem } from './outline-tree/tree-model.js';
export { ProblemsPanel } from './problems/problems-panel.js';
export { problemsOf } from './problems/problems-controller.js';
export { EditorPreview, sampleCase } from './preview/editor-preview.js';
export { previewDraft, previewNote } from './preview/preview-draft.js';
export type { DraftPreview } from './preview/preview-draft.js';
export { ConditionBuilder, kindOf, newRule, ruleKinds } from './editors/condition-builder.js';
export type { RuleKind } from './editors/condition-builder.js';
export { BandLine, coverage } from './editors/band-line.js';
export type { Coverage } from './editors/band-line.js';
export { StageMapView } from './editors/stage-map-view.js';
export { ObjectForm, ItemFactory } from './forms/index.js';
export { buildFormMetadata, formMetadata, locate } from './metadata/index.js';
export type { DefinitionMeta, EnumOption, FieldKind, FieldMeta, FormMetadata } from './metadata/index.js';
export { JsonView, isMonacoLoaded } from './json-view/index.js';
export type { JsonViewStatus } from './json-view/index.js';
export { AutosaveController, AutosaveStatus, historyToSave, messageFor } from './persistence/index.js';
export type { AutosaveChangeEvent, AutosaveNotice, AutosaveOptions, AutosaveState, SaveStatus, StorageStatus, TabStatus } from './persistence/index.js';
export * from './library/index.js';
export * from './publish/index.js';
