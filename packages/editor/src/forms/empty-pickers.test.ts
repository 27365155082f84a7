/**
 * Pickers say where what they list is made when there is none yet ("add one under Pathway
 * settings › Roles"), for every kind, from the schema (where-made.ts); and a picker never offers
 * the thing its field belongs to (a stage cannot require itself).
 */
import { afterEach, expect, it } from 'vitest';
import { formMetadata, placesMade } from '../metadata/index.js';
import { basePathway } from './testing/fixtures.js';
import { mountForm } from './testing/keyboard.js';
import { axeViolations } from './testing/axe.js';
import { deepQueryAll, deepText } from '../testing/editor-testing.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };
const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The hint beside the field at `pointer` (a select's, or a group's own note). */
const hintAt = (form: Element, pointer: string) => {
  const control = form.shadowRoot!.querySelector<HTMLElement>(`[data-pointer="${pointer}"]`)!;
  return (control.closest('.form-group')!.querySelector('.hint')?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

it('knows where every kind of named thing is made, and that a top-level list is in the settings', () => {
  const places = placesMade();
  const kinds = Object.values(formMetadata.definitions).flatMap((definition) => (definition.entity === undefined ? [] : [definition.entity]));
  expect([...places.keys()].sort()).toEqual([...new Set(kinds)].sort());
  expect(places.get('role')).toBe('Pathway settings › Roles');
  expect(places.get('cohort')).toBe('Pathway settings › Pupil circumstances');
  expect(places.get('question')).toBe("a stage's Reflective questions");
});

it('an empty picker says where the things it lists are made, for a single choice and for a list of choices', async () => {
  const document = basePathway() as Doc;
  delete document.roles;
  document.stages[1]!.routes = [{ id: 'visit', title: 'Home visit', chosenBy: '' }];
  document.stages[1]!.contacts = [];
  const { form: stage } = await mountForm(document, '/stages/1');
  expect(text(stage)).toContain('There is no contact yet: add one under Pathway settings › Contacts.');
  const { form: route } = await mountForm(document, '/stages/1/routes/0');
  expect(hintAt(route, '/stages/1/routes/0/chosenBy')).toContain('There is no role yet: add one under Pathway settings › Roles.');
  expect(text(route)).not.toContain('to choose yet');
  expect(await axeViolations(route)).toEqual([]);
});

it("a stage's earlier stages do not offer the stage itself, and one written in the JSON is named as itself", async () => {
  const document = basePathway() as Doc;
  document.stages[1]!.requires = { stages: ['targeted'] };
  const { form } = await mountForm(document, '/stages/1');
  const labels = deepQueryAll<HTMLInputElement>(form, 'input[type="checkbox"]')
    .filter((box) => box.id.includes('requires'))
    .map((box) => (box.getRootNode() as ShadowRoot).querySelector(`label[for="${box.id}"]`)!.textContent!.trim());
  expect(labels).toEqual(['Universal', 'Targeted support (this stage itself)']);

  const alone = basePathway() as Doc;
  alone.stages = [{ ...alone.stages[1]!, requires: { stages: [] } }];
  const { form: only } = await mountForm(alone, '/stages/0');
  expect(deepText(only)).toContain('There is no other stage yet: add one under Pathway settings › Stages.');
});
