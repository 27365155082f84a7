/**
 * A keyboard way back from a long form to the outline: "Back to the outline" at the top and the
 * bottom of the form puts focus on the selected outline item, rather than dozens of Shift+Tabs.
 */
import { afterEach, expect, it } from 'vitest';
import { axeViolations, cleanupEditors, deepActiveElement, deepQueryAll, mountEditor } from '../testing/editor-testing.js';
import { atPointer, press, tabTo } from '../forms/testing/keyboard.js';
import { openInOutline } from '../testing/editor-keyboard.js';
import { basePathway } from '../forms/testing/fixtures.js';

afterEach(cleanupEditors);

const back = (element: HTMLElement) => element.localName === 'button' && element.dataset.back === 'outline';
const selectedItem = (pointer: string) => (element: Element | null) =>
  element?.getAttribute('role') === 'treeitem' && element.getAttribute('aria-selected') === 'true' && (element as HTMLElement).dataset.pointer === pointer;

it('from deep in a form, "Back to the outline" (below the form) focuses the selected outline item', async () => {
  const editor = await mountEditor(basePathway());
  await openInOutline('/stages/1');
  // Focus is on the form's first field; Tab goes on through the form to the button below it.
  expect(atPointer('/stages/1/title')(deepActiveElement() as HTMLElement)).toBe(true);
  await tabTo(back, 'Back to the outline');
  const buttons = deepQueryAll<HTMLButtonElement>(editor, 'button[data-back="outline"]');
  expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Back to the outline', 'Back to the outline']);
  await press('{Enter}');
  expect(selectedItem('/stages/1')(deepActiveElement())).toBe(true);
  expect(await axeViolations(editor)).toEqual([]);
});

it('the one above the form is a Shift+Tab or two from the first field, and shows the outline when it was hidden', async () => {
  const editor = await mountEditor(basePathway());
  await openInOutline('/stages/1');
  // From the form's first field, Shift+Tab reaches it in a few presses (past the authors' note button).
  let presses = 0;
  while (!back(deepActiveElement() as HTMLElement) && presses < 3) {
    await press('{Shift>}{Tab}{/Shift}');
    presses++;
  }
  expect(back(deepActiveElement() as HTMLElement)).toBe(true);
  await press('{Enter}');
  expect(selectedItem('/stages/1')(deepActiveElement())).toBe(true);
  // With the outline hidden, the button shows it again and focuses it.
  await openInOutline('/stages/0');
  (deepQueryAll<HTMLButtonElement>(editor, '#side-toggle')[0]).click();
  await editor.updateComplete;
  expect(deepQueryAll(editor, '#side-toggle')[0].getAttribute('aria-expanded')).toBe('false');
  deepQueryAll<HTMLButtonElement>(editor, 'button[data-back="outline"]')[0].focus();
  await press('{Enter}');
  expect(selectedItem('/stages/0')(deepActiveElement())).toBe(true);
  expect(deepQueryAll(editor, '#side-toggle')[0].getAttribute('aria-expanded')).toBe('true');
});
