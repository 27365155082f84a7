/**
 * Names a place in a pathway the way its author thinks of it:
 * `/stages/1/questions/0/type` becomes `Stage "Tier 2" › Question "Has good attendance…" › answer type`.
 *
 * The schema is walked alongside the document, so every property is named by its schema
 * `title` and every item of a collection by its kind and its own title. Works on broken
 * documents too (missing titles, wrong types, unknown properties) and never throws.
 */
// The schema minus its descriptions (generated): titles are all this needs, and the widget ships it.
import schemaJson from './generated/schema-outline.json' with { type: 'json' };
import { childPointer, pointerSegments } from './json-pointer.js';

/** The parts of a JSON Schema node this package reads. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  additionalProperties?: boolean;
  [keyword: string]: unknown;
}

/** Where the walk stands: the schema that applies to a value, and the `$defs` entry it came from. */
export interface SchemaStep {
  /** The schema that applies, with the branch of a union (a Condition) chosen where one matches. */
  schema: SchemaNode;
  /** The `$defs` name reached through `$ref`, e.g. "Condition" (also when a branch was chosen), "Id". */
  def?: string;
  /** The branch's own `$defs` name when a union was resolved, e.g. "AnswerCondition". */
  branch?: string;
  /** The title the author sees: the property's own title, else its definition's. */
  title?: string;
  /** Set when the value is a union (a Condition) and no branch's required key is present. */
  unmatchedUnion?: SchemaNode;
}

const rootSchema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defName(ref: string): string | undefined {
  return ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
}

/** A union is an `anyOf` whose branches are all references (Condition), as opposed to required-one-of checks. */
function unionBranches(schema: SchemaNode): SchemaNode[] | undefined {
  const branches = schema.anyOf;
  if (!branches || branches.length === 0) return undefined;
  return branches.every((b) => typeof b.$ref === 'string') ? branches : undefined;
}

/** Follows `$ref`s (keeping the first title met) and picks a union's branch by the keys the value has. */
export function resolveSchema(node: SchemaNode | undefined, value: unknown): SchemaStep | undefined {
  if (!node) return undefined;
  let schema = node;
  let title = node.title;
  let def: string | undefined;
  for (let hops = 0; typeof schema.$ref === 'string' && hops < 10; hops++) {
    const name = defName(schema.$ref);
    const target = name ? rootSchema.$defs[name] : undefined;
    if (!target) break;
    def = name;
    schema = target;
    title ??= target.title;
  }
  const branches = unionBranches(schema);
  if (!branches) return { schema, def, title };
  for (const branchRef of branches) {
    const branchName = defName(branchRef.$ref ?? '');
    const branch = branchName ? rootSchema.$defs[branchName] : undefined;
    if (!branch || !isRecord(value)) continue;
    const keys = branch.required ?? [];
    if (keys.length > 0 && keys.every((key) => key in value)) {
      return { schema: branch, def, branch: branchName, title };
    }
  }
  return { schema, def, title, unmatchedUnion: schema };
}

/** The schema step for one child (property or array item) of a value. */
export function childStep(parent: SchemaStep | undefined, key: string, childValue: unknown, parentValue: unknown): SchemaStep | undefined {
  if (!parent || parent.unmatchedUnion) return undefined;
  const { schema } = parent;
  if (Array.isArray(parentValue) || (schema.items && /^\d+$/.test(key))) {
    return schema.items ? resolveSchema(schema.items, childValue) : undefined;
  }
  const property = schema.properties?.[key];
  return property ? resolveSchema(property, childValue) : undefined;
}

/** The root step: the whole pathway. */
export function rootStep(): SchemaStep {
  return { schema: rootSchema, title: rootSchema.title };
}

/** One step of a walk down a pointer: the key taken, the value found (if any) and the schema there. */
export interface WalkStep {
  key: string;
  value: unknown;
  parentValue: unknown;
  step?: SchemaStep;
}

/** Walks a pointer through the document and the schema together. Stops describing values once they run out. */
export function walkPointer(doc: unknown, pointer: string): WalkStep[] {
  const steps: WalkStep[] = [];
  let value: unknown = doc;
  let step: SchemaStep | undefined = resolveSchema(rootSchema, doc) ?? rootStep();
  for (const key of pointerSegments(pointer)) {
    const childValue = Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[key] : undefined;
    const next = childStep(step, key, childValue, value);
    steps.push({ key, value: childValue, parentValue: value, step: next });
    value = childValue;
    step = next;
  }
  return steps;
}

/** The schema step at a pointer (the root step for ""). */
export function schemaAt(doc: unknown, pointer: string): SchemaStep | undefined {
  const steps = walkPointer(doc, pointer);
  return steps.length === 0 ? resolveSchema(rootSchema, doc) : steps[steps.length - 1].step;
}

// ---------------------------------------------------------------------------------------
// Naming

/**
 * What an item of a collection is called. Things with their own id read as proper nouns
 * (`Stage "Tier 2"`); their parts are lower case (`band "90% and under"`, `rule 2`).
 */
