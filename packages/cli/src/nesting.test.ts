import { describe, expect, it } from 'vitest';
import { maxNestingDepth, nestedDeeperThan } from './nesting.js';

/** `{"not": {"not": … {"answer": "q"} … }}`, `levels` objects deep. */
function nots(levels: number): unknown {
  let condition: unknown = { answer: 'q' };
  for (let i = 1; i < levels; i++) condition = { not: condition };
  return condition;
}

/** `[[[…]]]`, `levels` arrays deep. */
function lists(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

describe('nestedDeeperThan', () => {
  it('counts the document as level 1 and each object or array inside as one more', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan(null, 0)).toBe(false);
    expect(nestedDeeperThan({}, 0)).toBe(true);
    expect(nestedDeeperThan({}, 1)).toBe(false);
    expect(nestedDeeperThan({ a: [] }, 1)).toBe(true);
    expect(nestedDeeperThan({ a: [] }, 2)).toBe(false);
    expect(nestedDeeperThan({ a: [1, 'x', null, { b: {} }] }, 3)).toBe(true);
    expect(nestedDeeperThan({ a: [1, 'x', null, { b: {} }] }, 4)).toBe(false);
  });

  it('finds the one deep branch among shallow ones', () => {
    const doc = { stages: [{ id: 'a' }, { id: 'b', gates: [{ condition: nots(50) }] }, { id: 'c' }] };
    // document, stages, stage, gates, gate: 5 levels above the 50 of the condition.
    expect(nestedDeeperThan(doc, 55)).toBe(false);
    expect(nestedDeeperThan(doc, 54)).toBe(true);
  });

  it(`allows exactly ${maxNestingDepth} levels and refuses one more`, () => {
    expect(nestedDeeperThan(nots(maxNestingDepth), maxNestingDepth)).toBe(false);
    expect(nestedDeeperThan(nots(maxNestingDepth + 1), maxNestingDepth)).toBe(true);
  });

  it('walks a million levels without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    expect(nestedDeeperThan(deep, maxNestingDepth)).toBe(true);
    expect(nestedDeeperThan(lists(1_000_000), 1_000_000)).toBe(false);
  });

  it('walks a wide document', () => {
    const wide = { items: Array.from({ length: 100_000 }, (_, i) => ({ id: `x${i}`, tags: [i] })) };
    expect(nestedDeeperThan(wide, 3)).toBe(true);
    expect(nestedDeeperThan(wide, 4)).toBe(false);
  });
});
