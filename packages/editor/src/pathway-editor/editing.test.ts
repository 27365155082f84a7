/**
 * Editing through the UI of `<pathway-editor>`, by keyboard: undo and redo restore every kind
 * of edit; renaming a short name updates what refers to it; the preview keeps its page and
 * answers while a stage title is typed.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepText, mountEditor, until } from '../testing/editor-testing.js';
import { actionButton, arrowTo, press, settle, tabTo } from '../forms/testing/keyboard.js';
import { add, chooseKind, chooseWithArrows, inBuilder, openInOutline, typeAt } from '../testing/editor-keyboard.js';
import { basePathway } from '../forms/testing/fixtures.js';
import type { PathwayEditor } from './pathway-editor.js';

afterEach(cleanupEditors);

type Json = Record<string, any>;

/** The fixture with things that refer to the first stage, and a question and gate on the second. */
function fixture(): Json {
  const document = basePathway() as Json;
  document.start = 'universal';
  document.stages[1].requires = { stages: ['universal'] };
  document.stages[1].questions = [{ id: 'met-family', text: 'Has the school met the family?', type: 'yesNo' }];
  document.stages[1].gates = [{ id: 'universal-done', title: 'Universal support given', condition: { stageComplete: 'universal' } }];
  document.exceptions = [{ id: 'looked-after', title: 'Looked after', when: { cohort: 'looked-after' }, effect: 'skip', stages: ['universal'], message: 'Skip the universal stage.' }];
  return document;
}

