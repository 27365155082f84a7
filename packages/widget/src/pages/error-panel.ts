/**
 * When the pathway cannot be shown: a plain-English message (and, for a pathway with
 * mistakes, the list of them naming each place by its title), with "Try again" where trying
 * again can help (network, server, file).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FirstPaintStrings } from '../i18n/first-paint-strings.js';

/** How many of a pathway's problems are listed before "And N more." */
export const PROBLEM_LIST_LIMIT = 20;

export interface LoadErrorView {
  message: string;
  problems: string[];
  retryable: boolean;
}

export function renderErrorPanel(strings: FirstPaintStrings, error: LoadErrorView, retry: () => void): TemplateResult {
  const shown = error.problems.slice(0, PROBLEM_LIST_LIMIT);
  return html`<div class="error-summary" part="error-panel">
    <h2 class="heading-l" id="page-heading" tabindex="-1" part="heading">${strings.loadErrorTitle}</h2>
    <p>${error.message}</p>
    ${shown.length > 0
      ? html`<ul data-problems>
          ${shown.map((problem) => html`<li>${problem}</li> `)}
        </ul>`
      : nothing}
    ${error.problems.length > shown.length ? html`<p>${strings.loadErrorMoreProblems(error.problems.length - shown.length)}</p>` : nothing}
    ${error.retryable
      ? html`<button type="button" class="button" part="button" @click=${retry}>${strings.retry}</button>`
      : nothing}
  </div>`;
}
