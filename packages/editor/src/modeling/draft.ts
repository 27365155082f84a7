/**
 * A draft: the pathway as the author has it. The JSON text is the truth (kept exactly as
 * typed, even while it is not valid JSON, so nothing typed is ever lost); the parsed value is
 * what forms, lint and the preview read, and is absent while the text does not parse.
 */
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

export interface SyntaxProblem {
  /** Plain English: "Line 4, column 7: a comma is missing". */
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

const plainSyntaxErrors: Record<string, string> = {
  InvalidSymbol: 'something here is not JSON',
  InvalidNumberFormat: 'this number is not written as JSON numbers are',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon (:) is missing',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing brace } is missing',
  CloseBracketExpected: 'a closing bracket ] is missing',
  EndOfFileExpected: 'there is more text after the end of the pathway',
  InvalidCommentToken: 'JSON cannot have comments',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a text value is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape is not four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash escape is not one JSON allows',
  InvalidCharacter: 'a text value contains a character JSON does not allow (a line break, say)',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A closing brace or bracket right after a comma: jsonc-parser reports the name or value it
 * expected there; the words are the CLI's (packages/cli/src/json-syntax.ts), so both say the same.
 */
function trailingComma(text: string, offset: number): string | undefined {
  const close = text[offset];
  if (close !== '}' && close !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return text[i] === ',' ? `a comma before "${close}" (remove the trailing comma)` : undefined;
}

function describeSyntax(text: string, error: ParseError): SyntaxProblem {
  const { line, column } = lineAndColumn(text, error.offset);
  const code = printParseErrorCode(error.error);
  const reason = (code === 'PropertyNameExpected' || code === 'ValueExpected' ? trailingComma(text, error.offset) : undefined) ?? plainSyntaxErrors[code] ?? code;
  return { message: `Line ${line}, column ${column}: ${reason}`, offset: error.offset, length: error.length, line, column };
}

/**
 * Reads text as a draft. Strict JSON: comments and trailing commas are reported, since the
 * widget and the CLI read strict JSON. JSON.parse gives the value (it is exact where
 * jsonc-parser's tree is not, e.g. for "__proto__" keys); jsonc-parser gives positions.
 */
export function readDraft(text: string, revision: number): DraftState {
  if (text.trim() === '') {
    return { text, value: undefined, revision, syntax: { message: 'The pathway is empty: it needs at least {}', offset: 0, length: 0, line: 1, column: 1 } };
  }
  try {
    return { text, value: JSON.parse(text), revision };
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0] ?? { error: 1, offset: 0, length: 0 };
    return { text, value: undefined, revision, syntax: describeSyntax(text, first as ParseError) };
  }
}

/** How the editor writes JSON: two spaces, a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
