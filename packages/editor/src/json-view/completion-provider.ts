/**
 * Completion of values Monaco's JSON worker cannot know: the ids a reference may name, and
 * enum values with their labels (value-completion.ts). Registered beside the worker's own
 * provider, whose schema completion (property names, defaults) it adds to.
 *
 * The worker is given the schema without the enums that have labels, else it would offer each
 * such value a second time, bare; its own check of them is off anyway (monaco-loader.ts).
 */
import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import { valueCompletion } from './value-completion.js';

type SchemaNode = Record<string, unknown>;

/** A copy of the schema in which enums with `x-enum-labels` are left to this provider. */
export function schemaForWorker<T>(schema: T): T {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (typeof node !== 'object' || node === null) return node;
    const entries = Object.entries(node as SchemaNode);
    const labelled = Object.hasOwn(node, 'x-enum-labels');
    return Object.fromEntries(entries.filter(([key]) => !(labelled && key === 'enum')).map(([key, value]) => [key, strip(value)]));
  };
  return strip(schema) as T;
}

/** Registers the provider for the JSON view's models (those whose name ends with `fileMatch`). */
export function registerValueCompletion(monaco: typeof Monaco, fileMatch: string): Monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':', ' '],
    provideCompletionItems(model, position) {
      if (!model.uri.path.endsWith(fileMatch)) return undefined;
      const completion = valueCompletion(model.getValue(), model.getOffsetAt(position));
      if (completion === undefined || completion.suggestions.length === 0) return undefined;
      const start = model.getPositionAt(completion.range.offset);
      const end = model.getPositionAt(completion.range.offset + completion.range.length);
      // Monaco wants a range on the cursor's line that holds the cursor.
      if (start.lineNumber !== position.lineNumber || end.lineNumber !== position.lineNumber) return undefined;
      const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      return {
        suggestions: completion.suggestions.map((suggestion, index) => {
          const text = JSON.stringify(suggestion.value);
          return {
            // The id or value as written, with what it is in the author's words beside it.
            label: { label: suggestion.value, description: suggestion.label },
            kind: suggestion.kind === 'reference' ? monaco.languages.CompletionItemKind.Reference : monaco.languages.CompletionItemKind.EnumMember,
            insertText: text,
            // Found by its id or by words of its title; kept in the document's order.
            filterText: `${text} ${suggestion.label}`,
            sortText: String(index).padStart(5, '0'),
            range,
          };
        }),
      };
    },
  });
}
