/**
 * Sending the summary to the page's endpoint (`submit-url`). One POST per attempt: the user
 * retries with a button, never the widget behind their back, because a POST whose answer was
 * lost may still have arrived. Every attempt of one submission carries the same
 * `Idempotency-Key`, so the server can recognise a repeat.
 *
 * Submitting confirms, it does not assume. The summary counts as received only when the server
 * says so in one of the ways an API says it:
 *
 * - `201 Created`, `202 Accepted` or `204 No Content`, whatever the body; or
 * - `200 OK` with a JSON body (`Content-Type: application/json` or `…+json`, and it parses).
 *
 * Anything else that is not an error is `unconfirmed`: a `200` HTML page is what a sign-in page
 * or a proxy's error page looks like, and is not a receipt. Errors (4xx, 5xx, network) are
 * `failed`; no answer within the time limit is `timeout`; the user's Cancel is `cancelled`.
 */
import type { Summary } from '@pathway/core';
import { limitedSignal } from './controllers/time-limits.js';

export type SubmitResult =
  | { ok: true }
  | { ok: false; reason: 'failed'; status?: number }
  | { ok: false; reason: 'unconfirmed'; status: number }
  | { ok: false; reason: 'timeout' }
  | { ok: false; reason: 'cancelled' };

export interface PostOptions {
  /** Gives up after this many milliseconds (`timeout`). */
  timeoutMs: number;
  /** Aborting it cancels the attempt (`cancelled`). */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

const RECEIPT_STATUSES = new Set([201, 202, 204]);
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

export async function postSummary(url: string, summary: Summary, idempotencyKey: string, options: PostOptions): Promise<SubmitResult> {
  const { timeoutMs, signal, fetchImpl = fetch } = options;
  const attempt = limitedSignal(timeoutMs, signal);
  const interrupted = (): SubmitResult | undefined =>
    signal?.aborted ? { ok: false, reason: 'cancelled' } : attempt.timedOut() ? { ok: false, reason: 'timeout' } : undefined;
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(summary),
        signal: attempt.signal,
      });
    } catch {
      return interrupted() ?? { ok: false, reason: 'failed' };
    }
    if (!response.ok) return { ok: false, reason: 'failed', status: response.status };
    if (RECEIPT_STATUSES.has(response.status)) return { ok: true };
    if (response.status !== 200 || !JSON_TYPE.test(response.headers.get('Content-Type') ?? '')) {
      return { ok: false, reason: 'unconfirmed', status: response.status };
    }
    try {
      JSON.parse(await response.text());
    } catch {
      return interrupted() ?? { ok: false, reason: 'unconfirmed', status: response.status };
    }
    return interrupted() ?? { ok: true };
  } finally {
    attempt.done();
  }
}

/** A fresh key for one submission (kept across its retries). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
