/**
 * Registers the editor's elements once; loading the script twice leaves the first
 * registrations in place. The widget (the preview) registers itself the same way.
 */
import { PathwayEditor } from './pathway-editor/pathway-editor.js';
import { OutlineTree } from './outline-tree/outline-tree.js';
import { ProblemsPanel } from './problems/problems-panel.js';
import { EditorPreview } from './preview/editor-preview.js';
import { ConditionBuilder } from './editors/condition-builder.js';
import { BandLine } from './editors/band-line.js';
import { StageMapView } from './editors/stage-map-view.js';
import { ObjectForm } from './forms/object-form/object-form.js';
import { PathwayLibrary } from './library/pathway-library.js';
import { PublishPanel } from './publish/publish-panel.js';
// Monaco is not imported by this: <pe-json-view> fetches it when the JSON view is first shown.
import { JsonView } from './json-view/json-view.js';
import { AutosaveStatus } from './persistence/autosave-status.js';

const elements: [string, CustomElementConstructor][] = [
  ['pathway-editor', PathwayEditor],
  ['pe-outline-tree', OutlineTree],
  ['pe-problems', ProblemsPanel],
  ['pe-preview', EditorPreview],
  ['pe-condition-builder', ConditionBuilder],
  ['pe-band-line', BandLine],
  ['pe-stage-map', StageMapView],
  ['pe-object-form', ObjectForm],
  ['pe-library', PathwayLibrary],
  ['pe-publish', PublishPanel],
  ['pe-json-view', JsonView],
  ['pe-autosave-status', AutosaveStatus],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);

export * from './index.js';
