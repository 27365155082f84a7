/**
 * Bidirectional text kept in its place. An authored title such as "Tier 2\u202E" (a
 * right-to-left override that is never closed) reverses everything that follows it in the same
 * line: the widget's own words ("Questions and evidence"), a pupil's name, a date. Each string
 * is closed at its own end instead: the embeddings, overrides and isolates it opens are closed
 * with PDF (U+202C) and PDI (U+2069), so whatever it does stays inside it.
 *
 * Nothing is removed: the text keeps every character it had, so it is still shown exactly as
 * written (the closing marks are invisible). Strings without bidi controls are returned as they are.
 */

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** The same controls in JSON text: as themselves, or written as `\u` escapes (\u202a…\u202e, \u2066…\u2069, any case). */
const CONTROLS_IN_JSON = new RegExp(`${CONTROLS.source}|\\\\u20(?:2[a-e]|6[6-9])`, 'i');
const PDF = '\u202C';
const PDI = '\u2069';

/** `text`, with whatever bidi embeddings, overrides and isolates it leaves open closed at its end. */
export function closeBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  // What is open, innermost last: 'e' an embedding or override (closed by PDF), 'i' an isolate (PDI).
  const open: ('e' | 'i')[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x202a || code === 0x202b || code === 0x202d || code === 0x202e) open.push('e');
    else if (code >= 0x2066 && code <= 0x2068) open.push('i');
    else if (code === 0x202c) {
      // PDF closes the innermost embedding, never across an isolate.
      if (open[open.length - 1] === 'e') open.pop();
    } else if (code === 0x2069) {
      // PDI closes the innermost isolate and every embedding opened inside it.
      const at = open.lastIndexOf('i');
      if (at >= 0) open.length = at;
    }
  }
  if (open.length === 0) return text;
  let closing = '';
  for (let i = open.length - 1; i >= 0; i--) closing += open[i] === 'e' ? PDF : PDI;
  return text + closing;
}

/** Whether JSON text may hold a bidi control, as itself or as a `\u` escape; if not, no string parsed from it needs closing. */
export function mayHoldBidi(jsonText: string): boolean {
  return CONTROLS_IN_JSON.test(jsonText);
}

/** Whether `text` leaves any embedding, override or isolate open. */
export function leavesBidiOpen(text: string): boolean {
  return closeBidi(text) !== text;
}

/**
 * A copy of `value` (plain data: a summary, a case) with every string closed as above. Used on
 * what is printed, downloaded and submitted, where the user's own text (a pupil's name, an
 * evidence note) sits next to the widget's words.
 */
export function closeBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return closeBidi(value) as T;
  if (value === null || typeof value !== 'object') return value;
  // One loop for arrays and objects (by their own enumerable keys), copied only where a string changes.
  const source = value as Record<string | number, unknown>;
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const length: number = keys ? keys.length : (value as unknown[]).length;
  let copy: Record<string | number, unknown> | undefined;
  for (let i = 0; i < length; i++) {
    const key = keys ? keys[i] : i;
    const item = source[key];
    const closed = closeBidiDeep(item);
    if (closed !== item) (copy ??= keys ? { ...source } : ([...(value as unknown[])] as unknown as Record<string | number, unknown>))[key] = closed;
  }
  return (copy ?? value) as T;
}
