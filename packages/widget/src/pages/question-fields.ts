/**
 * One question or evidence item as GOV.UK form controls: radios for yes/no/not applicable and
 * single choice, a textarea for text, a number box, three boxes for a date, and a checkbox
 * (plus an optional note) for evidence. Each control is marked with what it enters
 * (field-input.ts); the element listens once for every input and change on the page instead of
 * binding a handler to each control.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { EvidenceState, ItemStatus } from '@pathway/core';
import type { AnswerValue, Evidence, Question } from '@pathway/schema';
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { DateParts } from '../journey/entries.js';
import type { FieldError } from './page-context.js';
import { choiceRadios } from './choice-radios.js';
import { evidenceCheckbox } from './evidence-checkbox.js';
import { fieldInput } from './field-input.js';
import { describedBy, errorMessage, hint, linkList } from './shared.js';

export const questionGroupId = (id: string) => `q-${id}`;
export const evidenceGroupId = (id: string) => `e-${id}`;

/** The input a link to this question focuses: the first radio, the textarea, the day box. */
export function questionFocusId(question: Question): string {
  const base = questionGroupId(question.id);
  switch (question.type) {
    case 'yesNo':
    case 'yesNoNa':
    case 'choice':
      return `${base}-0`;
    case 'date':
      return `${base}-day`;
    default:
      return `${base}-input`;
  }
}

export const evidenceFocusId = (id: string) => `${evidenceGroupId(id)}-confirm`;

/** The options a choice-like question offers, as value and label. */
export function questionOptions(question: Question, strings: WidgetStrings): { value: string; label: string }[] {
  switch (question.type) {
    case 'yesNo':
      return [
        { value: 'yes', label: strings.yes },
        { value: 'no', label: strings.no },
      ];
    case 'yesNoNa':
      return [
        { value: 'yes', label: strings.yes },
        { value: 'no', label: strings.no },
        { value: 'na', label: strings.notApplicable },
      ];
    case 'choice':
      return (question.options ?? []).map((option) => ({ value: option.value, label: option.label }));
    default:
      return [];
  }
}

/** An answer in words: "Yes", the option's label, "27 March 2024", "12". */
export function answerText(question: Question | undefined, value: AnswerValue | undefined, strings: WidgetStrings, format: Formatter): string {
  if (value === undefined || value === '') return strings.notAnswered;
  if (!question) {
    // A question no longer in the pathway: its yes/no answers can still be said in words.
    const words: Record<string, string> = { yes: strings.yes, no: strings.no, na: strings.notApplicable };
    return typeof value === 'string' && Object.hasOwn(words, value) ? words[value] : String(value);
  }
  if (question.type === 'number' && typeof value === 'number') return format.number(value);
  if (question.type === 'date' && typeof value === 'string') return format.date(value);
  const option = questionOptions(question, strings).find((item) => item.value === value);
  return option ? option.label : String(value);
}

export interface DateBoxesOptions {
  /** Prefix of the three inputs' ids: `<base>-day`, `<base>-month`, `<base>-year`. */
  base: string;
  parts: DateParts;
  invalid: boolean;
  /** Whose date the boxes hold: a question's answer, a pupil detail, a date measure or the date of an earlier reading. */
  dataKey: 'answer' | 'detail' | 'measure' | 'baseline';
  dataId: string;
  strings: WidgetStrings;
}

export function dateBoxes(options: DateBoxesOptions): TemplateResult {
  const { base, parts, invalid, strings } = options;
  const box = (part: keyof DateParts, label: string, size: string) => html`<div class="date-input__item">
    <label class="label" for=${`${base}-${part}`}>${label}</label>
    <input class="input ${size} ${invalid ? 'input--error' : ''}" id=${`${base}-${part}`} type="text" inputmode="numeric"
      autocomplete="off" spellcheck="false"
      ${fieldInput(
        options.dataKey === 'answer'
          ? { kind: 'answer', questionId: options.dataId, control: 'date', part }
          : options.dataKey === 'measure'
            ? { kind: 'measure', measureId: options.dataId, part }
            : options.dataKey === 'baseline'
              ? { kind: 'baseline', measureId: options.dataId, part }
              : { kind: 'detail', fieldId: options.dataId, control: 'date', part },
      )}
      .value=${parts[part]} aria-invalid=${invalid ? 'true' : 'false'} />
  </div>`;
  return html`<div class="date-input">
    ${box('day', strings.dateDay, 'input--date')} ${box('month', strings.dateMonth, 'input--date')}
    ${box('year', strings.dateYear, 'input--year')}
  </div>`;
}

export interface QuestionView {
  question: Question;
  item: ItemStatus;
  value: AnswerValue | undefined;
  numberText: string | undefined;
  dateParts: DateParts;
  error: FieldError | undefined;
  strings: WidgetStrings;
}

