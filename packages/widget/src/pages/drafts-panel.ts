/**
 * "Save my answers on this device": shown only when the page opts in (`save-drafts`). Says
 * plainly that pupil details are never saved, what happened to a restored draft (and, if the
 * pathway changed, exactly which answers were kept, changed, removed or are new), and offers
 * "Clear saved answers".
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AnswerValue, ChangelogEntry } from '@pathway/schema';
import type { DraftController } from '../drafts/draft-controller.js';
import type { DraftChangeReport, ReportedQuestion } from '../drafts/draft-envelope.js';
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import { fieldInput } from './field-input.js';
import { describedBy } from './shared.js';
import { stageMovedText } from '../journey/stage-moved.js';
import { bandPhrases, lengthPhrases } from '../journey/update-note.js';
import type { StageMove } from '../journey/stage-moved.js';

export const DRAFTS_TOGGLE_ID = 'drafts-toggle';

export interface DraftsPanelHandlers {
  clear(): void;
  /** Shows an answer from the draft in words (the question may no longer exist). */
  previousAnswer(id: string, value: AnswerValue): string;
  /** Whether the stage the case is at now asks the question (true when that is not known). */
  askedNow(id: string): boolean;
}

function questionList(strings: WidgetStrings, items: ReportedQuestion[], handlers: DraftsPanelHandlers): TemplateResult {
  return html`<ul>
    ${items.map(
      (item) => html`<li>
        ${item.text}${item.previousAnswer !== undefined
          ? html` <span class="block secondary">${strings.draftPreviousAnswer(handlers.previousAnswer(item.id, item.previousAnswer))}</span>`
          : nothing}
      </li> `,
    )}
  </ul>`;
}

/** The council's own words for each version published since the draft, from the pathway's changelog. */
function publishedList(strings: WidgetStrings, format: Formatter, entries: readonly ChangelogEntry[]): TemplateResult {
  return html`<div data-draft-published>
    <p class="label--bold">${strings.draftPublishedTitle}</p>
    ${entries.map(
      (entry) => html`<p data-draft-published-version>${strings.draftPublishedVersion(entry.version, format.date(entry.published), entry.kind)}</p>
        ${entry.summary ? html`<p>${entry.summary}</p>` : nothing}
        ${entry.changes.length > 0 ? html`<ul>${entry.changes.map((change) => html`<li>${change}</li> `)}</ul>` : nothing}`,
    )}
  </div>`;
}

function renderReport(
  strings: WidgetStrings,
  format: Formatter,
  report: DraftChangeReport,
  handlers: DraftsPanelHandlers,
  published: TemplateResult | typeof nothing,
  moved: StageMove | undefined,
): TemplateResult {
  const dropped = [...report.evidenceDropped, ...report.cohortsDropped, ...report.measuresDropped];
  // "Your answers were not used" only of questions the school had answered.
  const answered = (items: ReportedQuestion[]) => items.filter((item) => item.previousAnswer !== undefined);
  const changed = answered(report.changed).filter((item) => handlers.askedNow(item.id));
  const changedNotAsked = answered(report.changed).filter((item) => !handlers.askedNow(item.id));
  const removed = answered(report.removed);
  const bands = bandPhrases(report, strings);
  const lengths = lengthPhrases(report, strings, format);
  return html`
    <p>${strings.draftVersionChanged(report.previousVersion, report.currentVersion)}</p>
    ${moved ? html`<p data-draft-stage-moved>${stageMovedText(moved, strings)}</p>` : nothing}
    ${bands.length > 0 ? html`<p data-draft-bands>${strings.draftBandsChanged(bands)}</p>` : nothing}
    ${lengths.length > 0 ? html`<p data-draft-time-limits>${strings.draftTimeLimitsChanged(lengths)}</p>` : nothing}
    ${published}
    ${changed.length > 0
      ? html`<p class="label--bold" data-draft-list="changed">${strings.draftChanged}</p>
          ${questionList(strings, changed, handlers)}`
      : nothing}
    ${changedNotAsked.length > 0
      ? html`<p class="label--bold" data-draft-list="changed-not-asked">${strings.draftChangedNotAsked}</p>
          ${questionList(strings, changedNotAsked, handlers)}`
      : nothing}
    ${removed.length > 0
      ? html`<p class="label--bold" data-draft-list="removed">${strings.draftRemoved}</p>
          ${questionList(strings, removed, handlers)}`
      : nothing}
    ${report.routesDropped.length > 0 ? html`<p data-draft-routes-dropped>${strings.draftRouteRemoved(report.routesDropped)}</p>` : nothing}
    ${dropped.length > 0
      ? html`<p class="label--bold" data-draft-list="dropped">${strings.draftOtherRemoved}</p>
          <ul>
            ${dropped.map((text) => html`<li>${text}</li> `)}
          </ul>`
      : nothing}
    ${report.added.length > 0
      ? html`<details data-draft-list="new">
          <summary>${strings.draftNew(report.added.length)}</summary>
          <div class="details__text">${questionList(strings, report.added, handlers)}</div>
        </details>`
      : nothing}
    ${report.kept.length > 0
      ? html`<details data-draft-list="kept">
          <summary>${strings.draftKept(report.kept.length)}</summary>
          <div class="details__text">${questionList(strings, report.kept, handlers)}</div>
        </details>`
      : nothing}
  `;
}

