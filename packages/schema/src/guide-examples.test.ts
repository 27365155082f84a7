/**
 * The format guide (schemas/README.md) is what council authors read and copy from, so every
 * example in it must be valid where it stands: a whole object valid as the pathway or as one of
 * the schema's definitions, or a fragment (`"routes": [ … ]`, a few of a pathway's properties)
 * each of whose properties is valid as that property of the pathway or of some definition.
 * A line holding only "…" marks an elision and is left out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';

const guide = readFileSync(new URL('../../../schemas/README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../../schemas/pathway.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, unknown>;
  $defs: Record<string, { properties?: Record<string, unknown> }>;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(schema, 'pathway');
const validatorAt = (pointer: string) => {
  const validate = ajv.getSchema(`pathway#${pointer}`);
  if (!validate) throw new Error(`The schema has nothing at ${pointer}`);
  return validate;
};

/** The pathway and each definition, by the pointer to it. */
const wholes = ['', ...Object.keys(schema.$defs).map((name) => `/$defs/${name}`)];
/** For each property name, the pointers to that property in the pathway and every definition that has it. */
const propertyPointers = new Map<string, string[]>();
const addProperties = (at: string, properties: Record<string, unknown> | undefined) => {
  for (const key of Object.keys(properties ?? {})) propertyPointers.set(key, [...(propertyPointers.get(key) ?? []), `${at}/properties/${key}`]);
};
addProperties('', schema.properties);
for (const [name, definition] of Object.entries(schema.$defs)) addProperties(`/$defs/${name}`, definition.properties);

interface Example {
  line: number;
  text: string;
}

const examples: Example[] = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => ({
  line: guide.slice(0, match.index).split('\n').length,
  text: match[1],
}));

function parseExample(text: string): unknown {
  const withoutElisions = text
    .split('\n')
    .filter((line) => !/^\s*…,?\s*$/.test(line))
    .join('\n');
  try {
    return JSON.parse(withoutElisions);
  } catch {
    // A fragment: one or more `"property": value` pairs.
    return JSON.parse(`{${withoutElisions}}`);
  }
}

/** Why the example is not valid where it stands, or undefined when it is. */
function problemsWith(value: unknown): string | undefined {
  if (wholes.some((pointer) => validatorAt(pointer)(value))) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is valid as no definition of the schema';
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const pointers = propertyPointers.get(key) ?? [];
    if (pointers.length === 0) {
      problems.push(`"${key}" is not a property of anything in the schema`);
      continue;
    }
    const errors: string[] = [];
    const fits = pointers.some((pointer) => {
      const validate = validatorAt(pointer);
      if (validate(child)) return true;
      errors.push(`as ${pointer}: ${ajv.errorsText(validate.errors)}`);
      return false;
    });
    if (!fits) problems.push(`"${key}" is valid nowhere it may appear (${errors.join('; ')})`);
  }
  return problems.length === 0 ? undefined : problems.join('\n');
}

describe('the format guide’s examples', () => {
  it('are there to check', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples)('the example at schemas/README.md line $line is JSON and valid where it stands', ({ text }) => {
    expect(problemsWith(parseExample(text))).toBeUndefined();
  });

  it('catches an example that the schema would refuse', () => {
    expect(problemsWith(parseExample('{ "id": "a", "title": "A", "kind": "percentage" }'))).toBeDefined();
    expect(problemsWith(parseExample('"routes": [{ "id": "r", "titel": "Route" }]'))).toBeDefined();
    expect(problemsWith(parseExample('"stages": [], "colour": "red"'))).toMatch(/"colour" is not a property/);
  });
});
