import { describe, expect, it } from 'vitest';
import { seeds } from '../testing/fixtures.js';
import { MAX_DEPTH, readDefinition } from './read-definition.js';

const nested = (levels: number): unknown => {
  let value: unknown = {};
  for (let i = 1; i < levels; i++) value = { not: value };
  return value;
};

describe('readDefinition', () => {
  it('copies a pathway into plain data equal to it as JSON, which later changes to the original cannot reach', () => {
    const original = structuredClone(seeds.wigan);
    const read = readDefinition(original);
    expect(read.ok && JSON.stringify(read.doc)).toBe(JSON.stringify(original));
    original.title = 'Changed afterwards';
    expect(read.ok && (read.doc as { title: string }).title).toBe(seeds.wigan.title);
  });

  it('keeps only what JSON can hold, and a "__proto__" key as a key', () => {
    const tricky = JSON.parse('{"__proto__": {"polluted": true}, "n": 1}') as Record<string, unknown>;
    const read = readDefinition({ ...tricky, f: () => 1, u: undefined, list: [undefined, () => 1, Number.NaN, 'x'], date: Object.assign(Object.create(null), { a: 1 }) });
    expect(read.ok).toBe(true);
    const doc = read.ok ? (read.doc as Record<string, unknown>) : {};
    expect(JSON.stringify(doc)).toBe('{"__proto__":{"polluted":true},"n":1,"list":[null,null,null,"x"],"date":{"a":1}}');
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`reads ${MAX_DEPTH} levels and refuses one more, and a document that contains itself, without overflowing`, () => {
    expect(readDefinition(nested(MAX_DEPTH)).ok).toBe(true);
    expect(readDefinition(nested(MAX_DEPTH + 1))).toEqual({ ok: false, problem: 'too-deep' });
    expect(readDefinition(nested(100_000))).toEqual({ ok: false, problem: 'too-deep' });
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(readDefinition(loop)).toEqual({ ok: false, problem: 'too-deep' });
  });

  it('reports a getter or proxy that throws as unreadable', () => {
    const getter = Object.defineProperty({}, 'title', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(readDefinition({ stages: [getter] })).toEqual({ ok: false, problem: 'unreadable' });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(readDefinition({ a: proxy })).toEqual({ ok: false, problem: 'unreadable' });
    expect(readDefinition({ big: 10n })).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('closes bidi overrides left open in every string', () => {
    const read = readDefinition({ title: 'Tier 2\u202E', list: ['\u2067x'] });
    expect(read.ok && read.doc).toEqual({ title: 'Tier 2\u202E\u202C', list: ['\u2067x\u2069'] });
  });
});
