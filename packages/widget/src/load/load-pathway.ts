/**
 * Getting a pathway definition into the widget: fetch it from `src` (same-origin credentials,
 * nothing else sent), read it as JSON, and check it with the small structural validator plus
 * the engine's lint. Returns data, never throws: the element turns failures into content.
 */
import { checkPathway } from '@pathway/core';
import { validatePathwayStructure } from '@pathway/schema';
import type { Pathway } from '@pathway/schema';

export type LoadFailure =
  | { ok: false; code: 'fetch-failed'; retryable: true }
  | { ok: false; code: 'http-error'; status: number; retryable: true }
  | { ok: false; code: 'not-json'; retryable: true }
  | { ok: false; code: 'invalid-pathway'; problems: string[]; retryable: false }
  | { ok: false; code: 'aborted'; retryable: false };

export type LoadResult = { ok: true; pathway: Pathway; warnings: string[] } | LoadFailure;

/** Fetches and parses `src`. `aborted` means a newer load replaced this one. */
export async function fetchPathwayDocument(
  src: string,
  signal: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; doc: unknown } | LoadFailure> {
  let response: Response;
  try {
    response = await fetchImpl(src, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
  } catch {
    return signal.aborted ? { ok: false, code: 'aborted', retryable: false } : { ok: false, code: 'fetch-failed', retryable: true };
  }
  if (!response.ok) return { ok: false, code: 'http-error', status: response.status, retryable: true };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return signal.aborted ? { ok: false, code: 'aborted', retryable: false } : { ok: false, code: 'fetch-failed', retryable: true };
  }
  try {
    return { ok: true, doc: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: 'not-json', retryable: true };
  }
}

/**
 * Checks a definition: structure (compiled at build time, no `new Function`) then lint.
 * Only errors stop the widget; lint warnings are returned for the page's developers.
 */
export function checkDefinition(doc: unknown): LoadResult {
  let result: ReturnType<typeof checkPathway>;
  try {
    result = checkPathway(doc, { validate: validatePathwayStructure });
  } catch {
    // The checker must never take the page down; a document it cannot read is invalid.
    return { ok: false, code: 'invalid-pathway', problems: [], retryable: false };
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (!result.ok || !result.pathway || errors.length > 0) {
    return { ok: false, code: 'invalid-pathway', problems: errors.map((problem) => problem.message), retryable: false };
  }
  return {
    ok: true,
    pathway: result.pathway,
    warnings: result.problems.map((problem) => problem.message),
  };
}
