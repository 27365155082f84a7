/**
 * Several saved drafts for this pathway and none of them this journey's: each is offered by
 * what identifies it without personal details (when it was saved, to the second when two share a
 * minute; the stage chosen and how far it got; the figures entered and circumstances ticked),
 * with "Start afresh" and a way to remove them all. Comes with the drafts part.
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
  removeAll(): void;
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
  const stage = draft.stage === undefined ? undefined : (index.stages.get(draft.stage)?.title ?? draft.stageTexts?.[draft.stage]);
  const parts: string[] = [];
  if (draft.stage !== undefined && stage !== undefined) {
    const ids = stageQuestionIds(index, draft.stage);
    parts.push(strings.draftStageProgress(stage, answered(ids), ids.length));
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

/** When each draft was saved; to the second when two would read the same to the minute. */
function savedTimes(format: Formatter, choices: readonly DraftChoice[]): string[] {
  const moments = choices.map((choice) => new Date(choice.draft.savedAt));
  const label = (moment: Date, i: number) => (Number.isNaN(moment.getTime()) ? choices[i]!.draft.savedAt : format.dateTime(moment));
  const short = moments.map(label);
  const seconds = new Intl.DateTimeFormat(format.locale, { dateStyle: 'long', timeStyle: 'medium' });
  return short.map((text, i) =>
    short.indexOf(text) !== short.lastIndexOf(text) && !Number.isNaN(moments[i]!.getTime()) ? seconds.format(moments[i]) : text,
  );
}

export function renderDraftChoice(
  { html, nothing }: Lit,
  strings: WidgetStrings,
  format: Formatter,
  index: PathwayIndex,
  view: { choices: DraftChoice[] | undefined; removed: boolean },
  handlers: DraftChoiceHandlers,
): TemplateResult | symbol {
  if (view.removed) {
    return html`<div class="notification notification--success" role="status" data-draft-choice="removed"><p>${strings.draftChoiceRemoved}</p></div>`;
  }
  if (!view.choices || view.choices.length === 0) return nothing;
  const times = savedTimes(format, view.choices);
  return html`<div class="notification no-print" role="group" aria-labelledby="draft-choice-title" data-draft-choice="offered">
    <p class="notification__title" id="draft-choice-title">${strings.draftChoiceTitle}</p>
    <p>${strings.draftChoiceIntro}</p>
    <ul class="list">
      ${view.choices.map((choice, i) => {
        return html`<li>
          <button type="button" class="button button--secondary" part="button" data-draft-choose=${i} aria-describedby="draft-choice-${i}"
            @click=${() => handlers.choose(choice)}>${strings.draftChoiceButton(times[i]!)}</button>
          <p class="hint" id="draft-choice-${i}">${progress(strings, format, index, choice)}</p>
        </li>`;
      })}
    </ul>
    <button type="button" class="button" part="button" data-draft-fresh @click=${handlers.fresh}>${strings.draftChoiceFresh}</button>
    <button type="button" class="button button--secondary" part="button" data-draft-remove-all @click=${handlers.removeAll}>${strings.draftChoiceRemoveAll}</button>
    <p class="hint">${strings.draftsClearAllHint}</p>
  </div>`;
}
