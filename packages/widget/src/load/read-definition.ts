/**
 * Reads a definition handed to the widget (a `.pathway` object, or a parsed `src` document)
 * into plain data the widget owns, before anything else looks at it:
 *
 * - bounded: no deeper than `MAX_DEPTH` levels (the CLI's limit), no more than `MAX_VALUES`
 *   values. A document nested thousands of levels deep, or one that contains itself, would
 *   overflow the validator's and the engine's stacks; it is refused by name instead.
 * - safe to read: a getter or proxy that throws is caught, and reported as a problem.
 * - plain: only what JSON can hold is kept (objects by their own enumerable keys), so later
 *   changes to the page's object cannot reach the widget, and no getter runs twice.
 * - bidi-closed: every string has its open embeddings and overrides closed (see bidi.ts).
 *
 * A page's object is copied (`readDefinition`). A document the widget parsed itself is plain
 * already and no one else holds it, so it is only walked, and its strings closed in place,
 * none at all when its text has no bidi control (`readParsed`).
 *
 * Both recurse no deeper than `MAX_DEPTH` + 1 levels, refusing a deeper value before reading
 * it, so neither can overflow the stack; values are read in the order of a depth-first walk.
 */
import { closeBidi } from '../journey/bidi.js';
// Where a document's text says whether its strings need closing (bidi.ts knows the controls).
export { mayHoldBidi } from '../journey/bidi.js';

/** Deepest nesting of objects and arrays read; the document itself is level 1 (as `pathway validate`). */
export const MAX_DEPTH = 500;
/** Most values (objects, arrays, strings, numbers…) read; a 2,000-question pathway has about 60,000. */
export const MAX_VALUES = 2_000_000;

export type ReadProblem = 'too-deep' | 'too-large' | 'unreadable';

export type ReadResult = { ok: true; doc: unknown } | { ok: false; problem: ReadProblem };

/** Why a read stopped early, thrown out of the walk (anything else thrown: the page's object could not be read). */
const TOO_DEEP = {};
const TOO_LARGE = {};

/** What a read has counted, and how it reads. */
interface Reading {
  values: number;
  /** Whether strings may need closing (all but a parsed document whose text has no bidi control). */
  bidi: boolean;
  /** Whether objects and arrays are copied (a page's) or read where they are (a parsed document). */
  copy: boolean;
  /** While copying: the values of the objects and arrays on the way down, each object's all read before any is copied. */
  pending: unknown[];
}

function read(value: unknown, bidi: boolean, copy: boolean): ReadResult {
  try {
    return { ok: true, doc: walk(value, 1, { values: 0, bidi, copy, pending: [] }) };
  } catch (error) {
    // A getter, a proxy trap or a toJSON-less exotic object threw while being read.
    return { ok: false, problem: error === TOO_DEEP ? 'too-deep' : error === TOO_LARGE ? 'too-large' : 'unreadable' };
  }
}

/** A plain, bounded, bidi-closed copy of `value`, or why it cannot be read. */
export function readDefinition(value: unknown): ReadResult {
  return read(value, true, true);
}

/**
 * `doc` as `readDefinition` would read it, for a document fresh from `JSON.parse` that nothing
 * else holds: it is plain already, so it is only counted and, if `bidi` (see `mayHoldBidi`), its
 * strings closed where they are. The same documents are refused for the same reasons.
 */
export function readParsed(doc: unknown, bidi: boolean): ReadResult {
  return read(doc, bidi, false);
}

/** An object property JSON would leave out (undefined, a function, a symbol). */
const OMIT = Symbol('omit');

/** `source` (at `depth`) as JSON keeps it: primitives as they are (strings closed), objects and arrays copied or walked. */
function walk(source: unknown, depth: number, reading: Reading): unknown {
  if (++reading.values > MAX_VALUES) throw TOO_LARGE;
  switch (typeof source) {
    case 'string':
      return reading.bidi ? closeBidi(source) : source;
    case 'number':
      return Number.isFinite(source) ? source : null;
    case 'boolean':
      return source;
    case 'object':
      break;
    case 'bigint':
      throw new TypeError('not JSON');
    default:
      return OMIT;
  }
  if (source === null) return null;
  if (depth > MAX_DEPTH) throw TOO_DEEP;
  const node = source as Record<string | number, unknown>;
  const keys = Array.isArray(source) ? undefined : Object.keys(source);
  const length: number = keys ? keys.length : (source as unknown[]).length;
  if (length > MAX_VALUES) throw TOO_LARGE;
  if (!reading.copy) {
    for (let i = 0; i < length; i++) {
      const key = keys ? keys[i] : i;
      const item = node[key];
      const read = walk(item, depth + 1, reading);
      if (read !== item) setOwn(node, key, read);
    }
    return source;
  }
  // Every value of the object is read (its getters run) before any is copied; they wait on one
  // stack shared by the whole walk, rather than in an object each.
  const pending = reading.pending;
  const base = pending.length;
  for (let i = 0; i < length; i++) pending.push(node[keys ? keys[i] : i]);
  const out: unknown[] | Record<string, unknown> = keys ? {} : [];
  for (let i = 0; i < length; i++) {
    const item = walk(pending[base + i], depth + 1, reading);
    if (!keys) (out as unknown[]).push(item === OMIT ? null : item);
    else if (item !== OMIT) setOwn(out as Record<string, unknown>, keys[i], item);
  }
  pending.length = base;
  return out;
}

/** Sets an own data property, as JSON.parse does: a key such as "__proto__" stays a key. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
