/** One rule for every short name: one the author never wrote follows its title, text or label. */
import { afterEach, expect, it, onTestFinished } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { basePathway } from './testing/fixtures.js';
import { fromTop, mountForm, settle, typeAt } from './testing/keyboard.js';
import { ItemFactory } from './new-item.js';
import { markIdsMadeUp, markIdsPublished, shortNamesIn } from '../naming.js';
import { until } from '../testing/editor-testing.js';

afterEach(() => document.body.replaceChildren());

type Question = { id: string; text: string; options: { value: string; label: string }[]; evidence: { id: string; title: string }[] };
type Doc = Record<string, unknown> & { stages: { questions?: Question[] }[] };

it('a new question follows its text, its new evidence its title, and a new option\'s value its label', async () => {
  const { form, value, modeling } = await mountForm(basePathway(), '/stages/1');
  const factory = new ItemFactory(value(), undefined, modeling);
  const question = factory.question('choice') as Question;
  question.evidence = [factory.create('Evidence') as Question['evidence'][number]];
  modeling.set('/stages/1/questions', [question]);
  form.pointer = '/stages/1/questions/0';
  await settle(6);
  const made = () => (value() as Doc).stages[1].questions![0]!;
  expect(made().id).toBe('question');
  fromTop();
  await typeAt('/stages/1/questions/0/text', 'Has a notice been issued?');
  expect(made().id).toBe('has-a-notice-been-issued');
  (form.shadowRoot!.querySelector('details[data-pointer="/stages/1/questions/0/options/0"] > summary') as HTMLElement).click();
  (form.shadowRoot!.querySelector('details[data-pointer="/stages/1/questions/0/evidence/0"] > summary') as HTMLElement).click();
  await settle(6);
  fromTop();
  await typeAt('/stages/1/questions/0/options/0/label', 'Yes');
  expect(made().options[0]).toEqual({ value: 'yes', label: 'Yes' });
  fromTop();
  await typeAt('/stages/1/questions/0/evidence/0/title', 'Copy of the notice');
  expect(made().evidence[0]).toMatchObject({ id: 'copy-of-the-notice', title: 'Copy of the notice' });
});

it('an id the page says it made up (a blank pathway\'s first stage) follows its title too', async () => {
  const document = basePathway() as Doc;
  const { form, value, modeling } = await mountForm(document, '/stages/1');
  markIdsMadeUp(modeling, ['targeted']);
  await settle();
  fromTop();
  await typeAt('/stages/1/title', 'Early concern');
  expect((value() as Doc).stages[1]).toMatchObject({ id: 'early-concern', title: 'Early concern' });
  void form;
});

const followStatus = (form: HTMLElement, pointer: string) =>
  form.shadowRoot!.querySelector(`[data-pointer="${pointer}"] ~ [data-follow-status]`) as HTMLElement;

it('a short name that follows the name says so, in a polite status line, once the name is left', async () => {
  const { form, value, modeling } = await mountForm(basePathway(), '/stages/1');
  markIdsMadeUp(modeling, ['targeted']);
  form.requestUpdate(); // the page marks them before the form is drawn
  await settle();
  const status = followStatus(form, '/stages/1/id');
  expect(status.getAttribute('role')).toBe('status');
  expect(status.textContent!.trim()).toBe('');
  const hint = form.shadowRoot!.getElementById(form.shadowRoot!.querySelector('[data-pointer="/stages/1/id"]')!.getAttribute('aria-describedby')!.split(' ')[0]!)!;
  expect(hint.textContent).toContain('it follows the name');
  fromTop();
  await typeAt('/stages/1/title', 'Early concern');
  await userEvent.tab();
  await settle();
  expect((value() as Doc).stages[1]).toMatchObject({ id: 'early-concern' });
  expect(followStatus(form, '/stages/1/id').textContent!.trim()).toBe('Short name changed to "early-concern" to match.');
});

it('once a version is published, renaming keeps the short name, and the form says why', async () => {
  const document = basePathway() as Doc;
  const { form, value, modeling } = await mountForm(document, '/stages/1');
  markIdsMadeUp(modeling, ['targeted']);
  markIdsPublished(modeling, shortNamesIn(document));
  await settle();
  fromTop();
  await typeAt('/stages/1/title', 'Early concern');
  await userEvent.tab();
  await settle();
  expect((value() as Doc).stages[1]).toMatchObject({ id: 'targeted', title: 'Early concern' });
  expect(followStatus(form, '/stages/1/id').textContent!.trim()).toBe('');
  const input = form.shadowRoot!.querySelector('[data-pointer="/stages/1/id"]')!;
  const hint = form.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
  expect(hint.textContent).toContain('It has been published, so it stays as it is when the name changes');
});

it('the short names a school could hold answers by: every id and every option value', () => {
  const names = shortNamesIn({ id: 'p', stages: [{ id: 's', questions: [{ id: 'q', options: [{ value: 'yes', label: 'Yes' }] }], bands: [{ upper: { value: 90 } }] }] });
  expect([...names].sort()).toEqual(['p', 'q', 's', 'yes']);
});

it('a click below the short name lands, though leaving the name makes its status line speak', async () => {
  // Tall enough that nothing scrolls: the browser's scroll anchoring would hide a shift.
  const { innerWidth, innerHeight } = window;
  await page.viewport(900, 3000);
  onTestFinished(() => page.viewport(innerWidth, innerHeight));
  const { form, value, modeling } = await mountForm(basePathway(), '/stages/1');
  markIdsMadeUp(modeling, ['targeted']);
  form.requestUpdate();
  await settle();
  fromTop();
  await typeAt('/stages/1/title', 'Early concern');
  // The mouse, straight from the name to a button below the short name: pressing it takes focus
  // from the name, and the status line says the short name changed. The line must not push the
  // button away between the press and the release, or the click is lost.
  const add = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => /^Add a paragraph/.test(button.textContent!.trim()))!;
  await userEvent.click(add);
  await until(() => followStatus(form, '/stages/1/id').textContent!.trim() !== '', 'the status line');
  expect((value() as Doc).stages[1]).toMatchObject({ id: 'early-concern' });
  expect(((value() as Doc).stages[1] as { guidance?: unknown[] }).guidance).toHaveLength(1);
  expect(followStatus(form, '/stages/1/id').textContent!.trim()).toBe('Short name changed to "early-concern" to match.');
});
