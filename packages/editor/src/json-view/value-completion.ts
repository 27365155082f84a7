/**
 * What to offer for a value being typed in the JSON text, where the schema knows more than
 * Monaco's JSON worker can: the ids of the things a reference may name (`x-refers-to`, found
 * in the document by core's outline, each labelled with its title), and enum values with their
 * labels (`x-enum-labels`). Driven by the form metadata, so it names no property of the format.
 * No DOM and no Monaco: text and offset in, suggestions out.
 */
import { getLocation, parse } from 'jsonc-parser';
import { pointerFrom } from '@pathway/schema';
import { fitsReference, outlinePathway } from '@pathway/core';
import type { OutlineEntity } from '@pathway/core';
import { formMetadata, locate } from '../metadata/index.js';
import type { FieldMeta } from '../metadata/index.js';
import { nameOf } from '../naming.js';
import type { TextRange } from './pointer-ranges.js';

export interface ValueSuggestion {
  /** The value written into the text (an id or an enum value). */
  readonly value: string;
  /** What it is in the author's words: the thing's title, or the enum value's label. */
  readonly label: string;
  readonly kind: 'reference' | 'enum';
}

export interface ValueCompletion {
  /** The text the chosen value replaces: the value typed so far (with its quotes), or nothing at the cursor. */
  readonly range: TextRange;
  readonly suggestions: readonly ValueSuggestion[];
}

const kindTitles: Record<string, string> = Object.fromEntries(
  Object.values(formMetadata.definitions)
    .filter((definition) => definition.entity !== undefined)
    .map((definition) => [definition.entity as string, definition.title]),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The things of the kinds a reference may name (only dates or number questions, where it needs one: core's fitsReference). */
function referenceSuggestions(document: unknown, field: FieldMeta): ValueSuggestion[] {
  const kinds = field.refersTo ?? [];
  const seen = new Set<string>();
  const suggestions: ValueSuggestion[] = [];
  const named = (entity: OutlineEntity) => {
    const name = nameOf(document, entity.pointer, entity.node, entity.id);
    return kinds.length > 1 ? `${kindTitles[entity.kind] ?? entity.kind}: ${name}` : name;
  };
  for (const entity of outlinePathway(document).entities) {
    if (!kinds.includes(entity.kind) || seen.has(entity.id) || !fitsReference(entity, field)) continue;
    seen.add(entity.id);
    suggestions.push({ value: entity.id, label: named(entity), kind: 'reference' });
  }
  return suggestions;
}

/**
 * The values to offer at `offset`, or undefined where the text is not a value of a reference
 * or an enum (a property name, or a property the schema says nothing more about).
 */
export function valueCompletion(text: string, offset: number): ValueCompletion | undefined {
  const location = getLocation(text, offset);
  if (location.isAtPropertyKey || location.path.length === 0) return undefined;
  const typed = location.previousNode;
  if (typed !== undefined && (typed.type === 'object' || typed.type === 'array' || typed.type === 'property')) return undefined;
  // The text as far as it parses (jsonc-parser is error-tolerant), so this works mid-edit.
  const document: unknown = parse(text, [], { allowTrailingComma: true });
  if (!isRecord(document)) return undefined;
  const { field, item } = locate(document, pointerFrom(location.path));
  if (field === undefined) return undefined;
  const single = !item && (field.kind === 'reference' || field.kind === 'enum');
  const inList = item && (field.kind === 'referenceList' || field.kind === 'enumList');
  if (!single && !inList) return undefined;
  const suggestions =
    field.kind === 'reference' || field.kind === 'referenceList'
      ? referenceSuggestions(document, field)
      : (field.options ?? []).map((option) => ({ value: option.value, label: option.label, kind: 'enum' as const }));
  const range = typed === undefined ? { offset, length: 0 } : { offset: typed.offset, length: typed.length };
  return { range, suggestions };
}
