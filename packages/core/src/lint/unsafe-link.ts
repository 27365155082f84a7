/**
 * unsafe-link: every address a pathway shows as a link must be https:, mailto: or relative.
 * Anything else is refused (error): http: leaks the reader's page over plain text, and
 * javascript:, data: and the like run code or smuggle content. Browsers ignore tabs, line
 * breaks and leading spaces inside a scheme ("java\tscript:"), so those are ignored here too.
 * Email addresses that cannot be right are flagged as well (warning).
 */
import type { Pathway, Problem } from '@pathway/schema';
import { toPointerSegment } from './pointer.js';
import { finding, type LintRule } from './report.js';

const allowedSchemes = new Set(['https', 'mailto']);

/** The scheme a browser would see ("javascript" for " Java\tScript:alert(1)"), or undefined for a relative address. */
export function linkScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1].toLowerCase();
}

/** True for https:, mailto: and relative addresses. */
export function isSafeLink(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === undefined || allowedSchemes.has(scheme);
}

const emailPattern = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\].]+(\.[^\s@<>(),;:"[\].]+)+$/;

function shown(text: string): string {
  const flat = JSON.stringify(text).slice(1, -1);
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

export const unsafeLink: LintRule = ({ pathway }) => {
  const problems: Problem[] = [];
  visit(pathway, '', (key, value, pointer) => {
    if (key === 'url' && typeof value === 'string' && !isSafeLink(value)) {
      problems.push(
        finding(pathway, 'unsafe-link', 'error', pointer,
          `"${shown(value)}" uses ${linkScheme(value)}:, which is not allowed: use an https:, mailto: or relative address`),
      );
    }
    if (key === 'email' && typeof value === 'string' && !emailPattern.test(value.trim())) {
      problems.push(finding(pathway, 'unsafe-link', 'warning', pointer, `"${shown(value)}" is not a valid email address`));
    }
  });
  return problems;
};

/** Calls back for every property in the document, with its pointer. */
function visit(node: unknown, pointer: string, callback: (key: string, value: unknown, pointer: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visit(item, `${pointer}/${i}`, callback));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Pathway)) {
      const at = `${pointer}/${toPointerSegment(key)}`;
      callback(key, value, at);
      visit(value, at, callback);
    }
  }
}
