/**
 * A pathway whose JSON cannot be read (an imported file with a typing slip): opening it, "Go to
 * the JSON view" and the syntax problem in Problems each leave focus somewhere sensible, never on
 * the page, and the last two take the author to the error's place in the text.
 */
import { afterEach, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { formatJson } from '../modeling/index.js';
import type { JsonView } from '../json-view/json-view.js';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

/** Wigan's text with a quote left open on one line: the JSON cannot be read. */
function broken(): { text: string; line: number } {
  const lines = formatJson(wigan).split('\n');
  const line = lines.findIndex((text) => text.includes('"title"'));
  lines[line] = lines[line]!.replace(/",?$/, '');
  return { text: lines.join('\n'), line: line + 1 };
}

const active = () => deepActiveElement() as HTMLElement | null;

it('opening a broken pathway puts focus on what the forms say instead, with the way to fix it', async () => {
  const editor = await mountEditor(wigan);
  await editor.openSaved({ key: `broken-${Date.now()}`, text: broken().text });
  await until(() => active()?.dataset.jsonBanner !== undefined, 'focus on the notice that the JSON must be fixed first');
  expect(await axeViolations(editor)).toEqual([]);
});

it('"Go to the JSON view" keeps focus on the JSON tab while it loads, then takes it to the error', async () => {
  const { text, line } = broken();
  const editor = await mountEditor(text);
  await editor.updateComplete;
  deepQueryAll<HTMLButtonElement>(editor, 'button').find((b) => b.textContent?.trim() === 'Go to the JSON view')!.click();
  await editor.updateComplete;
  expect(editor.view).toBe('json');
  expect(active()?.id).toBe('tab-json');
  const view = deepQuery<JsonView>(editor, 'pe-json-view')!;
  await view.whenReady();
  await until(() => view.codeEditor?.hasTextFocus() === true, 'focus in the JSON text');
  expect(view.codeEditor!.getPosition()!.lineNumber).toBe(line);
});

it('the syntax problem chosen in Problems on the Forms tab goes to its place in the JSON view', async () => {
  const { text, line } = broken();
  const editor = await mountEditor(text);
  const problem = () => deepQuery<HTMLButtonElement>(deepQuery(editor, 'pe-problems')!, 'li button');
  await until(() => problem() !== undefined, 'the problem listed');
  problem()!.click();
  await until(() => editor.view === 'json', 'the JSON view');
  const view = deepQuery<JsonView>(editor, 'pe-json-view')!;
  await view.whenReady();
  await until(() => view.codeEditor?.hasTextFocus() === true, 'focus in the JSON text');
  expect(view.codeEditor!.getPosition()!.lineNumber).toBe(line);
});
