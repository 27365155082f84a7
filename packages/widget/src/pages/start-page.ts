/**
 * The start page: what the pathway is, whose it is, and "Start now". Part of the first-paint
 * module; the standing duties (drawn by the journey part, duties.ts) are passed in once it is here.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Pathway } from '@pathway/schema';
import type { FirstPaintStrings } from '../i18n/first-paint-strings.js';
import type { PageContext } from './page-context.js';

/** What the start page is drawn from: the checked definition, before the engine has read it. */
export type StartContext = Pick<PageContext, 'format' | 'actions'> & { definition: Pathway; strings: FirstPaintStrings };
import { authoredLink, linkList, pageHeading, paragraphs } from './shared.js';

export function renderStartPage(ctx: StartContext, standingDuties: TemplateResult | typeof nothing = nothing): TemplateResult {
  const { definition, strings, format } = ctx;
  const authority = definition.authority;
  const dates = [
    definition.effectiveFrom ? strings.effectiveFrom(format.date(definition.effectiveFrom)) : '',
    definition.lastUpdated ? strings.lastUpdated(format.date(definition.lastUpdated)) : '',
  ].filter(Boolean);
  const hasAbout =
    (definition.introduction?.length ?? 0) > 0 ||
    (definition.sources?.length ?? 0) > 0 ||
    (definition.statutoryReferences?.length ?? 0) > 0 ||
    dates.length > 0;

  return html`
    ${pageHeading(definition.title, strings.startHeadingCaption(authority.name))}
    ${authority.service
      ? html`<p class="secondary">${authoredLink(strings, authority.service, authority.url)}</p>`
      : nothing}
    ${definition.summary ? html`<p class="lead">${definition.summary}</p>` : nothing}
    <p>${strings.startWhatYouNeed}</p>
    <div class="button-group no-print">
      <button type="button" class="button button--start" part="button start-button" @click=${ctx.actions.next}>
        ${strings.startButton}
      </button>
    </div>
    ${standingDuties}
    ${hasAbout
      ? html`<details>
          <summary>${strings.startIntroTitle}</summary>
          <div class="details__text">
            ${paragraphs(definition.introduction)}
            ${dates.length > 0 ? html`<p class="secondary">${dates.join(' ')}</p>` : nothing}
            ${(definition.sources?.length ?? 0) > 0
              ? html`<h3 class="heading-s">${strings.sourcesTitle}</h3>
                  ${linkList(strings, definition.sources)}`
              : nothing}
            ${(definition.statutoryReferences?.length ?? 0) > 0
              ? html`<h3 class="heading-s">${strings.statutoryTitle}</h3>
                  <ul>
                    ${definition.statutoryReferences!.map(
                      (reference) => html`<li>
                        ${authoredLink(strings, reference.title, reference.url)}${reference.citation
                          ? html` <span class="secondary">(${reference.citation})</span>`
                          : nothing}
                        ${reference.quote ? html`<blockquote class="inset">${reference.quote}</blockquote>` : nothing}
                      </li> `,
                    )}
                  </ul>`
              : nothing}
          </div>
        </details>`
      : nothing}
  `;
}
