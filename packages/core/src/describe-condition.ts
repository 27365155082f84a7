/**
 * A rule read back as a plain-English sentence, without a case: what the condition builder
 * shows under the rule as it is built, and what the readable public page prints.
 *
 *   { all: [{ measure: "attendance", upper: { value: 90, inclusive: true } }, { not: { cohort: "looked-after" } }] }
 *   → "Attendance is at most 90%, and "Child looked after" is not ticked"
 *
 * Names come from the pathway (titles, question texts); an id it does not know is quoted as
 * written. Iterative over "not" chains and bounded in depth, so hostile nesting cannot
 * overflow the stack.
 *
 * A "not" of a comparison reads as its opposite ("more than 3 years have passed since …", not
 * "it is not the case that the time … is no more than 3 years"), and where a blank date means
 * the event has not happened, and so makes the "not" hold, it says so in the author's words
 * ("…, or no earlier penalty notice has been issued"). What has no clean opposite (a "not" of
 * several rules) keeps "it is not the case that".
 */
import type { Condition, Duration, Pathway } from './schema-types.js';
import { describeBounds } from './bands.js';
import { dateTitle } from './date-title.js';
import { describeAmount, describeDuration } from './durations.js';
import { outlinePathway } from './outline/outline.js';
import type { Outline } from './outline/outline.js';
import { answerText, answerSpecOf } from './answers.js';
import { joinWith, midSentence, quote, theNamed } from './text.js';

/** Deeper than any real rule; past it the sentence says "(more rules)" instead of recursing. */
const MAX_DEPTH = 40;

interface Names {
  outline: Outline;
}

function entity(names: Names, id: string, kind: Parameters<Outline['entitiesOf']>[1]): Record<string, unknown> | undefined {
  return names.outline.entitiesOf(id, kind)[0]?.node as Record<string, unknown> | undefined;
}

function titleOf(names: Names, id: string, kind: Parameters<Outline['entitiesOf']>[1]): string {
  const node = entity(names, id, kind);
  const title = node?.title ?? node?.text ?? node?.name;
  return quote(typeof title === 'string' ? title : id);
}

/** A sentence part, and whether it is itself an "or"/"and" that needs brackets inside another. */
interface Phrase {
  text: string;
  compound: boolean;
}

function dateName(names: Names, id: string): string {
  return quote(dateTitle(names.outline, id).title);
}

function duration(value: Duration | undefined): string {
  return value === undefined ? '' : describeDuration(value);
}

/** What a rule whose question, measure, stage… is not chosen yet reads as (a new rule in the designer), rather than `"" is answered`. */
const NOTHING_CHOSEN = '(nothing chosen yet)';
const referenceKeys = ['answer', 'measure', 'change', 'cohort', 'evidence', 'stageComplete', 'outcome', 'route', 'since'] as const;

function unchosen(c: Record<string, unknown>): boolean {
  return referenceKeys.some((key) => c[key] === '');
}

