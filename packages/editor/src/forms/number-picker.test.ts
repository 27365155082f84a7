/**
 * "Length from answer" (x-number in the schema) offers only number questions, the test lint
 * applies (core's fitsReference), and says so when there are none.
 */
import { afterEach, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { mountForm } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

function withQuestions(questions: Record<string, unknown>[]): Doc {
  const document = basePathway() as Doc;
  document.schemaVersion = '1.1';
  document.stages[1]!.questions = questions;
  document.stages[1]!.timeLimits = [{ id: 'contract', title: 'Contract', duration: { unit: 'weeks', fromAnswer: '' } }];
  return document;
}

const pointer = '/stages/1/timeLimits/0/duration';
const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

it('offers only number questions', async () => {
  const { form } = await mountForm(
    withQuestions([
      { id: 'agreed', text: 'Has the contract been agreed?', type: 'yesNo' },
      { id: 'signed', text: 'When was it signed?', type: 'date' },
      { id: 'weeks', text: 'How many weeks does it run for?', type: 'number' },
    ]),
    pointer,
  );
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-pointer="${pointer}/fromAnswer"]`)!;
  expect([...select.options].map((option) => option.value).filter(Boolean)).toEqual(['weeks']);
});

it('says when there is no number question to choose', async () => {
  const { form } = await mountForm(withQuestions([{ id: 'agreed', text: 'Has the contract been agreed?', type: 'yesNo' }]), pointer);
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-pointer="${pointer}/fromAnswer"]`)!;
  expect([...select.options].map((option) => option.value).filter(Boolean)).toEqual([]);
  expect(text(form)).toContain("There is no number question yet: add one under a stage's Reflective questions.");
});
