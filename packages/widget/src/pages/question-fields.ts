/**
 * What the pages know about a question or evidence item's controls: the ids of its form group
 * and of the control a link to it focuses, its options, its answer in words, and the three
 * date boxes (used by the pupil details and the date measures; the questions page draws its
 * rows itself, in rows/). Each control is marked with what it enters (field-input.ts); the
 * element listens once for every input and change on the page instead of binding a handler
 * to each control.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { AnswerValue, Question } from '@pathway/schema';
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { DateParts } from '../journey/entries.js';
import { fieldInput } from './field-input.js';

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

/** An option a choice-like question offers: what is stored, and what the school sees. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** Yes / no and yes / no / not applicable in each table of words, made once: every row of a page asks for them. */
const fixedOptions = new WeakMap<WidgetStrings, { yesNo: readonly ChoiceOption[]; yesNoNa: readonly ChoiceOption[] }>();

function fixedOptionsOf(strings: WidgetStrings): { yesNo: readonly ChoiceOption[]; yesNoNa: readonly ChoiceOption[] } {
  let options = fixedOptions.get(strings);
  if (!options) {
    const yes = { value: 'yes', label: strings.yes };
    const no = { value: 'no', label: strings.no };
    options = { yesNo: [yes, no], yesNoNa: [yes, no, { value: 'na', label: strings.notApplicable }] };
    fixedOptions.set(strings, options);
  }
  return options;
}

/** The options a choice-like question offers, as value and label (the authored options themselves for a choice). */
export function questionOptions(question: Question, strings: WidgetStrings): readonly ChoiceOption[] {
  switch (question.type) {
    case 'yesNo':
      return fixedOptionsOf(strings).yesNo;
    case 'yesNoNa':
      return fixedOptionsOf(strings).yesNoNa;
    case 'choice':
      return question.options ?? [];
    default:
      return [];
  }
}

/** An answer in words: "Yes", the option's label, "27 March 2024", "12". */
export function answerText(question: Question | undefined, value: AnswerValue | undefined, strings: WidgetStrings, format: Formatter): string {
  // A date left blank where blank means the event has not happened (`ifBlank`): the author's words.
  if (value === undefined || value === '') return (question?.type === 'date' && question.ifBlank?.trim()) || strings.notAnswered;
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