function describe(condition: Condition, names: Names, depth: number): string {
  if (typeof condition !== 'object' || condition === null) return 'an unrecognised rule';
  if (depth > MAX_DEPTH) return '(more rules)';
  const c = condition as unknown as Record<string, unknown>;
  if (Array.isArray(c.all)) return joinRules(c.all as Condition[], names, depth, 'and');
  if (Array.isArray(c.any)) return joinRules(c.any as Condition[], names, depth, 'or');
  if ('not' in c) return negate(c.not as Condition, names, depth).text;
  if (unchosen(c)) return NOTHING_CHOSEN;
  if (typeof c.answer === 'string') return describeAnswer(c, names);
  if (typeof c.measure === 'string') {
    const measure = entity(names, c.measure, 'measure');
    const title = quote(String(measure?.title ?? c.measure));
    if (measure === undefined) return `${title} is within its limits`;
    return `${title} is ${describeBounds(measure as never, c.lower as never, c.upper as never)}`;
  }
  if (typeof c.change === 'string') {
    const measure = titleOf(names, c.change, 'measure');
    const by = typeof c.atLeast === 'number' ? ` by at least ${c.atLeast}${c.unit === 'percent' ? '%' : ' points'}` : '';
    const over = c.over !== undefined ? ` over at least ${duration(c.over as Duration)}` : '';
    const within = c.within !== undefined ? ` within ${duration(c.within as Duration)}` : '';
    return `${measure} has ${c.direction === 'declined' ? 'declined' : 'improved'}${by} since the earlier reading${over}${within}`;
  }
  if (typeof c.cohort === 'string') return `${titleOf(names, c.cohort, 'cohort')} is ticked`;
  if (typeof c.evidence === 'string') return `${titleOf(names, c.evidence, 'evidence')} is confirmed`;
  if (typeof c.stageComplete === 'string') return `${theNamed('stage', titleOf(names, c.stageComplete, 'stage'), '')} is complete`;
  if (typeof c.outcome === 'string') return `the outcome ${titleOf(names, c.outcome, 'outcome')} has happened`;
  if (typeof c.route === 'string') return `${theNamed('route', titleOf(names, c.route, 'route'))} was chosen`;
  if (typeof c.since === 'string') {
    const to = typeof c.until === 'string' ? dateName(names, c.until) : 'today';
    const parts = [
      c.atLeast !== undefined ? `at least ${duration(c.atLeast as Duration)}` : '',
      c.atMost !== undefined ? `no more than ${duration(c.atMost as Duration)}` : '',
    ].filter(Boolean);
    return `the time from ${dateName(names, c.since)} to ${to} is ${joinWith(parts, 'and')}`;
  }
  return 'an unrecognised rule';
}

function describeAnswer(c: Record<string, unknown>, names: Names): string {
  const id = c.answer as string;
  const question = entity(names, id, 'question');
  const name = titleOf(names, id, 'question');
  const spec = question === undefined ? undefined : answerSpecOf(question as never);
  const parts: string[] = [];
  if (Array.isArray(c.in)) parts.push(`the answer to ${name} is ${joinWith((c.in as (string | number)[]).map((v) => answerText(spec, v)), 'or')}`);
  if (typeof c.atLeast === 'number') parts.push(`the answer to ${name} is at least ${c.atLeast}`);
  if (typeof c.atMost === 'number') parts.push(`the answer to ${name} is at most ${c.atMost}`);
  if (c.answered === false) parts.push(`${name} is not answered`);
  else if (parts.length === 0) parts.push(`${name} is answered`);
  return joinWith(parts, 'and');
}

function joinRules(rules: readonly Condition[], names: Names, depth: number, conjunction: 'and' | 'or'): string {
  if (rules.length === 0) return conjunction === 'and' ? 'always' : 'never';
  if (rules.length === 1) return describe(rules[0], names, depth + 1);
  const parts = rules.map((rule) => {
    const { text, compound } = phrase(rule, names, depth + 1);
    return compound ? `(${text})` : text;
  });
  return joinWith(parts, conjunction === 'and' ? 'and' : 'or');
}

function isGroup(rule: Condition): boolean {
  return typeof rule === 'object' && rule !== null && ('all' in rule || 'any' in rule);
}

function phrase(rule: Condition, names: Names, depth: number): Phrase {
  if (typeof rule === 'object' && rule !== null && 'not' in rule && depth <= MAX_DEPTH) return negate((rule as { not: Condition }).not, names, depth);
  return { text: describe(rule, names, depth), compound: isGroup(rule) };
}

