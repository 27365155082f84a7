/**
 * A pathway file's text, read within a size limit: a wrong `src` (a video, a data dump) must not
 * make the widget download and hold tens of megabytes before it can say so.
 */

/**
 * The largest file read: 5 MiB. Real pathways are tens of kilobytes (the largest seed is 30 KB)
 * and the engine benchmark's largest, 2,000 questions, is 0.6 MB indented.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The text, or too large: `bytes` is the size the server declared (undefined when it said none). */
export type BodyText = { ok: true; text: string } | { ok: false; bytes?: number | undefined };

/**
 * Refuses a body by its Content-Length before reading any of it, else stops the download once
 * more than `limit` bytes have arrived (a Content-Length can be absent, or smaller than the
 * decompressed body). Rejects as `response.text()` does when the download fails.
 */
export async function readBodyWithin(response: Response, limit = MAX_FILE_BYTES): Promise<BodyText> {
  const declared = Number(response.headers.get('content-length'));
  const body = response.body;
  if (declared > limit) {
    void body?.cancel().catch(() => undefined);
    return { ok: false, bytes: declared };
  }
  if (!body) return { ok: true, text: '' };
  const reader = body.getReader();
  // Decoded as response.text() would (UTF-8, a byte order mark dropped), as the bytes arrive:
  // synchronously, where a Blob's text() would wait on the browser's blob store.
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}
