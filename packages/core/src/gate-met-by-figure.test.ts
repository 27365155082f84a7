/**
 * A gate the school meets with a figure or a date it entered is met, not "not needed": "not
 * needed" is for a gate that holds only through something that makes it irrelevant (a
 * circumstance ticked), although its rule reads what the school enters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const pellingham = createPathway(
  JSON.parse(readFileSync(new URL('../fixtures/guide-authored/pellingham-flowchart.json', import.meta.url), 'utf8')) as Pathway,
);
const answers = { 'q-risk': 'no', 'q-csc': 'no', 'q-medical': 'no', 'q-anxiety': 'no', 'q-parents-engaging': 'no' };
const tenDays = (days: number | undefined, tenDaysAnswer: string) =>
  pellingham
    .evaluate({
      asOf: '2026-02-20',
      measures: { attendance: { percentage: 78 }, ...(days === undefined ? {} : { 'unauth-days': { value: days } }) },
      answers: { ...answers, 'q-10-days': tenDaysAnswer },
    })
    .current!.gates.find((g) => g.id === 'g-10-days')!;

describe('a gate met by a figure the school entered', () => {
  it('is met (not "not needed") when the figure meets it and the answer does not', () => {
    const gate = tenDays(12, 'no');
    expect(gate.holds).toBe(true);
    expect(gate.notNeeded).toBeUndefined();
  });

  it('is met by the answer alone', () => {
    expect(tenDays(undefined, 'yes')).toMatchObject({ holds: true });
    expect(tenDays(undefined, 'yes').notNeeded).toBeUndefined();
  });

  it('is not met when neither the answer nor the figure meets it', () => {
    expect(tenDays(6, 'no').holds).toBe(false);
  });
});

describe('a gate held only through a circumstance', () => {
  const pathway = (condition: object) =>
    createPathway({
      schemaVersion: '1.1', id: 'p', title: 'P', version: '1',
      authority: { name: 'A' },
      measures: [{ id: 'days', title: 'Days missed', kind: 'dayCount' }],
      cohorts: [{ id: 'holiday', title: 'Holiday in term time' }],
      stages: [
        {
          id: 's', title: 'Stage',
          questions: [{ id: 'letter', text: 'Date of the letter', type: 'date' }],
          gates: [{ id: 'g', title: 'Gate', condition }],
        },
      ],
    } as unknown as Pathway);
  const gateOf = (condition: object, input: object) => pathway(condition).evaluate({ asOf: '2026-02-20', ...input }).stages[0]!.gates[0]!;

  it('is "not needed" when a figure it reads is not what holds it', () => {
    const rule = { any: [{ measure: 'days', lower: { value: 10, inclusive: true } }, { cohort: 'holiday' }] };
    expect(gateOf(rule, { cohorts: ['holiday'] })).toMatchObject({ holds: true, notNeeded: true });
    expect(gateOf(rule, { cohorts: ['holiday'], measures: { days: { value: 12 } } }).notNeeded).toBeUndefined();
  });

  it('is met by a date the school entered', () => {
    const rule = { any: [{ since: 'letter', atLeast: { amount: 2, unit: 'weeks' } }, { cohort: 'holiday' }] };
    expect(gateOf(rule, { answers: { letter: '2026-01-05' } })).toMatchObject({ holds: true });
    expect(gateOf(rule, { answers: { letter: '2026-01-05' } }).notNeeded).toBeUndefined();
    expect(gateOf(rule, { cohorts: ['holiday'] })).toMatchObject({ holds: true, notNeeded: true });
  });
});
