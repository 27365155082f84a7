import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { choiceRadios } from './choice-radios.js';
import { rowList } from './row-list.js';

interface Item {
  id: string;
  label: string;
}

const container = document.createElement('div');
document.body.append(container);
afterEach(() => {
  render(html``, container);
});

/** Renders the list and returns how many rows were drawn. */
function show(items: Item[]): number {
  let drawn = 0;
  render(
    html`<ul>${rowList(
      items,
      (item) => item.id,
      (item) => [item.label],
      (item) => {
        drawn++;
        return html`<li data-id=${item.id}>${item.label}</li>`;
      },
    )}</ul>`,
    container,
  );
  return drawn;
}

const rows = () => [...container.querySelectorAll('li')];

describe('rowList', () => {
  it('redraws only the row whose inputs changed, keeping every element', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, label: `Row ${i}` }));
    expect(show(items)).toBe(5);
    const before = rows();
    expect(show(items.map((item) => (item.id === 'r2' ? { ...item, label: 'Changed' } : item)))).toBe(1);
    expect(rows().map((li) => li.textContent)).toEqual(['Row 0', 'Row 1', 'Changed', 'Row 3', 'Row 4']);
    expect(rows()).toEqual(before);
  });

  it('keeps rows by key when rows are added, removed or moved, drawing only new or changed ones', () => {
    const items = Array.from({ length: 4 }, (_, i) => ({ id: `r${i}`, label: `Row ${i}` }));
    show(items);
    const [r0, , r2, r3] = rows();
    const next = [items[3], { id: 'new', label: 'New' }, items[0], { ...items[2], label: 'Two' }];
    expect(show(next)).toBe(2);
    expect(rows().map((li) => li.textContent)).toEqual(['Row 3', 'New', 'Row 0', 'Two']);
    expect(rows()[0]).toBe(r3);
    expect(rows()[2]).toBe(r0);
    expect(rows()[3]).toBe(r2);
  });
});

describe('choiceRadios', () => {
  const options = [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No <b>bold</b>' },
  ];
  const draw = (value: unknown) =>
    render(html`<fieldset>${choiceRadios({ base: 'q-a', questionId: 'a', options, value, inline: true })}</fieldset>`, container);

  it('draws labelled radios, authored text as text, and follows the answer without rebuilding', () => {
    draw(undefined);
    const inputs = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(inputs.map((input) => [input.id, input.name, input.value, input.dataset.answer, input.checked])).toEqual([
      ['q-a-0', 'q-a', 'yes', 'a', false],
      ['q-a-1', 'q-a', 'no', 'a', false],
    ]);
    expect(container.querySelector('label[for="q-a-1"]')?.textContent).toBe('No <b>bold</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.choices')?.className).toBe('choices choices--inline');
    draw('no');
    expect([...container.querySelectorAll<HTMLInputElement>('input')]).toEqual(inputs);
    expect(inputs.map((input) => input.checked)).toEqual([false, true]);
  });
});
