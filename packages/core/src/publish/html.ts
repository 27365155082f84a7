/**
 * Building HTML and SVG as text, safely: every authored string goes through `escape` (text and
 * attribute values alike), and addresses only through core's one link policy. No DOM, so the
 * CLI writes the same document the editor shows.
 */
import { safeLink } from '../links.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Unpaired bidirectional controls would reorder the words around them: strip the overrides and isolates. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Characters HTML does not allow in text (C0 controls other than tab and newlines, DEL, C1, noncharacters). */
const DISALLOWED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Text made safe for HTML or SVG text and attribute values. */
export function escape(text: unknown): string {
  return String(text ?? '')
    .replace(DISALLOWED, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/[&<>"']/g, (c) => entities[c]);
}

/** Authored text in its own bidi isolate, so right-to-left text cannot reorder what follows. */
export function text(value: unknown): string {
  return `<bdi>${escape(value)}</bdi>`;
}

/** A link when the address passes the link policy; else the title as text, with the address shown as text for reference. */
export function link(title: unknown, url: unknown): string {
  const safe = typeof url === 'string' ? safeLink(url) : undefined;
  if (safe === undefined) return text(title);
  return `<a href="${escape(safe.href)}">${text(title)}</a>`;
}

/** `<tag>…</tag>` with escaped attributes; `inner` is already HTML. */
export function element(tag: string, attributes: Record<string, string | undefined>, inner: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

/** A list, or nothing when it is empty. */
export function list(items: readonly string[], tag: 'ul' | 'ol' = 'ul'): string {
  return items.length === 0 ? '' : `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}
