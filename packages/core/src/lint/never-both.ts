/**
 * Whether two rules can never hold together: a circumstance ticked and not ticked, two answers
 * to one question, two ranges of one figure that do not meet. A cautious reading: "false" means
 * "not shown to exclude each other", so a rule lint cannot see into is taken to be able to hold
 * beside anything. Lint uses it to leave alone what a pathway already keeps apart ("open to the
 * YJS" beside "in alternative provision and not open to the YJS").
 */
import type { Condition } from '@pathway/schema';
import { intersection, type Interval } from './intervals.js';

type Node = Record<string, unknown>;
/** A rule as written, or the "not" of one. */
interface Rule {
  node: Node;
  negated: boolean;
}

const isRecord = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "not" pushed down to the leaves: not (any of …) is all of (not …), and so on. */
function parts({ node, negated }: Rule): { all?: Rule[]; any?: Rule[]; leaf?: Rule } {
  if (isRecord(node.not)) return parts({ node: node.not, negated: !negated });
  const children = (key: 'all' | 'any') => (Array.isArray(node[key]) ? (node[key] as unknown[]).filter(isRecord).map((child) => ({ node: child, negated })) : undefined);
  const all = children('all');
  const any = children('any');
  if (all !== undefined) return negated ? { any: all } : { all };
  if (any !== undefined) return negated ? { all: any } : { any };
  return { leaf: { node, negated } };
}

/** True when the two rules can never both hold, as far as lint can tell. */
export function neverBothHold(a: Condition, b: Condition): boolean {
  return isRecord(a) && isRecord(b) && exclusive({ node: a, negated: false }, { node: b, negated: false }, 0);
}

// Deeper than any rule an author writes: past it, say nothing rather than walk on.
const maxDepth = 50;

function exclusive(a: Rule, b: Rule, depth: number): boolean {
  if (depth > maxDepth) return false;
  const left = parts(a);
  const right = parts(b);
  if (left.any !== undefined) return left.any.length > 0 && left.any.every((part) => exclusive(part, b, depth + 1));
  if (right.any !== undefined) return right.any.length > 0 && right.any.every((part) => exclusive(a, part, depth + 1));
  if (left.all !== undefined) return left.all.some((part) => exclusive(part, b, depth + 1));
  if (right.all !== undefined) return right.all.some((part) => exclusive(a, part, depth + 1));
  return leavesExclusive(left.leaf!, right.leaf!);
}

function leavesExclusive(a: Rule, b: Rule): boolean {
  const x = a.node;
  const y = b.node;
  // A rule and its own "not".
  if (a.negated !== b.negated) {
    if (sameRule(x, y)) return true;
    // "answer in S" beside "not (answer in T)" where every answer in S is in T.
    const [yes, no] = a.negated ? [y, x] : [x, y];
    const inYes = answersIn(yes);
    const inNo = answersIn(no);
    return yes.answer !== undefined && yes.answer === no.answer && inYes !== undefined && inNo !== undefined && inYes.every((value) => inNo.includes(value));
  }
  if (a.negated) return false;
  const inX = answersIn(x);
  const inY = answersIn(y);
  if (x.answer !== undefined && x.answer === y.answer && inX !== undefined && inY !== undefined) return !inX.some((value) => inY.includes(value));
  if (typeof x.measure === 'string' && x.measure === y.measure) return intersection(range(x), range(y)) === undefined;
  return false;
}

function answersIn(rule: Node): unknown[] | undefined {
  return Array.isArray(rule.in) ? rule.in : undefined;
}

function range(rule: Node): Interval {
  const end = (bound: unknown, open: number) =>
    isRecord(bound) && typeof bound.value === 'number' ? { value: bound.value, inclusive: bound.inclusive === true } : { value: open, inclusive: false };
  return { lower: end(rule.lower, -Infinity), upper: end(rule.upper, Infinity) };
}

function sameRule(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
