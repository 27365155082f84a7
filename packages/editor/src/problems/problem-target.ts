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

const quotes = (problem: Problem, text: unknown) => typeof text === 'string' && problem.detail.includes(`"${text}"`);

/**
 * The field of an object that a problem reported on the object is about, or undefined when it
 * is about the object as a whole: a missing field the problem names, else a reference whose id
 * the problem quotes, else the object's first bound (a band's problems are its bounds').
 */
export function fieldAbout(problem: Problem, value: Record<string, unknown>, definition: DefinitionMeta): string | undefined {
  const missing = definition.fields.find((field) => !Object.hasOwn(value, field.key) && quotes(problem, field.key));
  if (missing !== undefined) return missing.key;
  for (const field of definition.fields) {
    const current = value[field.key];
    const ids = field.kind === 'reference' ? [current] : field.kind === 'referenceList' && Array.isArray(current) ? current : [];
    if (ids.some((id) => quotes(problem, id))) return field.key;
  }
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
    const index = value.findIndex((id) => quotes(problem, id));
    return index < 0 ? pointer : `${pointer}/${index}`;
  }
  if (!isRecord(value)) return pointer;
  const definition = locate(document, pointer).definition;
  const key = definition === undefined ? undefined : fieldAbout(problem, value, definition);
  return key === undefined ? pointer : childPointer(pointer, key);
}
