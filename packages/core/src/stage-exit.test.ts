/**
 * A stage's exit rule is advice that the pupil can leave: never while the stage's entry rule on
 * the pupil's figures still places them there, or the school is told to close a case that the
 * figures open again at once (entered on 10 unauthorised sessions at 97%, with an exit at 95%).
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import type { CaseInput } from './types.js';
import { createPathway } from './index.js';

const pathway = {
  schemaVersion: '1.1',
  id: 'exit-while-entered',
  version: '1',
  title: 'Exit while entered',
  authority: { name: 'Example Council' },
  start: 'everyday',
  measures: [
    { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' },
    { id: 'unauthorised', title: 'Unauthorised sessions in 10 school weeks', kind: 'sessionCount' },
  ],
  stages: [
    { id: 'everyday', title: 'Everyday', universal: true },
    {
      id: 'concern',
      title: 'Attendance concern',
      bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      entry: { description: '10 unauthorised sessions', when: { measure: 'unauthorised', lower: { value: 10, inclusive: true } } },
      exit: { description: 'The case can close at 95% or above.', when: { measure: 'attendance', lower: { value: 95, inclusive: true } } },
    },
    {
      id: 'plan',
      title: 'Support plan',
      bands: [{ label: 'below 96%', measure: 'attendance', upper: { value: 96, inclusive: false } }],
      exit: { description: 'The plan ends at 95% or above.', when: { measure: 'attendance', lower: { value: 95, inclusive: true } } },
    },
  ],
} as unknown as Pathway;
const model = createPathway(pathway);
const at = (input: CaseInput) => ({ exit: model.evaluate(input).stages.find((s) => s.stageId === input.stage)?.exit, steps: model.summarise(input).nextSteps });

describe('an exit rule met while the stage still applies by its entry rule on the figures', () => {
  it('entered by its entry rule (10 unauthorised sessions at 97%): not "can leave", and says why', () => {
    const { exit, steps } = at({ stage: 'concern', measures: { attendance: { percentage: 97 }, unauthorised: { value: 10 } } });
    expect(exit?.holds).toBe(false);
    expect(exit?.reasons.map((r) => r.text)).toEqual([
      'Attendance is 97%, at least 95%',
      'but "Attendance concern" still applies: Unauthorised sessions in 10 school weeks is 10 sessions, at least 10 sessions',
    ]);
    expect(steps.some((s) => s.startsWith('The pupil can leave'))).toBe(false);
  });

  it('a band does not hold it back (95.5% in "below 96%"): a band may take in every pupil on the plan', () => {
    const { exit, steps } = at({ stage: 'plan', measures: { attendance: { percentage: 95.5 } } });
    expect(exit).toMatchObject({ holds: true, reasons: [{ text: 'Attendance is 95.5%, at least 95%' }] });
    expect(steps).toContain('The pupil can leave "Support plan": The plan ends at 95% or above.');
  });

  it('the way in no longer holds (9 sessions at 97%, chosen): the pupil can leave, as before', () => {
    const { exit, steps } = at({ stage: 'concern', measures: { attendance: { percentage: 97 }, unauthorised: { value: 9 } } });
    expect(exit).toMatchObject({ holds: true, reasons: [{ text: 'Attendance is 97%, at least 95%' }] });
    expect(steps).toContain('The pupil can leave "Attendance concern": The case can close at 95% or above.');
  });
});
