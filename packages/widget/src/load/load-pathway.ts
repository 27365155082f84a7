/**
 * Getting a pathway definition into the widget: fetch it from `src` (same-origin credentials,
 * nothing else sent), read it as JSON, and check it with the small structural validator.
 * Returns data, never throws: the element turns failures into content.
 */
import { validateAndExplain, validatePathwayStructure } from '@pathway/schema';
import type { Pathway } from '@pathway/schema';

export type LoadFailure =
  | { ok: false; code: 'fetch-failed'; retryable: true }
  | { ok: false; code: 'http-error'; status: number; retryable: true }
  | { ok: false; code: 'not-json'; retryable: true }
  | { ok: false; code: 'invalid-pathway'; problems: string[]; retryable: false }
  | { ok: false; code: 'aborted'; retryable: false };

export type LoadResult = { ok: true; pathway: Pathway } | LoadFailure;

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
 * Checks a definition's structure with the validator compiled at build time (no `new Function`),
 * with its errors in plain English.
 *
 * The widget deliberately does not run lint: lint is an authoring check, run by the CLI and the
 * editor before a pathway is published, and it cost about 4 KB gzip, a sixth of the widget's
 * 25 KiB budget. The engine is property-tested never to throw on schema-valid input; should a
 * pathway that only passes this structural check still make it throw, the element catches
 * that and shows the pathway as unreadable rather than breaking the page.
 */
export function checkDefinition(doc: unknown): LoadResult {
  let problems: ReturnType<typeof validateAndExplain>;
  try {
    problems = validateAndExplain(doc, validatePathwayStructure);
  } catch {
    // The checker must never take the page down; a document it cannot read is invalid.
    return { ok: false, code: 'invalid-pathway', problems: [], retryable: false };
  }
  if (problems.length > 0) {
    return { ok: false, code: 'invalid-pathway', problems: problems.map((problem) => problem.message), retryable: false };
  }
  return { ok: true, pathway: doc as Pathway };
}
