/**
 * Reads a definition handed to the widget (a `.pathway` object, or a parsed `src` document)
 * into a plain-data copy the widget owns, before anything else looks at it:
 *
 * - bounded: no deeper than `MAX_DEPTH` levels (the CLI's limit), no more than `MAX_VALUES`
 *   values. A document nested thousands of levels deep, or one that contains itself, would
 *   overflow the validator's and the engine's stacks; it is refused by name instead.
 * - safe to read: a getter or proxy that throws is caught, and reported as a problem.
 * - plain: only what JSON can hold is kept (objects by their own enumerable keys), so later
 *   changes to the page's object cannot reach the widget, and no getter runs twice.
 * - bidi-closed: every string has its open embeddings and overrides closed (see bidi.ts).
 *
 * Iterative, so it never overflows the stack itself.
 */
import { closeBidi } from '../journey/bidi.js';

/** Deepest nesting of objects and arrays read; the document itself is level 1 (as `pathway validate`). */
export const MAX_DEPTH = 500;
/** Most values (objects, arrays, strings, numbers…) read; a 2,000-question pathway has about 60,000. */
export const MAX_VALUES = 2_000_000;

export type ReadProblem = 'too-deep' | 'too-large' | 'unreadable';

export type ReadResult = { ok: true; doc: unknown } | { ok: false; problem: ReadProblem };

interface Pending {
  source: unknown;
  depth: number;
  /** Where the copy goes. */
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number;
}

/** A plain, bounded, bidi-closed copy of `value`, or why it cannot be read. */
export function readDefinition(value: unknown): ReadResult {
  const root: { doc?: unknown } = {};
  const pending: Pending[] = [{ source: value, depth: 1, parent: undefined, key: 'doc' }];
  let values = 0;
  try {
    while (pending.length > 0) {
      const { source, depth, parent, key } = pending.pop()!;
      if (++values > MAX_VALUES) return { ok: false, problem: 'too-large' };
      const copy = plainCopy(source, depth);
      if (copy === TOO_DEEP) return { ok: false, problem: 'too-deep' };
      if (parent === undefined) root.doc = copy;
      else if (Array.isArray(parent)) parent[key as number] = copy === OMIT ? null : copy;
      else if (copy !== OMIT) setOwn(parent, key as string, copy);
      if (copy === null || typeof copy !== 'object') continue;
      if (Array.isArray(source)) {
        const length = source.length;
        if (length > MAX_VALUES) return { ok: false, problem: 'too-large' };
        for (let i = length - 1; i >= 0; i--) pending.push({ source: source[i], depth: depth + 1, parent: copy as unknown[], key: i });
      } else {
        const keys = Object.keys(source as object);
        if (keys.length > MAX_VALUES) return { ok: false, problem: 'too-large' };
        for (let i = keys.length - 1; i >= 0; i--) {
          pending.push({ source: (source as Record<string, unknown>)[keys[i]], depth: depth + 1, parent: copy as Record<string, unknown>, key: keys[i] });
        }
      }
    }
  } catch {
    // A getter, a proxy trap or a toJSON-less exotic object threw while being read.
    return { ok: false, problem: 'unreadable' };
  }
  return { ok: true, doc: root.doc };
}

/** Sets an own data property, as JSON.parse does: a key such as "__proto__" stays a key. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

const TOO_DEEP = Symbol('too deep');
/** An object property JSON would leave out (undefined, a function, a symbol). */
const OMIT = Symbol('omit');

/** The value's own copy: primitives as JSON keeps them, empty shells for objects and arrays. */
function plainCopy(source: unknown, depth: number): unknown {
  switch (typeof source) {
    case 'string':
      return closeBidi(source);
    case 'number':
      return Number.isFinite(source) ? source : null;
    case 'boolean':
      return source;
    case 'object': {
      if (source === null) return null;
      if (depth > MAX_DEPTH) return TOO_DEEP;
      return Array.isArray(source) ? new Array<unknown>(source.length) : {};
    }
    case 'bigint':
      throw new TypeError('not JSON');
    default:
      return OMIT;
  }
}
