/**
 * A draft: the pathway as the author has it. The JSON text is the truth (kept exactly as
 * typed, even while it is not valid JSON, so nothing typed is ever lost); the parsed value is
 * what forms, lint and the preview read, and is absent while the text does not parse.
 */
import { findJsonSyntaxError } from '@pathway/schema';

export interface SyntaxProblem {
  /** Plain English: "Line 4, column 7: a comma before "}" (remove the trailing comma)". */
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface DraftState {
  /** The JSON text exactly as the author has it. */
  readonly text: string;
  /** The parsed document while the text is valid JSON; undefined while it is not. */
  readonly value: unknown;
  /** Why the text is not valid JSON, when it is not (the first problem). */
  readonly syntax?: SyntaxProblem;
  /** Counts every change, so views can tell a new state from an old one cheaply. */
  readonly revision: number;
}

/** The offset of a 1-based line and column in the text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** Where and why the text is not JSON, in the words the CLI uses (one scanner, in @pathway/schema). */
function describeSyntax(text: string): SyntaxProblem {
  const found = findJsonSyntaxError(text) ?? { line: 1, column: 1, reason: 'something here is not JSON' };
  const offset = offsetOf(text, found.line, found.column);
  return {
    message: `Line ${found.line}, column ${found.column}: ${found.reason}`,
    offset,
    length: offset < text.length ? 1 : 0,
    line: found.line,
    column: found.column,
  };
}

/**
 * Reads text as a draft. Strict JSON: comments and trailing commas are reported, since the
 * widget and the CLI read strict JSON. JSON.parse gives the value; the shared scanner says
 * where and why it is not JSON.
 */
export function readDraft(text: string, revision: number): DraftState {
  if (text.trim() === '') {
    return { text, value: undefined, revision, syntax: { message: 'The pathway is empty: it needs at least {}', offset: 0, length: 0, line: 1, column: 1 } };
  }
  try {
    return { text, value: JSON.parse(text), revision };
  } catch {
    return { text, value: undefined, revision, syntax: describeSyntax(text) };
  }
}

/** How the editor writes JSON: two spaces, a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
