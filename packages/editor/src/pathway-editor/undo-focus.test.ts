/** Undo or redo by keyboard never drops focus to the page. */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanupEditors, deepActiveElement, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';
import { basePathway } from '../forms/testing/fixtures.js';
import { settle } from '../forms/testing/keyboard.js';

afterEach(() => cleanupEditors());

it('Ctrl+Z after adding an item by keyboard puts focus on the place it changed, and Ctrl+Shift+Z too', async () => {
  const editor = await mountEditor(basePathway());
  editor.select('/stages/1', { focus: true });
  await settle(10);
  const add = deepQueryAll<HTMLButtonElement>(editor, 'button').find((b) => b.dataset.pointer === '/stages/1/routes')!;
  add.focus();
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect((editor.modeling.state.value as { stages: { routes?: unknown[] }[] }).stages[1].routes).toHaveLength(1);
  await userEvent.keyboard('{Control>}z{/Control}');
  await settle(10);
  expect((editor.modeling.state.value as { stages: { routes?: unknown[] }[] }).stages[1].routes ?? []).toHaveLength(0);
  await until(() => deepActiveElement() !== document.body, 'focus back in the editor');
  expect(editor.contains(document.activeElement)).toBe(true);
  await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
  await settle(10);
  expect((editor.modeling.state.value as { stages: { routes?: unknown[] }[] }).stages[1].routes).toHaveLength(1);
  await until(() => deepActiveElement() !== document.body, 'focus in the editor after redo');
  expect(editor.contains(document.activeElement)).toBe(true);
});
