/**
 * Where a JSON pointer leads in the metadata: the definition of the object there (with a
 * union's variant chosen by the keys the value has) and the field that holds it.
 */
import { pointerSegments } from '@pathway/schema';
import { formMetadata } from './form-metadata.js';
import type { DefinitionMeta, FieldMeta, FormMetadata } from './form-metadata.js';

export interface Location {
  /** The definition of the object at the pointer, when it is one the schema describes. */
  readonly definition: DefinitionMeta | undefined;
  /** The field of the parent object that holds the value (for a list item, the list's field). */
  readonly field: FieldMeta | undefined;
  /** True when the pointer is an item of a list. */
  readonly item: boolean;
}


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A union's variant for a value: the one whose telling key the value has (or the union itself). */
export function resolveVariant(definition: DefinitionMeta, value: unknown, metadata: FormMetadata = formMetadata): DefinitionMeta {
  if (definition.variants === undefined) return definition;
  if (!isRecord(value)) return definition;
  const variant = definition.variants.find((v) => Object.hasOwn(value, v.key));
  return variant === undefined ? definition : (metadata.definitions[variant.definition] ?? definition);
}

/** The field called `key` of a definition, looking into a union's variant for the value. */
export function fieldOf(definition: DefinitionMeta, key: string): FieldMeta | undefined {
  return definition.fields.find((field) => field.key === key);
}

export function locate(document: unknown, pointer: string, metadata: FormMetadata = formMetadata): Location {
  let definition: DefinitionMeta | undefined = metadata.definitions[metadata.root];
  let field: FieldMeta | undefined;
  let item = false;
  let value: unknown = document;
  const parts = pointerSegments(pointer);
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i];
    if (Array.isArray(value)) {
      // An index into the list held by `field`.
      value = value[Number(key)];
      item = true;
      definition = field?.definition !== undefined && (field.kind === 'objectList' || field.kind === 'conditionList') ? metadata.definitions[field.definition] : undefined;
      if (definition !== undefined) definition = resolveVariant(definition, value, metadata);
      continue;
    }
    if (definition === undefined) return { definition: undefined, field: undefined, item: false };
    definition = resolveVariant(definition, value, metadata);
    field = fieldOf(definition, key);
    value = isRecord(value) ? value[key] : undefined;
    item = false;
    if (field === undefined) return { definition: undefined, field: undefined, item: false };
    const isList = field.kind === 'objectList' || field.kind === 'conditionList';
    definition = field.definition !== undefined && !isList ? metadata.definitions[field.definition] : undefined;
    if (definition !== undefined) definition = resolveVariant(definition, value, metadata);
    if (isList && !Array.isArray(value) && i < parts.length - 1) value = [];
  }
  return { definition, field, item };
}
