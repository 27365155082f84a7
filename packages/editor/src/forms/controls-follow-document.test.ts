/**
 * Every control shows the document's value after undo, redo or an edit made elsewhere, even one
 * the author has just changed from the keyboard (a select's live choice is not its last drawn one).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { atPointer, choice, deepActive, fromTop, mountForm, press, settle, tabTo } from './testing/keyboard.js';
import type { ObjectForm } from './object-form/object-form.js';
import { ConditionBuilder } from '../editors/condition-builder.js';

if (!customElements.get('pe-condition-builder')) customElements.define('pe-condition-builder', ConditionBuilder);

afterEach(() => document.body.replaceChildren());

type Json = Record<string, unknown>;

function withOutcome(): Json {
  const document = basePathway() as { stages: Json[] };
  document.stages[1].outcomes = [{ id: 'working', title: 'The plan in place is working', kind: 'continue' }];
  return document;
}

const outcomeOf = (value: Json) => ((value.stages as Json[])[1].outcomes as Json[])[0];

function control<T extends HTMLElement>(form: ObjectForm, pointer: string): T {
  const found = [...form.shadowRoot!.querySelectorAll<T>('[data-pointer]')].find((element) => element.dataset.pointer === pointer);
  if (found === undefined) throw new Error(`no control at ${pointer}`);
  return found;
}

const undo = () => press('{Control>}z{/Control}');
const redo = () => press('{Control>}{Shift>}z{/Shift}{/Control}');

describe('controls follow the document', () => {
  /** The form host has no key handling of its own: Ctrl+Z and Ctrl+Shift+Z as `<pathway-editor>` takes them. */
  function keysUndo(modeling: { undo(): void; redo(): void }) {
    const handler = (event: KeyboardEvent) => {
      if (!event.ctrlKey || event.key.toLowerCase() !== 'z') return;
      event.preventDefault();
      if (event.shiftKey) modeling.redo();
      else modeling.undo();
    };
    document.addEventListener('keydown', handler, true);
  }

  it('a choice changed with the arrow keys, then undone and redone, shows what is saved', async () => {
    const { form, modeling, value } = await mountForm(withOutcome(), '/stages/1/outcomes/0');
    keysUndo(modeling);
    fromTop();
    const kind = (await tabTo(atPointer('/stages/1/outcomes/0/kind'), 'Kind')) as HTMLSelectElement;
    await press('{ArrowDown}');
    expect(outcomeOf(value()).kind).toBe('redirect');
    await undo();
    expect(outcomeOf(value()).kind).toBe('continue');
    expect(kind.value).toBe('continue');
    await redo();
    expect(outcomeOf(value()).kind).toBe('redirect');
    expect(kind.value).toBe('redirect');
    // Three steps down, two back: the one step left is shown, and the next step goes on from it.
    await undo();
    await press('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(outcomeOf(value()).kind).toBe('attendanceContract');
    await undo();
    await undo();
    expect(outcomeOf(value()).kind).toBe('redirect');
    expect(kind.value).toBe('redirect');
    expect(deepActive()).toBe(kind);
    await press('{ArrowDown}');
    expect(outcomeOf(value()).kind).toBe('refer');
    expect(form.isConnected).toBe(true);
  });

  it('a stage chosen, then undone and redone, shows what is saved', async () => {
    const { form, modeling, value } = await mountForm(withOutcome(), '/stages/1/outcomes/0');
    keysUndo(modeling);
    fromTop();
    const to = (await tabTo(atPointer('/stages/1/outcomes/0/to'), 'Leads to stage')) as HTMLSelectElement;
    await press('{ArrowDown}');
    expect(outcomeOf(value()).to).toBe('universal');
    await undo();
    expect(outcomeOf(value()).to).toBeUndefined();
    expect(to.value).toBe('');
    await redo();
    expect(outcomeOf(value()).to).toBe('universal');
    expect(to.value).toBe('universal');
    expect(control<HTMLSelectElement>(form, '/stages/1/outcomes/0/to').selectedOptions[0].textContent).toMatch(/Universal/);
  });

  it('a change made elsewhere (the JSON) shows in a select the author had just changed', async () => {
    const { form, modeling, value } = await mountForm(withOutcome(), '/roles/2');
    fromTop();
    const kind = (await tabTo(atPointer('/roles/2/kind'), 'the role kind')) as HTMLSelectElement;
    await press('{ArrowDown}');
    expect((value().roles as Json[])[2].kind).toBe('leadProfessional');
    modeling.set('/roles/2/kind', 'partner');
    await settle();
    expect(kind.value).toBe('partner');
    expect(control<HTMLSelectElement>(form, '/roles/2/kind')).toBe(kind);
  });

  it('a change made elsewhere shows in radio buttons the author had just changed', async () => {
    const document = withOutcome();
    (document.measures as Json[])[0].better = 'higher';
    const measure = await mountForm(document, '/measures/0');
    fromTop();
    await tabTo(choice('radio', 'higher'), 'which is better');
    await press('{ArrowDown}');
    expect((measure.value().measures as Json[])[0].better).toBe('lower');
    measure.modeling.set('/measures/0/better', 'higher');
    await settle();
    const radios = [...measure.form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => ['higher', 'lower'].includes(radio.value));
    expect(radios.filter((radio) => radio.checked).map((radio) => radio.value)).toEqual(['higher']);
  });

  it("a rule's kind changed with the arrow keys, then undone, shows the rule that is saved", async () => {
    const document = withOutcome();
    outcomeOf(document).when = { cohort: 'looked-after' };
    const { form, modeling, value } = await mountForm(document, '/stages/1/outcomes/0');
    keysUndo(modeling);
    const builder = form.shadowRoot!.querySelector('pe-condition-builder')!;
    const kind = [...builder.shadowRoot!.querySelectorAll('select')].find((select) => select.id.includes('kind'))!;
    kind.focus();
    // A kind reached with an arrow key is made on Enter.
    await press('{ArrowUp}{Enter}');
    expect(Object.keys(outcomeOf(value()).when as Json)).toContain('since');
    await undo();
    expect(outcomeOf(value()).when).toEqual({ cohort: 'looked-after' });
    expect(kind.isConnected).toBe(true);
    expect(kind.value).toBe('cohort');
    // A kind with nothing to pick yet (no evidence) is refused: the list shows the rule still saved.
    await press('{ArrowDown}{Enter}');
    expect(outcomeOf(value()).when).toEqual({ cohort: 'looked-after' });
    expect(builder.shadowRoot!.textContent).toContain("There is no evidence requirement yet: add one under a stage's Evidence.");
    expect(kind.value).toBe('cohort');
  });
});
