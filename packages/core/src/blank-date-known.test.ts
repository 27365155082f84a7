/**
 * A blank date whose `ifBlank` says what it means is a known fact (the guide: "a blank date then
 * reads as a known fact, with your words"): not "missing", and said in the author's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const riverside = createPathway(
  JSON.parse(readFileSync(new URL('../fixtures/guide-authored/riverside-trust-letters.json', import.meta.url), 'utf8')) as Pathway,
);
const input = {
  asOf: '2026-01-20',
  measures: { attendance: { percentage: 88 }, 'letter-1-date': { date: '2025-12-01' } },
  baselines: { attendance: { percentage: 90, date: '2025-12-01' } },
  cohorts: ['sibling-in-trust'],
};

describe('a blank date that means the event has not happened', () => {
  it('is a known fact in the evaluation and the summary, in the author\'s words', () => {
    const letter2 = riverside.evaluate(input).measures.find((m) => m.measureId === 'letter-2-date')!;
    expect(letter2).toMatchObject({ status: 'notHappened', display: 'Letter 2 has not been sent' });
    expect(letter2.reason?.code).toBe('date.notHappened');
    expect(riverside.summarise(input).measures.find((m) => m.id === 'letter-2-date')).toMatchObject({
      status: 'notHappened',
      display: 'Letter 2 has not been sent',
    });
  });

  it('rules that read it still read a blank as "has not happened", and a date entered is a date', () => {
    const withDate = riverside.evaluate({ ...input, measures: { ...input.measures, 'letter-2-date': { date: '2026-01-05' } } });
    expect(withDate.measures.find((m) => m.measureId === 'letter-2-date')).toMatchObject({ status: 'ok', date: '2026-01-05' });
  });
});
