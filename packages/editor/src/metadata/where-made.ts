/**
 * Where in the forms each kind of named thing is made, in words, worked out from the schema:
 * the shortest way from the pathway's settings to a list of that kind ("Pathway settings ›
 * Roles", "a stage's Reflective questions"). An empty picker says it, so an author who meets
 * "Choose a role" with no roles yet knows where to go. No DOM.
 */
import { joinWith, midSentence } from '@pathway/core';
import { formMetadata } from './form-metadata.js';
import type { FormMetadata } from './form-metadata.js';

/** The pathway's own form, as the outline names it. */
export const SETTINGS_TITLE = 'Pathway settings';

/** For each kind of named thing, where its list is: a breadth-first walk, so the nearest list wins (the schema's order breaks ties). */
export function placesMade(metadata: FormMetadata = formMetadata): ReadonlyMap<string, string> {
  const places = new Map<string, string>();
  const seen = new Set<string>([metadata.root]);
  const queue: { definition: string; where: (list: string) => string }[] = [{ definition: metadata.root, where: (list) => `${SETTINGS_TITLE} › ${list}` }];
  while (queue.length > 0) {
    const { definition, where } = queue.shift()!;
    for (const field of metadata.definitions[definition]?.fields ?? []) {
      if (field.kind !== 'objectList' || field.definition === undefined) continue;
      const item = metadata.definitions[field.definition];
      if (item === undefined) continue;
      if (item.entity !== undefined && !places.has(item.entity)) places.set(item.entity, where(field.title));
      if (seen.has(item.name)) continue;
      seen.add(item.name);
      const owner = midSentence(item.title);
      queue.push({ definition: item.name, where: (list) => `${/^[aeiou]/i.test(owner) ? 'an' : 'a'} ${owner}'s ${list}` });
    }
  }
  return places;
}

const places = placesMade();

/** A kind of named thing in words, lower case: "pupil circumstance", "evidence requirement". */
export function kindWords(kind: string, metadata: FormMetadata = formMetadata): string {
  const definition = Object.values(metadata.definitions).find((d) => d.entity === kind);
  return midSentence(definition?.title ?? kind);
}

/**
 * What an empty picker says: "There is no role yet: add one under Pathway settings › Roles."
 * `what` is what it lists, in words ("role", "date question or date measure"); `other` when the
 * thing the field belongs to is left out ("There is no other stage yet").
 */
export function nothingToChoose(kinds: readonly string[], what = kinds.map((kind) => kindWords(kind)).join(' or '), other = false): string {
  const where = [...new Set(kinds.map((kind) => places.get(kind)).filter((place): place is string => place !== undefined))];
  const listed = joinWith(where, 'or');
  return `There is no ${other ? 'other ' : ''}${what} yet${listed === '' ? '.' : `: add one under ${listed}.`}`;
}
