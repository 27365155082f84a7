/**
 * Small templates every page uses: headings, links, hints, errors, tags, warnings. All text
 * goes through Lit text bindings, so authored text is shown exactly as written, never parsed.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Link } from '@pathway/schema';
import type { WidgetStrings } from '../i18n/strings.js';
import { safeLink } from '../links.js';
import type { FieldError, PageContext } from './page-context.js';

export const PAGE_HEADING_ID = 'page-heading';

/** The page's heading: focused on every page change, so screen readers start here. */
export function pageHeading(text: string, caption?: string): TemplateResult {
  return html`<h2 class="heading-xl" id=${PAGE_HEADING_ID} tabindex="-1" part="heading">
    ${caption ? html`<span class="caption">${caption}</span> ` : nothing}${text}
  </h2>`;
}

export function backLink(ctx: PageContext): TemplateResult | typeof nothing {
  if (!ctx.previous) return nothing;
  return html`<a href="#" class="back-link no-print" part="back-link" @click=${ctx.actions.back}>${ctx.strings.back}</a>`;
}

/**
 * An authored link: only https, mailto and relative addresses become links; anything else
 * is shown as plain text. Links that leave the widget open in a new tab and say so.
 */
export function authoredLink(strings: Pick<WidgetStrings, 'opensInNewTab'>, title: string, url: string | undefined): TemplateResult {
  const link = safeLink(url);
  if (!link) return html`<span>${title}</span>`;
  if (!link.newTab) return html`<a href=${link.href}>${title}</a>`;
  return html`<a href=${link.href} target="_blank" rel="noopener noreferrer"
    >${title} <span class="visually-hidden">${strings.opensInNewTab}</span></a
  >`;
}

/** A contact as one list item's content: its name (a link to its web address), email and phone, then what it says of itself (opening hours). */
export function contactLine(
  strings: Pick<WidgetStrings, 'opensInNewTab'>,
  contact: { name: string; email?: string; phone?: string; url?: string; description?: string },
): TemplateResult {
  return html`${authoredLink(strings, contact.name, contact.url)}${contact.email
    ? html`, ${authoredLink(strings, contact.email, `mailto:${contact.email}`)}`
    : nothing}${contact.phone ? html`, ${contact.phone}` : nothing}${contact.description?.trim()
    ? html` <span class="block secondary">${contact.description}</span>`
    : nothing}`;
}

export function linkList(strings: Pick<WidgetStrings, 'opensInNewTab'>, links: readonly Link[] | undefined): TemplateResult | typeof nothing {
  if (!links || links.length === 0) return nothing;
  return html`<ul>
    ${links.map(
      (link) =>
        html`<li>
          ${authoredLink(strings, link.title, link.url)}${link.description
            ? html` <span class="block secondary">${link.description}</span>`
            : nothing}
        </li> `,
    )}
  </ul>`;
}

export function hint(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<div class="hint" id=${id}>${text}</div>` : nothing;
}

export function errorMessage(id: string, strings: WidgetStrings, message: string | undefined): TemplateResult | typeof nothing {
  return message
    ? html`<p class="error-message" id=${id}><span class="visually-hidden">${strings.errorPrefix} </span>${message}</p>`
    : nothing;
}

/** Space-separated ids for aria-describedby, or nothing when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : nothing;
}

/**
 * GOV.UK error summary: listed problems linking to their fields. The element focuses it. Its
 * title is a heading at the page heading's own level (h2): it comes before the page heading,
 * so a lower level would break the heading order of the council's page around the widget.
 */
export function errorSummary(ctx: PageContext): TemplateResult | typeof nothing {
  if (ctx.errorList.length === 0) return nothing;
  return html`<div class="error-summary" id="error-summary" tabindex="-1" part="error-summary">
    <div role="alert">
      <h2 class="error-summary__title" id="error-summary-title">${ctx.strings.errorSummaryTitle}</h2>
      <ul class="list-plain">
        ${ctx.errorList.map(
          (error: FieldError) =>
            html`<li><a href=${`#${error.fieldId}`} data-field=${error.fieldId} @click=${ctx.actions.focusField}>${error.message}</a></li> `,
        )}
      </ul>
    </div>
  </div>`;
}

export type TagColour = 'green' | 'red' | 'grey' | 'yellow' | 'blue';

export function tag(text: string, colour: TagColour = 'blue'): TemplateResult {
  return html`<strong class="tag ${colour === 'blue' ? '' : `tag--${colour}`}">${text}</strong>`;
}

/** GOV.UK warning text: "!" and bold words. */
export function warning(text: string, strings: WidgetStrings, title?: string): TemplateResult {
  return html`<div class="warning">
    <span class="warning__icon" aria-hidden="true">!</span>
    <div><span class="visually-hidden">${strings.warningPrefix} </span>${title
        ? html`${title}: `
        : nothing}${text}</div>
  </div>`;
}

export function paragraphs(texts: readonly string[] | undefined): TemplateResult[] {
  return (texts ?? []).map((text) => html`<p>${text}</p>`);
}

export function continueButton(ctx: PageContext, label = ctx.strings.continue): TemplateResult {
  return html`<div class="button-group no-print">
    <button type="button" class="button" part="button" @click=${ctx.actions.next}>${label}</button>
  </div>`;
}
