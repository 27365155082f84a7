/**
 * Turns the validator's raw errors into problems a policy officer can act on:
 * `Stage "Tier 2" › Question "Has…" › answer type: must be one of "yesNo", "yesNoNa", …`.
 *
 * ajv reports every branch of an `anyOf` that failed, so one mistyped rule yields dozens of
 * errors. Each error is checked against the schema that really applies at its place (for a
 * Condition, the branch whose key the author wrote); errors from branches the author did not
 * mean are dropped, the rest are said once each, in document order.
 */
import type { SchemaError, CompiledValidator } from './generated/validate.js';
import type { Problem } from './problem.js';
import {
  describeLocation,
  entityTitle,
  itemLabel,
  lowerTitle,
  resolveSchema,
  schemaAt,
  sortByDocumentOrder,
  walkPointer,
  type SchemaNode,
  type SchemaStep,
} from './describe-location.js';
import { childPointer, pointerSegments } from './json-pointer.js';
import { enumLabel } from './enum-labels.js';

/** An error with the schema that applies at its place, ready to be put in words. */
interface Located {
  error: SchemaError;
  pointer: string;
  step: SchemaStep | undefined;
  value: unknown;
}

/** Explains every validation error in plain English, naming each place as the author calls it. */
export function explainErrors(doc: unknown, errors: readonly SchemaError[] | null | undefined): Problem[] {
  if (!errors || errors.length === 0) return [];
  // ajv reports a broken rule once per union branch, all at one place: find each place once.
  const places = new Map<string, Pick<Located, 'step' | 'value'>>();
  const located = errors.map((error) => locate(doc, error, places));
  const unrecognisedRules = new Set(located.filter((item) => item.step?.unmatchedUnion).map((item) => item.pointer));
  let problems = explainLocated(doc, located.filter((item) => isMeant(item, unrecognisedRules)));
  // Never lose a failure: if every error looked like noise, say what ajv said rather than nothing.
  if (problems.length === 0) problems = explainLocated(doc, located.filter((item) => item.error.keyword !== 'if'));
  if (problems.length === 0) {
    problems = located.map(({ pointer }) => makeProblem(doc, 'schema.invalid', pointer, 'does not fit the pathway format'));
  }
  return sortByDocumentOrder(doc, dedupe(problems));
}

/**
 * Validates a document with the validator given (`validatePathway` or
 * `validatePathwayStructure`) and explains what is wrong; an empty list means it is valid.
 * The validator is not defaulted, so that importing this module never pulls the full
 * validator into a browser bundle that only needs the structural one.
 */
export function validateAndExplain(doc: unknown, validate: CompiledValidator): Problem[] {
  return validate(doc) ? [] : explainErrors(doc, validate.errors);
}

function locate(doc: unknown, error: SchemaError, places: Map<string, Pick<Located, 'step' | 'value'>>): Located {
  const pointer = error.instancePath ?? '';
  let place = places.get(pointer);
  if (!place) {
    const steps = walkPointer(doc, pointer);
    const last = steps[steps.length - 1];
    place = steps.length === 0 ? { step: schemaAt(doc, ''), value: doc } : { step: last.step, value: last.value };
    places.set(pointer, place);
  }
  return { error, pointer, ...place };
}

// ---------------------------------------------------------------------------------------
// Which errors the author meant

