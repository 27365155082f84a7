import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import type { FieldInput } from './field-input.js';
import { fieldInput, isTypedInput, readFieldInput, writeFieldInput } from './field-input.js';

const every: FieldInput[] = [
  { kind: 'measure', measureId: 'attendance', part: 'mode' },
  { kind: 'measure', measureId: 'attendance', part: 'percentage' },
  { kind: 'cohort', cohortId: 'looked-after' },
  { kind: 'stage' },
  { kind: 'answer', questionId: 'q-1', control: 'choice' },
  { kind: 'answer', questionId: 'q-2', control: 'number' },
  { kind: 'answer', questionId: 'q-3', control: 'text' },
  { kind: 'answer', questionId: 'q-4', control: 'date', part: 'month' },
  { kind: 'evidence', evidenceId: 'e-1', part: 'confirmed' },
  { kind: 'evidence', evidenceId: 'e-1', part: 'note' },
  { kind: 'detail', fieldId: 'child-name', control: 'text' },
  { kind: 'detail', fieldId: 'date-of-birth', control: 'date', part: 'year' },
  { kind: 'drafts-toggle' },
];

describe('the input contract between pages and the element', () => {
  it.each(every.map((input) => [JSON.stringify(input), input] as const))('reads back what was written: %s', (_name, input) => {
    const element = document.createElement('input');
    writeFieldInput(element, input);
    expect(readFieldInput(element)).toEqual(input);
  });

  it('keeps the data-* attributes pages and tests have always seen', () => {
    const element = document.createElement('input');
    writeFieldInput(element, { kind: 'measure', measureId: 'attendance', part: 'percentage' });
    expect({ ...element.dataset }).toEqual({ measure: 'attendance', part: 'percentage' });
  });

  it('refuses controls it does not know, and malformed ones', () => {
    const element = document.createElement('input');
    expect(readFieldInput(element)).toBeUndefined();
    element.dataset.measure = 'attendance';
    element.dataset.part = 'colour';
    expect(readFieldInput(element)).toBeUndefined();
    const date = document.createElement('input');
    Object.assign(date.dataset, { answer: 'q', kind: 'date', part: 'week' });
    expect(readFieldInput(date)).toBeUndefined();
  });

  it('the directive marks the element it is on, and re-marks it when its meaning changes', () => {
    const root = document.createElement('div');
    const draw = (input: FieldInput) => render(html`<input ${fieldInput(input)} />`, root);
    draw({ kind: 'cohort', cohortId: 'a' });
    const element = root.querySelector('input')!;
    expect(readFieldInput(element)).toEqual({ kind: 'cohort', cohortId: 'a' });
    draw({ kind: 'cohort', cohortId: 'b' });
    expect(root.querySelector('input')).toBe(element);
    expect(readFieldInput(element)).toEqual({ kind: 'cohort', cohortId: 'b' });
    // A control that changes meaning loses the old attributes.
    draw({ kind: 'detail', fieldId: 'child-name', control: 'text' });
    expect({ ...element.dataset }).toEqual({ detail: 'child-name' });
  });

  it('says which controls are typed into (their entry is complete at change)', () => {
    expect(every.filter(isTypedInput).map((input) => JSON.stringify(input))).toEqual(
      [every[1], every[5], every[6], every[7], every[9], every[10], every[11]].map((input) => JSON.stringify(input)),
    );
  });
});
