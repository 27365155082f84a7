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

type Kind = keyof typeof kindKeywords;

/** What the interpreter needs to know about a schema node, worked out once per node. */
interface Plan {
  types: string[];
  /** One type with keywords of its kind: reported where those keywords run. */
  typeInPlace: boolean;
  /** The kinds of data this node has keywords for, in ajv's order. */
  kinds: Kind[];
  /** Its properties with the schema-path segment of each. */
  properties: [name: string, schema: StructureSchema, segment: string][];
}

function planOf(schema: StructureSchema): Plan {
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
  const kinds = (Object.keys(kindKeywords) as Kind[]).filter((kind) => kindKeywords[kind].some((keyword) => keyword in schema));
  return {
    types,
    typeInPlace: types.length == 1 && (kinds as string[]).includes(types[0]),
    kinds,
    properties: Object.entries(schema.properties ?? {}).map(([name, property]) => [name, property, `properties/${encodeURIComponent(name)}`]),
  };
}

/**
 * A validator for `root` with ajv's contract: a boolean, and `.errors` (null when valid).
 * Each schema node's plan is worked out once, and the paths an error names are kept as
 * stacks of segments, joined only when an error is reported: a large valid pathway (the
 * usual case) is checked without building a string per value.
 */
export function structureValidator(root: StructureSchema): CompiledValidator {
  const defs = root.$defs ?? {};
  const plans = new WeakMap<StructureSchema, Plan>();
  const plan = (schema: StructureSchema): Plan => {
    let found = plans.get(schema);
    if (!found) plans.set(schema, (found = planOf(schema)));
    return found;
  };
  /** Where the value being checked is ("" at the top), and where its schema is ("#" at the top, or at a `$ref`'s target). */
  const instance: string[] = [];
  let schemaAt: string[] = ['#'];

  /** Checks `data` against `schema`, adding ajv-shaped errors to `out`; true if it added none. */
  const check = (schema: StructureSchema, data: any, out: SchemaError[]): boolean => {
    const before = out.length;
    const fail = (keyword: string, params: Record<string, unknown>) =>
      out.push({ instancePath: instance.length ? `/${instance.join('/')}` : '', schemaPath: `${schemaAt.join('/')}/${keyword}`, keyword, params });
    const within = (segment: string, run: () => boolean): boolean => {
      schemaAt.push(segment);
      try {
        return run();
      } finally {
        schemaAt.pop();
      }
    };
    const { types, typeInPlace, kinds, properties } = plan(schema);
    if (types.length && !typeInPlace && !types.some((type) => hasType(type, data))) fail('type', { type: schema.type });

    if (schema.$ref !== undefined) {
      const outer = schemaAt;
      schemaAt = ['#'];
      try {
        check(defs[schema.$ref.slice(8)], data, out);
      } finally {
        schemaAt = outer;
      }
    }
    if ('const' in schema && data !== schema.const) fail('const', { allowedValue: schema.const });
    if (schema.enum && !schema.enum.includes(data)) fail('enum', { allowedValues: schema.enum });
    if (schema.anyOf) {
      const start = out.length;
      let valid = false;
      // ajv stops at the first branch that holds.
      for (let i = 0; i < schema.anyOf.length && !valid; i++) {
        const branch = schema.anyOf[i];
        valid = within(`anyOf/${i}`, () => check(branch, data, out));
      }
      if (valid) out.length = start;
      else fail('anyOf', {});
    }
    schema.allOf?.forEach((part, i) => within(`allOf/${i}`, () => check(part, data, out)));
    if (schema.if && schema.then && within('if', () => check(schema.if!, data, []))) {
      if (!within('then', () => check(schema.then!, data, out))) fail('if', { failingKeyword: 'then' });
    }

    for (const kind of kinds) {
      if (!hasType(kind, data)) {
        if (typeInPlace && types[0] == kind) fail('type', { type: kind });
        continue;
      }
      if (kind == 'number') {
        for (const [keyword, comparison] of Object.entries(limits) as [keyof typeof limits, string][]) {
          const limit = schema[keyword];
          if (limit !== undefined && !passes(data, comparison, limit)) fail(keyword, { comparison, limit });
        }
      } else if (kind == 'array') {
        if (schema.maxItems !== undefined && data.length > schema.maxItems) fail('maxItems', { limit: schema.maxItems });
        if (schema.minItems !== undefined && data.length < schema.minItems) fail('minItems', { limit: schema.minItems });
        const items = schema.items;
        if (items) {
          within('items', () => {
            for (let i = 0; i < data.length; i++) {
              instance.push(String(i));
              try {
                check(items, data[i], out);
              } finally {
                instance.pop();
              }
            }
            return true;
          });
        }
      } else {
        for (const name of schema.required ?? []) if (data[name] === undefined) fail('required', { missingProperty: name });
        for (const [name, property, segment] of properties) {
          if (data[name] === undefined) continue;
          instance.push(name);
          try {
            within(segment, () => check(property, data[name], out));
          } finally {
            instance.pop();
          }
        }
      }
    }
    return out.length == before;
  };

  const validate: CompiledValidator = (data: unknown) => {
    const errors: SchemaError[] = [];
    instance.length = 0;
    schemaAt = ['#'];
    check(root, data, errors);
    validate.errors = errors.length ? errors : null;
    return !errors.length;
  };
  validate.errors = null;
  return validate;
}
