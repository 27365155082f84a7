/**
 * Turns `schemas/pathway.schema.json` into the committed sources of `@pathway/schema`:
 * TypeScript types (json-schema-to-typescript) and an ajv standalone validator (ESM),
 * so that nothing compiles a schema at run time and a strict CSP (no eval) holds.
 *
 * Pure functions returning text: the generate script writes them to disk and the
 * freshness test compares them with what is committed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import type { DocumentMap, DocumentMapDefinition, DocumentMapProperty } from '../src/document-map.js';

export const schemaPath = fileURLToPath(new URL('../../../schemas/pathway.schema.json', import.meta.url));
export const generatedDir = fileURLToPath(new URL('../src/generated/', import.meta.url));

const banner = (what: string) =>
  `/* eslint-disable */\n// Generated from schemas/pathway.schema.json by \`npm run generate\`: ${what}. Do not edit.\n`;

export function readSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
}

/**
 * json-schema-to-typescript names a type after every `title` it meets, which would turn
 * the author-facing titles ("Link text", "Name") into dozens of type aliases. Keep the
 * descriptions (they become doc comments) and name types only after their `$defs` key.
 */
function forTypes(node: unknown, defs: Record<string, Record<string, unknown>>, definitionName = ''): unknown {
  if (Array.isArray(node)) return node.map((item) => forTypes(item, defs));
  if (node === null || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  if (typeof source.$ref === 'string') {
    const target = defs[source.$ref.replace('#/$defs/', '')];
    // A reference with its own description would become a new alias (ShortText1, ShortText2…):
    // inline plain strings so the property keeps its doc comment, and let other references stand.
    if (target && target.type === 'string' && !target.enum) {
      const { title: _title, ...inlined } = target;
      return { ...inlined, description: source.description ?? target.description };
    }
    return { $ref: source.$ref };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) {
    if (k === 'title' || isAnnotation(k) || isValidationOnly(k, v)) continue;
    if (k === '$defs' || k === 'properties') {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([name, def]) => [
          name,
          forTypes(def, defs, k === '$defs' ? name : ''),
        ]),
      );
    } else {
      out[k] = forTypes(v, defs);
    }
  }
  if (definitionName) out.title = definitionName;
  return out;
}

export async function generateTypes(schema = readSchema()): Promise<string> {
  const prepared = forTypes(schema, schema.$defs as Record<string, Record<string, unknown>>) as JSONSchema;
  prepared.title = 'Pathway';
  const ts = await compile(prepared, 'Pathway', {
    bannerComment: banner('TypeScript types for a pathway definition'),
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
  });
  return ts;
}

/**
 * The schema's own annotations, read by the document map (below) and by the editor:
 * `x-entity` names the kind of thing a definition is (a stage, a question…), `x-refers-to`
 * the kind (or kinds) of thing an id property names, `x-date` that it names a date, `x-number`
 * that it names a number (a number question), and
 * `x-enum-labels` the words the editor shows authors for each value of an enum
 * ({"attendancePercentage": "Attendance percentage", …}), and `x-add-label` the words on the
 * button that adds an optional part whose title does not follow "Add" ("If breached"), and
 * `x-advanced` a technical property the forms put after everything an author fills in, and
 * `x-applies-when` the values of a sibling property under which a property means anything
 * ({"type": ["number"]} on a question's lowest value): the forms leave it out elsewhere, and
 * lint says it changes nothing where it is given anyway. None of them reaches the types,
 * the widget's validator or the schema outline.
 */
export const annotationKeywords = ['x-entity', 'x-refers-to', 'x-date', 'x-number', 'x-enum-labels', 'x-add-label', 'x-advanced', 'x-applies-when'] as const;

function isAnnotation(key: string): boolean {
  return (annotationKeywords as readonly string[]).includes(key);
}

/** True for `anyOf: [{required: [...]}, …]` and `allOf: [{if, then}]`: checks with nothing to say about types. */
function isValidationOnly(key: string, value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (key === 'anyOf') return value.every((v) => Object.keys(v as object).join() === 'required');
  if (key === 'allOf') return value.every((v) => 'if' in (v as object));
  return false;
}

/**
 * `node` without the keywords in `dropped`, at every depth: the names under `properties` and
 * `$defs` are property and definition names, not keywords, so they are kept. The one walk behind
 * every trimmed copy of the schema below.
 */
