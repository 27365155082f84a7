/** The toolbar names the pathway by its last valid title while the JSON cannot be read. */
import { afterEach, expect, it } from 'vitest';
import { cleanupEditors, deepQuery, mountEditor } from '../testing/editor-testing.js';
import { basePathway } from '../forms/testing/fixtures.js';

afterEach(() => cleanupEditors());

it('keeps the last valid title in the toolbar while the JSON is not valid', async () => {
  const editor = await mountEditor({ ...basePathway(), title: 'Wyvern' });
  const heading = () => deepQuery(editor, '.title')!.textContent!.trim();
  expect(heading()).toBe('Wyvern');
  editor.modeling.setText(editor.text.slice(0, -3));
  await editor.updateComplete;
  expect(heading()).toBe('Wyvern');
  // A title written while the JSON is still broken is the one shown.
  editor.modeling.setText('{ "title": "Wyvern attendance", "stages": [');
  await editor.updateComplete;
  expect(heading()).toBe('Wyvern attendance');
});
