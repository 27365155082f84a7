/**
 * A group's heading in the list of questions (a stage, a chosen route, a referral's "include"
 * items) with how much of the group is still to do. The group links at the top of the page
 * point at the heading's id, and focus it.
 */
import type { RowDrawer } from '../row-list.js';
import { element, find } from './dom.js';

export interface HeadingRowModel {
  /** The heading's id, which the group links point at. */
  readonly id: string;
  readonly drawer: RowDrawer<HeadingRowModel>;
  readonly text: string;
  /** Rows of the group still to do, and the sentence saying so. */
  readonly left: number;
  readonly progress: string;
}

function create(m: HeadingRowModel): HTMLElement {
  return element(
    'div',
    '',
    {},
    element('h3', 'heading-m group-heading', { id: m.id, tabindex: '-1' }, m.text),
    element('p', 'secondary', { 'data-group-progress': String(m.left) }, m.progress),
  );
}

function update(row: Element, before: HeadingRowModel, after: HeadingRowModel): Element | undefined {
  // Changed in place: the heading may have the focus (a group link moved it there).
  const heading = find(row, 'h3');
  if (before.text !== after.text) heading.textContent = after.text;
  const progress = find(row, 'p');
  progress.setAttribute('data-group-progress', String(after.left));
  if (before.progress !== after.progress) progress.textContent = after.progress;
  return undefined;
}

const same = (a: HeadingRowModel, b: HeadingRowModel) => a.text === b.text && a.left === b.left && a.progress === b.progress;

const drawer: RowDrawer<HeadingRowModel> = { create, same, update };

export function headingRow(id: string, text: string, left: number, progress: string): HeadingRowModel {
  return { id, drawer, text, left, progress };
}
