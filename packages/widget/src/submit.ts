/**
 * Sending the summary to the page's endpoint (`submit-url`). One POST per attempt: the user
 * retries with a button, never the widget behind their back, because a POST whose answer was
 * lost may still have arrived. Every attempt of one submission carries the same
 * `Idempotency-Key`, so the server can recognise a repeat.
 */
import type { Summary } from '@pathway/core';

export type SubmitResult = { ok: true } | { ok: false; status?: number };

export async function postSummary(
  url: string,
  summary: Summary,
  idempotencyKey: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SubmitResult> {
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(summary),
    });
    return response.ok ? { ok: true } : { ok: false, status: response.status };
  } catch {
    return { ok: false };
  }
}

/** A fresh key for one submission (kept across its retries). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
