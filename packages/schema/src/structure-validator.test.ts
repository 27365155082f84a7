/**
 * The widget's structure validator (an interpreter of the trimmed schema) must give exactly
 * ajv's answer for that schema: the same verdict, the same errors in the same order, and so the
 * same plain-English explanations. ajv is compiled here, in memory, with the options the full
 * validator is generated with; the documents are the real pathways and fixtures, mutated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInterpretable, pathwayAjv, readSchema, structuralSchema } from '../scripts/generate-sources.js';
import { explainErrors } from './explain-errors.js';
import type { SchemaError } from './generated/validate.js';
import { structureValidator, type StructureSchema } from './structure-validator.js';
import validatePathwayStructure from './validate-pathway-structure.js';

const trimmed = structuralSchema(readSchema()) as Record<string, unknown>;
const ajvStructure = pathwayAjv().compile(trimmed);

const root = new URL('../../../', import.meta.url);
const jsonFiles = (dir: string, recursive = false): string[] =>
  readdirSync(new URL(dir, root), { recursive, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => `${dir}${f}`);
const corpusFiles = [
  ...jsonFiles('pathways/'),
  ...jsonFiles('packages/core/fixtures/', true),
  ...jsonFiles('packages/schema/fixtures/valid/'),
  ...jsonFiles('packages/schema/fixtures/invalid/'),
];
const corpus = corpusFiles.map((file) => JSON.parse(readFileSync(new URL(file, root), 'utf8')) as unknown);

/** Every string the schema names: enum values, consts, property names (for typos, renames, wrapping). */
const schemaWords = (() => {
  const words = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum') (value as unknown[]).forEach((v) => typeof v === 'string' && words.add(v));
      if (key === 'const' && typeof value === 'string') words.add(value);
      if (key === 'properties') Object.keys(value as object).forEach((name) => words.add(name));
      visit(value);
    }
  };
  visit(trimmed);
  return [...words].sort();
})();

/** Values that break a place in a typical way: other types, edge numbers, near-miss words. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>('', 'text', 'notAKind', 0, -1, -0.5, 0.5, 3, 4, 999, 1000, 1000.5, 1001, 1e21, -1e21, true, false, null, [], {}, ['a'], [1, 'b'], { all: [] }),
  fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, undefined),
  fc.constantFrom(...schemaWords),
  fc.jsonValue({ maxDepth: 2 }),
);

type Path = (string | number)[];

/** Every place in a document, the root included. */
function placesOf(doc: unknown): Path[] {
  const places: Path[] = [];
  const visit = (value: unknown, path: Path): void => {
    places.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(doc, []);
  return places;
}

const at = (doc: unknown, path: Path): unknown => path.reduce<any>((value, key) => value?.[key], doc);

/** One change to a document, chosen by index so that fast-check can shrink it. */
interface Mutation {
  kind: 'replace' | 'remove' | 'transplant' | 'sameKind' | 'wrapList' | 'wrapObject' | 'rename' | 'emptyList' | 'addItem' | 'duplicateItem';
  place: number;
  other: number;
  value: unknown;
  word: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'remove', 'transplant', 'sameKind', 'wrapList', 'wrapObject', 'rename', 'emptyList', 'addItem', 'duplicateItem'),
  place: fc.nat(),
  other: fc.nat(),
  value: badValue,
  word: fc.constantFrom(...schemaWords),
});

function mutate(doc: unknown, m: Mutation): unknown {
  const places = placesOf(doc);
  const path = places[m.place % places.length];
  const value = at(doc, path);
  const elsewhere = structuredClone(at(doc, places[m.other % places.length]));
  let next: unknown;
  switch (m.kind) {
    case 'replace':
      next = m.value;
      break;
    case 'transplant':
      next = elsewhere;
      break;
    case 'sameKind': {
      // A value of the same kind from elsewhere: often still valid, so over-strictness shows too.
      const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
      const same = places.filter((place) => kind(at(doc, place)) === kind(value));
      next = structuredClone(at(doc, same[m.other % same.length]));
      break;
    }
    case 'wrapList':
      next = [value];
      break;
    case 'wrapObject':
      next = { [m.word]: value };
      break;
    case 'emptyList':
      next = Array.isArray(value) ? [] : m.value;
      break;
    case 'addItem':
      next = Array.isArray(value) ? [...value, m.value] : m.value;
      break;
    case 'duplicateItem':
      next = Array.isArray(value) ? [...value, elsewhere] : elsewhere;
      break;
    case 'remove':
    case 'rename': {
      if (path.length === 0) return m.value;
      const parent = at(doc, path.slice(0, -1)) as Record<string | number, unknown>;
      const key = path[path.length - 1];
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else {
        delete parent[key];
        // A typo of the key (dropped first letter), or another property's name.
        if (m.kind === 'rename') parent[String(key).length > 1 && m.other % 2 ? String(key).slice(1) : m.word] = value;
      }
      return doc;
    }
  }
  if (path.length === 0) return next;
  (at(doc, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]] = next;
  return doc;
}

