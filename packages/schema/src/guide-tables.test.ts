/**
 * The format guide's property tables say which properties are lists. A guide-only author wrote
 * `"notes": "…"` because the Stages table said only "Anything else the school should know"; the
 * schema then refused it. Every row of a table of properties (`| Property | …`) that names only
 * properties the schema makes lists, wherever they appear, must say so: "a list" or `[]`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = readFileSync(new URL('../../../schemas/README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../../schemas/pathway.schema.json', import.meta.url), 'utf8')) as SchemaNode;

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  $defs?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

const isList = (node: SchemaNode) => [node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])].some((each) => each.type === 'array');

/**
 * Each property name, and whether it is a list everywhere the schema (and its inline objects) has
 * it. Rules (the *Condition definitions) are left out: their keys are the Conditions table's
 * words (`{ "evidence": "…" }` names one item), not properties of the tables checked here.
 */
function listsEverywhere(): Map<string, boolean> {
  const seen = new Map<string, boolean>();
  const walk = (node: SchemaNode) => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      seen.set(name, (seen.get(name) ?? true) && isList(property));
      walk(property);
    }
  };
  walk(schema);
  for (const [name, definition] of Object.entries(schema.$defs ?? {})) if (!name.endsWith('Condition')) walk(definition);
  return seen;
}

/** The rows of the guide's tables of properties, with the property names their first cell gives. */
function propertyRows(): { line: number; names: string[]; text: string }[] {
  const rows: { line: number; names: string[]; text: string }[] = [];
  let inPropertyTable = false;
  guide.split('\n').forEach((text, index) => {
    if (!text.startsWith('|')) return void (inPropertyTable = false);
    if (/^\| Property \|/.test(text)) return void (inPropertyTable = true);
    const first = text.split('|')[1] ?? '';
    const names = [...first.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    if (inPropertyTable && names.length > 0) rows.push({ line: index + 1, names, text });
  });
  return rows;
}

describe('the guide says which properties are lists', () => {
  const lists = listsEverywhere();

  it('finds the tables of properties, and lists among their rows', () => {
    const rows = propertyRows();
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter(({ names }) => names.every((name) => lists.get(name) === true)).length).toBeGreaterThan(10);
  });

  it.each(propertyRows().filter(({ names }) => names.every((name) => lists.get(name) === true)))(
    'schemas/README.md line $line ($names) says it is a list',
    ({ text }) => {
      expect(text).toMatch(/\blists?\b|\[\]/i);
    },
  );
});
