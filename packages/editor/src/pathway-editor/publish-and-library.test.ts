/**
 * The editor's Publish and Pathways views: publishing the pathway being edited, and opening
 * another from the library, which moves autosave to that pathway's key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import southwark from '../../../../pathways/southwark.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, deepText, freshDraftKey, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

describe('the Publish and Pathways views', () => {
  it('are tabs reached by keyboard; Publish checks the open pathway, with no accessibility violations', async () => {
    const editor = await mountEditor(wigan);
    (deepQuery(editor, '#tab-forms') as HTMLButtonElement).focus();
    await userEvent.keyboard('{End}');
    await until(() => (deepActiveElement() as HTMLElement | null)?.id === 'tab-library', 'the last tab to be focused');
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => deepQuery(editor, 'pe-publish') !== undefined, 'the publish view');
    await until(() => deepText(deepQuery(editor, 'pe-publish') as HTMLElement).includes('Publish'), 'the publish form');
    expect(editor.view).toBe('publish');
    expect(await axeViolations(editor)).toEqual([]);
  });

  it('opens a pathway made from a seed in the library, and edits it', async () => {
    const editor = await mountEditor(wigan);
    // The library is this browser's, shared with the test files running beside this one (one keeps a copy of
    // Southwark under another id), so this seed's title is its own: the entry it makes is found by it alone.
    const title = `${southwark.title} (${freshDraftKey('seed')})`;
    editor.seeds = [{ name: 'Southwark', pathway: { ...southwark, title } }];
    editor.view = 'library';
    await until(() => deepQuery(editor, 'pe-library') !== undefined, 'the library');
    const library = deepQuery(editor, 'pe-library') as HTMLElement;
    await until(() => deepQuery(library, '#start-from option[value="0"]') !== undefined, 'the seed in the list');
    const select = deepQuery<HTMLSelectElement>(library, '#start-from') as HTMLSelectElement;
    select.value = '0';
    (deepQuery(library, '[data-new]') as HTMLButtonElement).click();
    const ours = () => deepQueryAll<HTMLButtonElement>(library, '[data-action="open"]').find((button) => (button.textContent ?? '').includes(title));
    await until(() => ours() !== undefined, 'the new pathway in the list');
    (ours() as HTMLButtonElement).click();
    await until(() => JSON.parse(editor.text).id === southwark.id, 'Southwark to be open');
    expect(editor.view).toBe('forms');
    expect(editor.draftKey).not.toBe('');
    editor.modeling.set('/title', 'Southwark, edited');
    await until(() => editor.autosaveController?.state.save === 'saved', 'the edit to be saved under the library key');
  });
});
