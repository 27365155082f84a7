import { describe, expect, it } from 'vitest';
import { closeBidi, closeBidiDeep, leavesBidiOpen } from './bidi.js';

const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const RLO = '\u202E';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('closeBidi', () => {
  it('leaves text without bidi controls, and balanced text, exactly as it is', () => {
    const plain = 'Tier 2: Targeted support';
    expect(closeBidi(plain)).toBe(plain);
    expect(closeBidi(`${RLO}abc${PDF} and ${FSI}שלום${PDI}`)).toBe(`${RLO}abc${PDF} and ${FSI}שלום${PDI}`);
    expect(closeBidi('مرحبا')).toBe('مرحبا');
  });

  it('closes what is left open at the end, innermost first, keeping every character', () => {
    expect(closeBidi(`Tier 2${RLO}`)).toBe(`Tier 2${RLO}${PDF}`);
    expect(closeBidi(`a${RLI}b${RLE}c`)).toBe(`a${RLI}b${RLE}c${PDF}${PDI}`);
    expect(closeBidi(`${LRE}${LRE}x${PDF}`)).toBe(`${LRE}${LRE}x${PDF}${PDF}`);
  });

  it('follows the algorithm: PDF never closes across an isolate, PDI closes the embeddings inside its isolate', () => {
    expect(closeBidi(`${FSI}${PDF}x`)).toBe(`${FSI}${PDF}x${PDI}`);
    expect(closeBidi(`${FSI}${RLO}x${PDI}`)).toBe(`${FSI}${RLO}x${PDI}`);
    // A closer with nothing to close is kept (the text is shown as written) and changes nothing.
    expect(closeBidi(`${PDF}${PDI}x`)).toBe(`${PDF}${PDI}x`);
  });

  it('tells whether a string leaves anything open', () => {
    expect(leavesBidiOpen(`x${RLO}`)).toBe(true);
    expect(leavesBidiOpen(`x${RLO}y${PDF}`)).toBe(false);
  });
});

describe('closeBidiDeep', () => {
  it('closes every string in plain data and copies only what changes', () => {
    const untouched = { a: ['x'], b: 1 };
    const value = { title: `T${RLO}`, list: ['ok', `${RLI}n`], nested: { note: 'fine' }, untouched };
    const closed = closeBidiDeep(value);
    expect(closed).toEqual({ title: `T${RLO}${PDF}`, list: ['ok', `${RLI}n${PDI}`], nested: { note: 'fine' }, untouched });
    expect(closed.nested).toBe(value.nested);
    expect(closed.untouched).toBe(untouched);
    expect(value.title).toBe(`T${RLO}`);
    expect(closeBidiDeep(untouched)).toBe(untouched);
  });
});
