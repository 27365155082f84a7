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
    ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, reason: 'expected "," or "}", found "\\"" (is a comma missing?)' }],
    ["{'a': 1}", { line: 1, column: 2, reason: 'property names must be in double quotes, not single quotes' }],
    ['{a: 1}', { line: 1, column: 2, reason: 'expected a property name in double quotes, found "a"' }],
    ['{"a" 1}', { line: 1, column: 6, reason: 'expected ":" after the property name, found "1"' }],
    ['{"a": 1', { line: 1, column: 8, reason: 'the file ends before the object ({) is closed' }],
    ['[[1]', { line: 1, column: 5, reason: 'the file ends before the list ([) is closed' }],
    ['{"a": "text', { line: 1, column: 7, reason: 'this text is never closed: a closing " is missing' }],
    ['{"a": "two\nlines"}', { line: 1, column: 11, reason: 'a line break inside text (write \\n instead, or close the quotes)' }],
    ['{"a": "\\x"}', { line: 1, column: 8, reason: '"\\\\x" is not a valid escape in text' }],
    ['{"a": 1} {"b": 2}', { line: 1, column: 10, reason: 'unexpected "{" after the end of the document' }],
    ['// comment\n{}', { line: 1, column: 1, reason: 'comments are not allowed in JSON' }],
    ['{"a": .5}', { line: 1, column: 7, reason: 'unexpected "."' }],
    ['{"a": -}', { line: 1, column: 7, reason: '"-}" is not a number' }],
    ['\u0089PNG', { line: 1, column: 1, reason: 'unexpected "\u0089"' }],
  ])('%j', (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
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
