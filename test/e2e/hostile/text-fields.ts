/**
 * Finds every authored text field, driven by the JSON Schema itself rather than a hand-kept
 * list: a property whose schema is ShortText, LongText or Url (or a free string such as the
 * pathway's `version`) is authored text; ids, dates, enums and answer values are not.
 *
 * Fields are named by where the schema defines them, e.g. "Link.url", "Stage.entry.description"
 * or "Referral.channel.instructions", so the set found in a pathway can be compared with the
 * set the schema allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../server.js';

type SchemaNode = Record<string, unknown>;

export type TextKind = 'short' | 'long' | 'url' | 'free';

export interface TextField {
  /** Where the schema defines it, e.g. "Question.help", or "Stage.notes[]" for a list of texts. */
  field: string;
  kind: TextKind;
  maxLength: number;
  list?: boolean;
}

export interface TextLocation extends TextField {
  /** JSON pointer into the pathway. */
  pointer: string;
}

export const PATHWAY_SCHEMA = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas', 'pathway.schema.json'), 'utf8'),
) as SchemaNode;

const DEFS = PATHWAY_SCHEMA.$defs as Record<string, SchemaNode>;
const TEXT_DEFS: Record<string, TextKind> = { ShortText: 'short', LongText: 'long', Url: 'url' };
/** Strings that are not shown to anyone: the JSON editor's schema hint. */
const IGNORED_PROPERTIES = new Set(['$schema']);

function refName(node: SchemaNode): string | undefined {
  const ref = node.$ref;
  return typeof ref === 'string' ? ref.replace('#/$defs/', '') : undefined;
}

/** The text field a property schema describes, if it is one; a list of texts is named "field[]". */
function textFieldOf(node: SchemaNode, field: string): TextField | undefined {
  if (node.type === 'array' && node.items) {
    const item = textFieldOf(node.items as SchemaNode, `${field}[]`);
    return item && { ...item, list: true };
  }
  const name = refName(node);
  if (name && name in TEXT_DEFS) {
    return { field, kind: TEXT_DEFS[name], maxLength: DEFS[name].maxLength as number };
  }
  if (!name && node.type === 'string' && !('enum' in node) && !('const' in node) && !('pattern' in node)) {
    return { field, kind: 'free', maxLength: (node.maxLength as number | undefined) ?? 10_000 };
  }
  return undefined;
}

/** The object or array schema behind a node, and the name its fields are reported under. */
function resolve(node: SchemaNode, fallbackName: string): { node: SchemaNode; name: string } {
  const name = refName(node);
  return name ? { node: DEFS[name], name } : { node, name: fallbackName };
}

/** Conditions hold ids, numbers and answer values only, and recurse: not authored text. */
const isCondition = (node: SchemaNode): boolean => refName(node) === 'Condition' || 'anyOf' in node && !('properties' in node);

/** Every authored text field the schema allows, by name. */
export function schemaTextFields(): Map<string, TextField> {
  const found = new Map<string, TextField>();
  const seen = new Set<string>();
  const visit = (raw: SchemaNode, fallbackName: string): void => {
    if (isCondition(raw)) return;
    const { node, name } = resolve(raw, fallbackName);
    if (seen.has(name)) return;
    seen.add(name);
    if (node.type === 'array' && node.items) return visit(node.items as SchemaNode, name);
    const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
    for (const [key, property] of Object.entries(properties)) {
      if (IGNORED_PROPERTIES.has(key)) continue;
      const text = textFieldOf(property, `${name}.${key}`);
      if (text) found.set(text.field, text);
      else visit(property, `${name}.${key}`);
    }
  };
  visit(PATHWAY_SCHEMA, 'Pathway');
  return found;
}

/** Every authored text value in a pathway, with the field it fills. */
export function pathwayTextLocations(pathway: unknown): TextLocation[] {
  const found: TextLocation[] = [];
  const walk = (value: unknown, raw: SchemaNode, fallbackName: string, pointer: string): void => {
    if (isCondition(raw) || value === null || typeof value !== 'object') return;
    const { node, name } = resolve(raw, fallbackName);
    if (Array.isArray(value)) {
      const items = node.items as SchemaNode | undefined;
      if (items) value.forEach((item, index) => walk(item, items, name, `${pointer}/${index}`));
      return;
    }
    const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const property = properties[key];
      if (!property || IGNORED_PROPERTIES.has(key)) continue;
      const childPointer = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      const text = textFieldOf(property, `${name}.${key}`);
      if (text?.list && Array.isArray(child)) {
        child.forEach((item, index) => {
          if (typeof item === 'string') found.push({ ...text, pointer: `${childPointer}/${index}` });
        });
      } else if (text && typeof child === 'string') found.push({ ...text, pointer: childPointer });
      else if (!text) walk(child, property, `${name}.${key}`, childPointer);
    }
  };
  walk(pathway, PATHWAY_SCHEMA, 'Pathway', '');
  return found;
}

/** A copy of `pathway` with each text value replaced by `replace(location, current)`. */
export function replaceTexts<T>(pathway: T, replace: (location: TextLocation, current: string) => string): T {
  const copy = structuredClone(pathway) as unknown;
  for (const location of pathwayTextLocations(copy)) {
    const keys = location.pointer.split('/').slice(1).map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop()!;
    let parent = copy as Record<string, unknown>;
    for (const key of keys) parent = parent[key] as Record<string, unknown>;
    parent[last] = replace(location, parent[last] as string);
  }
  return copy as T;
}
