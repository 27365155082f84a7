import { describe, expect, it } from 'vitest';
import { markerRangeOfPointer, parseText, pointerAtOffset, rangeOfPointer } from './pointer-ranges.js';

const text = `{
  "title": "Wigan",
  "stages": [
    { "id": "a", "bands": [ { "min": 90 }, { "min": 80, "max": [1, [2, 3]] } ] },
    { "id": "b", "notes": { "a/b": 1, "m~n": "tilde", "": "empty", "0": "zero" } }
  ],
  "dup": 1,
  "dup": { "last": true }
}
`;

function textOf(range: { offset: number; length: number } | undefined): string {
  if (range === undefined) throw new Error('no range');
  return text.slice(range.offset, range.offset + range.length);
}

describe('pointer ↔ text range', () => {
  it('finds values in nested arrays and objects', () => {
    expect(textOf(rangeOfPointer(text, '/title'))).toBe('"Wigan"');
    expect(textOf(rangeOfPointer(text, '/stages/0/bands/1/min'))).toBe('80');
    expect(textOf(rangeOfPointer(text, '/stages/0/bands/1/max/1/0'))).toBe('2');
    expect(textOf(rangeOfPointer(text, '/stages/0/bands/0'))).toBe('{ "min": 90 }');
    expect(rangeOfPointer(text, '')).toMatchObject({ offset: 0, exact: true, pointer: '' });
  });

  it('finds escaped, empty and numeric keys', () => {
    expect(textOf(rangeOfPointer(text, '/stages/1/notes/a~1b'))).toBe('1');
    expect(textOf(rangeOfPointer(text, '/stages/1/notes/m~0n'))).toBe('"tilde"');
    expect(textOf(rangeOfPointer(text, '/stages/1/notes/'))).toBe('"empty"');
    // "0" in an object is a key, not an index.
    expect(textOf(rangeOfPointer(text, '/stages/1/notes/0'))).toBe('"zero"');
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(textOf(rangeOfPointer(text, '/dup'))).toBe('{ "last": true }');
  });

  it('falls back to the nearest ancestor in the text, saying so', () => {
    const range = rangeOfPointer(text, '/stages/1/questions/0');
    expect(range).toMatchObject({ pointer: '/stages/1', exact: false });
    expect(textOf(range).startsWith('{ "id": "b"')).toBe(true);
    expect(rangeOfPointer(text, '/stages/9')).toMatchObject({ pointer: '/stages', exact: false });
    expect(rangeOfPointer(text, '/stages/01')).toMatchObject({ pointer: '/stages', exact: false });
    expect(rangeOfPointer('', '/a')).toBeUndefined();
  });

  it('marks property names of containers and the values of scalars', () => {
    expect(textOf(markerRangeOfPointer(text, '/stages'))).toBe('"stages"');
    expect(textOf(markerRangeOfPointer(text, '/stages/0/bands/1/min'))).toBe('80');
    expect(textOf(markerRangeOfPointer(text, '/stages/1'))).toBe('{');
    expect(textOf(markerRangeOfPointer(text, '/stages/1/notes/a~1b'))).toBe('1');
    expect(textOf(markerRangeOfPointer(text, ''))).toBe('{');
  });

  it('names what is under an offset', () => {
    const parsed = parseText(text);
    const at = (needle: string, delta = 0) => pointerAtOffset(parsed, text.indexOf(needle) + delta);
    expect(at('"Wigan"', 2)).toBe('/title');
    expect(at('"title"', 2)).toBe('/title');
    expect(at('80')).toBe('/stages/0/bands/1/min');
    expect(at('[2, 3]', 4)).toBe('/stages/0/bands/1/max/1/1');
    expect(at('"a/b"', 1)).toBe('/stages/1/notes/a~1b');
    expect(at('"tilde"', 1)).toBe('/stages/1/notes/m~0n');
    expect(at('{ "min": 90 }', 1)).toBe('/stages/0/bands/0');
    expect(pointerAtOffset(parsed, 0)).toBe('');
  });

  it('keeps mapping while the JSON is invalid', () => {
    const broken = '{\n  "stages": [\n    { "id": "a", "title": "Tier 1" \n    { "id": "b" }\n  ]\n';
    const parsed = parseText(broken);
    const range = rangeOfPointer(parsed, '/stages/0/title');
    expect(range).toMatchObject({ exact: true });
    expect(broken.slice(range!.offset, range!.offset + range!.length)).toBe('"Tier 1"');
    expect(pointerAtOffset(parsed, broken.indexOf('"Tier 1"') + 1)).toBe('/stages/0/title');
  });
});
