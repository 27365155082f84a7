/**
 * Where a problem is, as a field: the one place that turns a problem's pointer into the control
 * the author should be taken to. The forms show a problem at that field, and selecting the
 * problem focuses it, so the two always agree.
 *
 * Schema errors and lint findings are often reported on an object, about one of its fields: a
 * required field that is missing ("type" is missing), a reference to something that does not
 * exist, a band whose bounds are wrong. No DOM.
 */
import { childPointer, type Problem } from '@pathway/schema';
import { locate } from '../metadata/index.js';
import type { DefinitionMeta } from '../metadata/index.js';
import { valueAt } from '../modeling/index.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const quotes = (problem: Problem, text: unknown) => quotedAt(problem, text) >= 0;

/**
 * Where the problem's detail quotes an id, or -1. A problem can quote two ("refers to a stage
 * "stage-two" that does not exist; did you mean "stage-one"?"): the one quoted first is the
 * one it is about, and the suggestion, which does exist, is not the place to go.
 */
function quotedAt(problem: Problem, id: unknown): number {
  return typeof id === 'string' ? problem.detail.indexOf(`"${id}"`) : -1;
}

/** The index of the item of `ids` the problem quotes first, or -1. */
function firstQuoted(problem: Problem, ids: readonly unknown[]): number {
  let found = -1;
  ids.forEach((id, index) => {
    const at = quotedAt(problem, id);
    if (at >= 0 && (found < 0 || at < quotedAt(problem, ids[found]))) found = index;
  });
  return found;
}

/**
 * The field of an object that a problem reported on the object is about, or undefined when it
 * is about the object as a whole: a missing field the problem names, else the reference whose id
 * the problem quotes first, else the object's first bound (a band's problems are its bounds').
 */
export function fieldAbout(problem: Problem, value: Record<string, unknown>, definition: DefinitionMeta): string | undefined {
  const missing = definition.fields.find((field) => !Object.hasOwn(value, field.key) && quotes(problem, field.key));
  if (missing !== undefined) return missing.key;
  // Each reference field's ids, then the first the problem quotes.
  const references = definition.fields.flatMap((field) => {
    const current = value[field.key];
    const ids: unknown[] = field.kind === 'reference' ? [current] : field.kind === 'referenceList' && Array.isArray(current) ? current : [];
    return ids.map((id) => ({ key: field.key, id }));
  });
  const quoted = firstQuoted(problem, references.map((reference) => reference.id));
  if (quoted >= 0) return references[quoted]!.key;
  return definition.fields.find((field) => field.kind === 'bound' && Object.hasOwn(value, field.key))?.key;
}

/**
 * The pointer of the control a problem is about: the field `fieldAbout` finds, or in a list of
 * references the very id the problem quotes (so a stage that does not exist is shown and
 * focused, not the list's first choice); else the problem's own pointer.
 */
export function problemTarget(document: unknown, problem: Problem): string {
  const { pointer } = problem;
  const value = valueAt(document, pointer);
  if (Array.isArray(value)) {
    const index = firstQuoted(problem, value);
    return index < 0 ? pointer : `${pointer}/${index}`;
  }
  if (!isRecord(value)) return pointer;
  const definition = locate(document, pointer).definition;
  const key = definition === undefined ? undefined : fieldAbout(problem, value, definition);
  return key === undefined ? pointer : childPointer(pointer, key);
}
