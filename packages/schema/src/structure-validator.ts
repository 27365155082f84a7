/**
 * A small JSON Schema interpreter for the widget's structural check: it reads the trimmed
 * schema as data (no code generation, no eval, so a strict CSP holds) and answers exactly as
 * ajv's compiled validator for that schema would, errors included, so `explainErrors` says the
 * same thing whichever validator ran.
 *
 * Why not ajv's standalone output: it compiles every `$ref` site into its own function and
 * embeds the schema beside them, about 13.5 KiB gzip against this file plus the schema's
 * 3 KiB (measurements in the package README). The property test in
 * structure-validator.test.ts holds it to ajv, error for error.
 *
 * It knows only the keywords the trimmed schema uses; the generator
 * (`checkInterpretable` in scripts/generate-sources.ts) refuses a schema with any other, so a
 * new keyword cannot be silently ignored here.
 *
 * Mirrors ajv 8 as pathwayAjv() sets it up (`allErrors`, `strictNumbers`, `inlineRefs: false`):
 * - a `$ref` starts the schema path again at "#", as ajv's out-of-line reference functions do;
 * - per schema, keywords run in ajv's order: a type that no keyword of its own kind accompanies
 *   is checked first; then `$ref`, `const`, `enum`, `anyOf`, `allOf`, `if`; then the number,
 *   array and object keywords, each only for data of that kind, where a single type with
 *   keywords of its kind is reported in place of them;
 * - `anyOf` stops at the first branch that holds and then forgets the branches' errors;
 * - `if` is tried silently; a failing `then` is followed by an `if` error.
 */
import type { CompiledValidator, SchemaError } from './generated/validate.js';
import { pointerFrom } from './json-pointer.js';

/** The parts of a schema node the interpreter reads. */
export interface StructureSchema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: StructureSchema[];
  allOf?: StructureSchema[];
  if?: StructureSchema;
  then?: StructureSchema;
  required?: string[];
  properties?: Record<string, StructureSchema>;
  items?: StructureSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $defs?: Record<string, StructureSchema>;
}

/** The keywords each kind of data has, in ajv's order; the key is also ajv's type name. */
const kindKeywords = {
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'],
  array: ['maxItems', 'minItems', 'items'],
  object: ['required', 'properties'],
} as const;

/** Each number limit with ajv's `comparison` parameter: the test the value must pass. */
const limits = { maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>' } as const;

function passes(value: number, comparison: string, limit: number): boolean {
  return comparison == '<=' ? value <= limit : comparison == '>=' ? value >= limit : comparison == '<' ? value < limit : value > limit;
}

/** ajv's type test (with `strictNumbers`, so only finite numbers are numbers). */
function hasType(type: string, data: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof data == 'object' && data !== null && !Array.isArray(data);
    case 'array':
      return Array.isArray(data);
    case 'number':
      return typeof data == 'number' && isFinite(data);
    case 'integer':
      return typeof data == 'number' && isFinite(data) && !(data % 1);
    case 'null':
      return data === null;
    default:
      return typeof data == type;
  }
}

/** Whether `data` has one of `types`. */
function hasSomeType(types: string[], data: unknown): boolean {
  for (let i = 0; i < types.length; i++) if (hasType(types[i], data)) return true;
  return false;
}

type Kind = keyof typeof kindKeywords;

/**
 * A schema node as `check` reads it, every node in the same shape: its `$ref` and subschemas
 * as nodes, its keywords in the order they run, in plain arrays. Prepared when first checked,
 * so the parts of the schema a document does not use cost nothing.
 */
interface Node {
  schema: StructureSchema;
  /** Its schema-path segment under its parent ("anyOf/0", "items", "properties/id"…). */
  segment: string;
  ready: boolean;
  /** Types checked first (a type that no keyword of its kind accompanies). */
  types: string[];
  /** One type with keywords of its kind: reported where those keywords run. */
  inPlace: string | undefined;
  hasConst: boolean;
  ref: Node | undefined;
  anyOf: Node[] | undefined;
  allOf: Node[] | undefined;
  if: Node | undefined;
  then: Node | undefined;
  /** The kinds of data this node has keywords for, in ajv's order. */
  kinds: Kind[];
  items: Node | undefined;
  names: string[];
  properties: Node[];
}

/** A node not prepared yet: `prepare` sets the rest, every field and always in the same order (one shape for all). */
const nodeOf = (schema: StructureSchema, segment: string): Node => ({ schema, segment, ready: false }) as Node;

/**
 * A validator for `root` with ajv's contract: a boolean, and `.errors` (null when valid).
 *
 * A document is checked silently first: no error objects, no paths, and each `anyOf` or `if`
 * stops at its answer, so a valid pathway (the usual case) is checked without allocating. Only
 * a document found invalid is checked again, reporting, with the same code: the paths an error
 * names are kept then as stacks of segments, joined when an error is reported.
 */
