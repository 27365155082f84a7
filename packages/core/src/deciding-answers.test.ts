/**
 * The answers that decided the stage stay in the record: an answer that moved the pupil to
 * another stage is not that stage's question, yet it is why the stage applies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const pellingham = createPathway(
  JSON.parse(readFileSync(new URL('../fixtures/guide-authored/pellingham-flowchart.json', import.meta.url), 'utf8')) as Pathway,
);

describe('answers that decided the stage', () => {
  const input = { asOf: '2026-02-20', measures: { attendance: { percentage: 85 } }, answers: { 'q-risk': 'no', 'q-csc': 'yes' } };

  it('are listed with the evaluation and the summary when they moved the pupil to another stage', () => {
    const evaluation = pellingham.evaluate(input);
    expect(evaluation.current?.stageId).toBe('speak-to-sw');
    expect(evaluation.decidingAnswers?.map((q) => q.id)).toEqual(['q-risk', 'q-csc']);
    const summary = pellingham.summarise(input);
    expect(summary.decidingAnswers).toMatchObject([
      { questionId: 'q-risk', stageTitle: "START: Is there a concern about this child's attendance?", answerText: 'No' },
      { questionId: 'q-csc', answerText: 'Yes' },
    ]);
    // The stage's own questions stay where they were.
    expect(summary.answers.map((a) => a.questionId)).toEqual(['q-sw-spoken', 'q-in-plan']);
  });

  it('are not listed twice when the stage asks them itself, nor when they were not given', () => {
    expect(pellingham.evaluate({ ...input, stage: 'start-here' }).decidingAnswers).toBeUndefined();
    expect(pellingham.evaluate({ asOf: '2026-02-20', measures: { attendance: { percentage: 85 } } }).decidingAnswers).toBeUndefined();
  });

  it('a question hidden where it is asked is not one (its answer no longer counts)', () => {
    const evaluation = pellingham.evaluate({ ...input, answers: { ...input.answers, 'q-medical': 'yes' } });
    expect(evaluation.decidingAnswers?.map((q) => q.id)).not.toContain('q-medical');
  });
});
