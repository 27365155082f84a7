/**
 * A question row as GOV.UK form controls: radios for yes / no / not applicable and single
 * choice (a fieldset whose legend is the question), three boxes for a date (a fieldset), a
 * number box or a textarea (a label). The hint, the authored links, the error message and the
 * advice are as on every other page.
 *
 * A row is cloned from a prototype of its shape and filled in; afterwards only what the user
 * or the engine changes is touched: which radio is checked, a box's value, the error (class,
 * message, aria-invalid, aria-describedby) and the advice. A question whose wording, hint,
 * options or links change (a live edit of the pathway) is drawn again. Controls are marked
 * with what they enter (field-input.ts): the element reads every input and change from there.
 */
import type { AnswerValue, Question } from '@pathway/schema';
import type { WidgetStrings } from '../../i18n/strings.js';
import { datePartsFrom } from '../../journey/entries.js';
import type { DateParts } from '../../journey/entries.js';
import { writeFieldInput } from '../field-input.js';
import { questionGroupId, questionOptions } from '../question-fields.js';
import type { ChoiceOption } from '../question-fields.js';
import type { RowDrawer } from '../row-list.js';
import { cloneOf, element, find, idList, prototypeCache, setOrRemove } from './dom.js';
import { hintElement, linkListElement, sameLinks, syncAdvice, syncErrorMessage } from './parts.js';

/** Everything a question row shows: it is redrawn only when one of these changes. */
export interface QuestionRowModel {
  /** The question's id. */
  readonly id: string;
  readonly drawer: RowDrawer<QuestionRowModel>;
  readonly question: Question;
  readonly strings: WidgetStrings;
  readonly value: AnswerValue | undefined;
  /** A number box's text as typed, which may not be a number yet. */
  readonly numberText: string | undefined;
  /** A date's boxes as typed, which may not be a date yet. */
  readonly dateParts: DateParts | undefined;
  /** The error message shown on the question, if any. */
  readonly error: string | undefined;
  /** The pathway's advice, shown while the answer is not the one expected. */
  readonly advice: string | undefined;
}

type RowFields = Omit<QuestionRowModel, 'id' | 'drawer'>;

const GROUP_CLASS = 'question form-group';
const GROUP_ERROR_CLASS = 'form-group--error';
const isChoice = (question: Question) => question.type === 'yesNo' || question.type === 'yesNoNa' || question.type === 'choice';
const DATE_PARTS = ['day', 'month', 'year'] as const;

// ---------------------------------------------------------------------------------------------
// Prototypes: the static part of each shape, cloned for every row.

const group = (...children: Node[]) => element('div', GROUP_CLASS, {}, ...children);
const textBox = (className: string, inputmode: string) =>
  element('input', className, { type: 'text', inputmode, autocomplete: 'off', spellcheck: 'false', 'aria-invalid': 'false' });

/** Radio prototypes of the option sets drawn last, newest last (see radiosPrototype). */
const recentRadios: { options: readonly ChoiceOption[]; inline: boolean; prototype: HTMLDivElement }[] = [];
const RECENT_RADIOS = 8;

function sameOptions(a: readonly ChoiceOption[], b: readonly ChoiceOption[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].value !== b[i].value || a[i].label !== b[i].label) return false;
  return true;
}

/**
 * Radios with their values and labels, in a fieldset whose legend is still empty. A pathway's
 * questions share a few sets of options (every yes / no question shares one), so the sets
 * drawn last are kept and a row only gets its ids: at most a handful of prototypes, however
 * many option sets the pathway has.
 */
function radiosPrototype(options: readonly ChoiceOption[], inline: boolean): HTMLDivElement {
  for (let i = recentRadios.length - 1; i >= 0; i--) {
    const recent = recentRadios[i];
    if (recent.inline === inline && sameOptions(recent.options, options)) return recent.prototype;
  }
  const choices = element('div', inline ? 'choices choices--inline' : 'choices');
  for (const option of options) {
    // An empty label has no text node, as textContent = '' leaves it.
    const label = option.label === '' ? element('label') : element('label', '', {}, option.label);
    choices.append(element('div', 'choice', {}, element('input', '', { type: 'radio', value: option.value }), label));
  }
  const prototype = group(element('fieldset', '', {}, element('legend', 'legend-s'), choices));
  recentRadios.push({ options, inline, prototype });
  if (recentRadios.length > RECENT_RADIOS) recentRadios.shift();
  return prototype;
}