const toolbarButton = (name: string) => (element: HTMLElement) =>
  element.localName === 'button' && element.closest('.toolbar') !== null && (element.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(name);

it('undo and redo, from the toolbar buttons and the keys, restore every kind of edit', async () => {
  const editor: PathwayEditor = await mountEditor(fixture());
  const text = () => editor.text;
  const snapshots = [text()];
  const edited = async (what: string) => {
    await settle(4);
    expect(text(), what).not.toBe(snapshots.at(-1));
    snapshots.push(text());
  };

  await openInOutline('/stages/1');
  await typeAt('/stages/1/title', 'Targeted help'); // a text field
  await edited('typing a title');
  await chooseWithArrows((element) => element.dataset.pointer === '/stages/1/dfeStages', 'a checkbox', () => true);
  await press(' '); // a checkbox
  await edited('ticking a box');
  await add('/stages/1/questions'); // an insert from the palette
  await arrowTo('number');
  await press('{Enter}');
  await edited('adding a question');
  await tabTo(actionButton('/stages/1/questions', 'up', 1), 'Move up question 2'); // a move
  await press('{Enter}');
  await edited('moving a question');
  await tabTo(actionButton('/stages/1/questions', 'duplicate', 0), 'Duplicate question 1'); // a duplicate
  await press('{Enter}');
  await edited('duplicating a question');
  await tabTo(actionButton('/stages/1/questions', 'remove', 1), 'Remove question 2'); // a removal
  await press('{Enter}');
  await edited('removing a question');
  expect(await axeViolations(editor)).toEqual([]);
  await openInOutline('/stages/1/gates/0');
  await chooseKind(inBuilder('/stages/1/gates/0/condition', 'select', 0), 'the rule kind', 'cohort', '{ArrowUp}'); // a rule
  await edited('changing a rule');
  await openInOutline('/stages/0');
  await typeAt('/stages/0/id', 'everyone'); // a rename, which follows references
  await press('{Tab}');
  await edited('renaming a stage');

  // Undo, with the toolbar button (Enter on it), back through every snapshot.
  await tabTo(toolbarButton('Undo'), 'Undo');
  for (let i = snapshots.length - 2; i >= 0; i--) {
    for (let presses = 0; presses < 40 && text() !== snapshots[i]; presses++) await press('{Enter}');
    expect(text(), `undo to before edit ${i + 1}`).toBe(snapshots[i]);
  }
  // Everything undone: the Undo button is disabled, and focus has moved to Redo rather than to the page.
  expect((deepActiveElement() as HTMLElement).textContent).toMatch(/^Redo/);
  // Redo with Ctrl+Shift+Z, forward through every one.
  for (let i = 1; i < snapshots.length; i++) {
    for (let presses = 0; presses < 40 && text() !== snapshots[i]; presses++) await press('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(text(), `redo edit ${i}`).toBe(snapshots[i]);
  }
});

it('renaming a short name in the form updates everything that refers to it, in one undoable step', async () => {
  const editor = await mountEditor(fixture());
  await openInOutline('/stages/0');
  await typeAt('/stages/0/id', 'everyone');
  await press('{Tab}');
  await settle(4);
  const value = JSON.parse(editor.text) as Json;
  expect(value.stages[0].id).toBe('everyone');
  expect(value.start).toBe('everyone');
  expect(value.stages[1].requires.stages).toEqual(['everyone']);
  expect(value.stages[1].gates[0].condition).toEqual({ stageComplete: 'everyone' });
  expect(value.exceptions[0].stages).toEqual(['everyone']);
  expect(editor.text).not.toMatch(/"universal"[^:]/);
  await tabTo(toolbarButton('Undo'), 'Undo');
  await press('{Enter}');
  expect(JSON.parse(editor.text)).toEqual(fixture());
});

it('the preview keeps its page and answers while a stage title is typed', async () => {
  const editor = await mountEditor(fixture());
  const widget = () => deepQuery(editor, 'pathway-widget')!;
  const widgetText = () => deepText(widget());
  await until(() => deepQuery(editor, 'pathway-widget') !== undefined, 'the preview');
  await tabTo((element) => element.id === 'sample-attendance', 'the sample pupil attendance');
  await userEvent.keyboard('85');
  await press('{Tab}');
  const next = (element: HTMLElement) =>
    element.localName === 'button' && /^(Start now|Continue)$/.test((element.textContent ?? '').trim()) && widget().shadowRoot!.contains(element);
  for (let step = 0; step < 4 && !widgetText().includes('Has the school met the family?'); step++) {
    await tabTo(next, "the widget's next button");
    await press('{Enter}');
    await settle(6);
  }
  expect(widgetText()).toContain('Has the school met the family?');
  const yes = (element: HTMLElement) => element instanceof HTMLInputElement && element.type === 'radio' && element.value === 'yes' && widget().shadowRoot!.contains(element);
  await tabTo(yes, 'Yes');
  await press(' ');
  const page = () => widgetText().replace(/Targeted support|Targeted help[^ ]*/g, '');
  const before = page();

  await openInOutline('/stages/1');
  await tabTo((element) => element.dataset.pointer === '/stages/1/title', 'the stage title');
  for (const letter of ' now') {
    await userEvent.keyboard(letter === ' ' ? '{Space}' : letter);
    await settle(2);
    // Still on the same page, the answer still given.
    expect(widgetText()).toContain('Has the school met the family?');
    expect((deepQuery(widget(), 'input[type="radio"][value="yes"]') as HTMLInputElement).checked).toBe(true);
  }
  await until(() => widgetText().includes('Targeted support now'), 'the new title in the preview');
  expect(page().replace(/ now/g, '')).toContain(before.slice(0, 80).replace(/ now/g, ''));
});

it('a short name typed straight after another edit keeps every key (the form redraws when problems are checked)', async () => {
  const editor = await mountEditor(fixture());
  await openInOutline('/stages/1');
  await typeAt('/stages/1/title', 'Targeted help');
  // No pause: the problems of the title edit are checked, and the form redrawn, while the short name is typed.
  await tabTo((element) => element.dataset.pointer === '/stages/1/id', 'the short name');
  const field = deepActiveElement() as HTMLInputElement;
  await userEvent.keyboard(`{End}${'{Backspace}'.repeat(field.value.length)}`);
  for (const letter of 'targeted-help') {
    await userEvent.keyboard(letter);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(field.value).toBe('targeted-help');
  await press('{Tab}');
  expect(JSON.parse(editor.text).stages[1].id).toBe('targeted-help');
});
