/**
 * Words the forms make up from the format's titles read as English: a plural title ("Duties")
 * takes "these", a list titled as an instruction ("Include in the referral") is quoted, and an
 * item's problem count is a separate phrase in its name, not run into its title.
 */
import { afterEach, expect, it } from 'vitest';
import { outlinePathway } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { addToList } from './add-names.js';
import { basePathway } from './testing/fixtures.js';
import { mountForm, settle } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

it('names a list whose title is not a noun by its label, in quotes; a noun title plainly; an owner whose title starts with its kind ("Referral to …") by its title alone', () => {
  const document_ = basePathway();
  const outline = outlinePathway(document_ as unknown as Pathway);
  const whose = (list: string, item: string) => addToList(document_, outline, '/referrals/0', list, item).whose;
  expect(whose('Include in the referral', 'Evidence requirement')).toBe(' to the list "Include in the referral" of "Referral to enforcement"');
  expect(whose('Information needed', 'Referral field')).toBe(' to the list "Information needed" of "Referral to enforcement"');
  expect(whose('Criteria', 'Gate')).toBe(' to the criteria of "Referral to enforcement"');
  expect(whose('Resources', 'Link')).toBe(' to the resources of "Referral to enforcement"');
});

it('says "these duties" where a form offers to move duties, and keeps "this question" for one thing', async () => {
  const document_ = basePathway() as Doc;
  document_.stages[1].actions = [{ role: 'school', actions: [{ text: 'Meet the family' }] }];
  document_.stages[1].questions = [{ id: 'plan', text: 'Is there a plan?', type: 'yesNo' }];
  const duties = await mountForm(document_, '/stages/1/actions/0');
  const label = (root: HTMLElement) => [...root.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim()).find((t) => t.startsWith('Move '));
  expect(label(duties.form)).toBe('Move these duties to another stage');
  expect(duties.form.shadowRoot!.textContent).toContain('They keep their short names');
  document.body.replaceChildren();
  const question = await mountForm(document_, '/stages/1/questions/0');
  expect(label(question.form)).toBe('Move this question to another stage');
});

it("keeps an item's problem count apart from its title in the item's name", async () => {
  const document_ = basePathway() as Doc;
  document_.stages[1].timeLimits = [{ id: 'review', title: 'New time limit', duration: { unit: 'weeks' } }];
  const { form } = await mountForm(document_, '/stages/1');
  await settle(4);
  const summary = form.shadowRoot!.querySelector('details[data-pointer="/stages/1/timeLimits/0"] > summary')!;
  expect(summary.textContent!.replace(/\s+/g, ' ').trim()).toBe('Time limit 1: New time limit, 1 problem');
});
