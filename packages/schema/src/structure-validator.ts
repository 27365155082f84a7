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

/** A validator for `root` with ajv's contract: a boolean, and `.errors` (null when valid). */
export function structureValidator(root: StructureSchema): CompiledValidator {
  const defs = root.$defs ?? {};

  /** Checks `data` against `schema`, adding ajv-shaped errors to `out`; true if it added none. */
  const check = (schema: StructureSchema, data: any, instancePath: string, schemaPath: string, out: SchemaError[]): boolean => {
    const before = out.length;
    const fail = (keyword: string, params: Record<string, unknown>, at = `${schemaPath}/${keyword}`) =>
      out.push({ instancePath, schemaPath: at, keyword, params });
    const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
    const hasKeywordsOf = (kind: string) => kind in kindKeywords && kindKeywords[kind as keyof typeof kindKeywords].some((k) => k in schema);
    // One type with keywords of its kind is reported where those keywords run (below).
    const typeInPlace = types.length == 1 && hasKeywordsOf(types[0]);
    if (types.length && !typeInPlace && !types.some((type) => hasType(type, data))) fail('type', { type: schema.type });

    if (schema.$ref !== undefined) check(defs[schema.$ref.slice(8)], data, instancePath, '#', out);
    if ('const' in schema && data !== schema.const) fail('const', { allowedValue: schema.const });
    if (schema.enum && !schema.enum.includes(data)) fail('enum', { allowedValues: schema.enum });
    if (schema.anyOf) {
      const start = out.length;
      let valid = false;
      schema.anyOf.forEach((branch, i) => {
        valid ||= check(branch, data, instancePath, `${schemaPath}/anyOf/${i}`, out);
      });
      if (valid) out.length = start;
      else fail('anyOf', {});
    }
    schema.allOf?.forEach((part, i) => check(part, data, instancePath, `${schemaPath}/allOf/${i}`, out));
    if (schema.if && schema.then && check(schema.if, data, instancePath, `${schemaPath}/if`, [])) {
      if (!check(schema.then, data, instancePath, `${schemaPath}/then`, out)) fail('if', { failingKeyword: 'then' });
    }

    for (const kind of Object.keys(kindKeywords)) {
      if (!hasKeywordsOf(kind)) continue;
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
        if (schema.items) {
          for (let i = 0; i < data.length; i++) check(schema.items, data[i], `${instancePath}/${i}`, `${schemaPath}/items`, out);
        }
      } else {
        for (const name of schema.required ?? []) if (data[name] === undefined) fail('required', { missingProperty: name });
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (data[name] !== undefined) {
            check(property, data[name], `${instancePath}/${name}`, `${schemaPath}/properties/${encodeURIComponent(name)}`, out);
          }
        }
      }
    }
    return out.length == before;
  };

  const validate: CompiledValidator = (data: unknown) => {
    const errors: SchemaError[] = [];
    check(root, data, '', '#', errors);
    validate.errors = errors.length ? errors : null;
    return !errors.length;
  };
  validate.errors = null;
  return validate;
}
