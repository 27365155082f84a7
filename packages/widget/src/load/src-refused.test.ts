/**
 * A `src` the widget cannot download says what is true: to the user, plainly (and "Check your
 * connection" only where the connection may be the cause); to the page's web team, in
 * `pathway-error`, what to fix, with no query string. A file that is far too large is refused
 * by its size, saying the size and the limit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, mountWidget, recordEvents, textOf } from '../testing/mount.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const tryAgain = () => page.getByRole('button', { name: 'Try again' }).query();

describe('a src the widget cannot download', () => {
  it('a data: address is refused before fetching, with its own message and no Try again', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const errors = recordEvents(document.body, 'pathway-error');
    const widget = await mountWidget({ src: 'data:application/json,{"id":"secret-pathway"}' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(textOf(widget)).toContain('The pathway cannot be downloaded on this page because of how the page is set up.');
    expect(textOf(widget)).not.toContain('Check your connection');
    expect(tryAgain()).toBeNull();
    expect(errors[0].detail.code).toBe('bad-src');
    expect(errors[0].detail.message).toContain("The widget's src (a data: address) is not an http or https address, so the pathway was not fetched.");
    expect(errors[0].detail.message).not.toContain('secret-pathway');
  });

  it('a failure that may be CORS says both possibilities to the web team, and offers Try again', async () => {
    vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const errors = recordEvents(document.body, 'pathway-error');
    const widget = await mountWidget({ src: 'https://pathways.example.org/p/wigan.json?token=s3cret#top' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(textOf(widget)).toContain('The pathway could not be downloaded. Check your connection and try again.');
    expect(tryAgain()).not.toBeNull();
    const { code, message } = errors[0].detail;
    expect(code).toBe('fetch-failed');
    expect(message).toContain('The widget could not fetch https://pathways.example.org/p/wigan.json?…. Either the network failed, or the server did not allow');
    expect(message).toContain(`this page's origin (${location.origin})`);
    expect(message).toContain('Access-Control-Allow-Origin');
    expect(message).not.toContain('s3cret');
  });

  it('a same-origin failure is not blamed on CORS', async () => {
    vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const errors = recordEvents(document.body, 'pathway-error');
    await mountWidget({ src: '/pathways/wigan.json' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0].detail.message).toContain(`The widget could not fetch ${location.origin}/pathways/wigan.json: the network failed or the server did not answer.`);
    expect(errors[0].detail.message).not.toContain('Access-Control');
  });
});

describe('a src far too large to be a pathway', () => {
  it('is refused by its Content-Length, saying its size and the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(body, { headers: { 'Content-Length': String(60 * 1024 * 1024) } }));
    const errors = recordEvents(document.body, 'pathway-error');
    const widget = await mountWidget({ src: '/huge.json' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0].detail.code).toBe('invalid-pathway');
    expect(textOf(widget)).toContain('The pathway file is 60 MB, larger than 5 MB, far more than any real pathway, so it was not read.');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('is refused once a body without a length passes the limit, and the download stops', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(body));
    const widget = await mountWidget({ src: '/endless.json' });
    expect(textOf(widget)).toContain('The pathway file is larger than 5 MB, far more than any real pathway, so it was not read.');
    expect(cancelled).toBe(true);
  });
});
