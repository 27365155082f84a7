/**
 * `<pathway-editor>` as a whole: autosave shown in the toolbar with its choices, the stage map
 * as a view whose boxes open their stage's form, and the layout at 1280×800 and at 320 px.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import {
  axeViolations,
  cleanupEditors,
  closeEditor,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  deepText,
  freshDraftKey,
  mountEditor,
  mountSavingEditor,
  until,
} from '../testing/editor-testing.js';
import type { ObjectForm } from '../forms/object-form/object-form.js';

afterEach(async () => {
  await cleanupEditors();
  await page.viewport(1280, 800);
});

const autosaveText = (editor: HTMLElement) => deepText(deepQuery(editor, 'pe-autosave-status') as HTMLElement);

describe('<pathway-editor draft-key>', () => {
  it('saves as the author works and restores text, undo and selection when opened again', async () => {
    const key = freshDraftKey('shell-restore');
    const first = await mountSavingEditor(wigan, key);
    expect(autosaveText(first)).toContain('saved on this computer');
    first.modeling.set('/stages/1/title', 'Renamed stage', { label: 'rename stage' });
    first.select('/stages/1');
    await until(() => first.autosaveController!.state.save === 'saved' && !first.autosaveController!.state.unsaved, 'the change to be saved');
    await first.updateComplete;
    expect(autosaveText(first)).toMatch(/Saved on this computer at \d\d:\d\d/);
    const saved = first.text;
    await closeEditor(first);

    const second = await mountSavingEditor(wigan, key);
    expect(second.text).toBe(saved);
    await until(() => autosaveText(second).includes('Your work has been restored'), 'the restored notice');
    expect(deepQuery<ObjectForm>(second, 'pe-object-form')!.pointer).toBe('/stages/1');
    expect(await axeViolations(second)).toEqual([]);
    second.undo();
    expect(JSON.parse(second.text).stages[1].title).toBe(wigan.stages[1].title);
  });

  it('notices a second tab and lets the author choose where to carry on, by keyboard', async () => {
    const key = freshDraftKey('shell-tabs');
    const a = await mountSavingEditor(wigan, key);
    const b = await mountSavingEditor(wigan, key);
    await until(() => a.autosaveController!.state.tabs === 'shared' && b.autosaveController!.state.tabs === 'shared', 'both tabs to notice each other');
    // Two editors in one test page: one is told the page has its own main landmark.
    a.embedded = true;
    await a.updateComplete;
    await b.updateComplete;
    expect(autosaveText(b)).toContain('This pathway is open in another tab too.');
    expect(await axeViolations(b)).toEqual([]);
    const carryOn = deepQuery<HTMLButtonElement>(deepQuery(b, 'pe-autosave-status')!, 'button')!;
    expect(carryOn.textContent).toContain('Carry on in this tab');
    carryOn.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => b.autosaveController!.state.tabs === 'here' && a.autosaveController!.state.tabs === 'elsewhere', 'the choice to reach both tabs');
    await a.updateComplete;
    expect(autosaveText(a)).toContain('You chose to carry on in another tab');
    expect(autosaveText(a)).toContain('Download the JSON');
  });

  it('saves nothing without a draft key', async () => {
    const editor = await mountEditor(wigan);
    expect(editor.autosaveController).toBeUndefined();
    expect(deepQuery(editor, 'pe-autosave-status')).toBeUndefined();
  });
});

describe('the stage map view', () => {
  it('is a tab; a stage chosen on the map by keyboard opens its form with focus on its first field', async () => {
    const editor = await mountEditor(wigan);
    (deepQuery(editor, '#tab-forms') as HTMLButtonElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await editor.updateComplete;
    expect(editor.view).toBe('map');
    expect(deepActiveElement()?.id).toBe('tab-map');
    // The selected tab with keyboard focus looks focused (the GOV.UK yellow), not merely selected.
    const focusedTab = deepActiveElement() as HTMLElement;
    expect(getComputedStyle(focusedTab).backgroundColor).toBe('rgb(255, 221, 0)');
    expect(getComputedStyle(deepQuery(editor, '#tab-forms') as HTMLElement).backgroundColor).not.toBe('rgb(255, 221, 0)');
    const map = deepQuery(editor, 'pe-stage-map') as HTMLElement;
    await until(() => map.shadowRoot?.querySelector('[role="button"]') != null, 'the map to draw');
    expect(await axeViolations(editor)).toEqual([]);
    (map.shadowRoot!.querySelector('[role="button"][tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await until(() => editor.view === 'forms', 'the forms to open');
    const form = deepQuery<ObjectForm>(editor, 'pe-object-form')!;
    await until(() => form.pointer === '/stages/2', 'the third stage form');
    await until(() => form.shadowRoot!.contains(deepActiveElement()), 'focus to move into the stage form');
  });
});

describe('layout', () => {
  for (const [width, height] of [
    [1280, 800],
    [320, 640],
  ] as const) {
    it(`at ${width}×${height} the form, the outline and the preview are all reachable with nothing cut off sideways`, async () => {
      await page.viewport(width, height);
      const editor = await mountEditor(wigan);
      editor.select('/stages/0/title', { focus: true });
      await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/0/title', 'the stage title to take focus');
      await until(() => deepQuery(editor, 'pathway-widget') !== undefined, 'the preview');
      const field = deepActiveElement() as HTMLElement;
      const box = field.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(100);
      expect(box.right).toBeLessThanOrEqual(width);
      // No horizontal scrolling of the page.
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      if (width >= 1280) {
        // A council laptop: outline, form and preview side by side.
        const outline = (deepQuery(editor, '.outline') as HTMLElement).getBoundingClientRect();
        const preview = (deepQuery(editor, '.preview') as HTMLElement).getBoundingClientRect();
        expect(outline.right).toBeLessThanOrEqual(box.left);
        expect(preview.left).toBeGreaterThanOrEqual(box.right);
      }
      expect(await axeViolations(editor)).toEqual([]);
    });
  }
});

describe('the outline and problems beside a long form', () => {
  for (const embedded of [false, true]) {
    it(`stay in view when the form scrolls${embedded ? ' (embedded, no preview)' : ''}`, async () => {
      await page.viewport(1280, 800);
      const editor = await mountEditor(wigan);
      if (embedded) {
        editor.embedded = true;
        editor.noPreview = true;
        await editor.updateComplete;
      }
      editor.select('');
      await until(() => deepQuery(editor, 'pe-object-form') !== undefined, 'the pathway form');
      const form = deepQuery(editor, 'pe-object-form') as HTMLElement;
      await until(() => form.getBoundingClientRect().height > 2000, 'a long form');
      window.scrollTo(0, form.getBoundingClientRect().bottom - 400 + window.scrollY);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const selector of ['.outline', '.problems']) {
        const box = (deepQuery(editor, selector) as HTMLElement).getBoundingClientRect();
        expect(box.top, selector).toBeGreaterThanOrEqual(-1);
        expect(box.top, selector).toBeLessThan(800);
        expect(box.bottom, selector).toBeLessThanOrEqual(800 + 1);
      }
      window.scrollTo(0, 0);
    });
  }
});

describe('selection', () => {
  it('Enter on a problem, or on an outline item, opens the right form and focuses the field', async () => {
    const editor = await mountEditor({ ...wigan, stages: [{ ...wigan.stages[0], requires: { stages: ['nowhere'] } }, ...wigan.stages.slice(1)] });
    await until(() => deepText(deepQuery(editor, 'pe-problems') as HTMLElement).includes('nowhere'), 'the dangling reference to be reported');
    const problem = deepQueryAll<HTMLButtonElement>(deepQuery(editor, 'pe-problems')!, 'button').find((b) => (b.textContent ?? '').includes('nowhere'))!;
    problem.focus();
    await userEvent.keyboard('{Enter}');
    const form = deepQuery<ObjectForm>(editor, 'pe-object-form')!;
    await until(() => form.pointer === '/stages/0', 'the stage form');
    await until(() => ((deepActiveElement() as HTMLElement | null)?.closest('[data-pointer]') as HTMLElement | null)?.dataset.pointer?.startsWith('/stages/0/requires') === true
      || (deepActiveElement() as HTMLElement | null)?.dataset.pointer?.startsWith('/stages/0/requires') === true, 'focus on the stage’s required stages');

    const item = deepQueryAll<HTMLElement>(deepQuery(editor, 'pe-outline-tree')!, '[role="treeitem"]').find((element) => element.dataset.pointer === '/stages/2')!;
    item.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => deepQuery<ObjectForm>(editor, 'pe-object-form')!.pointer === '/stages/2', 'the third stage form');
    await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/2/title', 'focus on its title');
  });

  it('a selection made elsewhere (a problem, the page) scrolls the outline to it, not the page', async () => {
    await page.viewport(1280, 800);
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `extra-${i}`, title: `Extra stage ${i + 1}`, entry: { byChoice: true } }));
    const editor = await mountEditor({ ...wigan, stages: [...wigan.stages, ...many] });
    // As on a page that gives the editor's side a height (the playground's pane does): the outline scrolls inside it.
    editor.style.setProperty('--pathway-editor-side-height', '400px');
    const tree = deepQuery(editor, 'pe-outline-tree')!;
    const box = tree.parentElement!;
    await until(() => box.scrollHeight > box.clientHeight, 'an outline taller than its box');
    const pageTop = document.scrollingElement!.scrollTop;
    const last = `/stages/${wigan.stages.length + many.length - 1}`;
    editor.select(last);
    const row = () => deepQueryAll<HTMLElement>(tree, '[role="treeitem"]').find((element) => element.dataset.pointer === last)?.querySelector<HTMLElement>('.row');
    await until(() => row() !== undefined && row()!.getBoundingClientRect().bottom <= box.getBoundingClientRect().bottom + 1, 'the selected stage scrolled into the outline');
    expect(row()!.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.getBoundingClientRect().top - 1);
    expect(document.scrollingElement!.scrollTop).toBe(pageTop);
  });

  it('a stage chosen in the outline while the Pathways or Publish view is open opens its form', async () => {
    const editor = await mountEditor(wigan);
    for (const view of ['library', 'publish'] as const) {
      editor.view = view;
      await editor.updateComplete;
      const item = deepQueryAll<HTMLElement>(deepQuery(editor, 'pe-outline-tree')!, '[role="treeitem"]').find((element) => element.dataset.pointer === '/stages/1')!;
      item.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => editor.view === 'forms' && deepQuery<ObjectForm>(editor, 'pe-object-form')?.pointer === '/stages/1', `the stage form from the ${view} view`);
      await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/1/title', 'focus on its title');
    }
  });
});

describe('reopening the item that was open', () => {
  it('after a reload opens the item last opened, not the one last edited, without a word about saving', async () => {
    const key = freshDraftKey('shell-open-item');
    const first = await mountSavingEditor(wigan, key);
    first.modeling.set('/stages/1/title', 'Renamed stage', { label: 'rename stage' });
    first.select('/stages/1');
    await until(() => first.autosaveController!.state.save === 'saved' && !first.autosaveController!.state.unsaved, 'the change to be saved');
    const savedAt = first.autosaveController!.state.lastSavedAt;
    // Another item opened, nothing changed: a place in the outline is not unsaved work.
    first.select('/stages/3');
    expect(first.autosaveController!.state.unsaved).toBe(false);
    await closeEditor(first);

    const second = await mountSavingEditor(wigan, key);
    await until(() => deepQuery<ObjectForm>(second, 'pe-object-form')?.pointer === '/stages/3', 'the item open before the reload to be open again');
    expect(second.autosaveController!.state.lastSavedAt).toBe(savedAt);
  });
});