const datePrototype = prototypeCache((strings: WidgetStrings) => {
  const labels = { day: strings.dateDay, month: strings.dateMonth, year: strings.dateYear };
  const boxes = DATE_PARTS.map((part) =>
    element('div', 'date-input__item', {}, element('label', 'label', {}, labels[part]), textBox(part === 'year' ? 'input input--year' : 'input input--date', 'numeric')),
  );
  return group(element('fieldset', '', {}, element('legend', 'legend-s'), element('div', 'hint', {}, strings.dateHint), element('div', 'date-input', {}, ...boxes)));
});

const numberPrototype = group(element('label', 'label legend-s'), textBox('input input--short', 'decimal'));
const textPrototype = group(element('label', 'label legend-s'), element('textarea', 'textarea', { rows: '3' }));

// ---------------------------------------------------------------------------------------------
// What the boxes hold, as the model says: written only when that changes, so text being typed
// (not yet taken into the answers) is never overwritten.

const numberBoxText = (m: RowFields) => m.numberText ?? (typeof m.value === 'number' ? String(m.value) : '');
const textBoxText = (m: RowFields) => (typeof m.value === 'string' ? m.value : '');
const datePartsOf = (m: RowFields): DateParts => m.dateParts ?? datePartsFrom(typeof m.value === 'string' ? m.value : undefined);

function setValue(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  // Setting the same value again would move the caret to the end in some browsers.
  if (control.value !== value) control.value = value;
}

// ---------------------------------------------------------------------------------------------
// Building a row

/** The question's wording, then "(optional)" for a question that may be left unanswered. */
function fillQuestionText(label: Element, m: RowFields): void {
  if (m.question.required === false) label.append(`${m.question.text} `, element('span', 'secondary', {}, m.strings.optional));
  else label.append(m.question.text);
}

/** The hint and the links, after the legend or label. */
function addHintAndLinks(after: Element, m: RowFields, base: string): void {
  const extras: Node[] = [];
  if (m.question.help) extras.push(hintElement(`${base}-hint`, m.question.help));
  const links = linkListElement(m.strings, m.question.resources);
  if (links) extras.push(links);
  if (extras.length > 0) after.after(...extras);
}

/** Where the error message goes: just before the control. */
function controlOf(row: Element, question: Question): Element {
  if (isChoice(question)) return find(row, '.choices');
  if (question.type === 'date') return find(row, '.date-input');
  return find(row, question.type === 'number' ? 'input' : 'textarea');
}

