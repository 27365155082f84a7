/**
 * The date an id names (a rule's `since` or `until`, a time limit's `startsFrom`), read from the
 * pathway without a case: its title, and what a blank date means when blank means the event has
 * not happened (`ifBlank`). It picks the same thing the engine reads (case-dates.ts): a date
 * measure, unless a date question has that id.
 */
import type { Outline } from './outline/outline.js';

export interface DateTitle {
  /** The measure's title or the question's text; the id as written when neither exists. */
  title: string;
  /** The author's words for a blank date, when a blank date means the event has not happened. */
  ifBlank?: string;
}

function node(outline: Outline, id: string, kind: 'measure' | 'question'): Record<string, unknown> | undefined {
  return outline.entitiesOf(id, kind)[0]?.node as Record<string, unknown> | undefined;
}

export function dateTitle(outline: Outline, id: string): DateTitle {
  const measure = node(outline, id, 'measure');
  const question = node(outline, id, 'question');
  const dateMeasure = measure?.kind === 'date' && question?.type !== 'date';
  const chosen = dateMeasure ? measure : (question ?? measure);
  const name = chosen?.title ?? chosen?.text;
  const title = typeof name === 'string' ? name : id;
  // The engine reads `ifBlank` only on a date (case-dates.ts): anywhere else it means nothing.
  const isDate = dateMeasure || question?.type === 'date';
  const ifBlank = isDate && typeof chosen?.ifBlank === 'string' && chosen.ifBlank.trim() !== '' ? chosen.ifBlank.trim() : undefined;
  return ifBlank === undefined ? { title } : { title, ifBlank };
}
