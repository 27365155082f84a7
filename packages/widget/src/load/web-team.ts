/**
 * What the page's web team needs to know when `src` could not be downloaded, the pathway has
 * mistakes, or the `case` holds what the widget cannot use (case-advice.ts): loaded only then (load/parts.ts), since no
 * page that works ever needs it.
 */
import type { AddressFailure } from './load-pathway.js';

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
  const shown = `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
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

/**
 * For a pathway the widget refuses (`invalid-pathway`), after the mistakes the school is shown:
 * how the council that publishes it finds and fixes them, which the school cannot act on.
 */
export const invalidPathwayAdvice =
  'Check the file with "pathway validate" and "pathway lint" (the Pathway command line), which name each mistake (a name that names nothing is often misspelt); the council that publishes the pathway must fix it and publish it again.';

/** For a `case` the widget cannot use: in this part, since a page whose case is right never needs it. */
export { caseAdvice } from './case-advice.js';