const mutatedDocument = fc
  .record({ seed: fc.nat(corpus.length - 1), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
  .map(({ seed, mutations }) => mutations.reduce((doc, m) => mutate(doc, m), structuredClone(corpus[seed])));

const ours = structureValidator(JSON.parse(readFileSync(new URL('./generated/structural-schema.json', import.meta.url), 'utf8')) as StructureSchema);

/** Both validators' answers for a document; also records which error keywords were seen. */
function answers(doc: unknown, seen?: Set<string>) {
  const theirs = { valid: ajvStructure(doc), errors: (ajvStructure.errors ?? null) as SchemaError[] | null };
  const mine = { valid: ours(doc), errors: ours.errors ?? null };
  theirs.errors?.forEach((error) => seen?.add(error.keyword));
  return { theirs, mine };
}

const messages = (doc: unknown, errors: SchemaError[] | null) => explainErrors(doc, errors).map(({ message, pointer }) => ({ message, pointer }));

describe('the structure validator gives ajv’s answer', () => {
  it('for every real pathway and fixture as it is', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const doc of corpus) {
      const { theirs, mine } = answers(doc);
      expect(mine).toEqual(theirs);
    }
    // The real pathways are valid, so many mutations below start from valid documents.
    expect(corpusFiles.filter((file, i) => file.startsWith('pathways/') && !ajvStructure(corpus[i]))).toEqual([]);
  });

  it('for mutated pathways: the same verdict, the same errors in order, the same explanations', () => {
    const seen = new Set<string>();
    let invalid = 0;
    let runs = 0;
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        runs++;
        const { theirs, mine } = answers(doc, seen);
        expect(mine).toEqual(theirs);
        if (!theirs.valid) {
          invalid++;
          const explained = messages(doc, mine.errors);
          expect(explained).toEqual(messages(doc, theirs.errors));
          expect(explained.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
    // The mutations reach the common kinds of error (the rare ones are made on purpose below),
    // and some documents survive them valid.
    expect([...seen]).toEqual(expect.arrayContaining(['anyOf', 'enum', 'maximum', 'minItems', 'minimum', 'required', 'type']));
    expect(invalid).toBeGreaterThan(runs / 2);
    expect(invalid).toBeLessThan(runs);
  });

  // Every kind of error ajv gives for this schema, made on purpose, with the edge cases of
  // ajv's type tests (integers, non-finite numbers, undefined) and of its schema paths.
  const edits: [file: string, pointer: string, value: unknown][] = [
    ['packages/core/fixtures/shapes/change-over-time.json', '/stages/1/gates/0/condition/atLeast', 0],
    ['packages/core/fixtures/shapes/change-over-time.json', '/stages/1/gates/0/condition/atLeast', -2],
    ['packages/core/fixtures/shapes/change-over-time.json', '/stages/1/gates/0/condition', { answr: 'q1' }],
    ['packages/core/fixtures/shapes/change-over-time.json', '/stages/1/gates/0/condition', {}],
    ['packages/core/fixtures/shapes/change-over-time.json', '/stages/1/gates/0/condition', { all: [] }],
    ['packages/core/fixtures/shapes/change-over-time.json', '/stages/1/gates/0/condition', { not: { any: [{ cohort: 3 }] } }],
    ['pathways/wigan.json', '/measures/0/decimals', 0.5],
    ['pathways/wigan.json', '/measures/0/decimals', 4],
    ['pathways/wigan.json', '/measures/0/decimals', -1],
    ['pathways/wigan.json', '/measures/0/decimals', Number.POSITIVE_INFINITY],
    ['pathways/wigan.json', '/measures/0/decimals', Number.NaN],
    ['pathways/wigan.json', '/measures/0/decimals', '1'],
    ['pathways/wigan.json', '/stages/0/questions/0/type', 'choice'],
    ['pathways/wigan.json', '/stages/0/questions/0/type', 'chioce'],
    ['pathways/wigan.json', '/stages/0/questions/0/options', [{ value: 'a' }]],
    ['pathways/wigan.json', '/stages/0/questions/0/expect', [true]],
    ['pathways/wigan.json', '/stages', []],
    ['pathways/wigan.json', '/title', undefined],
    ['pathways/wigan.json', '/$schema', 5],
    ['pathways/wigan.json', '', []],
    ['pathways/wigan.json', '', null],
  ];

  /** A corpus document with the value at `pointer` (no escapes) replaced. */
  const edit = (file: string, pointer: string, value: unknown): unknown => {
    const doc = structuredClone(corpus[corpusFiles.indexOf(file)]);
    const keys = pointer.split('/').slice(1);
    if (keys.length === 0) return value;
    (at(doc, keys.slice(0, -1)) as Record<string, unknown>)[keys[keys.length - 1]] = value;
    return doc;
  };

  it.each(edits)('for %s with %s set to %o', (file, pointer, value) => {
    const edited = edit(file, pointer, value);
    const { theirs, mine } = answers(edited);
    expect(theirs.valid).toBe(false);
    expect(mine).toEqual(theirs);
    expect(messages(edited, mine.errors)).toEqual(messages(edited, theirs.errors));
  });

  it('reaches every kind of error ajv gives for this schema', () => {
    const seen = new Set<string>();
    for (const doc of corpus) answers(doc, seen);
    for (const [file, pointer, value] of edits) answers(edit(file, pointer, value), seen);
    expect([...seen].sort()).toEqual(['anyOf', 'enum', 'exclusiveMinimum', 'if', 'maximum', 'minItems', 'minimum', 'required', 'type']);
  });

  it('for any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => {
        const { theirs, mine } = answers(doc);
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('is the one the package exports, with ajv’s contract (errors null when valid)', () => {
    const valid = corpus[corpusFiles.indexOf('pathways/wigan.json')];
    expect(validatePathwayStructure(valid)).toBe(true);
    expect(validatePathwayStructure.errors).toBeNull();
    expect(validatePathwayStructure({ ...(valid as object), stages: [] })).toBe(false);
    expect(validatePathwayStructure.errors).toEqual([
      { instancePath: '/stages', schemaPath: '#/properties/stages/minItems', keyword: 'minItems', params: { limit: 1 } },
    ]);
  });
});

// The pathway schema cannot show every rule of ajv's the interpreter copies (where a type error
// falls among other errors, `$ref` beside other keywords, integers with limits, several types):
// small schemas that can, against ajv with the same error options.
describe('the interpreter follows ajv’s rules beyond the pathway schema', () => {
  const schemas: Record<string, StructureSchema> = {
    'a type error after the errors of untyped keywords': {
      type: 'object',
      anyOf: [{ type: 'string' }, { type: 'array', minItems: 2 }],
      required: ['a'],
      properties: { a: { const: 1 } },
    },
    'a type without keywords of its kind, checked first': { type: 'string', enum: ['a', 'b'], allOf: [{ const: 'a' }] },
    '$ref beside other keywords, integers and several types': {
      $defs: { N: { type: 'number', maximum: 3 } },
      type: 'object',
      allOf: [{ $ref: '#/$defs/N' }],
      properties: {
        a: { $ref: '#/$defs/N', minimum: 1 },
        b: { type: 'integer', minimum: 1, exclusiveMaximum: 10, exclusiveMinimum: 0 },
        c: { type: ['string', 'null'] },
        d: { type: 'array', minItems: 1, maxItems: 2, items: { enum: ['x', 1, null] } },
        'with space$': { type: 'boolean' },
      },
    },
    'if and then with limits': {
      allOf: [{ if: { type: 'number' }, then: { minimum: 5 } }, { if: { required: ['a'] }, then: { required: ['b'] } }],
    },
  };
  // pathwayAjv's options, less strict mode's refusal of these deliberately odd schemas.
  const ajv = new Ajv2020({ allErrors: true, strict: false, strictNumbers: true, messages: false, inlineRefs: false });
  const value: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom<unknown>(0, 0.5, 1, 3, 4, 5, 10, -1, Number.NaN, Number.POSITIVE_INFINITY, 'a', 'b', 'x', true, null, [], ['x'], [1, 2, 3], undefined),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const data = fc.oneof(value, fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'with space$'), value, { maxKeys: 5 }), fc.array(value, { maxLength: 3 }));

  it.each(Object.entries(schemas))('%s', (_name, schema) => {
    const theirs = ajv.compile(schema);
    const mine = structureValidator(schema);
    fc.assert(
      fc.property(data, (doc) => {
        expect({ valid: mine(doc), errors: mine.errors }).toEqual({ valid: theirs(doc), errors: theirs.errors ?? null });
      }),
      { numRuns: 400 },
    );
  });
});

describe('checkInterpretable', () => {
  const accepts = (schema: Record<string, unknown>) => () => checkInterpretable(schema);

  it('accepts the trimmed pathway schema', () => {
    const { $schema: _s, $id: _i, ...schema } = trimmed;
    expect(accepts(schema)).not.toThrow();
  });

  it('refuses what the interpreter would get wrong', () => {
    expect(accepts({ type: 'string', minLength: 1 })).toThrow(/"minLength" is not interpreted/);
    expect(accepts({ properties: { a: { oneOf: [] } } })).toThrow(/#\/properties\/a: "oneOf"/);
    expect(accepts({ $ref: '#/$defs/Missing', $defs: {} })).toThrow(/\$ref/);
    expect(accepts({ enum: [{ a: 1 }] })).toThrow(/enum/);
    expect(accepts({ if: { required: ['a'] } })).toThrow(/"if" without "then"/);
    expect(accepts({ properties: { 'a/b': { type: 'string' } } })).toThrow(/property name/);
    expect(accepts({ items: true } as Record<string, unknown>)).toThrow(/only object schemas/);
  });
});
