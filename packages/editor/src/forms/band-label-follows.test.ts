/** A band's bound typed in its form: a label that stated the old figure changes with it, in one step, and says so. */
import { afterEach, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { fromTop, mountForm, typeAt } from './testing/keyboard.js';
import { deepQuery } from '../testing/editor-testing.js';

afterEach(() => document.body.replaceChildren());

type Band = { label: string; upper: { value: number } };
const band = (value: () => Record<string, unknown>) => (value() as { stages: { bands: Band[] }[] }).stages[1]!.bands[0]!;

it('typing a new upper bound changes "90% and under" to the new figure, undone in one step', async () => {
  const { form, value, modeling } = await mountForm(basePathway(), '/stages/1/bands/0');
  fromTop();
  await typeAt('/stages/1/bands/0/upper/value', '92');
  expect(band(value)).toMatchObject({ label: '92% and under', upper: { value: 92 } });
  const status = deepQuery(form, '[data-pointer="/stages/1/bands/0/upper/value"] ~ [data-relabel-status]')!;
  expect(status.getAttribute('role')).toBe('status');
  expect(status.textContent).toContain('The band\'s label now reads "92% and under", to match.');
  modeling.undo();
  expect(band(value)).toMatchObject({ label: '90% and under', upper: { value: 90 } });
});
