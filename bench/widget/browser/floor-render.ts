/**
 * The floor: the least code that can draw the widget's questions page for the benchmark's
 * content, with document.createElement and nothing else (no framework, no engine, no checks).
 * It draws the same DOM as the widget: per question the same row (`div.question` > fieldset >
 * legend + `div.choices` of three `div.choice` radios with their labels) and the same evidence
 * row (`div.question--evidence` > the "We hold this" checkbox with its label), with the same
 * classes, ids and data attributes; around the rows the same page (back link, heading, intro,
 * "What is still missing" panel, Continue, the two status regions). It renders into a shadow
 * root styled by the widget's own stylesheet (`__WIDGET_CSS__`, put in by build.ts), as the
 * widget does, so layout and paint cost the same per element. Authored text goes in as text.
 *
 * Two variants, so the widget is compared like for like and what its two techniques buy shows:
 * - same techniques: the widget's stylesheet as it is, so every row has `content-visibility:
 *   auto` (off-screen rows are neither laid out nor painted); an evidence note's textarea is
 *   drawn only once its checkbox is ticked, as in the widget;
 * - plain: rows always laid out (`content-visibility: visible`), and every note's textarea
 *   drawn from the start, as SurveyJS and Form.io do.
 *
 * The "What is still missing" panel is redrawn on each `change`: "X of Y answered.", the
 * stage's line, and the first ten unanswered questions as links, then "And N more.", as the
 * widget's panel shows them.
 */
import type { BenchQuestion, FloorDefinition } from '../questionnaire.js';

declare const __WIDGET_CSS__: string;

export interface FloorOptions {
  /** content-visibility on rows, and the note's textarea only when its checkbox is ticked. */
  techniques: boolean;
}

/** As many unanswered items as the widget's panel lists before "And N more." */
const LIST_LIMIT = 10;
const NOTE_LABEL = 'Where it is kept, or what it shows (optional)';

