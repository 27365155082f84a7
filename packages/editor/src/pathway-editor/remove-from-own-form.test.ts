/**
 * A stage (or any item of a list: a role, an exception) has a Remove on its own form, not only
 * in its list on the form above it: the same removal, with the same notice that lists what still
 * refers to it and offers Undo, shown on the list it was in, with focus on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, mountEditor, until } from '../testing/editor-testing.js';
import type { ObjectForm } from '../forms/object-form/object-form.js';

afterEach(cleanupEditors);

const stageIds = (value: unknown) => (value as { stages: { id: string }[] }).stages.map((stage) => stage.id);

describe('Remove on an item\'s own form', () => {
  it('removes the stage open in the form, says what still refers to it, and Undo puts it back', async () => {
    const editor = await mountEditor(wigan);
    const before = stageIds(editor.modeling.state.value);
    const title = (wigan as { stages: { title: string }[] }).stages[1]!.title;
    editor.select('/stages/1');
    await editor.updateComplete;
    const form = deepQuery<ObjectForm>(editor, 'pe-object-form')!;
    await form.updateComplete;
    const remove = form.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="remove-this"]')!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).toBe(`Remove this stage ${title}`);
    expect(await axeViolations(form)).toEqual([]);
    remove.click();

    expect(stageIds(editor.modeling.state.value)).toEqual(before.filter((_, i) => i !== 1));
    // The form goes to where the stage was listed, and the notice there has focus.
    await until(() => form.pointer === '' && form.shadowRoot!.querySelector('.notice') !== null, 'the notice on the pathway\'s stages');
    await until(() => deepActiveElement() === form.shadowRoot!.querySelector('.notice'), 'focus on the notice');
    const notice = form.shadowRoot!.querySelector('.notice')!;
    const text = notice.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain(`Stage "${title}" removed.`);
    expect(text).toContain('These still refer to it; change them or undo:');

    [...notice.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Undo remove')!.click();
    expect(stageIds(editor.modeling.state.value)).toEqual(before);
  });

  it('a form that is not an item of a list (the pathway\'s settings) has no such button', async () => {
    const editor = await mountEditor(wigan);
    const form = deepQuery<ObjectForm>(editor, 'pe-object-form')!;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[data-action="remove-this"]')).toBeNull();
  });
});
