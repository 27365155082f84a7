import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evidence, Question } from '@pathway/schema';
import { createFormatter } from '../../i18n/format.js';
import { en } from '../../i18n/strings.js';
import { rowList } from '../row-list.js';
import type { RowModel } from '../row-list.js';
import { evidenceRow } from './evidence-row.js';
import { questionRow } from './question-row.js';

const strings = en;
const format = createFormatter('en-GB', strings);
const container = document.createElement('div');
document.body.append(container);
afterEach(() => {
  render(html``, container);
});

const show = (...rows: RowModel[]) => render(html`<div ${rowList(rows)}></div>`, container);
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<T>(selector)];
const rowElement = () => container.firstElementChild!.firstElementChild!;

/** Every text node holding only whitespace: the rows should have none. */
function whitespaceNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.trim() === '') found.push(node as Text);
  return found;
}

const choice: Question = {
  id: 'plan',
  text: 'Is there a <b>plan</b>?',
  type: 'choice',
  help: 'Ask the <i>family</i>',
  required: false,
  options: [
    { value: 'yes', label: 'Yes <b>now</b>' },
    { value: 'no', label: 'No' },
    { value: 'partly', label: 'Partly' },
  ],
  resources: [
    { title: 'Toolkit', url: 'https://example.org/toolkit', description: 'What to do' },
    { title: 'Not a link', url: 'javascript:alert(1)' },
  ],
};
const question = (q: Question, fields: { value?: unknown; numberText?: string; error?: string; advice?: string } = {}) =>
  questionRow(q, strings, fields.value as never, fields.numberText, undefined, fields.error, fields.advice);

