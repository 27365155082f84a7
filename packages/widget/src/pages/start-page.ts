/** The start page: what the pathway is, whose it is, and "Start now". */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { renderStandingDuties } from './duties.js';
import type { PageContext } from './page-context.js';
import { authoredLink, linkList, pageHeading, paragraphs } from './shared.js';

export function renderStartPage(ctx: PageContext): TemplateResult {
  const { definition } = ctx.index;
  const { strings, format } = ctx;
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
    ${renderStandingDuties(ctx)}
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
                      </li>`,
                    )}
                  </ul>`
              : nothing}
          </div>
        </details>`
      : nothing}
  `;
}
