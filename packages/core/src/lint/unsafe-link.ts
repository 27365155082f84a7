/**
 * unsafe-link: every address a pathway shows as a link must pass core's one link policy
 * (../links.ts), the same check the widget makes before it renders a link, so lint flags
 * exactly the addresses the widget would show as plain text (error): other schemes (http:
 * leaks the reader's page over plain text; javascript:, data: and the like run code or smuggle
 * content), addresses that look relative but lead to another site ("//host", "/\host"),
 * https: addresses no browser can open, and blank ones. Addresses that cannot be right are
 * flagged as well (warning): email addresses, and relative addresses that start like another
 * site's ("www.council.gov.uk/help", "council.gov.uk/form.pdf"), are an email address without
 * mailto: ("support@council.gov.uk"), or have a space, which the policy allows but a browser
 * opens as a page under the one showing the pathway; so are mailto: addresses that are not
 * email addresses ("mailto:earlyhelp@dunmore", with no ending after the domain).
 */
import { pointerFrom, type Problem } from '@pathway/schema';
import { checkLink, linkScheme, type LinkRefusal } from '../links.js';
import { finding, type LintRule } from './report.js';

export { isSafeLink, linkScheme } from '../links.js';

const emailPattern = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\].]+(\.[^\s@<>(),;:"[\].]+)+$/;

const useInstead = 'use an https:, mailto: or relative address';

/** Top-level domains that are not also common file endings ("report.pdf", "page.html" stay relative). */
const siteEndings = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'info', 'uk', 'eu', 'scot', 'wales', 'cymru']);
/** Second-level domains before a two-letter country code: gov.uk, org.uk, co.uk, nhs.uk, com.au… */
const siteSecondLevels = new Set(['gov', 'govt', 'org', 'co', 'com', 'ac', 'edu', 'net', 'nhs', 'sch', 'police', 'mod', 'ltd', 'plc']);
const hostLabel = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * True when a relative address starts like a site's name: its first part (up to the first
 * "/", "?" or "#") begins "www." or is a host name ending as sites' names do. "guidance/x.pdf",
 * "/schools", "../x", "./example.org" and "attendance.pdf" are left alone.
 */
