/**
 * The update note on screen (its words: journey/update-note.ts). A few changes read as one
 * sentence; more are a list under "The pathway was updated:", one change a line, as GOV.UK
 * lists after a lead-in (lower case, no full stops). In the journey part: a note only comes
 * once a journey is open.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { WidgetStrings } from '../i18n/strings.js';
import type { UpdateNote } from '../journey/update-note.js';

/** More changes than this are a list. */
const SENTENCE_CHANGES = 2;

export function renderUpdateNote(note: UpdateNote, words: WidgetStrings): TemplateResult {
  const listed = note.changes.length > SENTENCE_CHANGES;
  return html`<div class="notification" data-update-note>
    ${listed
      ? html`<p>${words.updateNoteLead}</p>
          <ul>
            ${note.changes.map((change) => html`<li>${change}</li> `)}
          </ul>
          ${note.after.map((text) => html`<p>${text}</p>`)}`
      : html`<p>${note.text}</p>`}
  </div>`;
}
