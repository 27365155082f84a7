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
 */
import type { Condition, Duration, Pathway } from './schema-types.js';
import { describeBounds } from './bands.js';
import { describeDuration } from './durations.js';
import { outlinePathway } from './outline/outline.js';
import type { Outline } from './outline/outline.js';
import { answerText, answerSpecOf } from './answers.js';
import { joinWith, quote } from './text.js';

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

function dateName(names: Names, id: string): string {
  const measure = entity(names, id, 'measure');
  if (measure !== undefined) return quote(String(measure.title ?? id));
  return titleOf(names, id, 'question');
}

function duration(value: Duration | undefined): string {
  return value === undefined ? '' : describeDuration(value);
}

function describe(condition: Condition, names: Names, depth: number): string {
  if (typeof condition !== 'object' || condition === null) return 'an unrecognised rule';
  if (depth > MAX_DEPTH) return '(more rules)';
  const c = condition as unknown as Record<string, unknown>;
  if (Array.isArray(c.all)) return joinRules(c.all as Condition[], names, depth, 'and');
  if (Array.isArray(c.any)) return joinRules(c.any as Condition[], names, depth, 'or');
  if ('not' in c) return negate(c.not as Condition, names, depth);
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
  if (typeof c.stageComplete === 'string') return `stage ${titleOf(names, c.stageComplete, 'stage')} is complete`;
  if (typeof c.outcome === 'string') return `the outcome ${titleOf(names, c.outcome, 'outcome')} has happened`;
  if (typeof c.route === 'string') return `the route ${titleOf(names, c.route, 'route')} was chosen`;
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
    const text = describe(rule, names, depth + 1);
    const combined = typeof rule === 'object' && rule !== null && ('all' in rule || 'any' in rule);
    return combined ? `(${text})` : text;
  });
  return conjunction === 'and' ? joinWith(parts, 'and') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/** "not" read naturally where it can be: "is not ticked", "has not improved". */
function negate(inner: Condition, names: Names, depth: number): string {
  let count = 1;
  let rule = inner;
  // Collapse "not not …" iteratively: hostile chains are long.
  while (typeof rule === 'object' && rule !== null && 'not' in rule && count < 100_000) {
    rule = (rule as { not: Condition }).not;
    count++;
  }
  if (typeof rule === 'object' && rule !== null && 'not' in rule) return 'an unrecognised rule';
  const text = describe(rule, names, depth + 1);
  if (count % 2 === 0) return text;
  const natural = text
    .replace(/ is ticked$/, ' is not ticked')
    .replace(/ is confirmed$/, ' is not confirmed')
    .replace(/ is complete$/, ' is not complete')
    .replace(/ has happened$/, ' has not happened')
    .replace(/ was chosen$/, ' was not chosen')
    .replace(/ has (improved|declined)/, ' has not $1');
  return natural !== text && !/ (and|or) /.test(text) ? natural : `it is not the case that ${text}`;
}

/** The rule as a sentence, capitalised, for one pathway. */
export function describeCondition(condition: Condition, pathway: Pathway | Outline): string {
  const outline = 'entities' in pathway && 'references' in pathway ? (pathway as Outline) : outlinePathway(pathway);
  const text = describe(condition, { outline }, 0);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
