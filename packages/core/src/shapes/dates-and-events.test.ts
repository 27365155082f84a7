/**
 * Dates and events (format 1.1): Kingsford's first-day response (steps on the 2nd, 4th and 8th
 * day of an absence) and its penalty notice warnings (further absence after the warning, notice
 * between two dates, counts within 8 school weeks after a meeting).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/dates-and-events.json', import.meta.url), 'utf8')) as Pathway;
const model = createPathway(definition);

const gates = (input: CaseInput) =>
  Object.fromEntries((model.evaluateStage('penalty-request', input)?.gates ?? []).map((g) => [g.id, { holds: g.holds, reasons: g.reasons.map((r) => r.text) }]));

describe('dates and events (Kingsford first-day response)', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors)).toBe(true);
  });

  it('reads a date measure as a date: shown in words, never as a figure', () => {
    expect(model.measure('first-day-absent', { date: '2025-03-03' })).toEqual({
      measureId: 'first-day-absent',
      title: 'First day of this absence',
      status: 'ok',
      display: '3 March 2025',
      date: '2025-03-03',
      day: 20150,
    });
    expect(model.measure('first-day-absent', { date: '2025-02-30' })).toMatchObject({
      status: 'invalid',
      reason: { code: 'measure.notADate', text: 'First day of this absence must be a real date, entered as YYYY-MM-DD' },
    });
    expect(model.measure('first-day-absent', { value: 3 })).toMatchObject({ status: 'invalid' });
    expect(model.measure('first-day-absent', {} as never)).toMatchObject({ status: 'missing', display: 'Not entered' });
    expect(model.measure('first-day-absent', undefined)).toMatchObject({ status: 'missing' });
  });

  it('moves the case through steps driven by time: the 2nd, 4th and 8th day of the absence', () => {
    const on = (asOf: string) => model.place({ asOf, measures: { 'first-day-absent': { date: '2025-03-03' } } });
    // Monday 3 March is the first day: nothing yet.
    expect(on('2025-03-03').primary).toBeUndefined();
    expect(on('2025-03-04').primary).toBe('day-2');
    expect(on('2025-03-05').primary).toBe('day-2');
    expect(on('2025-03-06').primary).toBe('day-4');
    // School days run Monday to Friday: the weekend does not bring day 8 closer.
    expect(on('2025-03-09').primary).toBe('day-4');
    expect(on('2025-03-11').primary).toBe('day-4');
    expect(on('2025-03-12').primary).toBe('day-8');
    expect(on('2025-03-12').stages.map((s) => s.stageId)).toEqual(['day-2', 'day-4', 'day-8']);
    expect(on('2025-03-06').reasons.map((r) => r.text)).toContain(
      'Day 4: home visit applies because it is at least 3 school days since first day of this absence (3 March 2025)',
    );
    // Without today's date, or without the first day, no step is placed.
    expect(model.place({ measures: { 'first-day-absent': { date: '2025-03-03' } } }).primary).toBeUndefined();
    expect(model.place({ asOf: '2025-03-12' }).primary).toBeUndefined();
  });

  it('counts events after an event and states the period the count covers', () => {
    const evaluation = model.evaluate({
      measures: {
        'warning-issued': { date: '2025-03-03' },
        'meeting-date': { date: '2025-03-10' },
        'unauthorised-since-warning': { value: 2 },
        'unauthorised-after-meeting': { value: 1 },
      },
    });
    const since = evaluation.measures.find((m) => m.measureId === 'unauthorised-since-warning');
    expect(since).toMatchObject({ status: 'ok', value: 2, display: '2 sessions since 3 March 2025', period: { from: '2025-03-03', text: 'since 3 March 2025' } });
    const after = evaluation.measures.find((m) => m.measureId === 'unauthorised-after-meeting');
    // 8 school weeks after Monday 10 March is Monday 5 May.
    expect(after).toMatchObject({
      value: 1,
      display: '1 session (10 March – 5 May 2025)',
      period: { from: '2025-03-10', to: '2025-05-05', text: '10 March – 5 May 2025' },
    });
    expect(model.summarise({ measures: { 'warning-issued': { date: '2025-03-03' }, 'unauthorised-since-warning': { value: 2 } } }).measures).toContainEqual({
      id: 'unauthorised-since-warning',
      title: 'Unauthorised sessions since the warning notice',
      display: '2 sessions since 3 March 2025',
      status: 'ok',
    });
  });

  it('keeps a count usable when the date it is counted from is not entered, and says so', () => {
    const input: CaseInput = { measures: { 'unauthorised-since-warning': { value: 2 } } };
    expect(model.evaluate(input).measures.find((m) => m.measureId === 'unauthorised-since-warning')).toMatchObject({
      status: 'ok',
      value: 2,
      display: '2 sessions',
      reason: {
        code: 'measure.fromNotEntered',
        text: 'Unauthorised sessions since the warning notice is counted from date the penalty notice warning was issued, which is not entered yet',
      },
    });
    expect(gates(input)['further-absence'].holds).toBe(true);
  });

  it('measures the time between two dates, not only until today', () => {
    const input: CaseInput = {
      measures: {
        'warning-issued': { date: '2025-03-03' },
        'meeting-date': { date: '2025-03-10' },
        'unauthorised-since-warning': { value: 0 },
        'unauthorised-after-meeting': { value: 0 },
      },
      answers: { 'printout-date': '2024-12-01' },
    };
    expect(gates(input)).toEqual({
      'further-absence': { holds: false, reasons: ['Unauthorised sessions since the warning notice is 0 sessions, not at least 1 session'] },
      'notice-given': {
        holds: false,
        reasons: [
          'There are less than 10 days from date the penalty notice warning was issued (3 March 2025) to date of the attendance meeting (10 March 2025)',
        ],
      },
      'printout-recent': {
        holds: false,
        reasons: ['There are more than 3 months from "Date of the attendance printout" (1 December 2024) to date of the attendance meeting (10 March 2025)'],
      },
      'absence-after-meeting': {
        holds: false,
        reasons: ['Unauthorised sessions in the 8 school weeks after the meeting is 0 sessions, not at least 1 session'],
      },
    });
    const later: CaseInput = {
      measures: {
        'warning-issued': { date: '2025-03-03' },
        'meeting-date': { date: '2025-03-13' },
        'unauthorised-since-warning': { value: 3 },
        'unauthorised-after-meeting': { value: 1 },
      },
      answers: { 'printout-date': '2024-12-13' },
    };
    const held = gates(later);
    expect(held['notice-given']).toEqual({
      holds: true,
      reasons: ['There are at least 10 days from date the penalty notice warning was issued (3 March 2025) to date of the attendance meeting (13 March 2025)'],
    });
    expect(held['printout-recent'].holds).toBe(true);
    expect(model.evaluateStage('penalty-request', later)?.ready).toBe(true);
    // Today's date plays no part when both dates are given.
    expect(gates({ ...later, asOf: '2030-01-01' })['notice-given'].holds).toBe(true);
  });

  it('names each date that is missing', () => {
    expect(gates({})['notice-given'].reasons).toEqual([
      'Date the penalty notice warning was issued has no date yet',
      'Date of the attendance meeting has no date yet',
    ]);
    expect(gates({ measures: { 'meeting-date': { date: '2025-03-13' } } })['printout-recent'].reasons).toEqual([
      '"Date of the attendance printout" has no date yet',
    ]);
  });
});
