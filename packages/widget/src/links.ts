/**
 * Authored links are untrusted. Only three kinds reach an `href`: `https:` addresses,
 * `mailto:` addresses and addresses relative to the page (`/guidance`, `toolkit.pdf`, `#top`).
 * Everything else (`javascript:`, `data:`, `http:`, `vbscript:`, protocol-relative `//host`)
 * is refused, and the link text is shown without a link.
 */

/** What a safe link needs: the address to use, and whether it leaves the page. */
export interface SafeLink {
  href: string;
  /** https and relative addresses open in a new tab, so the user's answers stay on screen. */
  newTab: boolean;
}

/** Characters browsers silently drop inside a URL, which attackers use to hide a scheme. */
const IGNORED_INSIDE = /[\t\n\r]/g;
/** Leading characters browsers strip before parsing (C0 controls and space). */
const LEADING_JUNK = /^[\u0000-\u0020]+/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Returns a link the widget may render, or undefined when the address is not allowed. */
export function safeLink(url: string | undefined | null): SafeLink | undefined {
  if (typeof url !== 'string') return undefined;
  const cleaned = url.replace(IGNORED_INSIDE, '').replace(LEADING_JUNK, '').trimEnd();
  if (cleaned === '') return undefined;
  const scheme = SCHEME.exec(cleaned);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name === 'https') return validHttps(cleaned) ? { href: cleaned, newTab: true } : undefined;
    if (name === 'mailto') return { href: cleaned, newTab: false };
    return undefined;
  }
  // "//evil.example" and "/\evil.example" are relative in form but leave the site.
  if (/^[\\/][\\/]/.test(cleaned) || cleaned.startsWith('\\')) return undefined;
  // A colon before any slash, "?" or "#" would be read as a scheme by some parsers.
  const firstPart = cleaned.split(/[/?#]/, 1)[0];
  if (firstPart.includes(':')) return undefined;
  return { href: cleaned, newTab: true };
}

/** Convenience for templates: the safe address, or undefined. */
export function safeHref(url: string | undefined | null): string | undefined {
  return safeLink(url)?.href;
}

function validHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
