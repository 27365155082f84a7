/**
 * Opening a pathway kept in this browser (the Pathways view's Open, or `openSaved`): the page
 * hears of it (and may take it over), the author is not told a pathway they chose was
 * "restored", the pathway open before keeps its waiting changes under its own key, and the
 * next pathway the page loads is never saved over the one opened.
 */
import { afterEach, describe, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import southwark from '../../../../pathways/southwark.json';
import { formatJson } from '../modeling/index.js';
import { openLibraryStore } from '../library/library-store.js';
import type { LibraryStore } from '../library/library-store.js';
import type { PathwayEditor } from './pathway-editor.js';
import { cleanupEditors, deepQuery, deepQueryAll, deepText, freshDraftKey, mountEditor, mountSavingEditor, until } from '../testing/editor-testing.js';

let store: LibraryStore | undefined;
afterEach(async () => {
  await cleanupEditors();
  store?.close();
  store = undefined;
});

async function keep(text: string): Promise<string> {
  store ??= await openLibraryStore();
  const key = freshDraftKey('library-open');
  await store.put(key, text);
  return key;
}

const autosaveText = (editor: PathwayEditor) => deepText(deepQuery(editor, 'pe-autosave-status') ?? editor);

/** Opens the Pathways view and presses Open on the pathway kept under `key`. */
async function pressOpen(editor: PathwayEditor, key: string): Promise<void> {
  editor.view = 'library';
  await until(() => deepQuery(editor, 'pe-library') !== undefined, 'the Pathways view');
  const library = deepQuery(editor, 'pe-library') as HTMLElement;
  await until(() => deepQuery(library, `li[data-key="${key}"]`) !== undefined, 'the pathway in the list');
  (deepQuery(library, `li[data-key="${key}"] [data-action="open"]`) as HTMLButtonElement).click();
}

describe('opening a pathway kept in this browser', () => {
  it('tells the page, shows the pathway at once and says nothing was restored', async () => {
    const key = await keep(formatJson(southwark));
    const editor = await mountEditor(wigan);
    const changes: string[] = [];
    editor.addEventListener('pathway-editor-change', (event) => changes.push(JSON.parse((event as CustomEvent<{ text: string }>).detail.text).id));
    await pressOpen(editor, key);
    await until(() => changes.includes(southwark.id), 'a change event with the opened pathway');
    expect(JSON.parse(editor.text).id).toBe(southwark.id);
    expect(editor.view).toBe('forms');
    await editor.autosaveController!.ready;
    await editor.updateComplete;
    expect(autosaveText(editor)).not.toContain('restored');
    expect(editor.autosaveController!.state.notice).toBeUndefined();
  });

  it('lets the page take the open over: cancelled, nothing changes until the page opens it', async () => {
    const key = await keep(formatJson(southwark));
    const editor = await mountEditor(wigan);
    let asked: { key: string; text: string } | undefined;
    editor.addEventListener('pathway-editor-open', (event) => {
      event.preventDefault();
      asked = (event as CustomEvent<{ key: string; text: string }>).detail;
    });
    await pressOpen(editor, key);
    await until(() => asked !== undefined, 'the open event');
    expect(asked!.key).toBe(key);
    expect(JSON.parse(editor.text).id).toBe(wigan.id);
    await editor.openSaved(asked!);
    expect(JSON.parse(editor.text).id).toBe(southwark.id);
    expect(editor.draftKey).toBe(key);
  });

  it('writes the changes waiting on the pathway open before under its own key, not the opened one', async () => {
    const before = freshDraftKey('library-before');
    const key = await keep(formatJson(southwark));
    const editor = await mountSavingEditor(wigan, before);
    // Typed just now: still waiting for autosave's pause when the other pathway is opened.
    editor.modeling.set('/title', 'Wigan, typed just before opening another');
    await editor.openSaved({ key, text: formatJson(southwark) });
    store ??= await openLibraryStore();
    expect(JSON.parse((await store.get(before))!.text).title).toBe('Wigan, typed just before opening another');
    expect(JSON.parse((await store.get(key))!.text).id).toBe(southwark.id);
  });

  it('never saves the next pathway the page loads over the one opened', async () => {
    const key = await keep(formatJson(southwark));
    const editor = await mountEditor(wigan);
    await editor.openSaved({ key, text: formatJson(southwark) });
    editor.modeling.set('/version', '9.9');
    editor.load(wigan);
    expect(editor.draftKey).toBe('');
    expect(editor.autosaveController).toBeUndefined();
    editor.modeling.set('/title', 'Wigan, loaded after');
    await new Promise((resolve) => setTimeout(resolve, 500));
    store ??= await openLibraryStore();
    const kept = JSON.parse((await store.get(key))!.text);
    expect(kept.id).toBe(southwark.id);
    expect(kept.version).toBe('9.9');
    // Nothing else was saved under the opened key, and the library still lists it once.
    expect((await store.list()).filter((entry) => entry.key === key)).toHaveLength(1);
    expect(deepQueryAll(editor, 'pe-autosave-status')).toHaveLength(0);
  });
});
