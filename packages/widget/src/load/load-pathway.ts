/**
 * Getting a pathway definition into the widget: fetch it from `src` (an http(s) address only,
 * same-origin credentials, nothing else sent, within a time limit and a size limit), read it as JSON, make it plain bounded data the widget
 * owns (read-definition.ts), and check it with the small structural validator.
 * Returns data, never throws: the element turns failures into content.
 */
import { validatePathwayStructure } from '@pathway/schema';
import type { Pathway } from '@pathway/schema';
import { limitedSignal } from '../controllers/time-limits.js';
import type { FirstPaintStrings } from '../i18n/first-paint-strings.js';
import { pathwayAddress, watchConnectBlocks } from './pathway-address.js';
import { MAX_FILE_BYTES, readBodyWithin } from './read-body.js';
import { MAX_DEPTH, MAX_VALUES, mayHoldBidi, readDefinition, readParsed } from './read-definition.js';
import type { ReadProblem } from './read-definition.js';

/**
 * Why `src` could not be downloaded, said to the page's web team as well as the user (web-team.ts):
 * not an http(s) address; refused by the page's own Content-Security-Policy; failed with no
 * reason the browser tells a page (the network, or CORS); or the server's error status (404 and
 * 410, nothing at that address, cannot be helped by trying again). `url` is the address as resolved.
 */
export type AddressFailure =
  | { ok: false; code: 'fetch-failed'; url: string; retryable: true }
  | { ok: false; code: 'csp-blocked'; url: string; retryable: false }
  | { ok: false; code: 'bad-src'; src: string; retryable: false }
  | { ok: false; code: 'http-error'; url: string; status: number; retryable: boolean };

/** Why the file was not read: `ReadProblem`s, or larger than `MAX_FILE_BYTES` (`bytes`: its declared size, if it gave one). */
export type FileProblem = { problem: ReadProblem } | { problem: 'file-too-large'; bytes?: number | undefined };

export type LoadFailure =
  | AddressFailure
  // Where the text goes wrong is found by the part that explains a broken pathway (explain.ts).
  | { ok: false; code: 'not-json'; text: string; url: string; contentType: string; retryable: false }
  | { ok: false; code: 'load-timeout'; retryable: true }
  | { ok: false; code: 'invalid-pathway'; problems: string[]; retryable: false }
  | { ok: false; code: 'aborted'; retryable: false };

/** The words a failed check needs: each problem is said in plain English, never left out. */
export type CheckWords = Pick<FirstPaintStrings, 'loadProblemTooDeep' | 'loadProblemTooLarge' | 'loadProblemFileTooLarge' | 'loadProblemUnreadable' | 'loadProblemUnexplained' | 'loadProblemUnknownId'>;

/**
 * A document `fetchPathwayDocument` parsed itself, which no one else has held: the check reads
 * it where it is rather than copying it (`readParsed`). `mayHoldBidi`: whether its text holds a
 * bidi control (raw or escaped); if not, no string in it needs closing.
 */
export interface ParsedDocument {
  value: unknown;
  mayHoldBidi: boolean;
}

/**
 * Fetches and parses `src`, giving up after `timeoutMs` (then `load-timeout`, which the user
 * can retry) or past `MAX_FILE_BYTES`. `aborted` means a newer load replaced this one.
 */
