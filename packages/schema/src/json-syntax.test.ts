import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1}', undefined],
    [' [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}] ', undefined],
    ['{\n  "a": 1,\n}', { line: 3, column: 1, reason: 'a comma before "}" (remove the trailing comma)' }],
    ['[1, 2,]', { line: 1, column: 7, reason: 'a comma before "]" (remove the trailing comma)' }],
    ['{"a": tru}', { line: 1, column: 7, reason: 'unexpected word "tru": text must be in double quotes' }],
    ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, reason: 'a comma is missing before "b" (at the end of line 2)' }],
    ["{'a': 1}", { line: 1, column: 2, reason: 'property names must be in double quotes, not single quotes' }],
    ['{a: 1}', { line: 1, column: 2, reason: 'the property name a must be in double quotes: "a"' }],
    ['{"a" 1}', { line: 1, column: 6, reason: 'a colon (:) is missing after the property name, before 1' }],
    ['{"a": 1', { line: 1, column: 8, reason: 'the file ends before the object ({) is closed' }],
    ['[[1]', { line: 1, column: 5, reason: 'the file ends before the list ([) is closed' }],
    ['{"a": "text', { line: 1, column: 7, reason: 'this text is never closed: a closing quotation mark (") is missing' }],
    ['{"a": "two\nlines"}', { line: 1, column: 11, reason: 'a line break inside text (write \\n instead, or close the quotes)' }],
    ['{"a": "C:\\x"}', { line: 1, column: 10, reason: 'a single backslash (\\) in text: write it twice (\\\\), or use / instead' }],
    ['{"a": 1} {"b": 2}', { line: 1, column: 10, reason: 'there is more after the end of the document: an opening brace ({)' }],
    ['// comment\n{}', { line: 1, column: 1, reason: 'comments are not allowed in JSON' }],
    ['{"a": .5}', { line: 1, column: 7, reason: 'a number must start with a digit: write 0.5' }],
    ['{"a": -}', { line: 1, column: 7, reason: 'a minus sign (-) must be followed by a number' }],
    ['\u0089PNG', { line: 1, column: 1, reason: 'expected a value here, found an invisible character (U+0089)' }],
  ])('%j', (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });

  // The slips a person makes fixing a file by hand, said in words: never JSON's escaping ("\\"") or a bare character code.
  it.each([
    ['a missing comma between properties', '{\n  "version": "1"\n  "title": "T"\n}', 'Line 3, column 3: a comma is missing before "title" (at the end of line 2)'],
    ['a missing comma between objects in a list', '[\n  { "id": "a" }\n  { "id": "b" }\n]', 'Line 3, column 3: a comma is missing before this object ({) (at the end of line 2)'],
    ['a missing comma on one line', '["a" "b"]', 'Line 1, column 6: a comma is missing before "b"'],
    ['a missing comma before a number', '{"a": [1 2]}', 'Line 1, column 10: a comma is missing before 2'],
    ['a trailing comma', '{\n  "a": 1,\n}', 'Line 3, column 1: a comma before "}" (remove the trailing comma)'],
    ['an unclosed string at the end', '{"title": "Fast track', 'Line 1, column 11: this text is never closed: a closing quotation mark (") is missing'],
    ['an unclosed string before the next line', '{"title": "Fast track,\n  "id": "x"}', 'Line 1, column 23: a line break inside text (write \\n instead, or close the quotes)'],
    ['an unquoted key', '{\n  title: "T"\n}', 'Line 2, column 3: the property name title must be in double quotes: "title"'],
    ['a single-quoted key', "{'title': 'T'}", 'Line 1, column 2: property names must be in double quotes, not single quotes'],
    ['a single-quoted value', "{\"title\": 'T'}", 'Line 1, column 11: text must be in double quotes, not single quotes'],
    ['a missing colon and value', '{"title"}', 'Line 1, column 9: a colon (:) and a value are missing after the property name'],
    ['a stray character after a value', '{"a": 1 ;}', 'Line 1, column 9: expected a comma or a closing brace (}) here, found a semicolon (;)'],
  ])('%s', (_slip, text, said) => {
    const found = findJsonSyntaxError(text)!;
    expect(`Line ${found.line}, column ${found.column}: ${found.reason}`).toBe(said);
    expect(found.reason).not.toMatch(/\\"|\\u/);
  });

  it('handles nesting deeper than the call stack', () => {
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ reason: 'the file ends before the list ([) is closed' });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const valid = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '1', '-0.5e2', '01', 'true', 'nul', ' ', '\n', '\\', "'", '"\\u12"', '"\\n"');
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(valid(text));
      }),
      { numRuns: 3000 },
    );
  });
});
