import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@pathway/schema';
import { readDraft } from './draft.js';

describe('readDraft: why the text is not JSON', () => {
  it('says to remove a trailing comma, in the words the CLI uses, at the closing brace or bracket', () => {
    expect(readDraft('{\n  "id": "p",\n}\n', 0).syntax?.message).toBe('Line 3, column 1: a comma before "}" (remove the trailing comma)');
    expect(readDraft('{ "stages": [1, 2, ] }', 0).syntax?.message).toBe('Line 1, column 20: a comma before "]" (remove the trailing comma)');
  });

  it('explains every other mistake as the CLI does too (one scanner), and points at it', () => {
    for (const text of ['{ "id": "p", , }', '{ "id": }', '[1 2]', "{ 'id': 'p' }", '{ "a": 1 // note\n}', '{\n  "a": "line\nbreak"\n}', '{ "a": tru }']) {
      const found = findJsonSyntaxError(text)!;
      const syntax = readDraft(text, 0).syntax!;
      expect(syntax.message).toBe(`Line ${found.line}, column ${found.column}: ${found.reason}`);
      // The offset is the same place, for the JSON view's marker.
      const lines = text.slice(0, syntax.offset).split('\n');
      expect([lines.length, lines.at(-1)!.length + 1]).toEqual([found.line, found.column]);
    }
    expect(readDraft('[1 2]', 0).syntax?.message).toBe('Line 1, column 4: a comma is missing before 2');
  });

  it('an empty text says what the least pathway is', () => {
    expect(readDraft('  \n', 0).syntax?.message).toBe('The pathway is empty: it needs at least {}');
  });
});