function startsLikeASite(relative: string): boolean {
  const first = relative.split(/[/?#]/, 1)[0].toLowerCase();
  if (/^www\.[^.]/.test(first)) return true;
  const labels = first.split('.');
  if (labels.length < 2 || !labels.every((label) => hostLabel.test(label))) return false;
  const last = labels[labels.length - 1];
  if (siteEndings.has(last)) return true;
  return labels.length >= 3 && /^[a-z]{2}$/.test(last) && siteSecondLevels.has(labels[labels.length - 2]);
}

function shown(text: string): string {
  const flat = JSON.stringify(text).slice(1, -1);
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** Why the address is refused, in words, e.g. `"http://x" uses http:, which is not allowed: …`. */
export function refusalDetail(url: string, refusal: LinkRefusal): string {
  const address = `"${shown(url)}"`;
  switch (refusal.kind) {
    case 'scheme':
      return `${address} uses ${refusal.scheme}:, which is not allowed: ${useInstead}`;
    case 'other-site':
      return `${address} starts with "${shown(refusal.start)}", which browsers read as the start of another site's address: write it in full with https:, or use an address relative to this site`;
    case 'colon':
      return `${address} has a colon before any "/", "?" or "#", so the part before it, "${shown(refusal.before)}", could be read as a scheme (like "https"): ${useInstead} (write "./" before a relative address that needs a colon)`;
    case 'https':
      return `${address} is not a valid https: address: ${refusal.reason}`;
    case 'blank':
      return `${address} is blank: ${useInstead}`;
  }
}

/** An email address written as a whole relative address, or as one of its words. */
function emailIn(relative: string): string | undefined {
  return relative.split(/\s+/).find((word) => !/[/?#]/.test(word) && emailPattern.test(word));
}

/**
 * What cannot be right about an address the policy allows as relative: an email address
 * without mailto: (the reason, when it is one), else one that starts like another site's
 * name, and one with a space (a browser makes the space part of the page's name).
 */
function relativeWarnings(value: string, relative: string): string[] {
  const email = emailIn(relative);
  const address = `"${shown(value)}"`;
  if (email !== undefined) {
    return [`${address} looks like an email address, but without "mailto:" browsers read it as a page on the site showing the pathway: write "${shown(`mailto:${email}`)}"`];
  }
  const warnings: string[] = [];
  if (startsLikeASite(relative)) {
    warnings.push(`${address} has no "https://", so browsers read it as a page on the site showing the pathway, not as another site: write "${shown(`https://${relative}`)}"`);
  }
  if (/\s/.test(relative)) {
    warnings.push(`${address} has a space in it, which an address cannot have: if there are words around the address, keep only the address; if the page's name has a space, write it as "%20"`);
  }
  return warnings;
}

/**
 * What cannot be right about a mailto: address the policy allows: no address, or one (of the
 * comma-separated list before any "?") that is not an email address, e.g. "earlyhelp@dunmore"
 * with no ending after its domain, which no mail program can send to.
 */
function mailtoWarning(value: string, href: string): string | undefined {
  const address = `"${shown(value)}"`;
  const to = href.slice('mailto:'.length).split('?', 1)[0];
  if (to.trim() === '') return `${address} is not a valid email address: it gives no address after "mailto:"`;
  for (const written of to.split(',')) {
    let email = written;
    try {
      email = decodeURIComponent(written);
    } catch {
      // A stray "%" is left as written: the pattern then judges it.
    }
    if (emailPattern.test(email)) continue;
    return `${address} is not a valid email address: "${shown(email)}" ${whyNotAnEmail(email) ?? 'is not one'}`;
  }
  return undefined;
}

/** What is wrong with an email address, where it can be said; the same words for an email field and after "mailto:". */
function whyNotAnEmail(email: string): string | undefined {
  if (/^[^\s@]+@([^\s@.]+)$/.test(email)) return 'has no ending after its domain, such as ".gov.uk"';
  if (/^[^\s@]+@$/.test(email)) return 'has nothing after the "@"';
  return undefined;
}

export const unsafeLink: LintRule = ({ pathway }) => {
  const problems: Problem[] = [];
  visitStrings(pathway, (key, value, pointer) => {
    if (key === 'url') {
      const checked = checkLink(value);
      if (!checked.safe) problems.push(finding(pathway, 'unsafe-link', 'error', pointer(), refusalDetail(value, checked.refusal)));
      else if (linkScheme(value) === undefined) {
        for (const detail of relativeWarnings(value, checked.link.href)) problems.push(finding(pathway, 'unsafe-link', 'warning', pointer(), detail));
      } else if (linkScheme(value) === 'mailto') {
        const detail = mailtoWarning(value, checked.link.href);
        if (detail !== undefined) problems.push(finding(pathway, 'unsafe-link', 'warning', pointer(), detail));
      }
    }
    if (key === 'email' && !emailPattern.test(value.trim())) {
      const why = whyNotAnEmail(value.trim());
      problems.push(finding(pathway, 'unsafe-link', 'warning', pointer(), `"${shown(value)}" is not a valid email address${why ? `: it ${why}` : ''}`));
    }
  });
  return problems;
};

/**
 * Calls back for every string-valued property named "url" or "email" in the document, in
 * document order. The walk keeps an explicit stack (a file nested thousands deep cannot
 * overflow the call stack) and builds a property's JSON pointer only when asked for it, so
 * its cost is the size of the document, not the size times the depth.
 */
function visitStrings(root: unknown, callback: (key: string, value: string, pointer: () => string) => void): void {
  interface Frame {
    keys: string[];
    values: unknown[];
    next: number;
  }
  const path: string[] = [];
  const stack: Frame[] = [];
  const open = (node: unknown): Frame | undefined => {
    if (Array.isArray(node)) return { keys: node.map((_, i) => String(i)), values: node, next: 0 };
    if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      return { keys: entries.map(([key]) => key), values: entries.map(([, value]) => value), next: 0 };
    }
    return undefined;
  };
  const first = open(root);
  if (first) stack.push(first);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.keys.length) {
      stack.pop();
      path.pop();
      continue;
    }
    const index = frame.next++;
    const key = frame.keys[index];
    const value = frame.values[index];
    if (typeof value === 'string') {
      // Items of a list have keys "0", "1"…, so only properties of objects can match.
      if (key === 'url' || key === 'email') {
        callback(key, value, () => pointerFrom([...path, key]));
      }
      continue;
    }
    const child = open(value);
    if (child) {
      stack.push(child);
      path.push(key);
    }
  }
}
