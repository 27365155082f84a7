/**
 * Lint on a document the schema rejected: only the reference checks (dangling-reference and
 * undefined-cohort), and only where they are sound, so that an author sees every mistyped id
 * at once, beside the schema's errors, instead of one round of fixes per kind of mistake.
 *
 * The other rules need a whole, well-formed pathway and wait until the schema passes. A
 * reference is checked only when:
 * - nothing at or inside the place that holds it has a schema error (the id itself, and the
 *   rule or list it sits in, are as the format says); and
 * - no object the outline could not place carries that id: an entity in a broken list (stages
 *   written as an object, say) still exists for the author, so "does not exist" would be false;
 * - for a date, the answer type or kind of what it names is not itself broken.
 */
import { childPointer, type Pathway, type Problem } from '@pathway/schema';
import { mapPathway, type PathwayMap } from './pathway-map.js';
import { danglingReference } from './dangling-reference.js';
import { undefinedCohort } from './undefined-cohort.js';


/** Each pointer and every pointer above it: a place is in the set when something at or below it is. */
function withAncestors(pointers: Iterable<string>): Set<string> {
  const places = new Set<string>();
  for (const pointer of pointers) {
    for (let end = pointer.length; end > 0 && !places.has(pointer.slice(0, end)); end = pointer.lastIndexOf('/', end - 1)) {
      places.add(pointer.slice(0, end));
    }
  }
  return places;
}

/** Every string under an "id" key anywhere in the document, walked without recursion. */
function everyId(doc: unknown): Set<string> {
  const ids = new Set<string>();
  const pending: unknown[] = [doc];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (key === 'id' && typeof child === 'string') ids.add(child);
      else pending.push(child);
    }
  }
  return ids;
}

/**
 * The lint findings that are sound on a schema-invalid document, in no particular order (the
 * caller sorts them with the schema's problems, once); never throws.
 */
export function lintWellFormedParts(doc: unknown, schemaProblems: readonly Problem[]): Problem[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return [];
  const pathway = doc as Pathway;
  const map = mapPathway(pathway);
  // A reference is unsound when the schema found something wrong in the value it is read from
  // (the id, or the list of ids), or found the rule holding it to be no rule it knows. Errors on
  // the objects around it (a missing title, an unknown property) do not make it unsound.
  const brokenValues = withAncestors(schemaProblems.map((problem) => problem.pointer));
  const brokenRules = new Set(schemaProblems.filter((problem) => problem.code === 'schema.anyOf').map((problem) => problem.pointer));
  const unplaced = new Set([...everyId(doc)].filter((id) => !map.byId.has(id)));
  const sound = (holder: string, key: string, id: string) =>
    !unplaced.has(id) && !brokenRules.has(holder) && !brokenValues.has(childPointer(holder, key));
  // Whether something is a date is read from its answer type or kind: not when that is broken.
  const kindKnown = (id: string) =>
    (map.byId.get(id) ?? []).every(({ pointer }) => !brokenValues.has(`${pointer}/type`) && !brokenValues.has(`${pointer}/kind`));

  const wellFormed: PathwayMap = {
    ...map,
    outline: {
      ...map.outline,
      references: map.outline.references.filter((ref) => sound(ref.from.pointer, ref.property, ref.id) && (!ref.date || kindKnown(ref.id))),
    },
    conditions: map.conditions.filter(({ condition, pointer }) => {
      const cohort = (condition as { cohort?: unknown }).cohort;
      return typeof cohort !== 'string' || sound(pointer, 'cohort', cohort);
    }),
  };
  const context = { pathway, map: wellFormed };
  return [...danglingReference(context), ...undefinedCohort(context)];
}
