/**
 * Pieces a question row and an evidence row share, as DOM: the hint, the list of authored
 * links, the error message and the pathway's advice. The same markup as the Lit helpers in
 * shared.ts (hint, linkList, errorMessage), which the other pages use. The error message and
 * the advice come and go as the user answers, so each has a sync function that adds, changes
 * or removes it in place.
 */
import type { Link } from '@pathway/schema';
import type { WidgetStrings } from '../../i18n/strings.js';
import { safeLink } from '../../links.js';
import { element } from './dom.js';

export const hintElement = (id: string, text: string): HTMLDivElement => element('div', 'hint', { id }, text);

/** An authored link: only https, mailto and relative addresses become links (see links.ts); links leaving the widget open in a new tab and say so. */
function authoredLink(strings: WidgetStrings, title: string, url: string | undefined): HTMLElement {
  const link = safeLink(url);
  if (!link) return element('span', '', {}, title);
  if (!link.newTab) return element('a', '', { href: link.href }, title);
  return element(
    'a',
    '',
    { href: link.href, target: '_blank', rel: 'noopener noreferrer' },
    `${title} `,
    element('span', 'visually-hidden', {}, strings.opensInNewTab),
  );
}

/** The authored links under a question or evidence item, or undefined for none. */
export function linkListElement(strings: WidgetStrings, links: readonly Link[] | undefined): HTMLUListElement | undefined {
  if (!links || links.length === 0) return undefined;
  return element(
    'ul',
    '',
    {},
    ...links.map((link) => {
      const item = element('li', '', {}, authoredLink(strings, link.title, link.url));
      // The space is in the (block) description, not a text node of its own between the two.
      if (link.description) item.append(element('span', 'block secondary', {}, ` ${link.description}`));
      return item;
    }),
  );
}

/** Whether two lists of links are drawn the same. */
export function sameLinks(a: readonly Link[] | undefined, b: readonly Link[] | undefined): boolean {
  if (a === b) return true;
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
  return (a ?? []).every((link, i) => link.title === b![i].title && link.url === b![i].url && link.description === b![i].description);
}

const ERROR_CLASS = 'error-message';
const ADVICE_CLASS = 'advice';

/**
 * The error message of `row`, placed just before `control` (the radios, the date boxes or the
 * box): added, reworded or removed to match `message`.
 */
export function syncErrorMessage(row: Element, control: Element, id: string, strings: WidgetStrings, message: string | undefined): void {
  const existing = row.querySelector(`.${ERROR_CLASS}`);
  if (message === undefined) {
    existing?.remove();
    return;
  }
  const next = element('p', ERROR_CLASS, { id }, element('span', 'visually-hidden', {}, `${strings.errorPrefix} `), message);
  if (existing) existing.replaceWith(next);
  else control.before(next);
}

/** The pathway's advice for an unmet item, last in `row`: added, reworded or removed to match `text`. */
export function syncAdvice(row: Element, id: string | undefined, strings: WidgetStrings, text: string | undefined): void {
  const existing = row.querySelector(`:scope > .${ADVICE_CLASS}`);
  if (text === undefined) {
    existing?.remove();
    return;
  }
  const next = element('p', ADVICE_CLASS, id ? { id } : {}, element('strong', '', {}, strings.advice), ` ${text}`);
  if (existing) existing.replaceWith(next);
  else row.append(next);
}
