/**
 * Small, deterministic text helpers shared by the engine's messages. Nothing here depends on
 * the platform's locale, so the same input gives the same words on every machine.
 */

import { formatNumber } from './number-text.js';

// In its own module so the widget's first paint (durations in words) carries it without the rest.
export { formatNumber };

/** Longest authored text quoted inside a reason before it is cut short with "…". */
export const QUOTE_LIMIT = 80;

/** Cuts `text` to at most `limit` UTF-16 units, ending with "…" when it was longer; never mid code point. */
export function truncate(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  // Never split a surrogate pair (an emoji, say) in half.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Authored text (a question, a stage's title) in double quotes, cut short when long. */
export function quote(text: string): string {
  return `"${truncate(text)}"`;
}

const quotedTexts = new WeakMap<{ readonly text: string }, string>();

/**
 * A question's text as messages quote it ("…", cut to 80 characters), made when a message first
 * needs it and kept: most questions of a large pathway are never quoted, and a copy of every
 * text made up front was about 50 KB of heap at 500 questions.
 */
export function quotedText(question: { readonly text: string }): string {
  let quoted = quotedTexts.get(question);
  if (quoted === undefined) quotedTexts.set(question, (quoted = quote(question.text)));
  return quoted;
}

/**
 * A thing named in a sentence by its kind and title: "the route "Notice to Improve"", but one
 * whose own title already starts with its kind ("Route A", "route 2: contract", "Stage 1") by
 * its title alone, where "the stage "Stage 1"" would say it twice. `name` is its title, quoted
 * or not; `kind` is in lower case; `the` is "The " at the start of a sentence, or '' for none.
 * The one rule for the engine's messages, the widget's words and the editor's.
 */
export function theNamed(kind: string, name: string, the = 'the '): string {
  return RegExp(`^["“‘']?${kind}(?![\\p{L}\\p{N}])`, 'iu').test(name.trim()) ? name : `${the}${kind} ${name}`;
}

/** "A", "A and B", "A, B and C". */
export function joinWith(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `text` ending as a sentence does: a full stop added unless it already ends with one, "!", "?" or "…" (a closing quote or bracket after it allowed). */
export function endSentence(text: string): string {
  return /[.!?…]["'’”)]?$/u.test(text.trim()) ? text : `${text}.`;
}

/**
 * Authored text ("Attendance at the PRU", "No earlier notice has been issued") to follow words of
 * ours mid-sentence: its first letter lowered only where it starts a plain word (a capital then a
 * small letter, in any alphabet), and the rest as written. "attendance at the PRU", never "the
 * pru"; "NTI issued" and "PRU attendance" stay as written. A name written in title case
 * ("Virtual School Head", "Date of the Attendance Meeting": two or more words, each capitalised
 * but the small joining words and acronyms) is a name and keeps its capitals. The rule for the engine's, the
 * widget's and the editor's sentences.
 */
export function midSentence(text: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(text)) return text;
  // Acronyms ("PRU") and the small joining words say nothing about how the rest is written.
  const words = text.split(/\s+/u).filter((word) => /^\p{L}/u.test(word) && !/^\p{Lu}{2}/u.test(word) && !JOINING_WORDS.has(word));
  if (words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Words a title-case name leaves small ("Head of the Virtual School"). */
const JOINING_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "sessions" → "Sessions": for text that starts a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** `count` with the singular or plural noun: "1 session", "12 sessions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * An author's unit for `count`: for one, the singular of a unit written as an English plural
 * ("1 meeting", "1 activity", "1 class", not "1 meetings"); any other unit, and other counts, as written.
 */
export function unitFor(count: number, unit: string): string {
  return count === 1 && !/(ss|us|is)$/u.test(unit) ? unit.replace(/ies$|(?<=x|ch|sh|ss)es$|(?<=\p{L})s$/u, (end) => (end === 'ies' ? 'y' : '')) : unit;
}

/** Reads an own property of a plain object; never the prototype's ("constructor" is a valid id). */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  if (record === undefined) return undefined;
  const value = record[key];
  // Most lookups find nothing: only a found value needs the (slower) own-property check.
  return value !== undefined && Object.hasOwn(record, key) ? value : undefined;
}

/** Sentences joined with ". ", but none given a second full stop: a part that already ends a sentence is followed by a space only. */
export function joinSentences(parts: readonly string[]): string {
  return parts.reduce((joined, part, i) => (i === 0 ? part : `${joined}${/[.!?…]["'”’)]?$/.test(joined) ? ' ' : '. '}${part}`), '');
}

/**
 * A "close" outcome said once: a title that says "close the case" alone, one ending "…: close"
 * finished ("…: close the case."), any other followed by ": close the case.".
 */
export function closeSentence(title: string): string {
  if (/\bclose the case\b/iu.test(title)) return endSentence(title);
  if (/\bclose$/iu.test(title.trim())) return `${title.trim()} the case.`;
  // "…: close the plan", "Plan closed": the title already says it closes ("close the plan: close the case" said it twice).
  return /\bclos(e|ed|es|ing|ure)\b/iu.test(title) ? endSentence(title) : `${title}: close the case.`;
}

/**
 * An outcome's title already says what it does: the verb ("step down", "close") and, where it
 * leads somewhere, that place ("Improved: step down to a maintenance plan" for "Maintenance
 * plan"). Then the title alone is said, not "…: step down to Maintenance plan" after it.
 */
export function titleSays(title: string, verb: string, to?: string): boolean {
  const said = title.toLowerCase();
  if (to === undefined) return new RegExp(`\\b${verb}\\b`, 'u').test(said);
  const names = stageNames(to).map((name) => new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
  // Its verb and the place anywhere ("step down to Level 3: …"), or a title that ends by naming the place ("…: agree a support plan").
  if (new RegExp(`\\b${verb}\\b`, 'u').test(said) && (said.includes(stageNames(to)[0]) || names.some((name) => name.test(said)))) return true;
  const end = said.replace(/[.!?…:;,\s]+$/u, '');
  return names.some((name) => {
    const found = new RegExp(`${name.source}$`, 'u').exec(end);
    return found !== null && found.index + found[1].length > 0;
  });
}

/**
 * An outcome's sentence, `verb` ("escalate", "step down", "go") and where, said once: the title
 * alone where it already says both (titleSays); "Improved: step down to …" where it ends with the
 * verb; else "…: step down to …".
 */
export function leadsTo(title: string, verb: string, to: string): string {
  if (titleSays(title, verb, to)) return endSentence(title);
  return new RegExp(`\\b${verb}$`, 'iu').test(title.trim()) ? `${title.trim()} to ${endSentence(to)}` : `${title}: ${verb} to ${endSentence(to)}`;
}

/**
 * How a title names the stage `to` (lower case): its whole title, then either part of a title
 * written "Level 3: Targeted support" ("step down to Level 3"); each is matched as whole words
 * ("Stage 1" is not in "Stage 10").
 */
function stageNames(to: string): string[] {
  const whole = to.toLowerCase().replace(/^["“]|["”]$/gu, '').trim();
  // "Level 3: Targeted support", and "Stage 3 - Letter 3" as councils also write it.
  // A part with no word in it ("95" of "Band 90 - 95") names nothing.
  const parts = whole.split(/:\s*|\s[-–—]\s/u).map((part) => part.trim()).filter((part) => /\p{L}/u.test(part));
  return parts.length > 1 ? [whole, ...parts] : [whole];
}
