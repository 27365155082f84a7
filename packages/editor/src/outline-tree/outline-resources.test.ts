/** The pathway's own resources (they have no short name, so core's outline does not list them) are in the outline too. */
import { afterEach, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepQuery, mountEditor, until } from '../testing/editor-testing.js';
import { settle } from '../forms/testing/keyboard.js';

afterEach(() => cleanupEditors());

const tree = (editor: HTMLElement) => deepQuery(editor, 'pe-outline-tree')!.shadowRoot!;
const items = (editor: HTMLElement) => [...tree(editor).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const labelOf = (item: Element | null) => item?.querySelector('.label')?.textContent ?? '';

/** Every text field's value in the editor, shadow roots included. */
function fieldValues(root: Element | ShadowRoot): string[] {
  const values: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) values.push(element.value);
    if (element.shadowRoot) values.push(...fieldValues(element.shadowRoot));
  }
  return values;
}

it('lists the pathway\'s resources under "Resources", by title, and opens each in the forms', async () => {
  const editor = await mountEditor(wigan);
  await settle(6);
  const group = items(editor).find((item) => labelOf(item) === 'Resources');
  expect(group?.getAttribute('aria-expanded')).toBe('false');
  // The tree is drawn flat: opened, the group's items follow it, one level down.
  (group!.querySelector('.toggle') as HTMLElement).click();
  await settle(4);
  const titles = wigan.resources.map((resource) => resource.title);
  const below = items(editor).filter((item) => item.dataset.pointer?.startsWith('/resources/'));
  expect(below.map(labelOf)).toEqual(titles);
  expect(below.map((item) => item.getAttribute('aria-level'))).toEqual(titles.map(() => '3'));
  const first = items(editor).find((item) => labelOf(item) === titles[0])!;
  (first.querySelector('.label') as HTMLElement).click();
  await until(() => (editor as HTMLElement & { selection: string }).selection === '/resources/0', 'the first resource selected');
  await settle(4);
  // Its own form, as a named thing has (not the pathway's settings).
  await until(() => (deepQuery(editor, 'pe-object-form') as HTMLElement & { pointer?: string } | null)?.pointer === '/resources/0', "the resource's own form");
  await until(() => fieldValues(editor.shadowRoot!).includes(titles[0]!), 'its form, with its title');
  expect(await axeViolations(editor)).toEqual([]);
});
