import { describe, expect, it } from 'vitest';
import { childPointer, escapePointerSegment, pointerFrom, pointerSegments, unescapePointerSegment } from './json-pointer.js';

describe('JSON pointers', () => {
  it('escapes "~" before "/" and unescapes in the reverse order (RFC 6901)', () => {
    expect(escapePointerSegment('a/b~c')).toBe('a~1b~0c');
    expect(unescapePointerSegment('a~1b~0c')).toBe('a/b~c');
    // "~01" is the key "~1", not "/".
    expect(unescapePointerSegment('~01')).toBe('~1');
    expect(escapePointerSegment('~1')).toBe('~01');
  });

  it('splits and builds pointers', () => {
    expect(pointerSegments('/a~1b/m~0n/0')).toEqual(['a/b', 'm~n', '0']);
    expect(pointerFrom(['a/b', 'm~n', 0, ''])).toBe('/a~1b/m~0n/0/');
    expect(pointerSegments('')).toEqual([]);
    expect(pointerFrom([])).toBe('');
    expect(pointerSegments('stages/2')).toEqual(['stages', '2']);
    expect(childPointer('/stages/2', 'a/b')).toBe('/stages/2/a~1b');
    expect(childPointer('', 0)).toBe('/0');
  });

  it('round-trips any keys', () => {
    const keys = ['', '~', '/', '~1', '/0', 'title', '0'];
    expect(pointerSegments(pointerFrom(keys))).toEqual(keys);
  });
});
