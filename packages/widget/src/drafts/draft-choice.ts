/**
 * Several saved drafts for this pathway and none of them this journey's: each is offered by
 * what identifies it without personal details (when it was saved, how far it got, the stage
 * chosen), with "Start afresh" and a way to remove them all. Comes with the drafts part.
 *
 * The element hands it Lit's `html` and `nothing`: a drafts part importing Lit itself makes the
 * bundler move Lit out of the first-paint file into a shared chunk first paint must fetch too.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';

export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import type { DraftChoice } from './draft-controller.js';

export interface DraftChoiceHandlers {
  choose(choice: DraftChoice): void;
  fresh(): void;
  removeAll(): void;
}

function progress(strings: WidgetStrings, index: PathwayIndex, choice: DraftChoice): string {
  const { draft } = choice;
  const answered = Object.keys(draft.answers).filter((id) => index.questions.has(id)).length;
  const stage = draft.stage === undefined ? undefined : (index.stages.get(draft.stage)?.title ?? draft.stageTexts?.[draft.stage]);
  return strings.draftChoiceProgress(answered, index.questions.size, stage);
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
  return html`<div class="notification no-print" role="group" aria-labelledby="draft-choice-title" data-draft-choice="offered">
    <p class="notification__title" id="draft-choice-title">${strings.draftChoiceTitle}</p>
    <p>${strings.draftChoiceIntro}</p>
    <ul class="list">
      ${view.choices.map((choice, i) => {
        const when = new Date(choice.draft.savedAt);
        return html`<li>
          <button type="button" class="button button--secondary" part="button" data-draft-choose=${i} aria-describedby="draft-choice-${i}"
            @click=${() => handlers.choose(choice)}>${strings.draftChoiceButton(Number.isNaN(when.getTime()) ? choice.draft.savedAt : format.dateTime(when))}</button>
          <p class="hint" id="draft-choice-${i}">${progress(strings, index, choice)}</p>
        </li>`;
      })}
    </ul>
    <button type="button" class="button" part="button" data-draft-fresh @click=${handlers.fresh}>${strings.draftChoiceFresh}</button>
    <button type="button" class="button button--secondary" part="button" data-draft-remove-all @click=${handlers.removeAll}>${strings.draftChoiceRemoveAll}</button>
    <p class="hint">${strings.draftsClearAllHint}</p>
  </div>`;
}
