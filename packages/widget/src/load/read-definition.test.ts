import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seeds } from '../testing/fixtures.js';
import { MAX_DEPTH, MAX_VALUES, mayHoldBidi, readDefinition, readParsed } from './read-definition.js';

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

  it(`refuses more than ${MAX_VALUES.toLocaleString('en-GB')} values, in one array or in all`, () => {
    expect(readDefinition({ list: new Array(MAX_VALUES + 1).fill(0) })).toEqual({ ok: false, problem: 'too-large' });
    const half = MAX_VALUES / 2;
    // The document and its two arrays count too: MAX_VALUES values in all, then one more.
    expect(readDefinition({ a: new Array(half).fill(0), b: new Array(half - 3).fill(0) }).ok).toBe(true);
    expect(readDefinition({ a: new Array(half).fill(0), b: new Array(half - 2).fill(0) })).toEqual({ ok: false, problem: 'too-large' });
  });

  it('reads every getter once, and all of an object\'s before the values below them', () => {
    const reads: string[] = [];
    const getter = (name: string, value: unknown) => ({ enumerable: true, get: () => (reads.push(name), value) });
    const inner = Object.defineProperty({}, 'c', getter('c', 1));
    const read = readDefinition({ list: [Object.defineProperties({}, { a: getter('a', inner), b: getter('b', 2) })] });
    expect(read.ok && read.doc).toEqual({ list: [{ a: { c: 1 }, b: 2 }] });
    expect(reads).toEqual(['a', 'b', 'c']);
  });
});

/** JSON values with strings that open, close and escape bidi controls. */
const bidiText = fc.string({ unit: fc.constantFrom('a', ' ', '\u202E', '\u202c', '\u2067', '\u2069', '\u202a'), maxLength: 6 });
const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string(), bidiText, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 3 }), fc.constant('__proto__')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('readParsed', () => {
  const both = (text: string) => ({ parsed: readParsed(JSON.parse(text), mayHoldBidi(text)), copied: readDefinition(JSON.parse(text)) });

  it('reads a parsed document as readDefinition reads it, whatever it holds, as text or escaped', () => {
    fc.assert(
      fc.property(jsonish, fc.constantFrom('as itself', 'u202e', 'U202E'), (value, written) => {
        let text = JSON.stringify(value);
        // JSON may hold a bidi control as itself or as an escape, in either case.
        const hex = (c: string) => c.charCodeAt(0).toString(16);
        if (written !== 'as itself') text = text.replace(/[\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${written === 'u202e' ? hex(c) : hex(c).toUpperCase()}`);
        const { parsed, copied } = both(text);
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(copied));
        expect(parsed).toEqual(copied);
      }),
      { numRuns: 500 },
    );
    for (const seed of Object.values(seeds)) expect(both(JSON.stringify(seed)).parsed).toEqual({ ok: true, doc: seed });
  });

  it('keeps a "__proto__" key as a key, and closes the strings it holds in place', () => {
    const text = '{"__proto__": {"title": "Tier 2\\u202e"}, "list": ["\u2067x", "plain"]}';
    const doc = JSON.parse(text) as Record<string, unknown>;
    const read = readParsed(doc, mayHoldBidi(text));
    expect(read).toEqual({ ok: true, doc });
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(doc, '__proto__')?.value).toEqual({ title: 'Tier 2\u202E\u202C' });
    expect(doc.list).toEqual(['\u2067x\u2069', 'plain']);
  });

  it('refuses what readDefinition refuses: too deep, too many values', () => {
    const nestedText = (levels: number) => `${'{"not":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
    expect(readParsed(JSON.parse(nestedText(MAX_DEPTH)), false).ok).toBe(true);
    expect(readParsed(JSON.parse(nestedText(MAX_DEPTH + 1)), false)).toEqual({ ok: false, problem: 'too-deep' });
    expect(readParsed({ list: new Array(MAX_VALUES + 1).fill(0) }, false)).toEqual({ ok: false, problem: 'too-large' });
    const half = MAX_VALUES / 2;
    expect(readParsed({ a: new Array(half).fill(0), b: new Array(half - 3).fill(0) }, false).ok).toBe(true);
    expect(readParsed({ a: new Array(half).fill(0), b: new Array(half - 2).fill(0) }, false)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('mayHoldBidi', () => {
  it('finds a bidi control as itself or as an escape in either case, and nothing in other text', () => {
    for (const text of ['"\u202E"', '"\u2069"', '"\\u202e"', '"\\u202A"', '"\\u2066"', '"x\\u2069"']) expect(mayHoldBidi(text), text).toBe(true);
    for (const text of ['"plain"', '"\\u2028"', '"\\u202f"', '"\\u2065"', '"\\u206a"', '"\u200F"', '"مرحبا"']) expect(mayHoldBidi(text), text).toBe(false);
  });
});