export function structureValidator(root: StructureSchema): CompiledValidator {
  const defs = root.$defs ?? {};
  /** The definitions' nodes, one each (a `$ref` starts the path again, so they need no segment). */
  const defNodes = new Map<StructureSchema, Node>();
  const prepare = (node: Node): void => {
    const schema = node.schema;
    const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
    const kinds = (Object.keys(kindKeywords) as Kind[]).filter((kind) => kindKeywords[kind].some((keyword) => keyword in schema));
    const inPlace = types.length == 1 && (kinds as string[]).includes(types[0]) ? types[0] : undefined;
    node.types = inPlace ? [] : types;
    node.inPlace = inPlace;
    node.hasConst = 'const' in schema;
    node.kinds = kinds;
    const def = schema.$ref === undefined ? undefined : defs[schema.$ref.slice(8)];
    if (def && !defNodes.has(def)) defNodes.set(def, nodeOf(def, ''));
    node.ref = def && defNodes.get(def);
    node.anyOf = schema.anyOf?.map((part, i) => nodeOf(part, `anyOf/${i}`));
    node.allOf = schema.allOf?.map((part, i) => nodeOf(part, `allOf/${i}`));
    const conditional = schema.if && schema.then;
    node.if = conditional ? nodeOf(schema.if!, 'if') : undefined;
    node.then = conditional ? nodeOf(schema.then!, 'then') : undefined;
    node.items = schema.items && nodeOf(schema.items, 'items');
    node.names = Object.keys(schema.properties ?? {});
    node.properties = node.names.map((name) => nodeOf(schema.properties![name], `properties/${encodeURIComponent(name)}`));
    node.ready = true;
  };
  let top: Node | undefined;

  /** While reporting: where the value being checked is ("" at the top), and where its schema is ("#" at the top, or at a `$ref`'s target). */
  const instance: string[] = [];
  let schemaAt: string[] = ['#'];

  /**
   * Reports an error to `out` and says to go on; silently (`out` null), says to stop.
   * The params are `{ [name]: value }`, with `limit` for the number limits.
   */
  const fail = (out: SchemaError[] | null, keyword: string, name?: string, value?: unknown, limit?: number): boolean => {
    if (!out) return false;
    const params: Record<string, unknown> = name === undefined ? {} : { [name]: value };
    if (limit !== undefined) params.limit = limit;
    out.push({ instancePath: pointerFrom(instance), schemaPath: `${schemaAt.join('/')}/${keyword}`, keyword, params });
    return true;
  };

  /** Checks `data` against a subschema of the node being checked (`key`: where `data` is inside that node's data). */
  const sub = (node: Node, data: unknown, out: SchemaError[] | null, key?: string | number): boolean => {
    if (!out) return check(node, data, null);
    schemaAt.push(node.segment);
    if (key !== undefined) instance.push(String(key));
    const held = check(node, data, out);
    if (key !== undefined) instance.pop();
    schemaAt.pop();
    return held;
  };

  /**
   * Checks `data` against `node`: silently when `out` is null (false at the first mistake),
   * else adding ajv-shaped errors to `out`; true if there are none.
   */
  const check = (node: Node, data: any, out: SchemaError[] | null): boolean => {
    if (!node.ready) prepare(node);
    const before = out ? out.length : 0;
    const schema = node.schema;
    if (node.types.length && !hasSomeType(node.types, data) && !fail(out, 'type', 'type', schema.type)) return false;
    if (node.ref) {
      const outer = schemaAt;
      if (out) schemaAt = ['#'];
      const held = check(node.ref, data, out);
      schemaAt = outer;
      if (!held && !out) return false;
    }
    if (node.hasConst && data !== schema.const && !fail(out, 'const', 'allowedValue', schema.const)) return false;
    if (schema.enum && !schema.enum.includes(data) && !fail(out, 'enum', 'allowedValues', schema.enum)) return false;
    const anyOf = node.anyOf;
    if (anyOf) {
      // ajv stops at the first branch that holds and forgets the errors of those before it:
      // only when none holds are the branches' errors reported, each branch's in turn.
      let valid = false;
      for (let i = 0; i < anyOf.length && !valid; i++) valid = check(anyOf[i], data, null);
      if (!valid) {
        if (out) for (let i = 0; i < anyOf.length; i++) sub(anyOf[i], data, out);
        if (!fail(out, 'anyOf')) return false;
      }
    }
    const allOf = node.allOf;
    if (allOf) for (let i = 0; i < allOf.length; i++) if (!sub(allOf[i], data, out) && !out) return false;
    // `if` is tried silently; a failing `then` is followed by an `if` error.
    if (node.if && check(node.if, data, null) && !sub(node.then!, data, out) && !fail(out, 'if', 'failingKeyword', 'then')) return false;

    const kinds = node.kinds;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k];
      if (!hasType(kind, data)) {
        if (node.inPlace == kind && !fail(out, 'type', 'type', kind)) return false;
      } else if (kind == 'number') {
        const keywords = kindKeywords.number;
        for (let i = 0; i < keywords.length; i++) {
          const limit = schema[keywords[i]];
          const comparison = limits[keywords[i]];
          if (limit !== undefined && !passes(data, comparison, limit) && !fail(out, keywords[i], 'comparison', comparison, limit)) return false;
        }
      } else if (kind == 'array') {
        if (schema.maxItems !== undefined && data.length > schema.maxItems && !fail(out, 'maxItems', 'limit', schema.maxItems)) return false;
        if (schema.minItems !== undefined && data.length < schema.minItems && !fail(out, 'minItems', 'limit', schema.minItems)) return false;
        const items = node.items;
        if (items) for (let i = 0; i < data.length; i++) if (!sub(items, data[i], out, i) && !out) return false;
      } else {
        const required = schema.required;
        if (required) {
          for (let i = 0; i < required.length; i++) if (data[required[i]] === undefined && !fail(out, 'required', 'missingProperty', required[i])) return false;
        }
        const names = node.names;
        for (let i = 0; i < names.length; i++) {
          const value = data[names[i]];
          if (value !== undefined && !sub(node.properties[i], value, out, names[i]) && !out) return false;
        }
      }
    }
    return out ? out.length == before : true;
  };

  const validate: CompiledValidator = (data: unknown) => {
    top ??= nodeOf(root, '#');
    if (check(top, data, null)) {
      validate.errors = null;
      return true;
    }
    const errors: SchemaError[] = [];
    instance.length = 0;
    schemaAt = ['#'];
    check(top, data, errors);
    validate.errors = errors.length ? errors : null;
    return !errors.length;
  };
  validate.errors = null;
  return validate;
}
