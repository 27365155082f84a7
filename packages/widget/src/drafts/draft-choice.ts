/**
 * Saved drafts for this pathway and none of them this journey's: each is offered by what
 * identifies it without personal details (when it was saved, to the second when two share a
 * minute; the stage chosen or reached and how far it got; the figures entered and circumstances ticked),
 * with "Start afresh" (they stay saved), a way to remove each, and, for several, to remove them
 * all once the user confirms how many that is. Comes with the drafts part.
 *
 * The element hands it Lit's `html` and `nothing`: a drafts part importing Lit itself makes the
 * bundler move Lit out of the first-paint file into a shared chunk first paint must fetch too.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';

export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}
import type { MeasureInput } from '@pathway/core';
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import type { DraftChoice } from './draft-controller.js';

export interface DraftChoiceHandlers {
  choose(choice: DraftChoice): void;
  fresh(): void;
  /** Removes one draft, or all offered (no argument). */
  remove(choice?: DraftChoice): void;
  /** Asks to confirm removing them all (true), or takes that back (false). */
  confirmAll(asking: boolean): void;
}

/** The questions of the stage the draft reached: the stage's own and its routes'. */
function stageQuestionIds(index: PathwayIndex, stageId: string): string[] {
  const stage = index.stages.get(stageId);
  if (!stage) return [];
  const ids = (stage.questions ?? []).map((question) => question.id);
  for (const route of stage.routes ?? []) for (const question of route.questions ?? []) ids.push(question.id);
  return [...new Set(ids)];
}

function figureText(format: Formatter, input: MeasureInput): string {
  if ('percentage' in input) return format.percent(input.percentage);
  if ('value' in input) return format.number(input.value);
  if ('date' in input) return format.date(input.date);
  if ('attendedSessions' in input) return format.count(input.attendedSessions, 'sessions') + ' / ' + format.count(input.possibleSessions, 'sessions');
  return format.count(input.absentSessions, 'sessions') + ' / ' + format.count(input.possibleSessions, 'sessions');
}

/**
 * What tells this draft from the others without naming the pupil: the stage chosen and its
 * questions answered, the figures entered and the circumstances ticked.
 */
function progress(strings: WidgetStrings, format: Formatter, index: PathwayIndex, choice: DraftChoice): string {
  const { draft } = choice;
  const answered = (ids: Iterable<string>) => [...ids].filter((id) => draft.answers[id] !== undefined).length;
  // The stage chosen, else the one the figures placed the pupil at when it was saved.
  const stageId = draft.stage ?? draft.placedAt;
  const stage = stageId === undefined ? undefined : (index.stages.get(stageId)?.title ?? draft.stageTexts?.[stageId]);
  const parts: string[] = [];
  if (stageId !== undefined && stage !== undefined) {
    const ids = stageQuestionIds(index, stageId);
    parts.push(strings.draftStageProgress(stage, answered(ids), ids.length, draft.stage !== undefined));
  } else {
    parts.push(strings.draftNoStage(answered(index.questions.keys())));
  }
  const figures: string[] = [];
  for (const [id, input] of Object.entries(draft.measures)) {
    const title = index.measures.get(id)?.title ?? draft.measureTexts?.[id];
    if (title !== undefined && input !== undefined) figures.push(strings.draftFigure(title, figureText(format, input)));
  }
  if (figures.length > 0) parts.push(strings.draftFigures(figures.join(', ')));
  const ticked = draft.cohorts.map((id) => index.cohorts.get(id)?.title ?? draft.cohortTexts?.[id]).filter((title) => title !== undefined);
  if (ticked.length > 0) parts.push(strings.draftCircumstances(ticked.join(', ')));
  return `${parts.join('. ')}.`;
}

/** When a draft was saved, to the minute. */
function savedTime(format: Formatter, savedAt: string): string {
  const moment = new Date(savedAt);
  return Number.isNaN(moment.getTime()) ? savedAt : format.dateTime(moment);
}

