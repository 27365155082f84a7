/**
 * The baseline: a plain hand-written renderer, document.createElement and nothing else.
 * It draws the same questionnaire as the other renderers (fieldset and legend, three labelled
 * radios, an optional note) and keeps a live "N questions still to answer" line up to date,
 * the hand-written equivalent of the widget's readiness count.
 */
import type { BenchQuestion, CHOICES } from '../questionnaire.js';

interface Definition {
  questions: BenchQuestion[];
  choices: typeof CHOICES;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  return element;
}

function renderQuestion(question: BenchQuestion, choices: Definition['choices']): HTMLFieldSetElement {
  const fieldset = el('fieldset');
  fieldset.append(el('legend', question.text));
  for (const choice of choices) {
    const id = `${question.id}-${choice.value}`;
    const input = el('input');
    input.type = 'radio';
    input.name = question.id;
    input.value = choice.value;
    input.id = id;
    const label = el('label', choice.label);
    label.htmlFor = id;
    const row = el('div');
    row.append(input, label);
    fieldset.append(row);
  }
  const noteId = `${question.id}-note`;
  const noteLabel = el('label', question.noteLabel);
  noteLabel.htmlFor = noteId;
  const note = el('textarea');
  note.id = noteId;
  note.name = noteId;
  note.rows = 2;
  fieldset.append(noteLabel, note);
  return fieldset;
}

async function main(): Promise<void> {
  const n = new URLSearchParams(location.search).get('n');
  const response = await fetch(`/def/handwritten-${n}.json`);
  const definition = (await response.json()) as Definition;
  const root = document.getElementById('root')!;

  const status = el('p');
  status.id = 'status';
  status.setAttribute('role', 'status');
  const answered = new Set<string>();
  const showStatus = (): void => {
    status.textContent = `${definition.questions.length - answered.size} questions still to answer`;
  };
  showStatus();

  const form = el('form');
  const fragment = document.createDocumentFragment();
  for (const question of definition.questions) fragment.append(renderQuestion(question, definition.choices));
  form.append(fragment);
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.type !== 'radio') return;
    answered.add(target.name);
    showStatus();
  });
  root.append(status, form);
}

void main();
