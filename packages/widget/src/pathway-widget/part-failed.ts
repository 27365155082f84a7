/**
 * Mid-journey, a part of the widget (its next pages) could not be downloaded: said plainly,
 * with "Try again" and "Back". The journey stays, so nothing entered is lost.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { WidgetStrings } from '../i18n/strings.js';

export function renderPartFailed(strings: WidgetStrings, retry: () => void, back: (event: Event) => void): TemplateResult {
  return html`<div class="error-summary" part="error-panel" data-part-failed>
    <h2 class="heading-l" id="page-heading" tabindex="-1" part="heading">${strings.partFailedTitle}</h2>
    <p>${strings.partFailed}</p>
    <button type="button" class="button" part="button" @click=${retry}>${strings.retry}</button>
    <a href="#" class="back-link" part="back-link" @click=${back}>${strings.back}</a>
  </div>`;
}