/** Undoes the one rule that makes the widget's rows skip layout off screen. */
const PLAIN_OVERRIDE = '.question { content-visibility: visible; contain-intrinsic-size: none; }';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** "1,000": the widget's numbers have thousands separators; this draws them without Intl. */
function number(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function questionRow(question: BenchQuestion, choices: FloorDefinition['choices']): HTMLDivElement {
  const base = `q-${question.id}`;
  const row = el('div', 'question form-group ');
  row.dataset.question = question.id;
  const fieldset = el('fieldset');
  const list = el('div', 'choices ');
  choices.forEach((choice, i) => {
    const item = el('div', 'choice');
    const input = el('input');
    input.type = 'radio';
    input.id = `${base}-${i}`;
    input.name = base;
    input.value = choice.value;
    input.dataset.answer = question.id;
    const label = el('label', undefined, choice.label);
    label.htmlFor = input.id;
    item.append(input, label);
    list.append(item);
  });
  fieldset.append(el('legend', 'legend-s', question.text), list);
  row.append(fieldset);
  return row;
}

/** The note under a ticked evidence checkbox: `div.conditional` > label + textarea. */
function noteBlock(evidenceId: string): HTMLDivElement {
  const id = `e-${evidenceId}-note`;
  const block = el('div', 'conditional');
  const label = el('label', 'label', NOTE_LABEL);
  label.htmlFor = id;
  const note = el('textarea', 'textarea');
  note.id = id;
  note.rows = 2;
  note.dataset.evidence = evidenceId;
  note.dataset.part = 'note';
  block.append(label, note);
  return block;
}

function evidenceRow(question: BenchQuestion, withNote: boolean): HTMLDivElement {
  const evidenceId = `${question.id}-note`;
  const row = el('div', 'question question--evidence form-group');
  row.dataset.evidenceItem = evidenceId;
  const choice = el('div', 'choice');
  const input = el('input');
  input.type = 'checkbox';
  input.id = `e-${evidenceId}-confirm`;
  input.dataset.evidence = evidenceId;
  input.dataset.part = 'confirmed';
  const text = el('div', 'choice__text');
  const label = el('label');
  label.htmlFor = input.id;
  label.append(el('strong', undefined, 'We hold this:'), ` ${question.noteTitle} `, el('span', 'secondary', '(optional)'));
  text.append(label);
  choice.append(input, text);
  row.append(choice);
  if (withNote) row.append(noteBlock(evidenceId));
  return row;
}

interface Progress {
  questions: readonly BenchQuestion[];
  answered: ReadonlySet<string>;
  confirmed: ReadonlySet<string>;
}

/** "What is still missing", drawn whole: a few dozen elements, so redrawing it is cheap. */
function readinessPanel({ questions, answered, confirmed }: Progress): HTMLElement {
  const missing = questions.length - answered.size;
  const section = el('section', 'readiness');
  section.setAttribute('part', 'readiness');
  section.setAttribute('aria-labelledby', 'readiness-title');
  section.dataset.ready = String(missing === 0);
  const title = el('h3', 'heading-m', 'What is still missing');
  title.id = 'readiness-title';
  const progress = el('p', 'secondary', `${number(answered.size + confirmed.size)} of ${number(questions.length * 2)} answered.`);
  progress.dataset.progress = '';
  const status = el('div', 'readiness__status');
  status.dataset.readinessStatus = '';
  const line = el(
    'p',
    undefined,
    missing === 0
      ? 'Nothing blocking is missing at this stage.'
      : `${number(missing)} ${missing === 1 ? 'thing is' : 'things are'} still needed at this stage.`,
  );
  line.dataset.status = 'stage';
  line.dataset.ready = String(missing === 0);
  status.append(line);
  const group = el('div', 'readiness__group');
  group.dataset.readinessGroup = 'stage';
  const count = el('span', 'secondary', `(${number(missing)} ${missing === 1 ? 'item' : 'items'})`);
  count.dataset.count = String(missing);
  const heading = el('h4', 'heading-s', 'Needed at this stage ');
  heading.append(count);
  const blocking = el('div');
  blocking.dataset.readiness = 'blocking';
  if (missing === 0) blocking.append(el('p', undefined, 'Nothing.'));
  else {
    const list = el('ul');
    for (const question of questions) {
      if (answered.has(question.id)) continue;
      const item = el('li');
      item.dataset.missingItem = question.id;
      const link = el('a', undefined, question.text);
      link.href = `#q-${question.id}-0`;
      link.dataset.field = `q-${question.id}-0`;
      link.dataset.page = 'questions';
      item.append(link);
      list.append(item);
      if (list.childElementCount === LIST_LIMIT) break;
    }
    blocking.append(list);
    if (missing > LIST_LIMIT) {
      const more = el('p', 'body-s', `And ${number(missing - LIST_LIMIT)} more.`);
      more.dataset.more = String(missing - LIST_LIMIT);
      blocking.append(more);
    }
  }
  group.append(heading, blocking);
  section.append(title, progress, el('p', 'secondary', 'A summary of the questions above, and of anything else still needed.'), status, group);
  return section;
}

function statusRegion(id: string, text: string): HTMLDivElement {
  const region = el('div', 'visually-hidden', text);
  region.setAttribute('role', 'status');
  region.id = id;
  return region;
}

export async function renderFloor({ techniques }: FloorOptions): Promise<void> {
  const n = new URLSearchParams(location.search).get('n');
  const response = await fetch(`/def/floor-${n}.json`);
  const definition = (await response.json()) as FloorDefinition;
  const host = document.getElementById('root')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(techniques ? __WIDGET_CSS__ : `${__WIDGET_CSS__}\n${PLAIN_OVERRIDE}`);
  shadow.adoptedStyleSheets = [sheet];

  const answered = new Set<string>();
  const confirmed = new Set<string>();
  const progress: Progress = { questions: definition.questions, answered, confirmed };

  const container = el('div', 'container');
  const back = el('a', 'back-link no-print', 'Back');
  back.href = '#';
  back.setAttribute('part', 'back-link');
  const heading = el('h2', 'heading-xl');
  heading.id = 'page-heading';
  heading.tabIndex = -1;
  heading.setAttribute('part', 'heading');
  heading.append(el('span', 'caption', definition.title), ' Questions and evidence');
  const rows = el('div', 'questions');
  rows.dataset.questions = '';
  for (const question of definition.questions) {
    rows.append(questionRow(question, definition.choices), evidenceRow(question, !techniques));
  }
  let panel = readinessPanel(progress);
  const buttons = el('div', 'button-group no-print');
  const next = el('button', 'button', 'Continue');
  next.type = 'button';
  next.setAttribute('part', 'button');
  buttons.append(next);
  container.append(
    back,
    heading,
    el('p', undefined, 'Answer what you can. You can continue with items missing: the summary shows what is still needed.'),
    rows,
    panel,
    buttons,
  );

  // One listener for the whole page, as the widget has.
  shadow.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio' && input.dataset.answer) answered.add(input.dataset.answer);
    else if (input.type === 'checkbox' && input.dataset.part === 'confirmed' && input.dataset.evidence) {
      const evidenceId = input.dataset.evidence;
      if (input.checked) confirmed.add(evidenceId);
      else confirmed.delete(evidenceId);
      if (techniques) toggleNote(input, evidenceId);
    } else return;
    const next = readinessPanel(progress);
    panel.replaceWith(next);
    panel = next;
  });

  shadow.append(container, statusRegion('stage-announcement', `Stage: ${definition.title}`), statusRegion('update-announcement', ''));
}

/** The widget shows the note while the item is confirmed or the note holds text. */
function toggleNote(checkbox: HTMLInputElement, evidenceId: string): void {
  const row = checkbox.closest('.question')!;
  const note = row.querySelector<HTMLDivElement>('.conditional');
  if (checkbox.checked && !note) checkbox.parentElement!.after(noteBlock(evidenceId));
  else if (!checkbox.checked && note && note.querySelector('textarea')!.value === '') note.remove();
}
