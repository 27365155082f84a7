/**
 * Driving the whole `<pathway-editor>` by keyboard in browser tests: the outline to open a
 * part's form, Tab to a field by its pointer, typing over what it holds, the Add buttons, and
 * selects, radios and checkboxes by arrow keys or Space.
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { atPointer, deepActive, fromTop, press, settle, tabTo } from '../forms/testing/keyboard.js';
import { deepQuery, deepQueryAll } from './editor-testing.js';

/** Moves through the outline by keyboard to `pointer` and presses Enter (focus goes to its form). */
export async function openInOutline(pointer: string): Promise<void> {
  fromTop();
  await tabTo((element) => element.getAttribute('role') === 'treeitem', 'the outline');
  await press('{Home}');
  for (let presses = 0; presses < 200; presses++) {
    const active = deepActive()!;
    const at = active.dataset.pointer ?? '';
    if (at === pointer) {
      await press('{Enter}');
      await settle(6);
      return;
    }
    if (pointer.startsWith(`${at}/`) && active.getAttribute('aria-expanded') === 'false') await press('{ArrowRight}');
    else await press('{ArrowDown}');
  }
  throw new Error(`The outline never reached ${pointer}`);
}

/** Tabs to the field at `pointer`, clears it (End, then Backspace for each character) and types `text`. */
export async function typeAt(pointer: string, text: string): Promise<void> {
  await tabTo(atPointer(pointer), pointer);
  const field = deepActive() as HTMLInputElement;
  // Tab selects a text box's content; End and Backspace clear it key by key, whatever the platform's select-all is.
  await userEvent.keyboard(`{End}${'{Backspace}'.repeat(field.value.length)}`);
  if (text !== '') await userEvent.keyboard(text);
  await settle();
}

/** Tabs to the Add button of a list and presses Enter. */
export async function add(list: string): Promise<void> {
  await tabTo(atPointer(list), `Add to ${list}`);
  await press('{Enter}');
  await settle(4);
}

/** Tabs to a select (or radio group) and presses arrow keys until `done` holds. */
export async function chooseWithArrows(matches: (element: HTMLElement) => boolean, description: string, done: () => boolean, key = '{ArrowDown}'): Promise<void> {
  await tabTo(matches, description);
  for (let presses = 0; presses < 20 && !done(); presses++) await press(key);
  expect(done(), description).toBe(true);
}

/**
 * Tabs to a condition builder's "Kind of rule", arrows to `kind` and presses Enter: a kind reached
 * by arrow keys is made only on Enter or on leaving the picker.
 */
export async function chooseKind(matches: (element: HTMLElement) => boolean, description: string, kind: string, key = '{ArrowDown}'): Promise<void> {
  const select = (await tabTo(matches, description)) as HTMLSelectElement;
  for (let presses = 0; presses < 20 && select.value !== kind; presses++) await press(key);
  expect(select.value, description).toBe(kind);
  await press('{Enter}');
  await settle(4);
}

/** The nth control matching `selector` inside the condition builder for `pointer`. */
export const inBuilder = (pointer: string, selector: string, nth = 0) => (element: HTMLElement) => {
  const builder = deepQueryAll<HTMLElement>(document.body, 'pe-condition-builder').find((b) => b.dataset.pointer === pointer);
  return builder?.shadowRoot?.querySelectorAll(selector)[nth] === element;
};

/** The control with this id inside the condition builder for `pointer` (ids name the rule's place: "pick-…-all-1-answer"). */
export const inBuilderById = (pointer: string, id: string) => (element: HTMLElement) => {
  const builder = deepQueryAll<HTMLElement>(document.body, 'pe-condition-builder').find((b) => b.dataset.pointer === pointer);
  return builder?.shadowRoot?.getElementById(id) === element;
};

/** Adds the optional object at `pointer` when the form offers it as a button (a new item may start with it). */
export async function ensure(editor: HTMLElement, pointer: string): Promise<void> {
  if (deepQuery(editor, `button[data-pointer="${pointer}"]`)) await add(pointer);
}