/** Keeps the errors that belong to the schema really in force at their place. */
function isMeant(item: Located, unrecognisedRules: ReadonlySet<string>): boolean {
  const { error, step, pointer } = item;
  if (error.keyword === 'if') return false;
  // Below a rule nobody recognises, everything is noise: the rule itself is the problem.
  if (isBelowAny(pointer, unrecognisedRules)) return false;
  if (!step) return false;
  if (step.unmatchedUnion) return true;
  const schema = step.schema;
  const params = error.params ?? {};
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      if (/\/then\/required$/.test(error.schemaPath)) return thenRequired(schema).includes(missing);
      if (/anyOf\/\d+\/required$/.test(error.schemaPath)) {
        const names = oneOfRequired(schema);
        return names.includes(missing) && lacksAllOf(item.value, names);
      }
      return (schema.required ?? []).includes(missing);
    }
    case 'additionalProperties':
      return schema.additionalProperties === false && !(String(params.additionalProperty) in (schema.properties ?? {}));
    case 'type':
      return schema.type !== undefined && String(schema.type) === String(params.type);
    case 'enum':
      return Array.isArray(schema.enum);
    case 'const':
      return 'const' in schema;
    case 'anyOf':
      return lacksAllOf(item.value, oneOfRequired(schema));
    default:
      return error.keyword in schema;
  }
}

function isBelowAny(pointer: string, ancestors: ReadonlySet<string>): boolean {
  for (let end = pointer.lastIndexOf('/'); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
    if (ancestors.has(pointer.slice(0, end))) return true;
  }
  return ancestors.has('') && pointer !== '';
}

/** The properties of a "needs one of these" check (`anyOf: [{required: [a]}, {required: [b]}]`). */
function oneOfRequired(schema: SchemaNode): string[] {
  const branches = schema.anyOf ?? [];
  if (branches.length === 0 || !branches.every((b) => Array.isArray(b.required) && !b.$ref)) return [];
  return branches.flatMap((b) => b.required ?? []);
}

/**
 * True when an object has none of the names. A union (Condition) reports its own failure as
 * `anyOf` too, with the same schema path as a branch's "needs one of": only the data tells them apart.
 */
function lacksAllOf(value: unknown, names: readonly string[]): boolean {
  return names.length > 0 && typeof value === 'object' && value !== null && names.every((name) => !(name in value));
}

function thenRequired(schema: SchemaNode): string[] {
  return (schema.allOf ?? []).flatMap((part) => part.then?.required ?? []);
}

// ---------------------------------------------------------------------------------------
// Putting it in words

function explainLocated(doc: unknown, items: readonly Located[]): Problem[] {
  const problems: Problem[] = [];
  const saidOneOf = new Set<string>();
  for (const item of items) {
    const { error, pointer, step } = item;
    if (step?.unmatchedUnion) {
      if (saidOneOf.has(pointer)) continue;
      saidOneOf.add(pointer);
      problems.push(makeProblem(doc, 'schema.anyOf', pointer, unrecognisedRule(step.unmatchedUnion, item.value)));
      continue;
    }
    const isOneOfRequired = error.keyword === 'anyOf' || (error.keyword === 'required' && /anyOf\/\d+\/required$/.test(error.schemaPath));
    if (isOneOfRequired) {
      if (saidOneOf.has(pointer)) continue;
      const names = step ? oneOfRequired(step.schema) : [];
      if (names.length === 0 || !lacksAllOf(item.value, names)) {
        if (items.some((other) => other !== item && other.pointer === pointer)) continue;
        problems.push(makeProblem(doc, 'schema.anyOf', pointer, 'does not match any of the allowed forms'));
        continue;
      }
      saidOneOf.add(pointer);
      // "above": 95 is the bound, misnamed: the problem about that word says so.
      if (hasBoundWord(item.value, names)) continue;
      problems.push(makeProblem(doc, 'schema.anyOf', pointer, needsOneOf(step!.schema, names)));
      continue;
    }
    // An unknown property is pointed at directly, so the editor can select it; it is named from its object.
    const target = error.keyword === 'additionalProperties' ? childPointer(pointer, String(error.params?.additionalProperty)) : pointer;
    problems.push(makeProblem(doc, `schema.${error.keyword}`, target, detailFor(item), pointer));
  }
  return problems;
}

