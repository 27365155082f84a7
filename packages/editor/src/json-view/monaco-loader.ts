/**
 * Monaco for the JSON view, bundled (no CDN) and only ever reached by a dynamic `import()`
 * from `<pe-json-view>` when the view is first opened, so nothing here is fetched before.
 *
 * Only the editor core and the JSON language are imported, not `editor.main`, which brings
 * some eighty languages and the TypeScript, CSS and HTML workers. (Monaco 0.57's JSON mode
 * itself imports every editor contribution, so the editing features come with it.)
 * The two workers are Vite `?worker` bundles: the editor's own and the JSON language's.
 *
 * The pathway schema is given to Monaco's JSON language for completion and hover only (the
 * ids of references, and labelled enum values, are completed by completion-provider.ts). Its
 * own validation is off (`validate: false`): the markers come from the editor's compiled
 * validator and lint, so they say exactly what the CLI says (see json-editor.ts).
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker.js?worker';
import schema from '../../../../schemas/pathway.schema.json';
import { monacoLoaded } from './monaco-state.js';
import { registerValueCompletion, schemaForWorker } from './completion-provider.js';

// The JSON language's mode, loaded now rather than when the first JSON model appears: it
// brings in Monaco's editing features (internal/common/workers.js imports every editor
// contribution), and a contribution registered after the first editor is made would find its
// services missing ("depends on UNKNOWN service").
import { CompletionAdapter, getWorker as jsonModeWorker } from 'monaco-editor/languages/features/json/jsonMode.js';

declare global {
  // Monaco reads its environment from the global scope.
  // eslint-disable-next-line no-var
  var MonacoEnvironment: monaco.Environment | undefined;
}

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

/** The file name every JSON view's model ends with; the schema is matched to it. */
export const schemaFileMatch = 'pathway-editor-draft.json';

jsonDefaults.setDiagnosticsOptions({
  // Syntax and schema markers come from the editor's own checks (the CLI's words), not Monaco's.
  validate: false,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'ignore',
  schemas: [{ uri: (schema as { $id?: string }).$id ?? 'urn:pathway:schema', fileMatch: [schemaFileMatch], schema: schemaForWorker(schema) }],
});

// Monaco's own JSON completion (the schema's properties), registered here instead of by its
// mode: its answer comes back from the worker later, and Monaco then reads the model without
// checking it still exists, so closing the view mid-completion threw "TextModelPart is
// disposed!" into the page. A closed view's completion is dropped; any other failure stands.
jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, completionItems: false });
const jsonCompletion = new CompletionAdapter((...uris) => jsonModeWorker().then((worker) => worker(...uris)), [' ', ':', '"']);
monaco.languages.registerCompletionItemProvider('json', {
  triggerCharacters: jsonCompletion.triggerCharacters,
  provideCompletionItems: (model, position, context, token) =>
    jsonCompletion.provideCompletionItems(model, position, context, token).catch((error: unknown) => {
      if (model.isDisposed()) return undefined;
      throw error;
    }),
});

// Ids a reference may name, and enum values with their labels (completion-provider.ts).
registerValueCompletion(monaco, schemaFileMatch);

monacoLoaded();

export { monaco };
