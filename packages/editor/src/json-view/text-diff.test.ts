import { describe, expect, it } from 'vitest';
import { changedPart } from './text-diff.js';

function apply(before: string, after: string): string {
  const { start, end, text } = changedPart(before, after);
  return before.slice(0, start) + text + before.slice(end);
}

describe('changedPart', () => {
  it('replaces only the part that changed', () => {
    expect(changedPart('{"title": "A"}', '{"title": "ABC"}')).toEqual({ start: 12, end: 12, text: 'BC' });
    expect(changedPart('abcdef', 'abXYef')).toEqual({ start: 2, end: 4, text: 'XY' });
    expect(changedPart('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
    expect(changedPart('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' });
  });

  it('never cuts a surrogate pair', () => {
    const before = 'a\u{1F600}b';
    const after = 'a\u{1F601}b';
    const part = changedPart(before, after);
    expect(part).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
    expect(apply(before, after)).toBe(after);
    expect(apply('x\u{1F600}', 'x\u{1F44D}\u{1F600}')).toBe('x\u{1F44D}\u{1F600}');
  });

  it('turns any text into any other', () => {
    const texts = ['', '{}', '{\n  "a": 1\n}\n', 'é\u{1F600}é', '\u{1F600}\u{1F600}', 'not json {'];
    for (const before of texts) for (const after of texts) expect(apply(before, after)).toBe(after);
  });
});
