/**
 * JSON pointers ↔ places in the JSON text, with `jsonc-parser` (the parser Monaco's own JSON
 * support is built on). Its tree is error-tolerant, so the mapping keeps working, as far as
 * the text allows, while the JSON is invalid. No DOM and no Monaco: offsets in, offsets out.
 */
import { findNodeAtOffset, parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { pointerFrom, pointerSegments } from '@pathway/schema';

/** A stretch of the text: `length` characters from `offset`. */
export interface TextRange {
  offset: number;
  length: number;
}

export interface PointerRange extends TextRange {
  /** The pointer of the node found: the one asked for, or its nearest ancestor present in the text. */
  pointer: string;
  /** Whether the node asked for is in the text (false when only an ancestor was found). */
  exact: boolean;
}

/** A parsed text, to map many pointers without parsing again. */
export interface ParsedText {
  readonly text: string;
  readonly root: Node | undefined;
}

export function parseText(text: string): ParsedText {
  return { text, root: parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) };
}


const arrayIndex = /^(0|[1-9][0-9]*)$/;

/** The property node for `key` in an object node: the last one, as JSON.parse keeps the last of duplicate keys. */
function propertyOf(object: Node, key: string): Node | undefined {
  let found: Node | undefined;
  for (const property of object.children ?? []) {
    if (property.type === 'property' && property.children?.[0]?.value === key) found = property;
  }
  return found;
}

interface Walked {
  /** The deepest value node reached. */
  node: Node;
  /** Its property node, when it is the value of a property. */
  property: Node | undefined;
  /** How many segments were followed. */
  depth: number;
}

function walk(root: Node, segments: readonly string[]): Walked {
  let node = root;
  let property: Node | undefined;
  let depth = 0;
  for (const segment of segments) {
    let next: Node | undefined;
    let nextProperty: Node | undefined;
    if (node.type === 'object') {
      nextProperty = propertyOf(node, segment);
      next = nextProperty?.children?.[1];
    } else if (node.type === 'array' && arrayIndex.test(segment)) {
      next = node.children?.[Number(segment)];
    }
    if (next === undefined) break;
    node = next;
    property = nextProperty;
    depth++;
  }
  return { node, property, depth };
}

/**
 * Where a pointer's value is in the text: the whole value (`{ … }` of a stage, `"Tier 2"` of
 * a title). When the pointer is not in the text (a property that is missing), the nearest
 * ancestor that is, with `exact: false`. Undefined only when the text has no JSON at all.
 */
export function rangeOfPointer(parsed: ParsedText | string, pointer: string): PointerRange | undefined {
  const { root } = typeof parsed === 'string' ? parseText(parsed) : parsed;
  if (root === undefined) return undefined;
  const segments = pointerSegments(pointer);
  const { node, depth } = walk(root, segments);
  return { offset: node.offset, length: node.length, pointer: pointerFrom(segments.slice(0, depth)), exact: depth === segments.length };
}

/**
 * Where to mark a problem at a pointer, so a marker underlines a word rather than a whole
 * stage: the property name when the value is an object or a list (as VS Code marks them),
 * the value itself when it is a string, number, true, false or null, and the opening bracket
 * of an object or list in a list or at the top.
 */
export function markerRangeOfPointer(parsed: ParsedText | string, pointer: string): PointerRange | undefined {
  const { root } = typeof parsed === 'string' ? parseText(parsed) : parsed;
  if (root === undefined) return undefined;
  const segments = pointerSegments(pointer);
  const { node, property, depth } = walk(root, segments);
  const found = { pointer: pointerFrom(segments.slice(0, depth)), exact: depth === segments.length };
  if (node.type !== 'object' && node.type !== 'array') return { offset: node.offset, length: node.length, ...found };
  const key = property?.children?.[0];
  if (key !== undefined) return { offset: key.offset, length: key.length, ...found };
  return { offset: node.offset, length: 1, ...found };
}

/**
 * The pointer of what is at an offset in the text: the property whose name or value the
 * offset is in, or the list item, or the nearest container around it. "" for the whole
 * pathway or when the text has no JSON.
 */
export function pointerAtOffset(parsed: ParsedText | string, offset: number): string {
  const { root } = typeof parsed === 'string' ? parseText(parsed) : parsed;
  if (root === undefined) return '';
  let node = findNodeAtOffset(root, offset, true);
  if (node === undefined) return '';
  // The name of a property, or the space around its colon: the property's value.
  if (node.type === 'property') node = node.children?.[1] ?? node.parent ?? node;
  else if (node.parent?.type === 'property' && node.parent.children?.[0] === node) node = node.parent.children?.[1] ?? node.parent.parent ?? node;
  return pointerFrom(pathOf(node));
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let current: Node = node;
  while (current.parent !== undefined) {
    const parent: Node = current.parent;
    if (parent.type === 'property') {
      path.push(String(parent.children?.[0]?.value ?? ''));
      current = parent.parent ?? parent;
      if (current === parent) break;
      continue;
    }
    if (parent.type === 'array') path.push(parent.children?.indexOf(current) ?? 0);
    current = parent;
  }
  return path.reverse();
}
