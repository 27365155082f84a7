/** One rule for every short name: one the author never wrote follows its title, text or label. */
import { afterEach, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { fromTop, mountForm, settle, typeAt } from './testing/keyboard.js';
import { ItemFactory } from './new-item.js';
import { markIdsMadeUp } from '../naming.js';

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
