/**
 * Form metadata, worked out from the schema when this module loads: for every definition and
 * each of its properties, what the editor's forms need to draw a field for it (title, help,
 * kind of field, whether it is required, its default, its limits, enum labels, what an id names).
 * Nothing here names a property of the pathway format: a property added to the schema appears
 * in the forms with no code.
 *
 * Why at load rather than `npm run generate`: the editor needs the whole schema's titles and
 * descriptions anyway, so a generated copy would be the same size and one more file to keep
 * fresh; reading the schema itself cannot go stale, and the walk takes about a millisecond.
 *
 * No DOM here: it runs in Node as in the browser.
 */
import schemaJson from '../../../../schemas/pathway.schema.json' with { type: 'json' };
// Where a property applies, as the generator read it from the schema's `x-applies-when` (lint reads the same table).
import { appliesWhen } from '@pathway/schema';

/** What kind of control a property is edited with. */
export type FieldKind =
  /** The object's own id, shown as "Short name". */
  | 'id'
  | 'text'
  | 'longText'
  /** A note for authors only (format 1.1 `authorNote`). */
  | 'authorNote'
  | 'url'
  | 'date'
  | 'number'
  | 'boolean'
  | 'enum'
  /** An id naming another thing (`x-refers-to`): a picker of things of those kinds. */
  | 'reference'
  | 'referenceList'
  | 'enumList'
  /** Paragraphs or lines of text. */
  | 'textList'
  /** Answers, e.g. a question's expected answers. */
  | 'answerList'
  | 'object'
  | 'objectList'
  | 'condition'
  | 'conditionList'
  | 'duration'
  | 'bound'
  | 'unknown';

export interface EnumOption {
  readonly value: string;
  /** In policy staff's words, from `x-enum-labels` (the value itself when the schema has none). */
  readonly label: string;
}

export interface FieldMeta {
  /** The property name. */
  readonly key: string;
  readonly title: string;
  /** The schema's description: the hint under the label. */
  readonly help: string | undefined;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly default?: unknown;
  /** For enums and lists of enums. */
  readonly options?: readonly EnumOption[];
  /** For references: the kinds of thing the id may name ("stage", "question"…). */
  readonly refersTo?: readonly string[];
  /** The reference names a date: a date measure or a date question. */
  readonly date?: boolean;
  /** The reference names a number: a number question (`x-number`). */
  readonly number?: boolean;
  /** For objects, lists of objects, conditions, durations and bounds: the definition of the value (or of each item). */
  readonly definition?: string;
  /** Text lists: whether each item is long text. */
  readonly long?: boolean;
  readonly integer?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly pattern?: string;
  /** The words on the button that adds this optional part, from `x-add-label`, where "Add" and the title do not read as one. */
  readonly addLabel?: string;
  /** A technical property (`x-advanced`): the form puts it after everything an author fills in. */
  readonly advanced?: boolean;
  /**
   * It means something only when a sibling property has one of these values (`x-applies-when`):
   * a question's lowest value, for a number question. The form leaves it out elsewhere.
   */
  readonly appliesWhen?: { readonly key: string; readonly values: readonly string[] };
}

export interface VariantMeta {
  readonly definition: string;
  /** The property that tells this variant apart (its first required property): "all", "answer"… */
  readonly key: string;
}

export interface DefinitionMeta {
  readonly name: string;
  readonly title: string;
  readonly help: string | undefined;
  /** The kind of named thing it is (`x-entity`). */
  readonly entity?: string;
  /** Its properties, in the schema's order. */
  readonly fields: readonly FieldMeta[];
  /** For a union (a Condition): its variants. */
  readonly variants?: readonly VariantMeta[];
  /** At least one property of one of these groups must be given (`anyOf: [{required}]`). */
  readonly requiresOneOf?: readonly (readonly string[])[];
  /** Properties required when another has a given value (Question: options, when type is choice). */
  readonly requiredWhen?: readonly { readonly key: string; readonly value: unknown; readonly required: readonly string[] }[];
}

export interface FormMetadata {
  /** The root definition's name: "Pathway". */
  readonly root: string;
  readonly definitions: Readonly<Record<string, DefinitionMeta>>;
}

