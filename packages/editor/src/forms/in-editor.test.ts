/** The form inside `<pathway-editor>`, with the condition builder and the band line defined. */
import { afterEach, expect, it } from 'vitest';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, mountEditor } from '../testing/editor-testing.js';
import { basePathway } from './testing/fixtures.js';
import { settle } from './testing/keyboard.js';
import type { ObjectForm } from './object-form/object-form.js';

afterEach(() => cleanupEditors());

it('uses the condition builder for rules and shows bands on the number line, and the problems panel focuses a field', async () => {
  const document = basePathway() as { stages: Record<string, unknown>[] };
  document.stages[1].gates = [{ id: 'looked-after-check', title: 'Not looked after', condition: { not: { cohort: 'looked-after' } } }];
  const editor = await mountEditor(document);
  editor.select('/stages/1/gates/0/condition', { focus: true });
  await settle(8);
  const form = deepQuery<ObjectForm>(editor, 'pe-object-form')!;
  expect(form.pointer).toBe('/stages/1/gates/0');
  const builder = form.shadowRoot!.querySelector('pe-condition-builder')!;
  expect(builder).not.toBeNull();
  expect(builder.shadowRoot!.textContent).toMatch(/Child looked after/);
  expect(builder.shadowRoot!.contains(deepActiveElement())).toBe(true);
  editor.select('/stages/1/title', { focus: true });
  await settle(8);
  const stageForm = deepQuery<ObjectForm>(editor, 'pe-object-form')!;
  expect(stageForm.pointer).toBe('/stages/1');
  expect(stageForm.shadowRoot!.querySelector('pe-band-line')).not.toBeNull();
  expect((deepActiveElement() as HTMLElement).dataset.pointer).toBe('/stages/1/title');
  expect(await axeViolations(stageForm)).toEqual([]);
});
