/**
 * Authored links are untrusted. Which addresses may become an `href` is decided by core's one
 * link policy (`safeLink` in @pathway/core), the same check lint's unsafe-link rule makes, so
 * an author's lint run flags exactly the addresses the widget would refuse. Only three kinds
 * pass: `https:` addresses, `mailto:` addresses and addresses relative to the page
 * (`/guidance`, `toolkit.pdf`, `#top`). Everything else (`javascript:`, `data:`, `http:`,
 * `vbscript:`, protocol-relative `//host`, `/\host`) is refused, and the link text is shown
 * without a link.
 */
import { safeLink } from '@pathway/core';

export { safeLink } from '@pathway/core';
export type { SafeLink } from '@pathway/core';

/** Convenience for templates: the safe address, or undefined. */
export function safeHref(url: string | undefined | null): string | undefined {
  return safeLink(url)?.href;
}