function makeProblem(doc: unknown, code: string, pointer: string, detail: string, wherePointer = pointer): Problem {
  const where = describeLocation(doc, wherePointer);
  return { severity: 'error', code, where, detail, message: where ? `${where}: ${detail}` : detail, pointer };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function detailFor({ error, step, value, pointer }: Located): string {
  const params = error.params ?? {};
  const schema = step?.schema ?? {};
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const title = propertyTitle(schema, missing);
      const named = title ? `"${missing}" (${title})` : `"${missing}"`;
      if (/\/then\/required$/.test(error.schemaPath)) return `needs ${named} ${becauseOf(schema, missing, step?.def)}`.trimEnd();
      return `${named} is missing${trueOrFalse(schema, missing, value, pointer)}`;
    }
    case 'type':
      if (pointer === '') return `the pathway must be ${typeName(params.type)}, not ${valueName(value, params.type)}`;
      return `must be ${typeName(params.type)}, not ${valueName(value, params.type)}${writtenAsText(value, params.type)}`;
    case 'enum':
      return mustBeOneOf(Array.isArray(params.allowedValues) ? params.allowedValues : (schema.enum ?? []), value);
    case 'const':
      return `must be ${quote(params.allowedValue ?? schema.const)}`;
    case 'minItems': {
      const limit = Number(params.limit);
      // A list of things chosen (a stage's earlier stages) by what it holds, as the form's checkboxes are.
      const kinds = referenceKinds(schema);
      if (kinds !== undefined) return `choose at least ${countWord(limit)} ${plural(joinOr(kinds.map(entityTitle)), limit)}`;
      return `needs at least ${countWord(limit)} ${plural(itemNoun(schema, pointer), limit)}`;
    }
    case 'maxItems':
      return `can have at most ${Number(params.limit)} items`;
    case 'minLength':
      return Number(params.limit) <= 1 ? 'must not be empty' : `must be at least ${Number(params.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${Number(params.limit)} characters long (it has ${typeof value === 'string' ? Array.from(value).length : '?'})`;
    case 'pattern':
      return patternDetail(step, value, pointer);
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const bound = boundWritten(schema, value, extra);
      if (bound !== undefined) return `"${extra}" is not part of the format: ${bound}`;
      const suggestion = closest(extra, Object.keys(schema.properties ?? {}));
      return `"${extra}" is not part of the format${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    }
    case 'minimum':
      return `must be ${params.limit} or more`;
    case 'maximum':
      return `must be ${params.limit} or less`;
    case 'exclusiveMinimum':
      return `must be more than ${params.limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${params.limit}`;
    case 'minProperties':
      return `needs at least one of ${joinOr(Object.keys(schema.properties ?? {}).map((key) => `"${key}"`))}`;
    case 'uniqueItems':
      return 'must not list the same thing twice';
    case 'multipleOf':
      return `must be a multiple of ${params.multipleOf}`;
    default:
      return 'does not fit the pathway format';
  }
}

const unionKeys = (union: SchemaNode): string[] =>
  (union.anyOf ?? []).map((branch) => {
    const name = (branch.$ref ?? '').replace('#/$defs/', '');
    const target = resolveSchema({ $ref: `#/$defs/${name}` }, undefined);
    return target?.schema.required?.[0] ?? name;
  });

