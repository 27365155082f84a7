/**
 * The two pieces of Monaco's JSON mode the JSON view registers itself (monaco-loader.ts); the
 * module ships without types.
 */
declare module 'monaco-editor/languages/features/json/jsonMode.js' {
  import type * as monaco from 'monaco-editor/editor/editor.api.js';

  /** The JSON language's worker for some models, once the mode is set up. */
  export function getWorker(): Promise<(...resources: monaco.Uri[]) => Promise<unknown>>;

  /** Monaco's JSON completion: the worker's answers as completion items. */
  export class CompletionAdapter implements monaco.languages.CompletionItemProvider {
    constructor(worker: (...resources: monaco.Uri[]) => Promise<unknown>, triggerCharacters: string[]);
    readonly triggerCharacters: string[];
    provideCompletionItems(
      model: monaco.editor.ITextModel,
      position: monaco.Position,
      context: monaco.languages.CompletionContext,
      token: monaco.CancellationToken,
    ): Promise<monaco.languages.CompletionList | undefined>;
  }
}
