/** The forms and the document stay one: JSON edits show, undo and redo restore, renames follow, selection focuses. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatJson } from '../modeling/index.js';
import { basePathway } from './testing/fixtures.js';
import { atPointer, choice, deepActive, fromTop, mountForm, press, settle, summaryOf, tabTo, typeAt } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

const inputAt = (form: HTMLElement, pointer: string) => {
  const found = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-pointer]')].find((element) => element.dataset.pointer === pointer);
  if (found === undefined) throw new Error(`no field at ${pointer}`);
  return found;
};

describe('the forms and the document', () => {
  it('an edit in the JSON text shows in the form', async () => {
    const { form, modeling } = await mountForm(basePathway(), '/stages/1');
    const changed = basePathway() as { stages: { title: string; subtitle?: string }[] };
    changed.stages[1].title = 'Tier 2';
    changed.stages[1].subtitle = 'Written in the JSON view';
    modeling.setText(formatJson(changed));
    await settle();
    expect(inputAt(form, '/stages/1/title').value).toBe('Tier 2');
    expect(inputAt(form, '/stages/1/subtitle').value).toBe('Written in the JSON view');
    // Invalid JSON: the form says so plainly and keeps nothing stale.
    modeling.setText('{ "stages": [');
    await settle();
    expect(form.shadowRoot!.textContent).toMatch(/The JSON must be fixed/);
    modeling.undo();
    await settle();
    expect(inputAt(form, '/stages/1/title').value).toBe('Tier 2');
  });

  it('typing a title is one undo step, and undo and redo restore every kind of edit', async () => {
    const original = basePathway();
    const { form, modeling, value } = await mountForm(original, '/stages/1');
    fromTop();
    await typeAt('/stages/1/title', ': Tier 2', { append: true });
    expect(modeling.history().undo).toHaveLength(1);
    await tabTo(atPointer('/stages/1/universal'), 'universal');
    await press(' ');
    await tabTo(choice('checkbox', 'enforce'), 'DfE stage enforce');
    await press(' ');
    await tabTo(atPointer('/stages/1/bands'), 'Add band');
    await press('{Enter}');
    await tabTo(atPointer('/stages/1/entry'), 'Add another way into this stage');
    await press('{Enter}');
    await settle(4);
    expect(deepActive()?.dataset.pointer).toBe('/stages/1/entry/description');
    const final = structuredClone(value());
    expect((final.stages as Record<string, unknown>[])[1]).toMatchObject({
      title: 'Targeted support: Tier 2',
      universal: true,
      dfeStages: ['enforce'],
      entry: {},
    });
    expect(((final.stages as Record<string, unknown>[])[1].bands as unknown[])[1]).toEqual({
      label: 'New band',
      measure: 'attendance',
      lower: { value: 0, inclusive: true },
    });
    expect(modeling.history().undo).toHaveLength(5);
    for (let i = 0; i < 5; i++) modeling.undo();
    await settle();
    expect(value()).toEqual(original);
    expect(inputAt(form, '/stages/1/title').value).toBe('Targeted support');
    expect(inputAt(form, '/stages/1/universal').checked).toBe(false);
    for (let i = 0; i < 5; i++) modeling.redo();
    await settle();
    expect(value()).toEqual(final);
    expect(inputAt(form, '/stages/1/title').value).toBe('Targeted support: Tier 2');
    expect(inputAt(form, '/stages/1/universal').checked).toBe(true);
  });

  it('a number that is not one is kept as typed with a message, and not written', async () => {
    const { form, value, modeling } = await mountForm(basePathway(), '/stages/1/bands/0/upper');
    fromTop();
    await typeAt('/stages/1/bands/0/upper/value', 'ninety');
    expect(value()).toEqual(basePathway());
    const input = inputAt(form, '/stages/1/bands/0/upper/value');
    expect(input.value).toBe('ninety');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(form.shadowRoot!.querySelector('.error-message')!.textContent).toMatch(/Enter value as a number, like 12 or 90.5/);
    await typeAt('/stages/1/bands/0/upper/value', '92.5');
    expect(((value().stages as Record<string, unknown>[])[1].bands as { upper: unknown }[])[0].upper).toEqual({ value: 92.5, inclusive: true });
    expect(form.shadowRoot!.querySelector('.error-message')).toBeNull();
    expect(modeling.history().undo).toHaveLength(1);
  });

  it('renaming a short name updates what refers to it, in one undo step', async () => {
    const document = basePathway() as { stages: Record<string, unknown>[] };
    document.stages[1].referrals = ['enforcement'];
    const { modeling, value } = await mountForm(document, '/referrals/0');
    fromTop();
    await typeAt('/referrals/0/id', 'legal');
    await userEvent.tab(); // the short name is written when the field is left
    await settle();
    expect((value().referrals as { id: string }[])[0].id).toBe('legal');
    expect((value().stages as Record<string, unknown>[])[1].referrals).toEqual(['legal']);
    modeling.undo();
    expect(value()).toEqual(document);
  });

  it('selecting a place with focus opens the items on the way and focuses its field', async () => {
    const document = basePathway() as { stages: Record<string, unknown>[] };
    document.stages[1].questions = [{ id: 'q', text: 'Q?', type: 'number' }];
    const { host, form } = await mountForm(document, '/stages/1');
    host.select('/stages/1/bands/0/upper/value', { focus: true });
    await settle(6);
    expect(deepActive()?.dataset.pointer).toBe('/stages/1/bands/0/upper/value');
    host.select('/stages/1/questions/0', { focus: true });
    await settle(6);
    expect(summaryOf('/stages/1/questions/0')(deepActive()!)).toBe(true);
    host.select('/stages/1/title', { focus: true });
    await settle(4);
    expect(deepActive()).toBe(inputAt(form, '/stages/1/title'));
  });

  it("shows each field's problems in plain English beside it, and each object's author note", async () => {
    const document = basePathway() as { stages: Record<string, unknown>[] };
    document.stages[1].bands = [{ label: '90% and under', measure: 'atendance', upper: { value: 90, inclusive: true } }];
    document.stages[1].authorNote = 'The source document says 90% in one place and 92% in another.';
    const { form } = await mountForm(document, '/stages/1');
    const text = form.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(inputAt(form, '/stages/1/authorNote').value).toBe('The source document says 90% in one place and 92% in another.');
    expect(text).toMatch(/Authors' note \(for authors only, never shown to schools\)/);
    expect(text).toMatch(/Band 1: 90% and under, 1 problem/);
    const summary = [...form.shadowRoot!.querySelectorAll('summary')].find((s) => s.textContent!.includes('Band 1'))!;
    summary.click();
    await settle(4);
    const band = form.shadowRoot!.querySelector('pe-object-form')!;
    const measure = [...band.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')].find((s) => s.dataset.pointer === '/stages/1/bands/0/measure')!;
    expect(measure.getAttribute('aria-invalid')).toBe('true');
    const error = band.shadowRoot!.getElementById(measure.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(error.textContent).toMatch(/atendance/);
  });
});
