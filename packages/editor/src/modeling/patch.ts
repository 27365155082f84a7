/**
 * JSON Patch (RFC 6902) applied without changing the document it is given: the containers on
 * each operation's path are copied (structural sharing, so untouched stages stay the same
 * objects and views that did not change need not redraw), then fast-json-patch applies the
 * operation to the copy. Every operation is returned with its inverse, so any edit can be
 * undone exactly.
 */
// The default export exists in both of fast-json-patch's builds (CommonJS for plain Node, ESM for
// Vite); its named exports do not, so plain Node could not load this module with them.
import jsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { pointerSegments, unescapePointerSegment } from '@pathway/schema';

const { applyOperation, getValueByPointer } = jsonPatch;

export type { Operation } from 'fast-json-patch';

/** The ops this editor makes: no copy/test/_get. */
export type EditOperation = Extract<Operation, { op: 'add' | 'remove' | 'replace' | 'move' }>;

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** A copy of `root` in which every container from the root down to `pointer`'s parent is new. */
function copySpine<T>(root: T, pointer: string): T {
  const copy = (value: unknown) => (Array.isArray(value) ? value.slice() : { ...(value as object) });
  const path = pointerSegments(pointer);
  if (!isContainer(root)) return root;
  const newRoot = copy(root) as Record<string, unknown>;
  let node: Record<string, unknown> = newRoot;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (!isContainer(child)) break;
    const childCopy = copy(child) as Record<string, unknown>;
    node[key] = childCopy;
    node = childCopy;
  }
  return newRoot as T;
}

/** The value at a pointer, or undefined when there is none (never throws). */
export function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const key of pointerSegments(pointer)) {
    if (!isContainer(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function lastSegment(pointer: string): string {
  return unescapePointerSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

/** The operations that undo `operation` (in order), worked out on the document before it. */
function inverseOf(document: unknown, operation: EditOperation): EditOperation[] {
  switch (operation.op) {
    case 'replace':
      return [{ op: 'replace', path: operation.path, value: getValueByPointer(document, operation.path) }];
    case 'remove':
      return [{ op: 'add', path: operation.path, value: getValueByPointer(document, operation.path) }];
    case 'add': {
      const parent = valueAt(document, parentPointer(operation.path));
      const key = lastSegment(operation.path);
      if (Array.isArray(parent)) {
        const index = key === '-' ? parent.length : Number(key);
        return [{ op: 'remove', path: `${parentPointer(operation.path)}/${index}` }];
      }
      return isContainer(parent) && Object.hasOwn(parent, key)
        ? [{ op: 'replace', path: operation.path, value: (parent as Record<string, unknown>)[key] }]
        : [{ op: 'remove', path: operation.path }];
    }
    case 'move': {
      // Moving back restores the value; a move onto an object key that held something also
      // puts back what it overwrote. "-" (the end of a list) is made an index first.
      const parent = valueAt(document, parentPointer(operation.path));
      const key = lastSegment(operation.path);
      const fromList = valueAt(document, parentPointer(operation.from));
      let landed = operation.path;
      if (Array.isArray(parent) && key === '-') {
        const sameList = parentPointer(operation.path) === parentPointer(operation.from) && Array.isArray(fromList);
        landed = `${parentPointer(operation.path)}/${sameList ? parent.length - 1 : parent.length}`;
      }
      const back: EditOperation[] = [{ op: 'move', from: landed, path: operation.from }];
      if (!Array.isArray(parent) && isContainer(parent) && Object.hasOwn(parent, key)) {
        back.push({ op: 'add', path: operation.path, value: (parent as Record<string, unknown>)[key] });
      }
      return back;
    }
  }
}

export interface AppliedPatch<T> {
  document: T;
  /** Operations that undo the patch, in the order to apply them. */
  inverse: EditOperation[];
}

/** Applies `operations` in order to a copy of `document`. Throws a JsonPatchError when one cannot apply. */
export function applyEdit<T>(document: T, operations: readonly EditOperation[]): AppliedPatch<T> {
  let current = document;
  const inverse: EditOperation[] = [];
  for (const operation of operations) {
    inverse.unshift(...inverseOf(current, operation));
    current = copySpine(current, operation.path);
    if (operation.op === 'move') current = copySpine(current, operation.from);
    current = applyOperation(current, operation, true, true, true).newDocument;
  }
  return { document: current, inverse };
}