function withoutKeywords(node: unknown, dropped: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutKeywords(item, dropped));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (dropped.has(key)) continue;
    out[key] =
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, child]) => [name, withoutKeywords(child, dropped)]))
        : withoutKeywords(value, dropped);
  }
  return out;
}

/** What authors read and nothing validates: descriptions, defaults and the editor's annotations. */
const authorsWords = new Set(['description', 'default', ...annotationKeywords]);

/** The keywords the structural validator leaves out: text limits and unknown-property checks, and titles and authors' words. */
const authoringOnlyKeywords = new Set(['title', 'minLength', 'maxLength', 'pattern', 'additionalProperties', ...authorsWords]);

/**
 * The schema as the embeddable widget checks it: every type, required property, enum and
 * combination, but not text lengths, id patterns or unknown properties. Those are authoring
 * checks (the editor and CLI run the full validator); leaving them out halves the code the
 * widget ships, and nothing the engine reads goes unchecked. Authors' notes go too: they are for
 * the people who write the pathway, and nothing but the editor reads them.
 */
export function structuralSchema(node: unknown): unknown {
  return withoutAuthorsNotes(withoutKeywords(node, authoringOnlyKeywords));
}

/** The property every object may carry, and the definition it refers to. */
const AUTHORS_NOTE = { property: 'authorNote', definition: 'AuthorNote' } as const;

function withoutAuthorsNotes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAuthorsNotes);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'properties' || key === '$defs') {
      const children = Object.entries(value as Record<string, unknown>).filter(([name]) => name !== (key === '$defs' ? AUTHORS_NOTE.definition : AUTHORS_NOTE.property));
      out[key] = Object.fromEntries(children.map(([name, child]) => [name, withoutAuthorsNotes(child)]));
    } else out[key] = withoutAuthorsNotes(value);
  }
  return out;
}

// ajv's standalone ESM still `require`s this runtime helper; inline an equivalent
// (string length in Unicode code points) so the output is a self-contained module.
const ucs2lengthRequire = 'require("ajv/dist/runtime/ucs2length").default';
const ucs2lengthInline = '((text) => Array.from(text).length)';

/**
 * ajv as the validators are compiled. The structural check is interpreted instead (see
 * generateStructuralSchema), and its property test compiles the same schema with this to hold
 * the interpreter to ajv's verdicts and errors.
 */
export function pathwayAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // "required" inside anyOf branches names properties declared beside the anyOf.
    strictRequired: false,
    // Answer values are strings or numbers.
    allowUnionTypes: true,
    // Messages come from explainErrors in plain English, not from ajv.
    messages: false,
    inlineRefs: false,
    code: { source: true, esm: true, optimize: 2 },
  });
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'boolean', 'object'] });
  return ajv;
}

