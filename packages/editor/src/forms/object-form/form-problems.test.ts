/**
 * A value pasted in the JSON view that is not one of the choices is explained beside its field
 * with the choices' labels, as the form lists them, not the file's codes.
 */
import { afterEach, expect, it } from 'vitest';
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import { basePathway } from '../testing/fixtures.js';
import { mountForm } from '../testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

it('a measure kind written as a word is explained with the labels of the choices it may mean', async () => {
  const pathway = basePathway() as { measures: Record<string, unknown>[] };
  pathway.measures[0].kind = 'percentage';
  const { form } = await mountForm(pathway, '/measures/0');
  const message = form.shadowRoot!.querySelector('.error-message');
  expect(text(message)).toBe('Error: "percentage" is not one of the choices; did you mean "Attendance percentage" or "Absence percentage"?');
  // The CLI (core's checkPathway), like the JSON view's markers, keeps the file's codes.
  expect(checkPathway(pathway, { validate: validatePathway }).problems[0].detail).toMatch(/did you mean "attendancePercentage" or "absencePercentage"\?/);
});

it('a unit in a list of choices (a select) names the likely one as the list shows it', async () => {
  const pathway = basePathway() as { stages: Record<string, unknown>[] };
  pathway.stages[1].timeLimits = [{ id: 'review', title: 'Review', kind: 'review', duration: { amount: 2, unit: 'schooldays' } }];
  const { form } = await mountForm(pathway, '/stages/1/timeLimits/0/duration');
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>('select[data-pointer="/stages/1/timeLimits/0/duration/unit"]')!;
  expect(select.selectedOptions[0].textContent).toBe('schooldays (not one of the choices)');
  expect(text(form.shadowRoot!.querySelector('.error-message'))).toBe('Error: "schooldays" is not one of the choices; did you mean "School days"?');
});