function create(m: QuestionRowModel): HTMLElement {
  const { question, strings } = m;
  const base = questionGroupId(question.id);
  let row: HTMLElement;
  if (isChoice(question)) {
    const options = questionOptions(question, strings);
    row = cloneOf(radiosPrototype(options, question.type !== 'choice'));
    // In document order: the legend, then each radio and its label.
    const nodes = row.querySelectorAll<HTMLElement>('legend, input, label');
    for (let i = 0; i < options.length; i++) {
      const id = `${base}-${i}`;
      const input = nodes[1 + 2 * i] as HTMLInputElement;
      input.id = id;
      input.name = base;
      writeFieldInput(input, { kind: 'answer', questionId: question.id, control: 'choice' });
      if (m.value === options[i].value) input.checked = true;
      (nodes[2 + 2 * i] as HTMLLabelElement).htmlFor = id;
    }
    fillQuestionText(nodes[0], m);
    addHintAndLinks(nodes[0], m, base);
  } else if (question.type === 'date') {
    row = cloneOf(datePrototype(strings));
    const inputs = row.querySelectorAll('input');
    const labels = row.querySelectorAll('.date-input label');
    const parts = datePartsOf(m);
    DATE_PARTS.forEach((part, i) => {
      const input = inputs[i];
      input.id = `${base}-${part}`;
      writeFieldInput(input, { kind: 'answer', questionId: question.id, control: 'date', part });
      if (parts[part] !== '') input.value = parts[part];
      (labels[i] as HTMLLabelElement).htmlFor = input.id;
    });
    const hint = find(row, '.hint');
    hint.id = `${base}-date-hint`;
    if (question.ifBlank) hint.textContent = `${strings.dateMayBeBlank} ${strings.dateHint}`;
    const legend = find(row, 'legend');
    fillQuestionText(legend, m);
    addHintAndLinks(legend, m, base);
  } else {
    const isNumber = question.type === 'number';
    row = cloneOf(isNumber ? numberPrototype : textPrototype);
    const label = find<HTMLLabelElement>(row, 'label');
    const control = find<HTMLInputElement | HTMLTextAreaElement>(row, isNumber ? 'input' : 'textarea');
    control.id = `${base}-input`;
    label.htmlFor = control.id;
    writeFieldInput(control, { kind: 'answer', questionId: question.id, control: isNumber ? 'number' : 'text' });
    const value = isNumber ? numberBoxText(m) : textBoxText(m);
    if (value !== '') control.value = value;
    fillQuestionText(label, m);
    addHintAndLinks(label, m, base);
  }
  row.setAttribute('data-question', question.id);
  if (question.type === 'date' || question.help || m.error !== undefined) describe(row, m);
  if (m.error !== undefined) showError(row, m);
  if (m.advice !== undefined) syncAdvice(row, `${base}-advice`, strings, m.advice);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Updating a row

/** aria-describedby: on the fieldset of radios and dates, on the box otherwise. */
function describe(row: Element, m: RowFields): void {
  const { question } = m;
  const base = questionGroupId(question.id);
  const ids = idList(question.type === 'date' && `${base}-date-hint`, question.help && `${base}-hint`, m.error !== undefined && `${base}-error`);
  const target = isChoice(question) || question.type === 'date' ? find(row, 'fieldset') : find(row, question.type === 'number' ? 'input' : 'textarea');
  setOrRemove(target, 'aria-describedby', ids);
}

/** The error's class on the group, its message, and aria-invalid on the boxes that have it. */
function showError(row: Element, m: RowFields): void {
  const { question } = m;
  const invalid = m.error !== undefined;
  row.classList.toggle(GROUP_ERROR_CLASS, invalid);
  syncErrorMessage(row, controlOf(row, question), `${questionGroupId(question.id)}-error`, m.strings, m.error);
  if (question.type === 'date' || question.type === 'number') {
    for (const box of row.querySelectorAll('input')) {
      box.classList.toggle('input--error', invalid);
      box.setAttribute('aria-invalid', invalid ? 'true' : 'false');
    }
  }
}

/** Whether the row's fixed parts (everything but the answer, the error and the advice) are drawn the same. */
function sameShape(a: RowFields, b: RowFields): boolean {
  if (a.strings !== b.strings) return false;
  const x = a.question;
  const y = b.question;
  if (x === y) return true;
  if (x.id !== y.id || x.type !== y.type || x.text !== y.text || x.help !== y.help || x.ifBlank !== y.ifBlank || (x.required === false) !== (y.required === false)) return false;
  if (!sameLinks(x.resources, y.resources)) return false;
  return sameOptions(questionOptions(x, a.strings), questionOptions(y, b.strings));
}

function update(row: Element, before: QuestionRowModel, after: QuestionRowModel): Element | undefined {
  if (!sameShape(before, after)) return create(after);
  const { question } = after;
  if (before.error !== after.error) {
    showError(row, after);
    describe(row, after);
  }
  if (before.advice !== after.advice) syncAdvice(row, `${questionGroupId(question.id)}-advice`, after.strings, after.advice);
  if (isChoice(question)) {
    for (const input of row.querySelectorAll<HTMLInputElement>('.choice input')) input.checked = input.value === after.value;
  } else if (question.type === 'date') {
    const was = datePartsOf(before);
    const now = datePartsOf(after);
    const inputs = row.querySelectorAll('input');
    DATE_PARTS.forEach((part, i) => {
      if (was[part] !== now[part]) setValue(inputs[i], now[part]);
    });
  } else if (question.type === 'number') {
    if (numberBoxText(before) !== numberBoxText(after)) setValue(find<HTMLInputElement>(row, 'input'), numberBoxText(after));
  } else if (textBoxText(before) !== textBoxText(after)) {
    setValue(find<HTMLTextAreaElement>(row, 'textarea'), textBoxText(after));
  }
  return undefined;
}

function same(a: QuestionRowModel, b: QuestionRowModel): boolean {
  return (
    a.question === b.question &&
    a.value === b.value &&
    a.error === b.error &&
    a.advice === b.advice &&
    a.numberText === b.numberText &&
    a.dateParts === b.dateParts &&
    a.strings === b.strings
  );
}

const drawer: RowDrawer<QuestionRowModel> = { create, same, update };

/** A question row of the list (row-list.ts). */
export function questionRow(
  question: Question,
  strings: WidgetStrings,
  value: AnswerValue | undefined,
  numberText: string | undefined,
  dateParts: DateParts | undefined,
  error: string | undefined,
  advice: string | undefined,
): QuestionRowModel {
  return { id: question.id, drawer, question, strings, value, numberText, dateParts, error, advice };
}