/** "not" read naturally where it can be: "is not ticked", "has not improved", "is above 90%". */
function negate(inner: Condition, names: Names, depth: number): Phrase {
  let count = 1;
  let rule = inner;
  // Collapse "not not …" iteratively: hostile chains are long.
  while (typeof rule === 'object' && rule !== null && 'not' in rule && count < 100_000) {
    rule = (rule as { not: Condition }).not;
    count++;
  }
  if (typeof rule === 'object' && rule !== null && 'not' in rule) return { text: 'an unrecognised rule', compound: false };
  if (count % 2 === 0) return { text: describe(rule, names, depth + 1), compound: isGroup(rule) };
  const opposite = typeof rule === 'object' && rule !== null ? oppositeOf(rule as unknown as Record<string, unknown>, names) : undefined;
  if (opposite !== undefined) return opposite;
  const text = describe(rule, names, depth + 1);
  const natural = text
    .replace(/ is ticked$/, ' is not ticked')
    .replace(/ is confirmed$/, ' is not confirmed')
    .replace(/ is complete$/, ' is not complete')
    .replace(/ has happened$/, ' has not happened')
    .replace(/ was chosen$/, ' was not chosen')
    .replace(/ has (improved|declined)/, ' has not $1');
  if (natural !== text && !/ (and|or) /.test(text)) return { text: natural, compound: false };
  return { text: `it is not the case that ${text}`, compound: isGroup(rule) };
}

/** The opposite of a comparison, in words; undefined where there is no clean one. */
function oppositeOf(c: Record<string, unknown>, names: Names): Phrase | undefined {
  if (unchosen(c)) return { text: NOTHING_CHOSEN, compound: false };
  if (typeof c.since === 'string') return elapsedOpposite(c, names);
  if (typeof c.measure === 'string') return measureOpposite(c, names);
  if (typeof c.answer === 'string') return answerOpposite(c, names);
  if (Array.isArray(c.any)) return noneOf(c.any as unknown[], names);
  return undefined;
}

/** "None of "A", "B" or "C" is ticked": a "not" of ticked circumstances (or of confirmed evidence) only. */
function noneOf(rules: readonly unknown[], names: Names): Phrase | undefined {
  if (rules.length < 2) return undefined;
  const only = (key: 'cohort' | 'evidence') =>
    rules.every((rule) => typeof rule === 'object' && rule !== null && Object.keys(rule).length === 1 && typeof (rule as Record<string, unknown>)[key] === 'string');
  const kind = only('cohort') ? 'cohort' : only('evidence') ? 'evidence' : undefined;
  if (kind === undefined) return undefined;
  const titles = rules.map((rule) => titleOf(names, (rule as Record<string, string>)[kind], kind));
  return { text: `none of ${joinWith(titles, 'or')} is ${kind === 'cohort' ? 'ticked' : 'confirmed'}`, compound: true };
}

const isDuration = (value: unknown): value is Duration => typeof value === 'object' && value !== null && typeof (value as Duration).unit === 'string';

/** A rule's length at the end it is compared by (a range's lower end for "at least", upper for "at most"), as in case-dates.ts. */
function lengthAt(value: Duration, end: 'lower' | 'upper'): string {
  const amount = end === 'upper' && typeof value.to === 'number' ? value.to : value.amount;
  if (typeof amount !== 'number') return describeDuration({ ...value, qualifier: undefined } as Duration);
  return describeAmount(amount, value.unit);
}

/** "Less than 6 school weeks have passed since …", "… is more than 3 months". */
function elapsedOpposite(c: Record<string, unknown>, names: Names): Phrase | undefined {
  const parts: string[] = [];
  if (c.atLeast !== undefined) {
    if (!isDuration(c.atLeast)) return undefined;
    parts.push(`less than ${lengthAt(c.atLeast, 'lower')}`);
  }
  if (c.atMost !== undefined) {
    if (!isDuration(c.atMost)) return undefined;
    parts.push(`more than ${lengthAt(c.atMost, 'upper')}`);
  }
  if (parts.length === 0) return undefined;
  const from = dateTitle(names.outline, c.since as string);
  const either = parts.join(' or ');
  const singular = /^(about )?1 [a-z]/.test(parts[parts.length - 1].replace(/^(less|more) than /, ''));
  let text =
    typeof c.until === 'string'
      ? `the time from ${quote(from.title)} to ${dateName(names, c.until)} is ${either}`
      : `${either} ${singular ? 'has' : 'have'} passed since ${quote(from.title)}`;
  // No time passes since an event that has not happened (elapsed.ts), so a blank date makes the "not" hold.
  if (from.ifBlank !== undefined) text += `, or ${asClause(from.ifBlank)}`;
  return { text, compound: parts.length > 1 || from.ifBlank !== undefined };
}