/** When each draft was saved; to the second when two would read the same to the minute. */
function savedTimes(format: Formatter, choices: readonly DraftChoice[]): string[] {
  const moments = choices.map((choice) => new Date(choice.draft.savedAt));
  const short = choices.map((choice) => savedTime(format, choice.draft.savedAt));
  const seconds = new Intl.DateTimeFormat(format.locale, { dateStyle: 'long', timeStyle: 'medium' });
  return short.map((text, i) =>
    short.indexOf(text) !== short.lastIndexOf(text) && !Number.isNaN(moments[i]!.getTime()) ? seconds.format(moments[i]) : text,
  );
}

export interface DraftChoiceView {
  choices: DraftChoice[] | undefined;
  /** What was just removed: one draft (when it was saved) or all of them. */
  removed: { savedAt: string } | { count: number } | undefined;
  /** The user asked to remove them all: confirm how many. */
  confirming: boolean;
}

export function renderDraftChoice(
  { html, nothing }: Lit,
  strings: WidgetStrings,
  format: Formatter,
  index: PathwayIndex,
  view: DraftChoiceView,
  handlers: DraftChoiceHandlers,
): TemplateResult | symbol {
  const { choices, removed } = view;
  // Focused once removed (drafts/journey-drafts-controller.ts), so the user hears what went.
  const removedNote = removed
    ? html`<div class="notification notification--success" id="draft-choice-removed" tabindex="-1" data-draft-choice="removed">
        <p>${'count' in removed ? strings.draftChoiceRemovedAll(removed.count) : strings.draftChoiceRemovedOne(savedTime(format, removed.savedAt))}</p>
      </div>`
    : nothing;
  if (!choices || choices.length === 0) return removedNote;
  const times = savedTimes(format, choices);
  const count = choices.length;
  return html`${removedNote}<div class="notification no-print" role="group" aria-labelledby="draft-choice-title" data-draft-choice="offered">
    <p class="notification__title" id="draft-choice-title">${strings.draftChoiceTitle}</p>
    <p>${count === 1 ? strings.draftChoiceIntroOne : strings.draftChoiceIntro}</p>
    <ul class="list">
      ${choices.map((choice, i) => {
        return html`<li>
          <button type="button" class="button button--secondary" part="button" data-draft-choose=${i} aria-describedby="draft-choice-${i}"
            @click=${() => handlers.choose(choice)}>${strings.draftChoiceButton(times[i]!)}</button>
          <p class="hint" id="draft-choice-${i}">${progress(strings, format, index, choice)}</p>
          <p><button type="button" class="link-button" data-draft-remove=${i} @click=${() => handlers.remove(choice)}>${strings.draftChoiceRemoveOne(times[i]!)}</button></p>
        </li>`;
      })}
    </ul>
    ${view.confirming
      ? html`<div class="warning" id="draft-remove-confirm" tabindex="-1" data-draft-confirm>
          <p>${strings.draftChoiceRemoveAllConfirm(count)}</p>
        </div>
        <button type="button" class="button button--warning" part="button" data-draft-remove-all-yes @click=${() => handlers.remove()}>${strings.draftChoiceRemoveAllYes(count)}</button>
        <button type="button" class="button button--secondary" part="button" id="draft-remove-all-no" @click=${() => handlers.confirmAll(false)}>${strings.draftChoiceRemoveAllNo}</button>`
      : html`<button type="button" class="button" part="button" data-draft-fresh @click=${handlers.fresh}>${strings.draftChoiceFresh}</button>
          ${count > 1
            ? html`<button type="button" class="button button--secondary" part="button" id="draft-remove-all" @click=${() => handlers.confirmAll(true)}>${strings.draftChoiceRemoveAllOf(count)}</button>`
            : nothing}`}
    <p class="hint">${strings.draftsClearAllHint}</p>
  </div>`;
}
