/**
 * An optional part just added ("Add where to send them instead", "Add a length of time") says
 * what it is missing once the author leaves it, as GOV.UK forms validate on leaving, not before
 * anything was typed: an error box above the focused field would also push it out of view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { buttonNamed, deepActive, fromTop, mountForm, press, settle, tabTo } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

/** Every error shown in and around the part at `pointer` (its legend, its fields, its own problems box). */
function errorsIn(form: HTMLElement, pointer: string): string[] {
  const part = form.shadowRoot!.querySelector(`fieldset[data-pointer="${pointer}"]`);
  if (part === null) return [];
  const nested = part.querySelector('pe-object-form')!;
  return [...part.querySelectorAll('.error-message'), ...nested.shadowRoot!.querySelectorAll('.error-message, .problems')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
}

describe('a part just added', () => {
  it('"Add where to send them instead" shows no error while the author is in it, and says what is missing once they leave', async () => {
    const document_ = basePathway() as Doc;
    document_.exceptions = [{ id: 'cla', title: 'Children looked after', when: { cohort: 'looked-after' }, effect: 'redirect', message: 'Contact the Virtual School.' }];
    const { form } = await mountForm(document_, '/exceptions/0');
    fromTop();
    await tabTo(buttonNamed('Add where to send them instead, for the exception "Children looked after"'), 'the add button');
    await press('{Enter}');
    await settle(6);
    // Focus is in the new part, and nothing there is marked as an error yet.
    expect(deepActive()?.localName).toBe('select');
    expect(errorsIn(form, '/exceptions/0/redirectTo')).toEqual([]);
    // Leaving it (past its Remove button) shows what is missing.
    await tabTo((element) => element.localName === 'button' && (element.textContent ?? '').trim().startsWith('Remove where to send them instead'), 'its Remove button');
    expect(errorsIn(form, '/exceptions/0/redirectTo')).toEqual([]);
    await press('{Tab}');
    await settle(4);
    expect(errorsIn(form, '/exceptions/0/redirectTo').join(' ')).toMatch(/choose a stage, a referral or a contact/);
  });

  it('"Add a length of time" on an action shows no error on "Amount (optional)" until the author leaves the length of time', async () => {
    const document_ = basePathway() as Doc;
    document_.stages[0].actions = [{ title: 'Schools are expected to:', role: 'school', actions: [{ id: 'letter', text: 'Send a letter' }] }];
    const { form } = await mountForm(document_, '/stages/0');
    fromTop();
    const due = '/stages/0/actions/0/actions/0/due';
    await tabTo((element) => element.localName === 'summary', 'the duties');
    // Open the duties and the action, then add its "Due within".
    for (const pointer of ['/stages/0/actions/0', '/stages/0/actions/0/actions/0']) {
      const summary = await tabTo((element) => element.localName === 'summary' && element.parentElement?.dataset.pointer === pointer, pointer);
      if (!(summary.parentElement as HTMLDetailsElement).open) await press('{Enter}');
    }
    await tabTo((element) => element.localName === 'button' && element.dataset.pointer === due, 'Add a length of time for Due within');
    await press('{Enter}');
    await settle(6);
    const within = () => {
      let found: string[] = [];
      const visit = (root: ShadowRoot) => {
        const part = root.querySelector(`fieldset[data-pointer="${due}"]`);
        if (part) found = errorsIn(root.host as HTMLElement, due);
        for (const element of root.querySelectorAll('pe-object-form')) if (element.shadowRoot) visit(element.shadowRoot);
      };
      visit(form.shadowRoot!);
      return found;
    };
    expect(deepActive()?.localName).toBe('input');
    expect(within()).toEqual([]);
    // Leaving it with nothing typed says what it needs.
    await tabTo((element) => element.localName === 'button' && (element.textContent ?? '').trim().startsWith('Remove due within'), 'its Remove button');
    expect(within()).toEqual([]);
    await press('{Tab}');
    await settle(4);
    expect(within().join(' ')).toMatch(/give an amount/);
  });

  it('a new exception shows no "must not be empty" under its Message while the author is in it, and says it once they leave the exception', async () => {
    const { form } = await mountForm(basePathway(), '');
    const item = '/exceptions/0';
    const errorsInItem = () => {
      const details = form.shadowRoot!.querySelector(`details[data-pointer="${item}"]`);
      const nested = details?.querySelector('pe-object-form');
      return nested?.shadowRoot ? [...nested.shadowRoot.querySelectorAll('.error-message, .problems')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()) : [];
    };
    fromTop();
    await tabTo((element) => element.localName === 'button' && element.dataset.pointer === '/exceptions', 'Add an exception');
    await press('{Enter}');
    await settle(6);
    expect(deepActive()?.localName).toBe('summary');
    // In it: its fields, Message among them, and no error yet.
    const message = await tabTo((element) => element.dataset.pointer === `${item}/message`, 'its Message');
    expect(message.getAttribute('aria-invalid')).toBe('false');
    expect(errorsInItem()).toEqual([]);
    // Out of it: Message says it is empty.
    await tabTo((element) => element.localName === 'button' && element.dataset.item === '0' && element.dataset.list === '/exceptions', 'the item\'s own buttons');
    await settle(4);
    expect(errorsInItem().join(' ')).toMatch(/must not be empty/);
  });
});
