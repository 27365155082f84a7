/**
 * The JSON tab of `<pathway-editor>`: Monaco is not loaded until the tab is first opened (its
 * own test file, so no other test has loaded it in this page), then the JSON view works
 * inside the editor, passes axe, and a problem selected there reveals its place.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import { isMonacoLoaded } from '../json-view/monaco-state.js';
import type { JsonView } from '../json-view/json-view.js';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

// The browser keeps 250 resource timings by default and the test runner loads each source module
// as its own request: without room, a Monaco request would go unrecorded and the check below pass.
performance.setResourceTimingBufferSize(100_000);

it('loads Monaco only when the JSON tab is first opened, and the JSON view passes axe', async () => {
  const editor = await mountEditor(wigan);
  editor.select('/stages/1/title', { focus: true });
  await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/1/title', 'the form');
  editor.view = 'map';
  await editor.updateComplete;
  await until(() => deepQuery(editor, 'pe-stage-map')?.shadowRoot?.querySelector('svg') != null, 'the map');
  expect(isMonacoLoaded()).toBe(false);
  expect(performance.getEntriesByType('resource').some((entry) => /monaco-editor|monaco-loader/.test(entry.name))).toBe(false);

  // Keyboard: from the Map tab, ArrowRight to JSON.
  (deepQuery(editor, '#tab-map') as HTMLButtonElement).focus();
  await userEvent.keyboard('{ArrowRight}');
  expect(editor.view).toBe('json');
  const view = deepQuery<JsonView>(editor, 'pe-json-view')!;
  await view.whenReady();
  expect(isMonacoLoaded()).toBe(true);
  await until(() => view.codeEditor?.getModel()?.getValue() === editor.text, 'the draft in Monaco');
  expect(await axeViolations(editor)).toEqual([]);

  // An edit in Monaco is an edit of the draft; back on the forms it shows.
  view.codeEditor!.executeEdits('test', [{ range: view.codeEditor!.getModel()!.getFullModelRange(), text: editor.text.replace(wigan.stages[1].title, 'Edited in JSON') }]);
  view.flush();
  expect(JSON.parse(editor.text).stages[1].title).toBe('Edited in JSON');
  (deepQuery(editor, '#tab-json') as HTMLButtonElement).focus();
  await userEvent.keyboard('{Home}');
  expect(editor.view).toBe('forms');
  editor.select('/stages/1/title', { focus: true });
  await until(() => (deepActiveElement() as HTMLInputElement | null)?.value === 'Edited in JSON', 'the form to show the JSON edit');
});
