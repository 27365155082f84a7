/**
 * Which of an object's fields its form shows, and in what order: the schema's order, with the
 * title first and the short name after the name it is made from, technical fields last; a field
 * the schema does not apply to this object (a choice's options on a yes/no question, a lowest
 * value that is not a number question's) left out unless it already has a value; one the schema
 * requires because of another's value (a choice question's options) marked required here.
 */
import type { DefinitionMeta, FieldMeta } from '../../metadata/index.js';

/** The fields the form for `value` (an object of `definition`) shows, in order. */
export function orderedFields(definition: DefinitionMeta, value: Record<string, unknown>): FieldMeta[] {
  const hidden = new Set<string>();
  const requiredHere = new Set<string>();
  for (const rule of definition.requiredWhen ?? []) {
    if (value[rule.key] === rule.value) for (const key of rule.required) requiredHere.add(key);
    else for (const key of rule.required) if (value[key] === undefined) hidden.add(key);
  }
  // A field that means nothing for this kind of thing (a lowest value on a yes/no question) is
  // not offered; one given anyway stays, so it can be removed (lint says it changes nothing).
  for (const field of definition.fields) {
    const when = field.appliesWhen;
    if (when && !when.values.includes(value[when.key] as string) && value[field.key] === undefined) hidden.add(field.key);
  }
  const fields = definition.fields
    .filter((field) => field.kind !== 'authorNote' && !hidden.has(field.key))
    .map((field) => (requiredHere.has(field.key) && !field.required ? { ...field, required: true } : field));
  const id = fields.findIndex((field) => field.kind === 'id');
  const named = fields.findIndex((field) => field.kind === 'text' || field.kind === 'longText');
  if (id !== -1 && named > id) {
    const [idField] = fields.splice(id, 1);
    fields.splice(named, 0, idField);
  }
  // What an author names first: the title (the pathway's comes after its id and version in the file).
  const title = fields.findIndex((field) => field.key === 'title' && field.kind === 'text');
  if (title > 0) fields.unshift(...fields.splice(title, 1));
  // Technical fields (the schema's address, the format version) after what an author fills in.
  return [...fields.filter((field) => field.advanced !== true), ...fields.filter((field) => field.advanced === true)];
}