export function renderQuestion(view: QuestionView): TemplateResult {
  const { question, item, value, error, strings } = view;
  const base = questionGroupId(question.id);
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const optional = question.required === false ? html` <span class="secondary">${strings.optional}</span>` : nothing;
  const advice =
    item.state === 'unmet' && item.advice
      ? html`<p class="advice" id=${`${base}-advice`}><strong>${strings.advice}</strong> ${item.advice}</p>`
      : nothing;
  const resources = linkList(strings, question.resources);
  const describe = describedBy(question.help && hintId, error && errorId);
  const groupClass = `question form-group ${error ? 'form-group--error' : ''}`;

  switch (question.type) {
    case 'yesNo':
    case 'yesNoNa':
    case 'choice': {
      const options = questionOptions(question, strings);
      return html`<div class=${groupClass} data-question=${question.id}>
        <fieldset aria-describedby=${describe}>
          <legend class="legend-s">${question.text}${optional}</legend>
          ${hint(hintId, question.help)} ${resources} ${errorMessage(errorId, strings, error?.message)}
          ${choiceRadios({ base, questionId: question.id, options, value, inline: question.type !== 'choice' })}
        </fieldset>
        ${advice}
      </div>`;
    }
    case 'date':
      return html`<div class=${groupClass} data-question=${question.id}>
        <fieldset aria-describedby=${describedBy(`${base}-date-hint`, question.help && hintId, error && errorId)}>
          <legend class="legend-s">${question.text}${optional}</legend>
          ${hint(hintId, question.help)} ${resources}
          <div class="hint" id=${`${base}-date-hint`}>${strings.dateHint}</div>
          ${errorMessage(errorId, strings, error?.message)}
          ${dateBoxes({ base, parts: view.dateParts, invalid: !!error, dataKey: 'answer', dataId: question.id, strings })}
        </fieldset>
        ${advice}
      </div>`;
    case 'number':
      return html`<div class=${groupClass} data-question=${question.id}>
        <label class="label legend-s" for=${`${base}-input`}>${question.text}${optional}</label>
        ${hint(hintId, question.help)} ${resources} ${errorMessage(errorId, strings, error?.message)}
        <input class="input input--short ${error ? 'input--error' : ''}" id=${`${base}-input`} type="text" inputmode="decimal"
          autocomplete="off" spellcheck="false" ${fieldInput({ kind: 'answer', questionId: question.id, control: 'number' })}
          .value=${view.numberText ?? (typeof value === 'number' ? String(value) : '')}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describe} />
        ${advice}
      </div>`;
    default:
      return html`<div class=${groupClass} data-question=${question.id}>
        <label class="label legend-s" for=${`${base}-input`}>${question.text}${optional}</label>
        ${hint(hintId, question.help)} ${resources} ${errorMessage(errorId, strings, error?.message)}
        <textarea class="textarea" id=${`${base}-input`} rows="3" ${fieldInput({ kind: 'answer', questionId: question.id, control: 'text' })}
          .value=${typeof value === 'string' ? value : ''} aria-describedby=${describe}></textarea>
        ${advice}
      </div>`;
  }
}

export interface EvidenceView {
  evidence: Evidence;
  item: ItemStatus;
  state: EvidenceState | undefined;
  strings: WidgetStrings;
  format: Formatter;
}

export function renderEvidence(view: EvidenceView): TemplateResult {
  const { evidence, item, state, strings, format } = view;
  const base = evidenceGroupId(evidence.id);
  const checkboxId = evidenceFocusId(evidence.id);
  const noteId = `${base}-note`;
  const hintText = [evidence.description, evidence.recency ? strings.evidenceRecency(format.duration(evidence.recency)) : '']
    .filter(Boolean)
    .join(' ');
  const showNote = state?.confirmed === true || (state?.note ?? '') !== '';
  return html`<div class="question question--evidence form-group" data-evidence-item=${evidence.id}>
    ${evidenceCheckbox({
      id: checkboxId,
      evidenceId: evidence.id,
      checked: state?.confirmed === true,
      confirmWord: strings.evidenceConfirm,
      title: evidence.title,
      optional: evidence.required === false ? strings.optional : undefined,
      hint: hintText ? { id: `${base}-hint`, text: hintText } : undefined,
    })}
    ${linkList(strings, evidence.resources)}
    ${showNote
      ? html`<div class="conditional">
          <label class="label" for=${noteId}>${strings.evidenceNoteLabel}</label>
          <textarea class="textarea" id=${noteId} rows="2" ${fieldInput({ kind: 'evidence', evidenceId: evidence.id, part: 'note' })} .value=${state?.note ?? ''}></textarea>
        </div>`
      : nothing}
    ${item.state === 'unmet' && item.advice ? html`<p class="advice"><strong>${strings.advice}</strong> ${item.advice}</p>` : nothing}
  </div>`;
}
