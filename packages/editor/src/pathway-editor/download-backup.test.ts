/**
 * "Download JSON" is a backup of the work as it is: always possible, valid or not. A file a
 * widget cannot use yet is said so plainly where the author is, with the first problem and how
 * many there are, and Publish offered as the way to a file for the web team.
 */
import { afterEach, describe, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { cleanupEditors, deepActiveElement, deepQuery, deepText, mountEditor } from '../testing/editor-testing.js';
import type { PathwayEditor } from './pathway-editor.js';

afterEach(cleanupEditors);

/** Presses Download JSON; returns the text of the file it gave and its name. */
async function download(editor: PathwayEditor): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let clicked: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked = this;
  };
  try {
    const button = [...editor.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download JSON')!;
    button.click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(clicked).toBeDefined();
  const text = await (await fetch(clicked!.href)).text();
  await editor.updateComplete;
  return { name: clicked!.download, text };
}

const notice = (editor: PathwayEditor) => deepQuery(editor, '[data-download-notice]');

describe('Download JSON', () => {
  it('downloads text that is not JSON exactly, and says the file cannot be used by a widget yet, and why', async () => {
    const editor = await mountEditor(wigan);
    editor.modeling.setText('{ "title": "Wigan",, ');
    const file = await download(editor);
    expect(file.text).toBe('{ "title": "Wigan",, ');
    const said = deepText(notice(editor)!);
    expect(said).toContain('A widget cannot use this file yet');
    expect(said).toContain('it is not valid JSON');
    expect(said).toContain('Publish');
  });

  it('names the first error and how many there are, and Go to Publish opens Publish', async () => {
    const editor = await mountEditor(wigan);
    const value = structuredClone(wigan) as { title?: string; stages: { title?: string }[] };
    delete value.title;
    delete value.stages[0]!.title;
    editor.modeling.setText(JSON.stringify(value, null, 2));
    const file = await download(editor);
    expect(JSON.parse(file.text)).toEqual(value);
    const box = notice(editor)!;
    expect(box.getAttribute('role')).toBe('alert');
    const said = deepText(box);
    expect(said).toMatch(/A widget cannot use this file yet: it has 2 errors\. The first: .+\./);
    expect(said).toContain('Fix what the Problems panel lists');
    // Fixed since: the notice, still about the file downloaded, says so rather than send the author to fix nothing.
    editor.modeling.undo();
    await editor.updateComplete;
    expect(deepText(notice(editor)!)).toContain('The pathway has no errors now: download it again');
    const go = [...box.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Go to Publish')!;
    go.click();
    await editor.updateComplete;
    expect(editor.view).toBe('publish');
    expect(deepActiveElement()?.id).toBe('tab-publish');
  });

  it('a pathway with no errors downloads without a warning', async () => {
    const editor = await mountEditor(wigan);
    await download(editor);
    expect(notice(editor)).toBeUndefined();
  });
});
