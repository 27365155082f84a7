import { describe, expect, it } from 'vitest';
import { readDraft } from './draft.js';

describe('readDraft: why the text is not JSON', () => {
  it('says to remove a trailing comma, in the words the CLI uses, at the closing brace or bracket', () => {
    expect(readDraft('{\n  "id": "p",\n}\n', 0).syntax?.message).toBe('Line 3, column 1: a comma before "}" (remove the trailing comma)');
    expect(readDraft('{ "stages": [1, 2, ] }', 0).syntax?.message).toBe('Line 1, column 20: a comma before "]" (remove the trailing comma)');
  });

  it('keeps its other reasons where the comma is not the trouble', () => {
    expect(readDraft('{ "id": "p", , }', 0).syntax?.message).toBe('Line 1, column 14: a property name in double quotes is expected');
    expect(readDraft('{ "id": }', 0).syntax?.message).toBe('Line 1, column 9: a value is expected');
    expect(readDraft('[1 2]', 0).syntax?.message).toBe('Line 1, column 4: a comma is missing');
  });
});
