import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, deepText, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

describe('<pathway-editor>', () => {
  it('shows the outline, the problems and the preview of a seed, with no accessibility violations', async () => {
    const editor = await mountEditor(wigan);
    await until(() => deepQueryAll(editor, '[role="treeitem"]').length > 5, 'the outline to show');
    const tree = deepText(deepQuery(editor, 'pe-outline-tree') as HTMLElement);
    for (const stage of wigan.stages) expect(tree).toContain(stage.title);
    // Wigan's own overlap is a warning, word for word as the CLI says it (its figures above 90%
    // are its universal stage's, as format 1.1 places them, so they are not warned of).
    await until(() => deepText(deepQuery(editor, 'pe-problems') as HTMLElement).includes('warning'), 'problems to be checked');
    expect(deepText(deepQuery(editor, 'pe-problems') as HTMLElement)).toMatch(/0 errors\s*,\s*1 warning\b/);
    await until(() => deepQuery(editor, 'pathway-widget') !== undefined, 'the preview to show the widget');
    expect(await axeViolations(editor)).toEqual([]);
  });

  it('undoes and redoes from the keyboard and the buttons', async () => {
    const editor = await mountEditor(wigan);
    editor.modeling.set('/title', 'Changed title');
    await editor.updateComplete;
    expect(deepText(editor.shadowRoot as ShadowRoot)).toContain('Changed title');
    (deepQuery(editor, '#tab-forms') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await editor.updateComplete;
    expect(JSON.parse(editor.text).title).toBe(wigan.title);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(JSON.parse(editor.text).title).toBe('Changed title');
    (deepQuery(editor, 'button[aria-keyshortcuts^="Control+Z"]') as HTMLButtonElement).click();
    expect(JSON.parse(editor.text).title).toBe(wigan.title);
  });

  it('moves through the outline by keyboard and selects with Enter', async () => {
    const editor = await mountEditor(wigan);
    await until(() => deepQueryAll(editor, '[role="treeitem"]').length > 5, 'the outline to show');
    const first = deepQuery(editor, '[role="treeitem"][tabindex="0"]') as HTMLElement;
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer !== '', 'focus to move');
    // Move down to the first stage and select it.
    for (let i = 0; i < 20 && (deepActiveElement() as HTMLElement).dataset.pointer !== '/stages/0'; i++) await userEvent.keyboard('{ArrowDown}');
    expect((deepActiveElement() as HTMLElement).dataset.pointer).toBe('/stages/0');
    await userEvent.keyboard('{Enter}');
    await editor.updateComplete;
    expect((deepQuery(editor, '[data-pointer="/stages/0"]') as HTMLElement).getAttribute('aria-selected')).toBe('true');
  });

  it('says plainly that the JSON must be fixed, keeps the text exactly, and never traps the user', async () => {
    const editor = await mountEditor(wigan);
    const broken = '{ "title": "Half typed", ';
    editor.modeling.setText(broken);
    await editor.updateComplete;
    expect(editor.text).toBe(broken);
    const main = deepText(deepQuery(editor, 'main') as HTMLElement);
    expect(main).toContain('The JSON must be fixed first');
    expect(main).toMatch(/Line 1, column \d+/);
    await until(() => deepText(deepQuery(editor, 'pe-preview') as HTMLElement).includes('last version'), 'the preview to say it shows the last valid version');
    const formsTab = deepQuery(editor, '#tab-forms') as HTMLButtonElement;
    expect(formsTab.disabled).toBe(false);
    editor.modeling.undo();
    await editor.updateComplete;
    expect(JSON.parse(editor.text)).toEqual(wigan);
  });

  it('selecting a problem selects its place', async () => {
    const editor = await mountEditor({ ...wigan, stages: [{ ...wigan.stages[0], requires: { stages: ['nowhere'] } }, ...wigan.stages.slice(1)] });
    await until(() => deepText(deepQuery(editor, 'pe-problems') as HTMLElement).includes('nowhere'), 'the dangling reference to be reported');
    const problem = deepQueryAll<HTMLButtonElement>(deepQuery(editor, 'pe-problems') as HTMLElement, 'button').find((b) => (b.textContent ?? '').includes('nowhere')) as HTMLButtonElement;
    problem.click();
    await editor.updateComplete;
    await until(() => deepQuery(editor, '[data-pointer="/stages/0"]')?.getAttribute('aria-selected') === 'true', 'the stage to be selected in the outline');
  });
});