describe('question rows', () => {
  it('draw a choice question as the GOV.UK radios pattern, authored text as text, with no whitespace nodes', () => {
    show(question(choice, { value: 'no' }));
    const row = rowElement();
    expect(row.className).toBe('question form-group');
    expect(row.getAttribute('data-question')).toBe('plan');
    expect($('legend')!.textContent).toBe('Is there a <b>plan</b>? (optional)');
    expect($('b')).toBeNull();
    expect($('fieldset')!.getAttribute('aria-describedby')).toBe('q-plan-hint');
    expect($('#q-plan-hint')!.textContent).toBe('Ask the <i>family</i>');
    const radios = $$<HTMLInputElement>('input');
    expect(radios.map((r) => [r.type, r.id, r.name, r.value, r.dataset.answer, r.checked])).toEqual([
      ['radio', 'q-plan-0', 'q-plan', 'yes', 'plan', false],
      ['radio', 'q-plan-1', 'q-plan', 'no', 'plan', true],
      ['radio', 'q-plan-2', 'q-plan', 'partly', 'plan', false],
    ]);
    expect($$<HTMLLabelElement>('.choice label').map((l) => [l.htmlFor, l.textContent])).toEqual([
      ['q-plan-0', 'Yes <b>now</b>'],
      ['q-plan-1', 'No'],
      ['q-plan-2', 'Partly'],
    ]);
    expect($('.choices')!.className).toBe('choices');
    expect($$('li').map((li) => li.textContent)).toEqual(['Toolkit (opens in new tab) What to do', 'Not a link']);
    expect($('a')!.getAttribute('href')).toBe('https://example.org/toolkit');
    expect($$('a')).toHaveLength(1);
    expect(whitespaceNodes(container)).toEqual([]);
  });

  it('show an error and advice in place, and take them away, keeping the row and its radios', () => {
    show(question(choice));
    const row = rowElement();
    const radios = $$('input');
    show(question(choice, { value: 'no', error: 'Say whether there is a plan', advice: 'Write one' }));
    expect(rowElement()).toBe(row);
    expect($$('input')).toEqual(radios);
    expect(row.classList.contains('form-group--error')).toBe(true);
    expect($('#q-plan-error')!.textContent).toBe('Error: Say whether there is a plan');
    expect($('#q-plan-error')!.nextElementSibling!.className).toBe('choices');
    expect($('fieldset')!.getAttribute('aria-describedby')).toBe('q-plan-hint q-plan-error');
    expect($('#q-plan-advice')!.textContent).toBe('Advice: Write one');
    expect(row.lastElementChild!.id).toBe('q-plan-advice');
    expect($$<HTMLInputElement>('input').map((r) => r.checked)).toEqual([false, true, false]);
    show(question(choice, { value: 'yes' }));
    expect(row.className).toBe('question form-group');
    expect($('.error-message')).toBeNull();
    expect($('.advice')).toBeNull();
    expect($('fieldset')!.getAttribute('aria-describedby')).toBe('q-plan-hint');
    expect($$<HTMLInputElement>('input').map((r) => r.checked)).toEqual([true, false, false]);
    expect(whitespaceNodes(container)).toEqual([]);
  });

  it('yes / no questions are inline; a required one says nothing more; with no hint there is no aria-describedby', () => {
    show(question({ id: 'met', text: 'Met?', type: 'yesNoNa' }));
    expect($('.choices')!.className).toBe('choices choices--inline');
    expect($$('.choice label').map((l) => l.textContent)).toEqual(['Yes', 'No', 'Not applicable']);
    expect($('legend')!.textContent).toBe('Met?');
    expect($('fieldset')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('each row has its own options, values and labels, however the questions before it were answered', () => {
    const scale: Question = {
      id: 'often',
      text: 'How often?',
      type: 'choice',
      options: [
        { value: 'weekly', label: 'Weekly' },
        { value: 'monthly', label: '' },
      ],
    };
    const sameValues: Question = { id: 'agree', text: 'Agreed?', type: 'choice', options: [{ value: 'yes', label: 'Agreed' }, { value: 'no', label: 'Not agreed' }] };
    const rows = [choice, scale, { ...choice, id: 'plan-2' }, { id: 'met', text: 'Met?', type: 'yesNo' } as Question, sameValues, { ...scale, id: 'often-2' }];
    show(...rows.map((q) => question(q, { value: 'no' })));
    const drawn = [...container.firstElementChild!.children].map((row) =>
      [...row.querySelectorAll<HTMLInputElement>('input')].map((input) => [input.id, input.value, input.checked, input.nextElementSibling!.textContent]),
    );
    expect(drawn).toEqual([
      [['q-plan-0', 'yes', false, 'Yes <b>now</b>'], ['q-plan-1', 'no', true, 'No'], ['q-plan-2', 'partly', false, 'Partly']],
      [['q-often-0', 'weekly', false, 'Weekly'], ['q-often-1', 'monthly', false, '']],
      [['q-plan-2-0', 'yes', false, 'Yes <b>now</b>'], ['q-plan-2-1', 'no', true, 'No'], ['q-plan-2-2', 'partly', false, 'Partly']],
      [['q-met-0', 'yes', false, 'Yes'], ['q-met-1', 'no', true, 'No']],
      [['q-agree-0', 'yes', false, 'Agreed'], ['q-agree-1', 'no', true, 'Not agreed']],
      [['q-often-2-0', 'weekly', false, 'Weekly'], ['q-often-2-1', 'monthly', false, '']],
    ]);
    // An empty label is an empty element, not an empty text node.
    expect(container.querySelector('label[for="q-often-1"]')!.childNodes).toHaveLength(0);
    // Answering one row touches only its radios.
    show(...rows.map((q) => question(q, { value: q.id === 'often' ? 'weekly' : 'no' })));
    expect($<HTMLInputElement>('#q-often-0')!.checked).toBe(true);
    expect($<HTMLInputElement>('#q-often-2-0')!.checked).toBe(false);
    expect(whitespaceNodes(container)).toEqual([]);
  });

  it('a number box keeps what is being typed until the answer itself changes', () => {
    const q: Question = { id: 'days', text: 'Days missed', type: 'number' };
    show(question(q, { value: 3 }));
    const box = $<HTMLInputElement>('#q-days-input')!;
    expect(box.value).toBe('3');
    expect($<HTMLLabelElement>('label')!.htmlFor).toBe('q-days-input');
    expect(box.dataset.kind).toBe('number');
    box.value = '3.';
    show(question(q, { value: 3, error: 'Too many' }));
    expect(box.value).toBe('3.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.classList.contains('input--error')).toBe(true);
    expect(box.getAttribute('aria-describedby')).toBe('q-days-error');
    expect(box.previousElementSibling!.id).toBe('q-days-error');
    show(question(q, { value: 4, numberText: '4' }));
    expect(box.value).toBe('4');
    expect(box.getAttribute('aria-invalid')).toBe('false');
    expect(box.hasAttribute('aria-describedby')).toBe(false);
  });

  it('a date is three labelled boxes in a fieldset described by the date hint', () => {
    const q: Question = { id: 'met-on', text: 'When did you meet?', type: 'date' };
    show(question(q, { value: '2024-03-27', error: 'Enter a real date' }));
    const boxes = $$<HTMLInputElement>('input');
    expect(boxes.map((b) => [b.id, b.value, b.dataset.part, b.getAttribute('aria-invalid')])).toEqual([
      ['q-met-on-day', '27', 'day', 'true'],
      ['q-met-on-month', '3', 'month', 'true'],
      ['q-met-on-year', '2024', 'year', 'true'],
    ]);
    expect($$<HTMLLabelElement>('label').map((l) => [l.htmlFor, l.textContent])).toEqual([
      ['q-met-on-day', 'Day'],
      ['q-met-on-month', 'Month'],
      ['q-met-on-year', 'Year'],
    ]);
    expect($('fieldset')!.getAttribute('aria-describedby')).toBe('q-met-on-date-hint q-met-on-error');
    expect($('#q-met-on-date-hint')!.textContent).toBe(strings.dateHint);
    expect($('#q-met-on-error')!.nextElementSibling!.className).toBe('date-input');
    expect(whitespaceNodes(container)).toEqual([]);
  });

  it('a date that may be left blank when it has not happened says so in its hint, and a new rule draws the row again', () => {
    const plain: Question = { id: 'met-on', text: 'When did you meet?', type: 'date' };
    show(question({ ...plain, ifBlank: 'No meeting has been held' }));
    expect($('#q-met-on-date-hint')!.textContent).toBe(`${strings.dateMayBeBlank} ${strings.dateHint}`);
    show(question(plain));
    expect($('#q-met-on-date-hint')!.textContent).toBe(strings.dateHint);
  });

  it('a text answer fills the textarea; the same question in a new object keeps the row; a reworded one is drawn again', () => {
    const q: Question = { id: 'notes', text: 'Notes', type: 'text' };
    show(question(q, { value: 'Seen weekly' }));
    const row = rowElement();
    expect($<HTMLTextAreaElement>('textarea')!.value).toBe('Seen weekly');
    show(question({ ...q }, { value: 'Seen weekly' }));
    expect(rowElement()).toBe(row);
    show(question({ ...q, text: 'Notes on support' }, { value: 'Seen weekly' }));
    expect(rowElement()).not.toBe(row);
    expect($('label')!.textContent).toBe('Notes on support');
    expect($<HTMLTextAreaElement>('textarea')!.value).toBe('Seen weekly');
  });
});

describe('evidence rows', () => {
  const item: Evidence = {
    id: 'minutes',
    title: 'TAF <b>minutes</b>',
    description: 'Signed by the chair',
    required: false,
    resources: [{ title: 'Template', url: '/template.docx' }],
  };
  const evidence = (fields: { confirmed?: boolean; note?: string; advice?: string } = {}) =>
    evidenceRow(item, strings, format, fields.confirmed ?? false, fields.note ?? '', fields.advice);

  it('draw a checkbox labelled with the title and described by the hint, with no whitespace nodes', () => {
    show(evidence());
    const row = rowElement();
    expect(row.className).toBe('question question--evidence form-group');
    expect(row.getAttribute('data-evidence-item')).toBe('minutes');
    const box = $<HTMLInputElement>('input')!;
    expect([box.type, box.id, box.dataset.evidence, box.dataset.part, box.checked]).toEqual(['checkbox', 'e-minutes-confirm', 'minutes', 'confirmed', false]);
    expect(box.getAttribute('aria-describedby')).toBe('e-minutes-hint');
    expect($<HTMLLabelElement>('label')!.htmlFor).toBe('e-minutes-confirm');
    expect($('label')!.textContent).toBe(`${strings.evidenceConfirm}: TAF <b>minutes</b> (optional)`);
    expect($('b')).toBeNull();
    expect($('#e-minutes-hint')!.textContent).toBe('Signed by the chair');
    expect($('a')!.getAttribute('href')).toBe('/template.docx');
    expect($('textarea')).toBeNull();
    expect(whitespaceNodes(container)).toEqual([]);
  });

  it('a required item says nothing more after its title, and its hint says how recent it must be', () => {
    show(evidenceRow({ id: 'plan', title: 'The plan', recency: { amount: 6, unit: 'months' } } as Evidence, strings, format, false, '', undefined));
    expect($('label')!.textContent).toBe(`${strings.evidenceConfirm}: The plan`);
    expect($('label .secondary')).toBeNull();
    expect($('#e-plan-hint')!.textContent).toBe(strings.evidenceRecency(format.duration({ amount: 6, unit: 'months' })));
    expect($('input')!.getAttribute('aria-describedby')).toBe('e-plan-hint');
    show(evidenceRow({ id: 'log', title: 'The log' } as Evidence, strings, format, true, '', undefined));
    expect($('.hint')).toBeNull();
    expect($('input')!.hasAttribute('aria-describedby')).toBe(false);
    expect($<HTMLInputElement>('input')!.checked).toBe(true);
    expect(whitespaceNodes(container)).toEqual([]);
  });

  it('offer the note once confirmed, before the advice, and keep it while it holds a note', () => {
    show(evidence({ advice: 'Ask the chair' }));
    const row = rowElement();
    expect(row.lastElementChild!.textContent).toBe('Advice: Ask the chair');
    show(evidence({ confirmed: true, advice: 'Ask the chair' }));
    expect(rowElement()).toBe(row);
    expect($<HTMLInputElement>('input')!.checked).toBe(true);
    const note = $<HTMLTextAreaElement>('#e-minutes-note')!;
    expect(note.dataset.part).toBe('note');
    expect($<HTMLLabelElement>('.conditional label')!.htmlFor).toBe('e-minutes-note');
    expect(note.closest('.conditional')!.nextElementSibling!.className).toBe('advice');
    show(evidence({ confirmed: true, note: 'In the file' }));
    expect($('#e-minutes-note')).toBe(note);
    expect(note.value).toBe('In the file');
    expect($('.advice')).toBeNull();
    show(evidence({ confirmed: false, note: 'In the file' }));
    expect($('#e-minutes-note')).toBe(note);
    show(evidence());
    expect($('textarea')).toBeNull();
    expect(whitespaceNodes(container)).toEqual([]);
  });
});
