/**
 * The designer's preview while the author edits: a draft the widget would refuse (invalid JSON,
 * a structure it cannot read, a reference that names nothing) never swaps the preview to the
 * school-facing "cannot be shown" page; the last version the widget could show stays, with one
 * note naming the problem as the problems list does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { cleanupEditors, deepQuery, deepText, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

const preview = (editor: HTMLElement) => deepQuery(editor, 'pe-preview') as HTMLElement;
const note = (editor: HTMLElement) => deepText(deepQuery(preview(editor), '.note') ?? document.createElement('p'));
const widgetText = (editor: HTMLElement) => deepText(deepQuery(preview(editor), 'pathway-widget') as HTMLElement);

describe('the preview of a draft the widget would refuse', () => {
  it('keeps the last version it could show while a reference names nothing, and names the problem by title', async () => {
    const editor = await mountEditor(wigan);
    await until(() => widgetText(editor).includes(wigan.title), 'the preview to show the pathway');
    editor.modeling.set('/stages/0/outcomes/0/to', 'no-such-stage');
    await until(() => note(editor) !== '', 'the note');
    expect(note(editor)).toContain('Stage "Prevention of non-attendance"');
    expect(note(editor)).toContain('Outcome "Barriers to school attendance identified"');
    expect(note(editor)).toMatch(/^The preview shows the last version that could be shown, until this is fixed: /);
    // The widget stays on the last version: never the page meant for a council's published pathway.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(widgetText(editor)).not.toContain('Sorry, this pathway cannot be shown');
    expect(widgetText(editor)).toContain(wigan.title);

    editor.modeling.set('/stages/0/outcomes/0/to', 'identify-and-understand');
    await until(() => note(editor) === '', 'the note to go once fixed');
  });

  it('says invalid JSON the same way, by the problems list\'s words', async () => {
    const editor = await mountEditor(wigan);
    await until(() => widgetText(editor).includes(wigan.title), 'the preview to show the pathway');
    editor.modeling.setText('{ "title": "Half typed", ');
    await until(() => note(editor) !== '', 'the note');
    expect(note(editor)).toMatch(/^The preview shows the last version that could be shown, until this is fixed: .+/);
    expect(widgetText(editor)).toContain(wigan.title);
  });
});
