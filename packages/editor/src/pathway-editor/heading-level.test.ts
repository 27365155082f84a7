/**
 * `heading-level`: a page with its own `<h1>` places the editor under it, so the page has one
 * `<h1>` and its headings go down one level at a time.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { cleanupEditors, deepQueryAll, mountEditor } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

const headings = (root: Element) => deepQueryAll(root, 'h1, h2, h3, h4, h5, h6').map((heading) => heading.tagName.toLowerCase());
const title = (root: Element) => deepQueryAll(root, '.toolbar .title')[0];

describe('<pathway-editor heading-level>', () => {
  it('titles the pathway with an <h1> when the editor is the page', async () => {
    const editor = await mountEditor(wigan);
    expect(title(editor)?.tagName).toBe('H1');
    expect(title(editor)?.textContent).toBe(wigan.title);
  });

  it('under a page heading, titles it at the level asked for: one <h1> on the page, and no level skipped', async () => {
    const host = document.createElement('main');
    host.innerHTML = '<h1>Council designer</h1><h2>Designer</h2>';
    document.body.append(host);
    try {
      const editor = await mountEditor(wigan);
      editor.embedded = true;
      editor.setAttribute('heading-level', '3');
      host.append(editor);
      await editor.updateComplete;
      expect(title(editor)?.tagName).toBe('H3');
      expect(headings(host).filter((tag) => tag === 'h1')).toEqual(['h1']);
      const results = await axe.run(host, { runOnly: { type: 'rule', values: ['heading-order', 'page-has-heading-one'] } });
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    } finally {
      host.remove();
    }
  });

  it('keeps a level out of range to 1 to 6', async () => {
    const editor = await mountEditor(wigan);
    editor.headingLevel = 9;
    await editor.updateComplete;
    expect(title(editor)?.tagName).toBe('H6');
  });
});
