/**
 * A change to a piece of authored text, said so that a reader sees what changed: short texts
 * whole ("changed from "Tier 1" to "Universal""), long ones cut around the change, never from
 * their start, with the changed words named where they are few:
 *
 *   "promptly" added: "…would look to escalate promptly within children's social care."
 *
 * Compared word by word: the words both versions start and end with are the context.
 */

/** Texts up to this long are quoted whole, before and after. */
const WHOLE = 80;
/** Changed words up to this long are named ("promptly" added) rather than shown in two excerpts. */
const NAMED = 60;
/** Words of context either side of the change. */
const CONTEXT = 6;
/** An excerpt longer than this is cut at its end (it starts near the change, so the change shows). */
const EXCERPT = 240;

export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` flattened and cut to about `limit` characters at a word boundary, ending with "…". */
export function cut(text: string, limit: number): string {
  const flat = flatText(text);
  if (flat.length <= limit) return flat;
  const head = flat.slice(0, limit - 1);
  const space = head.lastIndexOf(' ');
  return `${(space >= limit * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The words from `start` to `end` with `CONTEXT` words either side, "…" where the text goes on. */
function excerpt(words: readonly string[], start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(words.length, end + CONTEXT);
  // Never start or end inside a quotation (a title in a rule read back in words): widen to its mark.
  const quotes = (list: readonly string[]) => list.join(' ').split('"').length - 1;
  while (from > 0 && quotes(words.slice(0, from)) % 2 === 1) from--;
  while (to < words.length && quotes(words.slice(to)) % 2 === 1) to++;
  const text = `${from > 0 ? '…' : ''}${words.slice(from, to).join(' ')}`;
  return to < words.length || text.length > EXCERPT ? cut(`${text} …`, EXCERPT).replace(/ ?…$/, '…') : text;
}

/** Where two word lists first and last differ: the shared start and end lengths. */
function sharedEnds(a: readonly string[], b: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { start, end };
}

/**
 * The change from `before` to `after` as the words after a place's colon. `quote` wraps a text
 * (a rule read back in words already holds quotes, so it is bracketed instead).
 */
export function textChange(before: string, after: string, quote: (text: string) => string = (text) => `"${text}"`): string {
  const a = flatText(before);
  const b = flatText(after);
  if (a === b) return 'changed in spacing only';
  if (a.length <= WHOLE && b.length <= WHOLE) return `changed from ${quote(a)} to ${quote(b)}`;
  const oldWords = a.split(' ');
  const newWords = b.split(' ');
  const { start, end } = sharedEnds(oldWords, newWords);
  const removed = oldWords.slice(start, oldWords.length - end).join(' ');
  const added = newWords.slice(start, newWords.length - end).join(' ');
  const there = excerpt(newWords, start, newWords.length - end);
  if (removed.length <= NAMED && added.length <= NAMED) {
    if (removed === '') return `"${added}" added: ${quote(there)}`;
    if (added === '') return `"${removed}" removed: ${quote(there)}`;
    return `"${removed}" changed to "${added}": ${quote(there)}`;
  }
  return `changed from ${quote(excerpt(oldWords, start, oldWords.length - end))} to ${quote(there)}`;
}

/** A rule read back in words is short enough to say whole, before and after, up to this long. */
const WHOLE_RULE = 160;

/**
 * A change to a rule, both read back in words (they quote titles themselves, so they are not
 * quoted again): "now "Is the plan working?" is answered (was "Is there a plan?" is answered)",
 * cut around the change where long.
 */
export function ruleChange(before: string, after: string): string {
  const a = flatText(before);
  const b = flatText(after);
  if (a.length <= WHOLE_RULE && b.length <= WHOLE_RULE) return `now ${b} (was ${a})`;
  const oldWords = a.split(' ');
  const newWords = b.split(' ');
  const { start, end } = sharedEnds(oldWords, newWords);
  return `now ${excerpt(newWords, start, newWords.length - end)} (was ${excerpt(oldWords, start, oldWords.length - end)})`;
}

/** The share of words two texts have in common (0 to 1), for telling an edited paragraph from a new one. */
export function wordLikeness(before: string, after: string): number {
  const a = flatText(before).toLowerCase().split(' ');
  const b = new Map<string, number>();
  for (const word of flatText(after).toLowerCase().split(' ')) b.set(word, (b.get(word) ?? 0) + 1);
  let same = 0;
  for (const word of a) {
    const left = b.get(word) ?? 0;
    if (left > 0) (same += 1), b.set(word, left - 1);
  }
  return same / Math.max(a.length, flatText(after).split(' ').length, 1);
}
