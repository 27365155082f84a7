/** Clicking the outline: a list's heading ("Roles", "Stages") takes the settings form to that list, as Enter does. */
import { afterEach, expect, it, onTestFinished } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';
import type { ObjectForm } from '../forms/object-form/object-form.js';

afterEach(() => cleanupEditors());

const item = (editor: HTMLElement, pointer: string) =>
  deepQueryAll<HTMLElement>(deepQuery(editor, 'pe-outline-tree')!, '[role="treeitem"]').find((element) => element.dataset.pointer === pointer)!;
/** The pointer of the part of the settings form that holds focus (undefined when focus is elsewhere, the outline included). */
const focusedPointer = () => {
  const active = deepActiveElement() as HTMLElement | null;
  const root = active?.getRootNode();
  if (!(root instanceof ShadowRoot) || root.host.localName !== 'pe-object-form') return undefined;
  return (active!.closest('[data-pointer]') as HTMLElement | null)?.dataset.pointer;
};

it('a click on a list heading goes to that list in the settings form, wherever the form was', async () => {
  const editor = await mountEditor(wigan);
  // The settings form, scrolled down to its last list: the author was working there.
  editor.select('/exceptions', { focus: true });
  await until(() => focusedPointer()?.startsWith('/exceptions') === true, 'focus in the exceptions');
  for (const list of ['/roles', '/measures', '/referrals']) {
    await userEvent.click(item(editor, list).querySelector('.label')!);
    await until(() => focusedPointer()?.startsWith(list) === true, `focus in the list ${list}`);
    expect(deepQuery<ObjectForm>(editor, 'pe-object-form')!.pointer).toBe('');
    const focused = deepActiveElement()!.getBoundingClientRect();
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.bottom).toBeLessThanOrEqual(window.innerHeight);
  }
  expect(await axeViolations(editor)).toEqual([]);
});

it('a click on a named thing opens its form and leaves focus in the outline', async () => {
  const editor = await mountEditor(wigan);
  await userEvent.click(item(editor, '/stages/1').querySelector('.label')!);
  await until(() => deepQuery<ObjectForm>(editor, 'pe-object-form')?.pointer === '/stages/1', 'the stage form');
  expect((deepActiveElement() as HTMLElement).dataset.pointer).toBe('/stages/1');
});

it('a click on a named thing opens its form at the top, wherever the form before was scrolled to', async () => {
  const { innerWidth, innerHeight } = window;
  await page.viewport(1280, 800);
  onTestFinished(() => page.viewport(innerWidth, innerHeight));
  const editor = await mountEditor(wigan);
  // As in a pane that gives the editor a height (the playground's): the form scrolls inside it.
  editor.style.height = '700px';
  editor.select('/exceptions', { focus: true });
  await until(() => focusedPointer()?.startsWith('/exceptions') === true, 'focus in the exceptions');
  const pane = deepQuery(editor, '.main, main')!;
  expect(pane.scrollTop).toBeGreaterThan(1000);
  await userEvent.click(item(editor, '/stages/1').querySelector('.label')!);
  await until(() => deepQuery<ObjectForm>(editor, 'pe-object-form')?.pointer === '/stages/1', 'the stage form');
  await until(() => deepQuery(deepQuery<ObjectForm>(editor, 'pe-object-form')!, 'h2.heading') !== undefined, 'its heading');
  const heading = deepQuery(deepQuery<ObjectForm>(editor, 'pe-object-form')!, 'h2.heading')!.getBoundingClientRect();
  const shown = pane.getBoundingClientRect();
  expect(heading.top).toBeGreaterThanOrEqual(shown.top);
  expect(heading.bottom).toBeLessThanOrEqual(shown.bottom);
});