export function generateValidator(schema: unknown = readSchema(), what = 'standalone ajv validator for a pathway definition'): string {
  const ajv = pathwayAjv();
  // ajv's standalone code embeds the schema it compiled: without the words for authors (titles,
  // descriptions, defaults, the editor's annotations), which validate nothing, the validator the
  // editor and CLI ship is about a quarter smaller. Errors are explained from the schema outline.
  const validate = ajv.compile(withoutKeywords(schema, new Set(['title', ...authorsWords])) as object);
  const code = standaloneCode(ajv, validate).split(ucs2lengthRequire).join(ucs2lengthInline);
  if (/\brequire\(/.test(code)) {
    throw new Error('The standalone validator needs a runtime import; remove the keyword that causes it.');
  }
  return `${banner(what)}${code}\n`;
}

/**
 * The schema without descriptions: what `describeLocation` walks at run time to name places by
 * their titles, and the error explanations to name what a reference names. The widget ships it
 * (only for a pathway that fails its check), so the long author-facing descriptions (and the
 * editor's defaults and other annotations) stay out.
 */
export function generateSchemaOutline(schema: unknown = readSchema()): string {
  return `${JSON.stringify(withoutKeywords(schema, outlineDropped), null, 1)}\n`;
}

/** What the outline leaves out: authors' words, but not what a reference names, so an error about one says "choose a stage". */
const outlineDropped = new Set([...authorsWords].filter((key) => key !== 'x-refers-to' && key !== 'x-entity'));

/**
 * The structural schema as data for the widget's interpreter (src/structure-validator.ts),
 * which answers as ajv's compiled validator would at a quarter of the size (sizes in the
 * package README). `$schema` and `$id` go: nothing reads them. Refuses a schema the
 * interpreter cannot read exactly as ajv does, rather than let it ignore a keyword.
 */
export function generateStructuralSchema(schema: unknown = readSchema()): string {
  const { $schema: _schema, $id: _id, ...structural } = structuralSchema(schema) as Record<string, unknown>;
  checkInterpretable(structural);
  return `${JSON.stringify(structural, null, 1)}\n`;
}

/** The keywords src/structure-validator.ts implements, and `$defs` at the root. */
export const interpretedKeywords = new Set([
  '$ref', 'type', 'const', 'enum', 'anyOf', 'allOf', 'if', 'then', 'required', 'properties', 'items',
  'minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
]);

/**
 * Throws unless every schema node uses only interpreted keywords, in the forms the interpreter
 * assumes: `$ref`s to `#/$defs/…` that exist, enums and consts of plain values (compared with
 * `===`, as ajv does for them), property names that need no escaping in a JSON pointer, and
 * `if` only with `then`.
 */
export function checkInterpretable(root: Record<string, unknown>): void {
  const defs = (root.$defs ?? {}) as Record<string, unknown>;
  const isPlain = (value: unknown) => value === null || ['string', 'boolean'].includes(typeof value) || (typeof value === 'number' && Number.isFinite(value));
  const visit = (node: unknown, where: string, isRoot = false): void => {
    const fail = (why: string) => {
      throw new Error(`The widget's structure validator cannot check ${where}: ${why}. Teach src/structure-validator.ts, then checkInterpretable.`);
    };
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return fail('only object schemas are interpreted');
    const schema = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(schema)) {
      if (isRoot && key === '$defs') continue;
      if (!interpretedKeywords.has(key)) fail(`"${key}" is not interpreted`);
      if (key === '$ref' && !(typeof value === 'string' && value.startsWith('#/$defs/') && value.slice(8) in defs)) fail(`$ref ${String(value)}`);
      if (key === 'enum' && !(Array.isArray(value) && value.every(isPlain))) fail('an enum of other than plain values');
      if (key === 'const' && !isPlain(value)) fail('a const of other than a plain value');
      if (key === 'if' && !('then' in schema)) fail('"if" without "then"');
      if (key === 'then' && !('if' in schema)) fail('"then" without "if"');
    }
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
      if (/[~/]/.test(name) || name === '__proto__') fail(`the property name "${name}"`);
      visit(property, `${where}/properties/${name}`);
    }
    for (const key of ['items', 'if', 'then'] as const) if (key in schema) visit(schema[key], `${where}/${key}`);
    for (const key of ['anyOf', 'allOf'] as const) {
      if (key in schema) (schema[key] as unknown[]).forEach((part, i) => visit(part, `${where}/${key}/${i}`));
    }
  };
  visit(root, '#', true);
  for (const [name, def] of Object.entries(defs)) visit(def, `#/$defs/${name}`);
}

/**
 * The shape of a pathway document as a walker needs it, from the schema's annotations: for
 * each definition, which properties hold other definitions, which are ids of which kinds of
 * thing, and which definitions are named things. Inline objects get a name of their own
 * ("Stage.entry"); the variants of an `anyOf` (Condition) share one property table, since
 * their keys tell them apart. Core's outline walks documents with it, so a property added to
 * the schema is walked, checked and offered in the editor without code that names it.
 */
