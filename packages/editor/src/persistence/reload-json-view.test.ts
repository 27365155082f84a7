/** Invalid JSON typed into the real Monaco survives a reload, character for character. */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Modeling, formatJson } from '../modeling/index.js';
import { TestEditorHost } from '../json-view/testing.js';
import type { JsonView } from '../json-view/json-view.js';
import { AutosaveController } from './autosave-controller.js';

const given = formatJson({ schemaVersion: '1.1', id: 'reload', title: 'Reload' });
const hosts: { host: TestEditorHost; autosave: AutosaveController }[] = [];

/** What `<pathway-editor>` does: the host, its autosave on the pathway key, the JSON view open. */
async function openEditor(key: string): Promise<{ host: TestEditorHost; autosave: AutosaveController; view: JsonView }> {
  const host = new TestEditorHost(new Modeling(given));
  const autosave = new AutosaveController(host, { key, modeling: () => host.modeling, saveDelayMs: 20 });
  document.body.append(host);
  hosts.push({ host, autosave });
  await autosave.ready;
  await host.updateComplete;
  const view = host.renderRoot.querySelector('pe-json-view') as JsonView;
  await view.whenReady();
  await view.updateComplete;
  return { host, autosave, view };
}

afterEach(async () => {
  for (const { host, autosave } of hosts.splice(0)) {
    await autosave.dispose();
    host.remove();
  }
});

it('keeps invalid JSON typed in Monaco exactly, through a reload', async () => {
  const key = `reload-${Date.now()}`;
  const first = await openEditor(key);
  const editor = first.view.codeEditor!;
  editor.focus();
  editor.setPosition({ lineNumber: 4, column: 1 });
  await userEvent.keyboard('{End}, "café": [[1,, "naïve ✓" tru');
  await userEvent.keyboard('{Enter}  // not JSON either');
  first.view.flush();
  const typed = editor.getModel()!.getValue();
  expect(typed).toContain('"café": [1,, "naïve ✓');
  expect(typed).toContain('// not JSON either');
  expect(first.host.modeling.state.text).toBe(typed);
  expect(first.host.modeling.state.value).toBeUndefined();
  await first.autosave.saveNow();
  expect(first.autosave.state).toMatchObject({ save: 'saved', unsaved: false });

  // Reload: everything goes; the editor opens again on the pathway as first given.
  await first.autosave.dispose();
  first.host.remove();
  const second = await openEditor(key);
  expect(second.host.modeling.state.text).toBe(typed);
  expect(second.view.codeEditor!.getModel()!.getValue()).toBe(typed);
  expect(second.autosave.state.notice).toMatchObject({ kind: 'restored' });
  // And the author can undo back through what they typed before the reload: one step or a few,
  // as the editor groups keystrokes by the time between them (a slow machine makes more).
  for (let step = 0; step < 10 && second.host.modeling.state.text !== given; step++) second.host.modeling.undo();
  expect(second.host.modeling.state.text).toBe(given);
});
