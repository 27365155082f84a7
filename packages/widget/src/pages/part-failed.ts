/**
 * A part of the widget that could not be downloaded once the journey is under way (the summary's
 * pages, say): the journey stays, with Try again and Back to what was entered. In the journey
 * part, which is always here by then, to keep first paint small.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { WidgetStrings } from '../i18n/strings.js';
import { renderErrorPanel } from './error-panel.js';

export function renderPartFailed(words: WidgetStrings, retry: () => void, back: (event: Event) => void): TemplateResult {
  return html`${renderErrorPanel({ ...words, loadErrorTitle: words.partFailedTitle }, { message: words.partFailed, problems: [], retryable: true }, retry)}
    <a href="#" class="back-link" part="back-link" @click=${back}>${words.back}</a>`;
}
