/**
 * What the page's web team needs to know when `src` could not be downloaded, the pathway has
 * mistakes, or the `case` holds what the widget cannot use (case-advice.ts): loaded only then (load/parts.ts), since no
 * page that works ever needs it.
 */
import type { AddressFailure } from './load-pathway.js';

/** A failure the web team or the council can fix: a `src` that cannot be used, a file that is not JSON, a pathway with mistakes. */
export type AdvisedFailure = AddressFailure | { code: 'not-json'; url: string; contentType: string } | { code: 'invalid-pathway' };

/** What `pathway-error` adds, after what the school is shown, for the web team or the council. */
export function adviceFor(failure: AdvisedFailure, pageOrigin: string): string {
  if (failure.code === 'invalid-pathway') return invalidPathwayAdvice;
  if (failure.code === 'not-json') return notJsonAdvice(failure.url, failure.contentType);
  return webTeamAdvice(failure, pageOrigin);
}

/**
 * Why `src` could not be downloaded, for the page's web team (the message of `pathway-error`,
 * after the user's): the fix where the browser tells the page the cause, both causes where it
 * does not. In English: it names CSP directives and HTTP headers, not the pathway's words.
 *
 * Addresses are named by origin and path only. A query string can carry a token or a
 * signature, and `pathway-error` messages end up in a page's logs and analytics; the file and
 * the origin are all the fix needs.
 */
export function webTeamAdvice(failure: AddressFailure, pageOrigin: string): string {
  if (failure.code === 'bad-src') {
    // Only the scheme: a data: address is the whole document.
    const scheme = /^[a-z][a-z\d+.-]*:/i.exec(failure.src.trim())?.[0];
    return `The widget's src (${scheme ? `a ${scheme} address` : `"${failure.src.split(/[?#]/)[0].slice(0, 100)}"`}) is not an http or https address, so the pathway was not fetched. Give the address of the pathway's JSON file (e.g. /pathways/pathway.json), or set the element's pathway property to the definition.`;
  }
  const url = new URL(failure.url);
  const shown = shownAddress(url);
  if (failure.code === 'http-error') {
    return failure.retryable
      ? `The server answered ${failure.status} for ${shown}.`
      : `The server answered ${failure.status} for ${shown}: there is no file at that address. Check the widget's src attribute (the file's path and name, relative to this page's address) against where the pathway's JSON file is published.`;
  }
  if (failure.code === 'csp-blocked') {
    return `This page's Content-Security-Policy does not allow the widget to fetch ${shown}: add its origin (${url.origin}) to connect-src.`;
  }
  if (url.origin === pageOrigin) return `The widget could not fetch ${shown}: the network failed or the server did not answer.`;
  return `The widget could not fetch ${shown}. Either the network failed, or the server did not allow this page's origin (${pageOrigin}) to read it: a pathway on another origin must be served with an Access-Control-Allow-Origin header that allows this page (CORS). The browser does not tell the page which; its developer console does.`;
}

/** An address as these messages name it: origin and path, a query string only as "?…". */
function shownAddress(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}

/**
 * For a `src` whose answer is not JSON (`not-json`): which address, and, when the server sent a
 * web page, that it is not the file at all (a sign-in page, or a site's "page not found" sent with
 * status 200, which a misspelt `src` on many sites gets instead of a 404).
 */
export function notJsonAdvice(address: string, contentType: string): string {
  const shown = shownAddress(new URL(address));
  return /^\s*text\/html\b/i.test(contentType)
    ? `The server answered ${shown} with a web page (Content-Type: text/html), not the pathway's JSON file: often a sign-in page, or the site's "page not found" page sent with status 200. Check the widget's src attribute (the file's path and name) against where the pathway's JSON file is published, and that it can be read without signing in.`
    : `The file at ${shown} is not valid JSON. Check that the widget's src attribute names the pathway's JSON file, and check the file with "pathway validate".`;
}

/**
 * For a pathway the widget refuses (`invalid-pathway`), after the mistakes the school is shown:
 * how the council that publishes it finds and fixes them, which the school cannot act on.
 */
export const invalidPathwayAdvice =
  'Check the file with "pathway validate" and "pathway lint" (the Pathway command line), which name each mistake (a name that names nothing is often misspelt); the council that publishes the pathway must fix it and publish it again.';

/** For a `case` the widget cannot use: in this part, since a page whose case is right never needs it. */
export { caseAdvice } from './case-advice.js';