export function generateDocumentMap(schema: Record<string, unknown> = readSchema()): string {
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  const definitions: Record<string, DocumentMapDefinition> = {};
  const refName = (node: Record<string, unknown>) =>
    typeof node.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined;
  /** The definition name a property's value walks into, registering inline objects. */
  const valueDef = (node: Record<string, unknown>, inlineName: string): string | undefined => {
    const name = refName(node);
    if (name !== undefined) return isWalkable(defs[name]) ? name : undefined;
    if (isWalkable(node)) {
      addDefinition(inlineName, node);
      return inlineName;
    }
    return undefined;
  };
  const isWalkable = (node: Record<string, unknown> | undefined): boolean =>
    node !== undefined && (node.type === 'object' || Array.isArray(node.anyOf) && (node.anyOf as Record<string, unknown>[]).some((v) => typeof v.$ref === 'string'));
  const addDefinition = (name: string, node: Record<string, unknown>) => {
    if (definitions[name]) return;
    const definition: DocumentMapDefinition = { properties: {} };
    definitions[name] = definition;
    if (typeof node['x-entity'] === 'string') definition.entity = node['x-entity'];
    const variants = Array.isArray(node.anyOf) ? (node.anyOf as Record<string, unknown>[]).map(refName).filter((v): v is string => v !== undefined) : [];
    const tables = [node, ...variants.map((v) => defs[v])];
    for (const table of tables) {
      for (const [key, value] of Object.entries((table.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        const property: DocumentMapProperty = {};
        const refersTo = value['x-refers-to'];
        if (refersTo !== undefined) property.refersTo = Array.isArray(refersTo) ? (refersTo as string[]) : [refersTo as string];
        if (value['x-date'] === true) property.date = true;
        if (value['x-number'] === true) property.number = true;
        if (value.type === 'array' && value.items !== undefined) {
          const items = value.items as Record<string, unknown>;
          if (items['x-refers-to'] !== undefined) property.refersTo = [items['x-refers-to'] as string];
          const def = valueDef(items, `${name}.${key}[]`);
          if (def !== undefined || property.refersTo !== undefined) property.array = true;
          if (def !== undefined) property.def = def;
        } else {
          const def = valueDef(value, `${name}.${key}`);
          // Where variants share a key (atLeast: a number here, a Duration there), keep the walkable one.
          if (def !== undefined) property.def = def;
        }
        if (Object.keys(property).length === 0) continue;
        definition.properties[key] = { ...definition.properties[key], ...property };
      }
    }
  };
  for (const [name, node] of Object.entries(defs)) if (isWalkable(node)) addDefinition(name, node);
  addDefinition('Pathway', schema);
  const map: DocumentMap = { root: 'Pathway', definitions };
  return `${JSON.stringify(map, null, 1)}\n`;
}

/**
 * Where each property that applies only sometimes applies (`x-applies-when`), by definition:
 * {"Question": {"minimum": {"key": "type", "title": "Answer type", "values": ["number"]}}}.
 * `title` is the deciding property's, for messages. Kept apart from the document map, which
 * the widget ships, because only authoring (lint, the editor) reads it.
 */
export function generateAppliesWhen(schema: Record<string, unknown> = readSchema()): string {
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  const out: Record<string, Record<string, { key: string; title: string; values: string[] }>> = {};
  for (const [name, node] of Object.entries(defs)) {
    const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [key, property] of Object.entries(properties)) {
      const when = property['x-applies-when'] as Record<string, string[]> | undefined;
      if (when === undefined) continue;
      const [decider, values] = Object.entries(when)[0];
      const deciding = properties[decider];
      if (deciding === undefined || !Array.isArray(deciding.enum) || !values.every((v) => (deciding.enum as unknown[]).includes(v))) {
        throw new Error(`${name}.${key}: x-applies-when names ${decider}, which is not an enum of ${name} holding ${values.join(', ')}`);
      }
      (out[name] ??= {})[key] = { key: decider, title: String(deciding.title ?? decider), values };
    }
  }
  return `${JSON.stringify(out, null, 1)}\n`;
}

/**
 * The schema's enum labels (`x-enum-labels`), written for policy staff, keyed by where the
 * enum is: a definition ("DfeStage") or a definition's property ("Outcome.kind"). Readable
 * outputs (the public page) name values by these, so a new value is labelled in one place.
 */
export function generateEnumLabels(schema: Record<string, unknown> = readSchema()): string {
  const labels: Record<string, Record<string, string>> = {};
  const visit = (node: unknown, where: string) => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['x-enum-labels'] !== undefined && where !== '') labels[where] = record['x-enum-labels'] as Record<string, string>;
    for (const [key, value] of Object.entries((record.properties ?? {}) as Record<string, unknown>)) visit(value, `${where}.${key}`);
  };
  for (const [name, def] of Object.entries(schema.$defs as Record<string, unknown>)) visit(def, name);
  visit({ properties: schema.properties }, 'Pathway');
  const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 1)}\n`;
}
