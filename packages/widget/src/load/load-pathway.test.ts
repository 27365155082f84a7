import { describe, expect, it } from 'vitest';
import { firstPaintEn } from '../i18n/first-paint-strings.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { checkDefinition, fetchPathwayDocument } from './load-pathway.js';
import { MAX_DEPTH } from './read-definition.js';

/** `fetchPathwayDocument` for a server that answers `text`. */
const fetched = async (text: string) => {
  const result = await fetchPathwayDocument('/pathway.json', new AbortController().signal, 30_000, async () => new Response(text, { status: 200 }));
  if (!result.ok) throw new Error(`not fetched: ${result.code}`);
  return { parsed: result.parsed };
};

describe('a src document, read where it was parsed', () => {
  it('is checked as the same pathway given as an object would be', async () => {
    const text = JSON.stringify(seeds.wigan);
    expect(checkDefinition(await fetched(text), firstPaintEn)).toEqual(checkDefinition({ given: JSON.parse(text) }, firstPaintEn));
    expect(checkDefinition(await fetched(text), firstPaintEn)).toEqual({ ok: true, pathway: seeds.wigan });
  });

  it('has its strings bidi-closed, a control written as an escape included', async () => {
    const pathway = copyOf(seeds.wigan);
    pathway.title = 'Tier 2 \u202E';
    const text = JSON.stringify(pathway).replace('\u202E', '\\u202e');
    const checked = checkDefinition(await fetched(text), firstPaintEn);
    expect(checked.ok && checked.pathway.title).toBe('Tier 2 \u202E\u202C');
  });

  it(`is refused when nested more than ${MAX_DEPTH} levels deep`, async () => {
    const deep = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    expect(checkDefinition(await fetched(deep), firstPaintEn)).toEqual({
      ok: false,
      code: 'invalid-pathway',
      problems: [firstPaintEn.loadProblemTooDeep(MAX_DEPTH)],
      retryable: false,
    });
  });

  it('is copied when the page gives it back as an object: later changes do not reach the checked copy', async () => {
    const first = checkDefinition(await fetched(JSON.stringify(seeds.wigan)), firstPaintEn);
    if (!first.ok) throw new Error('not read');
    const again = checkDefinition({ given: first.pathway }, firstPaintEn);
    first.pathway.title = 'Changed afterwards';
    expect(again.ok && again.pathway.title).toBe(seeds.wigan.title);
  });
});