function unrecognisedRule(union: SchemaNode, value: unknown): string {
  const keys = unionKeys(union);
  const written = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  const suggestion = written.map((key) => closest(key, keys)).find((match) => match !== undefined);
  return `is not a recognised rule: use one of ${joinOr(keys)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
}

/**
 * Said for a required-one-of check, in the words of the form's labels: "give an amount, or
 * choose a length from answer"; "choose a stage, a referral or a contact". A thing named by id
 * is chosen, a length of time is given for its label, anything else is given.
 */
function needsOneOf(schema: SchemaNode, names: string[]): string {
  const unique = [...new Set(names)];
  if ([...unique].sort().join('|') === 'lower|upper') return 'needs a lower or an upper bound';
  const parts = unique.map((name) => {
    const title = propertyTitle(schema, name) ?? name;
    if (referenceKinds(schema.properties?.[name]) !== undefined) return { verb: 'choose', words: withArticle(lowerTitle(title)) };
    const property = schema.properties?.[name];
    if (property?.$ref === '#/$defs/Duration') return { verb: 'give a length of time for', words: `"${title}"` };
    return { verb: 'give', words: withArticle(lowerTitle(title)) };
  });
  // "give an amount, or choose …": each verb once, before the words that share it.
  const groups: { verb: string; words: string[] }[] = [];
  for (const part of parts) {
    const last = groups[groups.length - 1];
    if (last?.verb === part.verb) last.words.push(part.words);
    else groups.push({ verb: part.verb, words: [part.words] });
  }
  if (groups.length === 1) return `${groups[0].verb} ${joinOr(groups[0].words)}`;
  return groups.map((group) => `${group.verb} ${joinOr(group.words)}`).join(', or ');
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The kinds of thing a property names by id (the schema's `x-refers-to`, for a reference or a list of them); undefined for anything else. */
function referenceKinds(property: SchemaNode | undefined): readonly string[] | undefined {
  const kinds = property?.['x-refers-to'] ?? property?.items?.['x-refers-to'];
  if (kinds === undefined) return undefined;
  return Array.isArray(kinds) ? kinds.map(String) : [String(kinds)];
}

/**
 * `because its answer type is "choice" (One of a list)`, from the `if` of the conditional
 * requirement: the value as the file spells it, and as the designer's list names it.
 */
function becauseOf(schema: SchemaNode, missing: string, definition: string | undefined): string {
  for (const part of schema.allOf ?? []) {
    if (!part.then?.required?.includes(missing)) continue;
    const [key, condition] = Object.entries(part.if?.properties ?? {})[0] ?? [];
    if (!key || !condition || !('const' in condition)) continue;
    const title = propertyTitle(schema, key);
    const label = definition !== undefined && typeof condition.const === 'string' ? enumLabel(`${definition}.${key}`, condition.const) : undefined;
    return `because its ${title ? lowerTitle(title) : `"${key}"`} is ${quote(condition.const)}${label ? ` (${label})` : ''}`;
  }
  return '';
}

/**
 * For a missing true-or-false setting, what to write: `: write "required": true or false`. For
 * a bound's "inclusive", what each means at this bound: `: write true if the band includes 90
 * itself ("90 and under"), or false if it does not ("below 90")`.
 */
function trueOrFalse(schema: SchemaNode, key: string, value: unknown, pointer: string): string {
  const property = schema.properties?.[key];
  if (property === undefined || resolveSchema(property, undefined)?.schema.type !== 'boolean') return '';
  const end = /\/(upper|lower)$/.exec(pointer)?.[1];
  const figure = typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'number' ? (value as { value: number }).value : undefined;
  if (key === 'inclusive' && end !== undefined) {
    const range = /\/(bands|classifications)\/\d+\/(upper|lower)$/.test(pointer) ? 'the band' : 'the range';
    if (figure === undefined) return `: write true if ${range} includes the value itself, or false if it does not`;
    const [yes, no] = end === 'upper' ? [`${figure} and under`, `below ${figure}`] : [`${figure} and over`, `above ${figure}`];
    return `: write true if ${range} includes ${figure} itself ("${yes}"), or false if it does not ("${no}")`;
  }
  return `: write "${key}": true or false`;
}

/**
 * A number or true-or-false written in quotes, as the file means it: `"90%"` is 90, `"true"` is
 * true. Only where the text is plainly that (a percent sign and spaces aside): `: write 90, without quotes`.
 */
function writtenAsText(value: unknown, expected: unknown): string {
  if (typeof value !== 'string') return '';
  const types = Array.isArray(expected) ? expected.map(String) : String(expected).split(',');
  const text = value.trim();
  if (types.includes('boolean') && /^(true|false)$/i.test(text)) return `: write ${text.toLowerCase()}, without quotes`;
  if (!types.includes('number') && !types.includes('integer')) return '';
  const figure = text.replace(/\s*%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(figure)) return '';
  const number = Number(figure);
  if (types.includes('integer') && !types.includes('number') && !Number.isInteger(number)) return '';
  return `: write ${number}, without quotes${figure !== text ? ' or "%"' : ''}`;
}

function propertyTitle(schema: SchemaNode, key: string): string | undefined {
  const property = schema.properties?.[key];
  return property ? resolveSchema(property, undefined)?.title : undefined;
}

function patternDetail(step: SchemaStep | undefined, value: unknown, pointer: string): string {
  if (step?.def === 'Id') {
    // An empty reference (a new rule's question not yet chosen): say what to choose. A thing's own
    // short name ("id") and an option's value are written, not chosen.
    const key = pointerSegments(pointer).pop() ?? '';
    if (value === '' && step.title && !/^(id|value|\d+)$/.test(key)) {
      const what = lowerTitle(step.title);
      return `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} must be chosen`;
    }
    return `${quote(value)} can only contain letters, digits, hyphens, underscores and full stops, and must start with a letter or digit`;
  }
  if (step?.def === 'Date') return 'must be a date written as YYYY-MM-DD';
  return `${quote(value)} is not written in the expected form`;
}

function mustBeOneOf(allowed: readonly unknown[], value: unknown): string {
  const listed = `must be one of ${joinOr(allowed.map(quote))}`;
  const texts = allowed.filter((a): a is string => typeof a === 'string');
  // 1.1 written as a number: JSON reads it as 1.1, not "1.1" (and 1.0 as 1), so say to quote it.
  const unquoted = typeof value === 'number' || typeof value === 'boolean' ? texts.find((a) => a === String(value) || Number(a) === value) : undefined;
  if (unquoted !== undefined) return `${listed}; put it in quotes: "${unquoted}"`;
  const meant = choicesMeant(value, texts);
  if (meant === 'fortnight') return `${listed}; a fortnight is 2 weeks: write "unit": "weeks" with the amount doubled (2 for every fortnight)`;
  return meant.length > 0 ? `${listed}; did you mean ${joinOr(meant.map(quote))}?` : listed;
}

/**
 * A value that is not one of the choices, in a form's words: the choices named by their labels
 * (`labelOf`), as the form lists them, not as the file spells them. The value written stays in
 * quotes as written, since that is how the form's list shows it.
 */
export function explainChoice(allowed: readonly string[], value: unknown, labelOf: (choice: string) => string): string {
  const said = `${quote(value)} is not one of the choices`;
  const meant = choicesMeant(value, allowed);
  if (meant === 'fortnight') return `${said}: a fortnight is 2 weeks, so choose ${quote(labelOf('weeks'))} with the amount doubled (2 for every fortnight)`;
  if (meant.length > 0) return `${said}; did you mean ${joinOr(meant.map((choice) => quote(labelOf(choice))))}?`;
  // A long list is in the form already (a select): naming its every choice again would bury the point.
  return allowed.length <= 6 ? `${said}: choose ${joinOr(allowed.map((choice) => quote(labelOf(choice))))}` : `${said}: choose one from the list`;
}

/** The choices a wrong value most likely meant: one close in spelling, else those its word names; "fortnight" for a fortnight. */
function choicesMeant(value: unknown, allowed: readonly string[]): string[] | 'fortnight' {
  if (typeof value !== 'string') return [];
  const suggestion = closest(value, allowed);
  if (suggestion) return [suggestion];
  if (/^fortnight(s|ly)?$/i.test(value.trim()) && allowed.includes('weeks')) return 'fortnight';
  return valuesNamedBy(value, allowed);
}

/** How often, as the unit it counts in: "daily" is days. */
const frequencyWords: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', termly: 'term', yearly: 'year', annually: 'year' };

/** A word in the singular, lower case: "Sessions" → "session". */
function stem(word: string): string {
  const lower = word.toLowerCase();
  return frequencyWords[lower] ?? lower.replace(/s$/, '');
}

/**
 * The allowed values a word names, at most two, when no spelling is near: the value that is
 * the word ("daily" → "days"), else those with it as one of their words ("sessions" →
 * "sessionCount", "percentage" → "attendancePercentage" or "absencePercentage").
 */
function valuesNamedBy(value: string, allowed: readonly string[]): string[] {
  const word = stem(value.trim());
  if (!/^[a-z]{3,}$/.test(word)) return [];
  const words = (text: string) => text.split(/(?=[A-Z])|[-_\s]+/).filter(Boolean).map(stem);
  const exact = allowed.filter((text) => words(text).join(' ') === word);
  if (exact.length > 0) return exact.slice(0, 2);
  const containing = allowed.filter((text) => words(text).includes(word));
  return containing.length <= 2 ? containing : [];
}

/** Words authors write for a bound, as the bound they mean. */
const boundWords: Record<string, { side: 'lower' | 'upper'; inclusive: boolean }> = {
  above: { side: 'lower', inclusive: false },
  over: { side: 'lower', inclusive: false },
  moreThan: { side: 'lower', inclusive: false },
  greaterThan: { side: 'lower', inclusive: false },
  below: { side: 'upper', inclusive: false },
  under: { side: 'upper', inclusive: false },
  lessThan: { side: 'upper', inclusive: false },
  min: { side: 'lower', inclusive: true },
  minimum: { side: 'lower', inclusive: true },
  atLeast: { side: 'lower', inclusive: true },
  max: { side: 'upper', inclusive: true },
  maximum: { side: 'upper', inclusive: true },
  atMost: { side: 'upper', inclusive: true },
};

/** True when an object with neither bound has a word for one ("above"). */
function hasBoundWord(value: unknown, names: readonly string[]): boolean {
  if ([...new Set(names)].sort().join('|') !== 'lower|upper' || typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((key) => Object.hasOwn(boundWords, key));
}

/** For a word meaning a bound where the format has `lower` and `upper`: the bound to write. */
function boundWritten(schema: SchemaNode, value: unknown, extra: string): string | undefined {
  const meant = Object.hasOwn(boundWords, extra) ? boundWords[extra] : undefined;
  if (meant === undefined || !schema.properties?.lower || !schema.properties?.upper) return undefined;
  const written = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[extra] : undefined;
  const figure = typeof written === 'number' ? String(written) : '…';
  const said = meant.inclusive
    ? `${figure} or ${meant.side === 'lower' ? 'more' : 'less'}`
    : `${meant.side === 'lower' ? 'above' : 'below'} ${figure}, not ${figure} itself`;
  return `write "${meant.side}": { "value": ${figure}, "inclusive": ${meant.inclusive} } (${said})`;
}

/** The noun for a list's items in "needs at least one …". */
function itemNoun(schema: SchemaNode, pointer: string): string {
  const itemStep = schema.items ? resolveSchema(schema.items, undefined) : undefined;
  const collectionKey = pointerSegments(pointer).pop();
  if (itemStep?.def === 'AnswerValue') return 'answer';
  if (itemStep?.def === 'Id') return 'id';
  const label = itemLabel(itemStep, collectionKey);
  return label ? label.toLowerCase() : 'item';
}

// ---------------------------------------------------------------------------------------
// Words

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object in { }',
  array: 'a list in [ ]',
  null: 'null',
};

function typeName(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return joinOr(types.map((t) => typeNames[String(t)] ?? String(t)));
}

function valueName(value: unknown, expected: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return String(expected) === 'integer' && !Number.isInteger(value) ? String(value) : 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countWord(n: number): string {
  return numberWords[n] ?? String(n);
}

function plural(noun: string, n: number): string {
  if (n === 1 || noun === 'duties') return noun;
  return /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/** The closest name within a small edit distance (case differences count as close), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === word.toLowerCase() ? 0.5 : editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