/** The author's sentence ("No earlier notice has been issued.") as the end of ours. */
function asClause(sentence: string): string {
  // "No earlier …" → "no earlier …", but "NTI issued" stays as written.
  return midSentence(sentence.replace(/[.\s]+$/, ''));
}

interface Bound {
  value: number;
  inclusive: boolean;
}

const isBound = (value: unknown): value is Bound => typeof value === 'object' && value !== null && typeof (value as Bound).value === 'number';

/** "Attendance is above 90%", "… is below 80% or at least 90%". */
function measureOpposite(c: Record<string, unknown>, names: Names): Phrase | undefined {
  const measure = entity(names, c.measure as string, 'measure');
  if (measure === undefined || (c.lower === undefined && c.upper === undefined)) return undefined;
  if ((c.lower !== undefined && !isBound(c.lower)) || (c.upper !== undefined && !isBound(c.upper))) return undefined;
  const flip = (bound: Bound): Bound => ({ value: bound.value, inclusive: !bound.inclusive });
  const parts: string[] = [];
  if (c.lower !== undefined) parts.push(describeBounds(measure as never, undefined, flip(c.lower as Bound) as never));
  if (c.upper !== undefined) parts.push(describeBounds(measure as never, flip(c.upper as Bound) as never, undefined));
  return { text: `${quote(String(measure.title ?? c.measure))} is ${parts.join(' or ')}`, compound: parts.length > 1 };
}

/** "… is not answered", "the answer to … is not Yes", "… is less than 10". */
function answerOpposite(c: Record<string, unknown>, names: Names): Phrase | undefined {
  const id = c.answer as string;
  const name = titleOf(names, id, 'question');
  const given = ['in', 'atLeast', 'atMost', 'answered'].filter((key) => c[key] !== undefined);
  if (given.length === 0 || (given.length === 1 && c.answered !== undefined)) {
    return { text: c.answered === false ? `${name} is answered` : `${name} is not answered`, compound: false };
  }
  if (given.length === 1 && Array.isArray(c.in) && c.in.length > 0) {
    const question = entity(names, id, 'question');
    const spec = question === undefined ? undefined : answerSpecOf(question as never);
    const values = (c.in as (string | number)[]).map((value) => answerText(spec, value));
    const none = values.length === 1 ? `not ${values[0]}` : values.length === 2 ? `neither ${values[0]} nor ${values[1]}` : `none of ${joinWith(values, 'or')}`;
    return { text: `the answer to ${name} is ${none}`, compound: false };
  }
  if (given.every((key) => key === 'atLeast' || key === 'atMost') && given.every((key) => typeof c[key] === 'number')) {
    const parts: string[] = [];
    if (c.atLeast !== undefined) parts.push(`less than ${c.atLeast}`);
    if (c.atMost !== undefined) parts.push(`more than ${c.atMost}`);
    return { text: `the answer to ${name} is ${parts.join(' or ')}`, compound: parts.length > 1 };
  }
  return undefined;
}

/** The rule as a sentence, capitalised, for one pathway. */
export function describeCondition(condition: Condition, pathway: Pathway | Outline): string {
  const outline = 'entities' in pathway && 'references' in pathway ? (pathway as Outline) : outlinePathway(pathway);
  const text = describe(condition, { outline }, 0);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