type SchemaNode = Record<string, unknown>;

/** Works the metadata out from a JSON Schema with `$defs` and the Pathway annotations. */
export function buildFormMetadata(schema: SchemaNode): FormMetadata {
  const defs = (schema.$defs ?? {}) as Record<string, SchemaNode>;
  const definitions: Record<string, DefinitionMeta> = {};
  const refName = (node: SchemaNode | undefined): string | undefined =>
    typeof node?.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined;
  const isObject = (node: SchemaNode | undefined) => node?.type === 'object';
  const isUnion = (node: SchemaNode | undefined) =>
    Array.isArray(node?.anyOf) && (node.anyOf as SchemaNode[]).every((variant) => typeof variant.$ref === 'string');
  /** What a string definition is edited as: a date by its pattern, long text by its length. */
  const stringKind = (name: string, node: SchemaNode): FieldKind => {
    if (name === 'AuthorNote') return 'authorNote';
    if (name === 'Url') return 'url';
    if (typeof node.pattern === 'string' && node.pattern.startsWith('^[0-9]{4}-')) return 'date';
    if (typeof node.maxLength === 'number' && node.maxLength >= 5000) return 'longText';
    return 'text';
  };
  const enumOptions = (node: SchemaNode): EnumOption[] => {
    const labels = (node['x-enum-labels'] ?? {}) as Record<string, string>;
    return (node.enum as unknown[]).map((value) => ({
      value: String(value),
      label: Object.hasOwn(labels, String(value)) ? labels[String(value)] : String(value),
    }));
  };
  const limits = (node: SchemaNode) => {
    const out: Record<string, unknown> = {};
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'maxLength', 'minItems', 'pattern'] as const) {
      if (node[key] !== undefined) out[key] = node[key];
    }
    return out;
  };

  const fieldOf = (owner: string, key: string, property: SchemaNode, required: boolean): FieldMeta => {
    const ref = refName(property);
    const target = ref === undefined ? undefined : defs[ref];
    const merged: SchemaNode = { ...(target ?? {}), ...property };
    const base = {
      key,
      title: (property.title ?? target?.title ?? key) as string,
      help: (property.description ?? target?.description) as string | undefined,
      required,
      ...(merged.default !== undefined ? { default: merged.default } : {}),
      ...(typeof merged['x-add-label'] === 'string' ? { addLabel: merged['x-add-label'] } : {}),
      ...(property['x-advanced'] === true ? { advanced: true } : {}),
      ...(Object.hasOwn(appliesWhen[owner] ?? {}, key) ? { appliesWhen: appliesWhen[owner]![key]! } : {}),
      ...limits(merged),
    };
    const refersTo = property['x-refers-to'];
    if (refersTo !== undefined && property.type !== 'array') {
      return { ...base, kind: 'reference', refersTo: Array.isArray(refersTo) ? (refersTo as string[]) : [refersTo as string], ...(property['x-date'] === true ? { date: true } : {}), ...(property['x-number'] === true ? { number: true } : {}) };
    }
    if (key === 'id' && ref === 'Id') return { ...base, kind: 'id' };
    if (ref !== undefined && target !== undefined) {
      if (isUnion(target)) return { ...base, kind: 'condition', definition: ref };
      if (Array.isArray(target.enum)) return { ...base, kind: 'enum', options: enumOptions(merged) };
      if (isObject(target)) {
        addDefinition(ref, target);
        const kind: FieldKind = ref === 'Duration' ? 'duration' : ref === 'Bound' ? 'bound' : 'object';
        return { ...base, kind, definition: ref };
      }
      if (target.type === 'string') return { ...base, kind: stringKind(ref, target) };
    }
    if (Array.isArray(property.enum)) return { ...base, kind: 'enum', options: enumOptions(property) };
    if (isObject(property)) {
      const name = `${owner}.${key}`;
      addDefinition(name, property);
      return { ...base, kind: 'object', definition: name };
    }
    if (property.type === 'array') return listField(owner, key, property, base);
    if (property.type === 'number' || property.type === 'integer') return { ...base, kind: 'number', ...(property.type === 'integer' ? { integer: true } : {}) };
    if (property.type === 'boolean') return { ...base, kind: 'boolean' };
    if (property.type === 'string') return { ...base, kind: 'text' };
    return { ...base, kind: 'unknown' };
  };

  const listField = (owner: string, key: string, property: SchemaNode, base: Omit<FieldMeta, 'kind'>): FieldMeta => {
    const items = (property.items ?? {}) as SchemaNode;
    const ref = refName(items);
    const target = ref === undefined ? undefined : defs[ref];
    const refersTo = property['x-refers-to'] ?? items['x-refers-to'];
    if (refersTo !== undefined) return { ...base, kind: 'referenceList', refersTo: Array.isArray(refersTo) ? (refersTo as string[]) : [refersTo as string] };
    if (ref !== undefined && target !== undefined) {
      if (isUnion(target)) return { ...base, kind: 'conditionList', definition: ref };
      if (Array.isArray(target.enum)) return { ...base, kind: 'enumList', options: enumOptions(target) };
      if (isObject(target)) {
        addDefinition(ref, target);
        return { ...base, kind: 'objectList', definition: ref };
      }
      if (Array.isArray(target.type)) return { ...base, kind: 'answerList' };
      if (target.type === 'string') return { ...base, kind: 'textList', long: stringKind(ref, target) === 'longText' };
    }
    if (isObject(items)) {
      const name = `${owner}.${key}[]`;
      addDefinition(name, items);
      return { ...base, kind: 'objectList', definition: name };
    }
    if (items.type === 'string') return { ...base, kind: 'textList', long: false };
    return { ...base, kind: 'unknown' };
  };

  const addDefinition = (name: string, node: SchemaNode): void => {
    if (definitions[name]) return;
    const placeholder: DefinitionMeta = { name, title: (node.title as string) ?? name, help: node.description as string | undefined, fields: [] };
    definitions[name] = placeholder; // before its fields, so a definition that contains itself ends
    const required = new Set((node.required ?? []) as string[]);
    const fields = Object.entries((node.properties ?? {}) as Record<string, SchemaNode>).map(([key, property]) =>
      fieldOf(name, key, property, required.has(key)),
    );
    const meta: {
      -readonly [K in keyof DefinitionMeta]: DefinitionMeta[K];
    } = { ...placeholder, fields };
    if (typeof node['x-entity'] === 'string') meta.entity = node['x-entity'];
    if (Array.isArray(node.anyOf)) {
      const branches = node.anyOf as SchemaNode[];
      if (isUnion(node)) {
        meta.variants = branches.map((branch) => {
          const variant = refName(branch) as string;
          addDefinition(variant, defs[variant]);
          return { definition: variant, key: ((defs[variant].required ?? []) as string[])[0] ?? '' };
        });
      } else {
        meta.requiresOneOf = branches.map((branch) => (branch.required ?? []) as string[]);
      }
    }
    if (Array.isArray(node.allOf)) {
      const rules = (node.allOf as SchemaNode[]).flatMap((rule) => {
        const when = ((rule.if as SchemaNode | undefined)?.properties ?? {}) as Record<string, SchemaNode>;
        const [key, test] = Object.entries(when)[0] ?? [];
        const then = ((rule.then as SchemaNode | undefined)?.required ?? []) as string[];
        return key !== undefined && test?.const !== undefined ? [{ key, value: test.const, required: then }] : [];
      });
      if (rules.length > 0) meta.requiredWhen = rules;
    }
    definitions[name] = meta;
  };

  for (const [name, node] of Object.entries(defs)) if (isObject(node) || isUnion(node)) addDefinition(name, node);
  addDefinition('Pathway', schema);
  return { root: 'Pathway', definitions };
}

/** The pathway format's form metadata. */
export const formMetadata: FormMetadata = buildFormMetadata(schemaJson as unknown as SchemaNode);

/** The schema JSON itself, for the rare reader that needs more than the metadata. */
export const pathwaySchema = schemaJson as unknown as Readonly<SchemaNode>;