/** The message about the draft, shown at the top of the page it concerns. */
export function renderDraftNotice(
  strings: WidgetStrings,
  format: Formatter,
  drafts: DraftController,
  handlers: DraftsPanelHandlers,
): TemplateResult | typeof nothing {
  const notice = drafts.notice;
  if (!notice) return nothing;
  switch (notice.kind) {
    case 'restored': {
      const when = new Date(notice.savedAt);
      return html`<div class="notification" role="status" data-draft-notice="restored" aria-labelledby="draft-notice-title">
        <p class="notification__title" id="draft-notice-title">${strings.draftNoticeTitle}</p>
        <p>${strings.draftRestored(Number.isNaN(when.getTime()) ? notice.savedAt : format.dateTime(when))}</p>
        ${notice.report ? renderReport(strings, format, notice.report, handlers, notice.published ? publishedList(strings, format, notice.published) : nothing, notice.moved) : nothing}
      </div>`;
    }
    case 'corrupt':
      return html`<div class="notification notification--error" role="alert" data-draft-notice="corrupt">
        <p>${strings.draftCorrupt}</p>
      </div>`;
    case 'cleared':
      return html`<div class="notification notification--success" role="status" data-draft-notice="cleared">
        <p>${strings.draftsCleared}</p>
      </div>`;
    case 'save-failed':
      return html`<div class="notification notification--error" role="alert" data-draft-notice="save-failed">
        <p>${strings.draftsSaveFailed}</p>
      </div>`;
  }
}

/** The checkbox and the clear button. */
export function renderDraftsPanel(strings: WidgetStrings, drafts: DraftController, handlers: DraftsPanelHandlers): TemplateResult | typeof nothing {
  if (drafts.status === 'off' || drafts.status === 'opening') return nothing;
  if (drafts.status === 'unavailable') {
    return html`<div class="drafts no-print" data-drafts="unavailable">
      <div class="choice">
        <input type="checkbox" id=${DRAFTS_TOGGLE_ID} disabled aria-describedby="drafts-hint" />
        <div class="choice__text">
          <label for=${DRAFTS_TOGGLE_ID}>${strings.draftsSave}</label>
          <div class="hint" id="drafts-hint">
            ${drafts.unavailableBecause === 'timeout' ? strings.draftsTimedOut : strings.draftsUnavailable}
          </div>
        </div>
      </div>
    </div>`;
  }
  return html`<div class="drafts no-print" data-drafts="available">
    <div class="choice">
      <input type="checkbox" id=${DRAFTS_TOGGLE_ID} ${fieldInput({ kind: 'drafts-toggle' })} .checked=${drafts.enabled}
        aria-describedby=${describedBy('drafts-hint')} />
      <div class="choice__text">
        <label for=${DRAFTS_TOGGLE_ID}>${strings.draftsSave}</label>
        <div class="hint" id="drafts-hint">${strings.draftsSaveHint}</div>
      </div>
    </div>
    <button type="button" class="button button--secondary" part="button" @click=${handlers.clear}>${strings.draftsClear}</button>
  </div>`;
}
