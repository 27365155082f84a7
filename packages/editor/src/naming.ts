/**
 * What the editor calls a thing in the pathway: its own name (title, name, text or label); when
 * it has none, what the problems call it ("Stage 2", "Question 1"), from the schema's
 * describeLocation, the one place that names places for the validator, lint and the CLI. So the
 * outline, the pickers and the messages never call one untitled stage by two names. No DOM.
 */
import { describeLocation } from '@pathway/schema';

const NAME_KEYS = ['title', 'name', 'text', 'label'] as const;

/** The thing's own name, if it has one that is not blank. */
export function ownName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of NAME_KEYS) {
    const name = (value as Record<string, unknown>)[key];
    if (typeof name === 'string' && name.trim() !== '') return name;
  }
  return undefined;
}

/** What the problems call the thing at `pointer`: the last part of its place ("Stage 2"). */
export function placeName(document: unknown, pointer: string): string {
  const place = describeLocation(document, pointer);
  const at = place.lastIndexOf(' › ');
  return at < 0 ? place : place.slice(at + ' › '.length);
}

/** The thing's own name, else what the problems call it, else `fallback` (its id, say). */
export function nameOf(document: unknown, pointer: string, value: unknown, fallback = ''): string {
  return ownName(value) ?? (placeName(document, pointer) || fallback);
}
