import { describe, expect, it } from 'vitest';
import { firstPaintEn } from '../i18n/first-paint-strings.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { checkDefinition, fetchPathwayDocument } from './load-pathway.js';
import { MAX_DEPTH } from './read-definition.js';
import { MAX_FILE_BYTES } from './read-body.js';
import { buildSyntheticPathway } from '../../../../bench/synthetic-pathway.js';

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

describe('a src that cannot be read as a pathway file', () => {
  const never = () => {
    throw new Error('fetched');
  };

  it.each(['data:application/json,{}', 'javascript:alert(1)', 'blob:https://example.org/1', 'file:///pathway.json', 'http://[bad'])(
    'is refused before fetching when it is not an http(s) address: %s',
    async (src) => {
      const result = await fetchPathwayDocument(src, new AbortController().signal, 30_000, never);
      expect(result).toEqual({ ok: false, code: 'bad-src', src, retryable: false });
    },
  );

  it('is fetched when relative or http(s)', async () => {
    const asked: string[] = [];
    const answer = async (url: RequestInfo | URL) => {
      asked.push(String(url));
      return new Response('{}', { status: 200 });
    };
    for (const src of ['/pathway.json', 'pathway.json', 'https://example.org/p.json']) {
      expect((await fetchPathwayDocument(src, new AbortController().signal, 30_000, answer)).ok).toBe(true);
    }
    expect(asked).toEqual(['/pathway.json', 'pathway.json', 'https://example.org/p.json']);
  });

  it(`is refused by its Content-Length when it says it is more than ${MAX_FILE_BYTES} bytes, without reading it`, async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const size = 60 * 1024 * 1024;
    const result = await fetchPathwayDocument('/big.json', new AbortController().signal, 30_000, async () =>
      new Response(body, { status: 200, headers: { 'Content-Length': String(size) } }),
    );
    expect(result).toEqual({ ok: false, code: 'invalid-pathway', problem: 'file-too-large', bytes: size, retryable: false });
    // A stream starts by filling its queue once; nothing is read after that.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without a length once it passes the limit', async () => {
    let sent = 0;
    let cancelled = false;
    const chunk = 256 * 1024;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk;
        controller.enqueue(new Uint8Array(chunk).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await fetchPathwayDocument('/endless.json', new AbortController().signal, 30_000, async () => new Response(body, { status: 200 }));
    expect(result).toEqual({ ok: false, code: 'invalid-pathway', problem: 'file-too-large', retryable: false });
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThanOrEqual(MAX_FILE_BYTES + 2 * chunk);
  });

  it('reads a file just under the limit, byte order mark and all', async () => {
    const text = `\uFEFF${JSON.stringify({ note: 'x'.repeat(MAX_FILE_BYTES - 100) })}`;
    const result = await fetchPathwayDocument('/near.json', new AbortController().signal, 30_000, async () => new Response(text, { status: 200 }));
    expect(result.ok && (result.parsed.value as { note: string }).note.length).toBe(MAX_FILE_BYTES - 100);
  });

  it('decodes a character whose bytes arrive in two pieces', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ title: 'Ysgol Gymraeg – Pen-y-bryn ✓' }));
    const cut = bytes.indexOf(0xe2) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const result = await fetchPathwayDocument('/split.json', new AbortController().signal, 30_000, async () => new Response(body, { status: 200 }));
    expect(result.ok && result.parsed.value).toEqual({ title: 'Ysgol Gymraeg – Pen-y-bryn ✓' });
  });

  it('is far above every seed and the largest benchmark pathway (2,000 questions)', () => {
    const size = (pathway: unknown) => new Blob([JSON.stringify(pathway, null, 2)]).size;
    expect(Math.max(...Object.values(seeds).map(size)) * 100).toBeLessThan(MAX_FILE_BYTES);
    expect(size(buildSyntheticPathway(2000)) * 8).toBeLessThan(MAX_FILE_BYTES);
  });
});