export async function fetchPathwayDocument(
  src: string,
  signal: AbortSignal,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; parsed: ParsedDocument } | ({ ok: false; code: 'invalid-pathway'; retryable: false } & FileProblem) | LoadFailure> {
  const url = pathwayAddress(src);
  if (!url) return { ok: false, code: 'bad-src', src, retryable: false };
  const limit = limitedSignal(timeoutMs, signal);
  const csp = watchConnectBlocks(url);
  const failed = async (): Promise<LoadFailure> =>
    signal.aborted
      ? { ok: false, code: 'aborted', retryable: false }
      : limit.timedOut()
        ? { ok: false, code: 'load-timeout', retryable: true }
        : (await csp.blocked())
          ? { ok: false, code: 'csp-blocked', url: url.href, retryable: false }
          : { ok: false, code: 'fetch-failed', url: url.href, retryable: true };
  try {
    let response: Response;
    try {
      response = await fetchImpl(src, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: limit.signal });
    } catch {
      return await failed();
    }
    const status = response.status;
    if (!response.ok) return { ok: false, code: 'http-error', url: url.href, status, retryable: status !== 404 && status !== 410 };
    let text: string;
    try {
      const body = await readBodyWithin(response);
      if (!body.ok) return { ok: false, code: 'invalid-pathway', problem: 'file-too-large', bytes: body.bytes, retryable: false };
      text = body.text;
    } catch {
      return await failed();
    }
    if (signal.aborted) return failed();
    try {
      return { ok: true, parsed: { value: JSON.parse(text) as unknown, mayHoldBidi: mayHoldBidi(text) } };
    } catch (error) {
      // JSON.parse recurses: a valid file nested tens of thousands of levels deep overflows it.
      if (error instanceof RangeError) return { ok: false, code: 'invalid-pathway', problem: 'too-deep', retryable: false };
      return { ok: false, code: 'not-json', text, url: url.href, contentType: response.headers.get('content-type') ?? '', retryable: false };
    }
  } finally {
    limit.done();
    csp.stop();
  }
}

/** A problem reading the document, in plain English. */
export function readProblemText(file: FileProblem, words: CheckWords): string {
  switch (file.problem) {
    case 'file-too-large':
      return words.loadProblemFileTooLarge(file.bytes, MAX_FILE_BYTES);
    case 'too-deep':
      return words.loadProblemTooDeep(MAX_DEPTH);
    case 'too-large':
      return words.loadProblemTooLarge(MAX_VALUES);
    case 'unreadable':
      return words.loadProblemUnreadable;
  }
}

/** A definition that failed its structural check: the validator's errors, explained later (explain.ts). */
export interface StructureFailure {
  ok: false;
  code: 'invalid-pathway';
  doc: unknown;
  errors: readonly unknown[];
  retryable: false;
}

/**
 * Reads and checks a definition: plain, bounded data (read-definition.ts: a copy of an object
 * `given` by the page; a document `parsed` here, read where it is), then its structure
 * with the small structural validator generated from the schema (no `new Function`). A failed
 * read is explained at once; a failed structure comes back with the validator's errors, for the
 * explanations that load only for a broken pathway (`explainStructure` in explain.ts).
 *
 * The widget deliberately does not run lint: lint is an authoring check, run by the CLI and the
 * editor before a pathway is published. The engine is property-tested never to throw on
 * schema-valid input; should a pathway that only passes this structural check still make it
 * throw, the element catches that and shows the pathway as unreadable rather than breaking the page.
 */
export function checkDefinition(
  source: { given: unknown } | { parsed: ParsedDocument },
  words: CheckWords,
): { ok: true; pathway: Pathway } | Extract<LoadFailure, { code: 'invalid-pathway' }> | StructureFailure {
  const read = 'parsed' in source ? readParsed(source.parsed.value, source.parsed.mayHoldBidi) : readDefinition(source.given);
  if (!read.ok) return { ok: false, code: 'invalid-pathway', problems: [readProblemText(read, words)], retryable: false };
  const doc = read.doc;
  try {
    if (validatePathwayStructure(doc)) return { ok: true, pathway: doc as Pathway };
    return { ok: false, code: 'invalid-pathway', doc, errors: validatePathwayStructure.errors ?? [], retryable: false };
  } catch {
    // The checker must never take the page down; a document it cannot read is invalid.
    return { ok: false, code: 'invalid-pathway', problems: [words.loadProblemUnexplained], retryable: false };
  }
}