const itemLabels: Record<string, string> = {
  Stage: 'Stage',
  Question: 'Question',
  Gate: 'Gate',
  Route: 'Route',
  Referral: 'Referral',
  Exception: 'Exception',
  Measure: 'Measure',
  Role: 'Role',
  Contact: 'Contact',
  Cohort: 'Circumstance',
  Outcome: 'Outcome',
  Evidence: 'Evidence',
  TimeLimit: 'Time limit',
  ReferralField: 'Field',
  StatutoryReference: 'Statutory reference',
  Band: 'band',
  Condition: 'rule',
  Option: 'option',
  Action: 'action',
  ActionGroup: 'duties',
  Link: 'link',
};

/** Collections whose items read better by the collection's role than by their type. */
const itemLabelsByCollection: Record<string, string> = {
  classifications: 'Classification',
  sources: 'Source',
  resources: 'resource',
};

/** The fields, in order of preference, that carry an item's name. */
const nameFields = ['title', 'text', 'label', 'name', 'heading'] as const;

const maxNameLength = 60;

/** Shortens a name to about 60 characters, at a word boundary where there is one, ending in "…". */
export function shortName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxNameLength) return flat;
  const cut = flat.slice(0, maxNameLength);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace >= maxNameLength * 0.6 ? cut.slice(0, lastSpace) : cut;
  return base.replace(/[\s,;:.!?'"(-]+$/, '') + '…';
}

/** The item's own name (title, text, label, name or heading), shortened; undefined if it has none. */
export function itemName(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  for (const field of nameFields) {
    const value = item[field];
    if (typeof value === 'string' && value.trim()) return shortName(value);
  }
  return undefined;
}

/** Lower-cases the first letter of a title unless its first word is an acronym-like "DfE". */
export function lowerTitle(title: string): string {
  const firstWord = title.split(' ')[0];
  return /[A-Z]/.test(firstWord.slice(1)) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How an item of a collection is named: its kind label and its own name, or its position. */
export function itemLabel(step: SchemaStep | undefined, collectionKey: string | undefined): string | undefined {
  if (collectionKey && itemLabelsByCollection[collectionKey]) return itemLabelsByCollection[collectionKey];
  if (step?.def && itemLabels[step.def]) return itemLabels[step.def];
  const type = step?.schema.type;
  if (type === 'object' && step?.title) return lowerTitle(step.title);
  return undefined;
}

/** A kind of named thing in words, as its definition is titled (`x-entity`): "stage", "pupil circumstance". */
export function entityTitle(kind: string): string {
  const definition = Object.values(rootSchema.$defs).find((node) => node['x-entity'] === kind);
  return typeof definition?.title === 'string' ? lowerTitle(definition.title) : kind;
}

/**
 * Names the place a JSON pointer points to, as the author calls it, e.g.
 * `Stage "Tier 2" › Question "Has good attendance been discussed with the parent…" › answer type`.
 * The pathway itself is `` (empty). Never throws.
 */
export function describeLocation(doc: unknown, pointer: string): string {
  try {
    return describeSteps(walkPointer(doc, pointer));
  } catch {
    return pointer;
  }
}

function describeSteps(steps: WalkStep[]): string {
  const parts: string[] = [];
  steps.forEach(({ key, value, parentValue, step }, index) => {
    if (Array.isArray(parentValue) || /^\d+$/.test(key)) {
      const position = Number(key) + 1;
      const collectionKey = index > 0 ? steps[index - 1].key : undefined;
      const label = itemLabel(step, collectionKey);
      if (!label || !Number.isInteger(position)) {
        parts.push(Number.isInteger(position) ? `item ${position}` : `"${key}"`);
        return;
      }
      // `Stage "Tier 2" › Question "…"` reads without "reflective questions" in between;
      // lists of rules keep theirs (`all of › rule 2`), since "all of" is the meaning.
      if (step?.def !== 'Condition' && parts.length > 0 && index > 0) parts.pop();
      const name = itemName(value);
      // A published version is named by its number ("published version 1.0"), not its place in the list.
      const version = isRecord(value) && typeof value.version === 'string' && value.version.trim() ? shortName(value.version) : undefined;
      parts.push(name ? `${label} "${name}"` : version ? `${label} ${version}` : `${label} ${position}`);
      return;
    }
    parts.push(step?.title ? lowerTitle(step.title) : `"${key}"`);
  });
  return capitalise(parts.join(' › '));
}

// ---------------------------------------------------------------------------------------
// Document order

/**
 * Every pointer in the document, numbered in reading order (depth first, keys in the order
 * written), so problems can be listed from the top of the file to the bottom.
 */
export function documentOrder(doc: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (value: unknown, pointer: string) => {
    order.set(pointer, order.size);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (isRecord(value)) for (const [key, child] of Object.entries(value)) visit(child, childPointer(pointer, key));
  };
  visit(doc, '');
  return order;
}

/**
 * Sorts things with a `pointer` by where they are in the document. A pointer to something
 * absent (a missing property) sorts with its nearest existing ancestor. Stable.
 */
export function sortByDocumentOrder<T extends { pointer: string }>(doc: unknown, items: readonly T[]): T[] {
  const order = documentOrder(doc);
  const position = (pointer: string): number => {
    let p = pointer;
    while (p) {
      const found = order.get(p);
      if (found !== undefined) return found;
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return 0;
  };
  return items
    .map((item, index) => ({ item, index, at: position(item.pointer) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ item }) => item);
}
