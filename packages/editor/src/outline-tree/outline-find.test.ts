/** Finding things in the outline: a find box that cuts the tree down to the titles that match, and type-ahead on titles. */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, mountEditor, until } from '../testing/editor-testing.js';
import { settle } from '../forms/testing/keyboard.js';

afterEach(() => cleanupEditors());

const tree = (editor: HTMLElement) => deepQuery(editor, 'pe-outline-tree')!.shadowRoot!;
const items = (editor: HTMLElement) => [...tree(editor).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const labelOf = (item: Element | null) => item?.querySelector('.label')?.textContent ?? '';
const active = () => deepActiveElement() as HTMLElement | null;

it('letters typed on the outline go to the next item whose title starts with them, not its kind', async () => {
  const editor = await mountEditor(wigan);
  await settle(6);
  items(editor)[0].focus();
  await userEvent.keyboard('e');
  await until(() => labelOf(active()) === 'Enforcement Referral', 'the stage whose title starts with E');
  // The same letter again: the next title that starts with it.
  await userEvent.keyboard('e');
  await until(() => labelOf(active()) === 'Exceptions', 'the next item starting with E');
  await userEvent.keyboard('i');
  await until(() => labelOf(active()) === 'Identify and Understand', 'round to the top, to a title starting with I');
  // Type-ahead only moves; nothing is selected until Enter.
  expect(editor.selection).toBe('');
});

it('the find box shows only the items whose titles match (with the items above them), says how many, and leads into the tree', async () => {
  const editor = await mountEditor(wigan);
  await settle(6);
  const find = tree(editor).querySelector<HTMLInputElement>('#outline-find')!;
  expect(tree(editor).querySelector(`label[for="outline-find"]`)!.textContent).toBe('Find in the outline');
  find.focus();
  await userEvent.keyboard('smart');
  await settle(4);
  const count = tree(editor).querySelector('#outline-find-count')!;
  expect(count.getAttribute('role')).toBe('status');
  const titles = wigan.stages.flatMap((stage) => [stage.title, ...(stage.questions ?? []).map((question) => question.text)]);
  const smart = titles.filter((title) => /smart/i.test(title)).length;
  expect(smart).toBeGreaterThan(1);
  expect(count.textContent).toBe(`${smart} items match. Down arrow goes to the first; Enter opens it.`);
  const shown = items(editor).map(labelOf);
  expect(shown.filter((label) => /smart/i.test(label))).toHaveLength(smart);
  // The items above each match stay, so the tree keeps its shape: the pathway, Stages, the stage.
  const firstStage = wigan.stages.find((stage) => (stage.questions ?? []).some((question) => /smart/i.test(question.text)))!;
  expect(shown.slice(0, 3)).toEqual(['Pathway settings', 'Stages', firstStage.title]);
  expect(shown).not.toContain('Prevention of non-attendance');
  // One tab stop, on the first match; the levels still say where each item sits.
  const stops = items(editor).filter((item) => item.tabIndex === 0);
  expect(stops.map(labelOf)).toEqual([shown.find((label) => /smart/i.test(label))]);
  expect(stops[0].getAttribute('aria-level')).toBe('4');
  expect(await axeViolations(editor)).toEqual([]);
  await userEvent.keyboard('{ArrowDown}');
  await until(() => /smart/i.test(labelOf(active())), 'the first match focused');
  const first = labelOf(active());
  // Down goes through what is shown, the stage above the next match included.
  for (let i = 0; i < 3 && !(/smart/i.test(labelOf(active())) && labelOf(active()) !== first); i++) {
    await userEvent.keyboard('{ArrowDown}');
    await settle(2);
  }
  expect(labelOf(active())).not.toBe(first);
  expect(labelOf(active())).toMatch(/smart/i);
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect(editor.selection).toMatch(/^\/stages\/\d+\/questions\/\d+$/);
  // No match says so; Escape empties the box and the whole tree is back.
  find.focus();
  await userEvent.keyboard('{Control>}a{/Control}zzzz');
  await settle(4);
  expect(count.textContent).toBe('Nothing in the outline has a title with "zzzz".');
  expect(items(editor)).toHaveLength(0);
  expect(await axeViolations(editor)).toEqual([]);
  await userEvent.keyboard('{Escape}');
  await settle(4);
  expect(find.value).toBe('');
  expect(items(editor).map(labelOf)).toContain('Prevention of non-attendance');
});
