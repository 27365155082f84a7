/**
 * Where a `src` points, checked before anything is fetched. Only an http(s) address, or one
 * relative to the page's, is a pathway file on a server; a `data:`, `blob:`, `javascript:` or
 * `file:` address (or text that is no address) is refused with a message of its own, rather
 * than fetched and reported as a network failure. A page that has the pathway as data sets
 * the `pathway` property instead.
 */
export function pathwayAddress(src: string): URL | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Hears the page's Content-Security-Policy refuse a fetch from `url`'s origin (connect-src).
 * The browser rejects that fetch exactly as it rejects a network failure; only the
 * `securitypolicyviolation` event on the document tells them apart, and it may come just after
 * the rejection, so `blocked()` waits one task for it.
 */
export function watchConnectBlocks(url: URL): { blocked(): Promise<boolean>; stop(): void } {
  let seen = false;
  const hear = (event: SecurityPolicyViolationEvent) => {
    try {
      // A blocked address is reported whole, or as its origin after a redirect.
      if (event.effectiveDirective === 'connect-src' && new URL(event.blockedURI).origin === url.origin) seen = true;
    } catch {
      // Not an address ("inline", "eval"): not this fetch.
    }
  };
  document.addEventListener('securitypolicyviolation', hear);
  return {
    blocked: async () => {
      if (!seen) await new Promise((resolve) => setTimeout(resolve));
      return seen;
    },
    stop: () => document.removeEventListener('securitypolicyviolation', hear),
  };
}
