import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { rowList } from './row-list.js';
import type { RowDrawer, RowModel } from './row-list.js';

interface Item extends RowModel {
  label: string;
}

let created = 0;
let updated = 0;
/** Rows as <li>; a label starting with "!" makes the drawer start the row again, as a reworded question does. */
const drawer: RowDrawer<Item> = {
  create(item) {
    created++;
    const li = document.createElement('li');
    li.dataset.id = item.id;
    li.textContent = item.label;
    const input = document.createElement('input');
    input.id = `input-${item.id}`;
    li.append(input);
    return li;
  },
  same: (a, b) => a.label === b.label,
  update(element, before, after) {
    updated++;
    if (after.label.startsWith('!')) return drawer.create(after);
    element.firstChild!.textContent = after.label;
    return undefined;
  },
};
const item = (id: string, label: string): Item => ({ id, drawer, label });

const container = document.createElement('div');
document.body.append(container);
afterEach(() => {
  render(html``, container);
});

/** Renders the list; returns how many rows were created and updated. */
function show(items: Item[]): { created: number; updated: number } {
  created = 0;
  updated = 0;
  render(html`<ul ${rowList(items)}></ul>`, container);
  return { created, updated };
}

const rows = () => [...container.querySelectorAll('li')];
const labels = () => rows().map((li) => li.textContent);

describe('rowList', () => {
  it('updates only the row whose values changed, keeping every element, with nothing between the rows', () => {
    const items = Array.from({ length: 5 }, (_, i) => item(`r${i}`, `Row ${i}`));
    expect(show(items)).toEqual({ created: 5, updated: 0 });
    const before = rows();
    expect(show(items.map((row) => (row.id === 'r2' ? item('r2', 'Changed') : { ...row })))).toEqual({ created: 0, updated: 1 });
    expect(labels()).toEqual(['Row 0', 'Row 1', 'Changed', 'Row 3', 'Row 4']);
    expect(rows()).toEqual(before);
    expect([...container.querySelector('ul')!.childNodes]).toEqual(before);
  });

  it('keeps rows by key when rows are added, removed or moved, drawing only new or changed ones', () => {
    const items = Array.from({ length: 4 }, (_, i) => item(`r${i}`, `Row ${i}`));
    show(items);
    const [r0, r1, r2, r3] = rows();
    const next = [items[3], item('new', 'New'), items[0], item('r2', 'Two')];
    expect(show(next)).toEqual({ created: 1, updated: 1 });
    expect(labels()).toEqual(['Row 3', 'New', 'Row 0', 'Two']);
    expect(rows()[0]).toBe(r3);
    expect(rows()[2]).toBe(r0);
    expect(rows()[3]).toBe(r2);
    expect(r1.isConnected).toBe(false);
    expect(show([item('r2', 'Two'), item('r0', 'Row 0')])).toEqual({ created: 0, updated: 0 });
    expect(rows()).toEqual([r2, r0]);
  });

  it('draws every row in order whether the list is first drawn off the page or starts empty on it', () => {
    const items = Array.from({ length: 3 }, (_, i) => item(`r${i}`, `Row ${i}`));
    // Drawn with the page, before Lit puts it in the document.
    show(items);
    expect(labels()).toEqual(['Row 0', 'Row 1', 'Row 2']);
    render(html``, container);
    // Already in the document, empty, then given rows.
    show([]);
    expect(container.querySelector('ul')!.isConnected).toBe(true);
    expect(show(items)).toEqual({ created: 3, updated: 0 });
    expect(labels()).toEqual(['Row 0', 'Row 1', 'Row 2']);
    expect([...container.querySelector('ul')!.childNodes]).toEqual(rows());
  });

  it('tells rows of different drawers apart even when their ids are the same', () => {
    const other: RowDrawer<Item> = { ...drawer };
    show([item('a', 'Question a')]);
    const [first] = rows();
    expect(show([item('a', 'Question a'), { id: 'a', drawer: other, label: 'Evidence a' }])).toEqual({ created: 1, updated: 0 });
    expect(labels()).toEqual(['Question a', 'Evidence a']);
    expect(rows()[0]).toBe(first);
  });

  it('puts a row drawn again in the old one\'s place, and keeps the focus on the control with the same id', () => {
    show([item('a', 'A'), item('b', 'B')]);
    const [, b] = rows();
    b.querySelector('input')!.focus();
    show([item('a', 'A'), item('b', '!B again')]);
    expect(labels()).toEqual(['A', '!B again']);
    expect(rows()[1]).not.toBe(b);
    expect(document.activeElement).toBe(rows()[1].querySelector('input'));
  });
});
