/**
 * A field the format says means nothing for this kind of thing (`x-applies-when`: a lowest value
 * on a yes/no question, "If left blank" on a measure that is not a date, who leads instead on an
 * exception that does not reassign) is not offered; one already given stays, so it can be removed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { mountForm, settle } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[]; measures: Record<string, unknown>[] };

/** Whether any element in the form (shadow roots included) edits `pointer`. */
function offers(root: ParentNode, pointer: string): boolean {
  if (root.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`)) return true;
  return [...root.querySelectorAll('*')].some((element) => element.shadowRoot !== null && offers(element.shadowRoot, pointer));
}

function withQuestions(): Doc {
  const document = basePathway() as Doc;
  document.stages[0].questions = [
    { id: 'met', text: 'Have you met the family?', type: 'yesNo' },
    { id: 'days', text: 'How many days of support?', type: 'number' },
    { id: 'last-notice', text: 'Date of the last penalty notice (if any)', type: 'date' },
    { id: 'stray', text: 'Has the family agreed?', type: 'yesNo', minimum: 1 },
  ];
  return document;
}

describe('fields that apply only to some kinds', () => {
  it('a question offers a lowest value only when it is a number question, and "If left blank" only for a date', async () => {
    const { form } = await mountForm(withQuestions(), '/stages/0/questions/0');
    const root = form.shadowRoot!;
    expect(offers(root, '/stages/0/questions/0/text')).toBe(true);
    expect(offers(root, '/stages/0/questions/0/minimum')).toBe(false);
    expect(offers(root, '/stages/0/questions/0/maximum')).toBe(false);
    expect(offers(root, '/stages/0/questions/0/ifBlank')).toBe(false);
    expect(offers(root, '/stages/0/questions/0/options')).toBe(false);

    const number = (await mountForm(withQuestions(), '/stages/0/questions/1')).form.shadowRoot!;
    expect(offers(number, '/stages/0/questions/1/minimum')).toBe(true);
    expect(offers(number, '/stages/0/questions/1/maximum')).toBe(true);
    expect(offers(number, '/stages/0/questions/1/ifBlank')).toBe(false);

    const date = (await mountForm(withQuestions(), '/stages/0/questions/2')).form.shadowRoot!;
    expect(offers(date, '/stages/0/questions/2/ifBlank')).toBe(true);
    expect(offers(date, '/stages/0/questions/2/minimum')).toBe(false);
  });

  it('changing the answer type offers the fields of the new type', async () => {
    const { form, modeling } = await mountForm(withQuestions(), '/stages/0/questions/0');
    expect(offers(form.shadowRoot!, '/stages/0/questions/0/minimum')).toBe(false);
    modeling.set('/stages/0/questions/0/type', 'number', { label: 'answer type' });
    await settle();
    expect(offers(form.shadowRoot!, '/stages/0/questions/0/minimum')).toBe(true);
  });

  it('a value given where it does not apply stays on the form, so the author can remove it', async () => {
    const { form } = await mountForm(withQuestions(), '/stages/0/questions/3');
    expect(offers(form.shadowRoot!, '/stages/0/questions/3/minimum')).toBe(true);
    expect(offers(form.shadowRoot!, '/stages/0/questions/3/maximum')).toBe(false);
  });

  it('a measure offers "If left blank" only when it is a date, and a unit only for another number', async () => {
    const document = basePathway() as Doc;
    const attendance = (await mountForm(document, '/measures/0')).form.shadowRoot!;
    expect(offers(attendance, '/measures/0/ifBlank')).toBe(false);
    expect(offers(attendance, '/measures/0/unit')).toBe(false);
    const date = (await mountForm(document, '/measures/1')).form.shadowRoot!;
    expect(offers(date, '/measures/1/ifBlank')).toBe(true);
  });

  it('an exception offers who leads instead only when it reassigns', async () => {
    const document = basePathway() as Doc;
    document.exceptions = [
      { id: 'cla', title: 'Child looked after', when: { cohort: 'looked-after' }, effect: 'block', stages: ['targeted'], message: 'Speak to the virtual school.' },
      { id: 'sw', title: 'Child with a social worker', when: { cohort: 'looked-after' }, effect: 'reassign', stages: ['targeted'], message: 'The social worker leads.' },
    ];
    const block = (await mountForm(document, '/exceptions/0')).form.shadowRoot!;
    expect(offers(block, '/exceptions/0/lead')).toBe(false);
    const reassign = (await mountForm(document, '/exceptions/1')).form.shadowRoot!;
    expect(offers(reassign, '/exceptions/1/lead')).toBe(true);
  });
});

describe('fields required because of another value', () => {
  /** The text of the label or legend of the field that edits `pointer`. */
  function labelFor(root: ShadowRoot, pointer: string): string {
    const control = root.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`);
    const label = control?.id ? root.querySelector(`label[for="${CSS.escape(control.id)}"]`) : control?.closest('fieldset')?.querySelector('legend');
    return label?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('a "One of a list" question\'s options are not marked optional: the answer type needs them', async () => {
    const { form, modeling } = await mountForm(withQuestions(), '/stages/0/questions/0');
    modeling.set('/stages/0/questions/0/type', 'choice', { label: 'answer type' });
    await settle();
    const root = form.shadowRoot!;
    expect(offers(root, '/stages/0/questions/0/options')).toBe(true);
    expect(labelFor(root, '/stages/0/questions/0/options')).toMatch(/^Options/);
    expect(labelFor(root, '/stages/0/questions/0/options')).not.toContain('(optional)');
    // A field no value of another makes required keeps its marker.
    expect(labelFor(root, '/stages/0/questions/0/help')).toContain('(optional)');
  });
});
