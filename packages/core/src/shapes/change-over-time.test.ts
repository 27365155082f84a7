/**
 * Change over time (format 1.1): Northbridge compares attendance now with attendance when the
 * support plan started. The engine decides outcomes, gates and placement from the change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/change-over-time.json', import.meta.url), 'utf8')) as Pathway;
const model = createPathway(definition);

function supportPlan(input: CaseInput) {
  const stage = model.evaluateStage('support-plan', input);
  if (stage === undefined) throw new Error('no support-plan stage');
  return stage;
}

const outcome = (input: CaseInput, id: string) => supportPlan(input).outcomes.find((o) => o.id === id);
const gate = (input: CaseInput, id: string) => supportPlan(input).gates.find((g) => g.id === id);

describe('change over time (Northbridge support plan reviews)', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors)).toBe(true);
  });

  it('lists the measures whose earlier reading the form should ask for: asked for and used in a change rule', () => {
    const evaluation = model.evaluate({});
    // "late" is compared but never asked for; "absence" is asked for but never compared.
    expect(evaluation.baselineMeasures).toEqual(['attendance', 'unauthorised']);
    expect(Object.keys(evaluation.baselines ?? {})).toEqual(['attendance', 'unauthorised', 'late', 'absence']);
  });

  it('reports the earlier reading with its date in the evaluation and the summary', () => {
    const input: CaseInput = { measures: { attendance: { percentage: 86.5 } }, baselines: { attendance: { percentage: 82, date: '2025-03-03' } } };
    expect(model.evaluate(input).baselines?.attendance).toMatchObject({ status: 'ok', value: 82, display: '82%', date: '2025-03-03' });
    expect(model.summarise(input).baselines?.[0]).toEqual({ id: 'attendance', title: 'Attendance', display: '82%', status: 'ok', date: '2025-03-03' });
  });

  it('an improvement short of the amount neither steps down nor escalates, and says why', () => {
    const input: CaseInput = {
      asOf: '2025-04-28',
      measures: { attendance: { percentage: 86.5 } },
      baselines: { attendance: { percentage: 82, date: '2025-03-03' } },
    };
    expect(outcome(input, 'improved')).toMatchObject({
      open: false,
      reason: { text: 'Not open: Attendance has not improved by at least 5 points since 3 March 2025 (from 82% to 86.5%)' },
    });
    expect(outcome(input, 'not-improved')).toMatchObject({
      open: false,
      reason: { text: 'Not open: Attendance improved by 4.5 points (from 82% on 3 March 2025 to 86.5%)' },
    });
  });

  it('steps down when attendance improved by at least 5 points within a term of the earlier reading', () => {
    const input: CaseInput = {
      asOf: '2025-04-28',
      measures: { attendance: { percentage: 88 } },
      baselines: { attendance: { percentage: 82, date: '2025-03-03' } },
    };
    expect(outcome(input, 'improved')?.open).toBe(true);
    expect(outcome(input, 'improved')?.reason.text).toBe(
      'Open: Attendance improved by 6 points (from 82% on 3 March 2025 to 88%); The earlier reading of Attendance (3 March 2025) is no more than 1 term old',
    );
    // The same improvement against a reading more than a term old does not count.
    const old = { ...input, baselines: { attendance: { percentage: 82, date: '2024-09-02' } } };
    expect(outcome(old, 'improved')?.open).toBe(false);
    expect(outcome(old, 'improved')?.reason.text).toContain('The earlier reading of Attendance (2 September 2024) is more than 1 term old');
  });

  it('escalates when there is no improvement since the plan started', () => {
    const input: CaseInput = { measures: { attendance: { percentage: 82 } }, baselines: { attendance: { percentage: 82, date: '2025-03-03' } } };
    expect(outcome(input, 'not-improved')).toMatchObject({
      open: true,
      reason: { text: 'Open: Attendance has not improved since 3 March 2025 (from 82% to 82%)' },
    });
    expect(model.summarise({ ...input, stage: 'support-plan' }).nextSteps).toContain(
      'No improvement since the plan started: escalate to "Level 3: Formal attendance meeting".',
    );
  });

  it('compares the rounded figures, as bands see them', () => {
    const input: CaseInput = { measures: { attendance: { percentage: 88.24 } }, baselines: { attendance: { percentage: 82.1 } } };
    // 88.24 is 88.2 and 88.2 − 82.1 is 6.1 (not 6.100000000000001, nor 6.14).
    expect(outcome(input, 'not-improved')?.reason.text).toBe('Not open: Attendance improved by 6.1 points (from 82.1% to 88.2%)');
    // Without the reading's date, a rule about its age cannot hold, and says what to enter.
    expect(outcome(input, 'improved')?.reason.text).toBe(
      'Not known yet: The date of the earlier reading of Attendance is not entered: enter when it was taken',
    );
  });

  it('reads counts and numbers as better when lower, unless the measure says otherwise', () => {
    const rising = { measures: { unauthorised: { value: 9 } }, baselines: { unauthorised: { value: 4 } } };
    expect(gate(rising, 'unauthorised-not-rising')).toMatchObject({
      holds: false,
      reasons: [{ text: 'Unauthorised sessions this term declined by 5 sessions (from 4 sessions to 9 sessions)' }],
    });
    const falling = { measures: { unauthorised: { value: 2 } }, baselines: { unauthorised: { value: 4 } } };
    expect(gate(falling, 'unauthorised-not-rising')?.holds).toBe(true);
    const fewerLate = { measures: { late: { value: 3 } }, baselines: { late: { value: 5 } } };
    expect(outcome(fewerLate, 'fewer-late-marks')?.reason.text).toBe(
      'Open: Late marks this half term improved by 2 late marks (from 5 late marks to 3 late marks)',
    );
    const flipped = structuredClone(definition);
    flipped.measures[2].better = 'higher';
    const higherIsBetter = createPathway(flipped).evaluateStage('support-plan', fewerLate);
    expect(higherIsBetter?.outcomes.find((o) => o.id === 'fewer-late-marks')?.open).toBe(false);
  });

  it('enters the formal stage when attendance declines by a tenth over at least 6 weeks (a trend, not a band)', () => {
    const baselines = { attendance: { percentage: 90, date: '2025-01-06' } };
    const after = model.place({ asOf: '2025-03-03', measures: { attendance: { percentage: 80 } }, baselines });
    expect(after.primary).toBe('formal');
    expect(after.reasons.map((r) => r.text)).toContain(
      'Level 3: Formal attendance meeting applies because attendance declined by 11.1% (from 90% on 6 January 2025 to 80%); The earlier reading of Attendance (6 January 2025) is at least 6 weeks old',
    );
    // Four weeks on, the decline is the same but the period is too short.
    const early = model.place({ asOf: '2025-02-03', measures: { attendance: { percentage: 80 } }, baselines });
    expect(early.primary).toBe('support-plan');
    // A decline of 5% (relative) is not a tenth.
    const small = model.place({ asOf: '2025-03-03', measures: { attendance: { percentage: 85.5 } }, baselines });
    expect(small.stages.map((s) => s.stageId)).toEqual(['support-plan']);
  });

  it('says what to enter when the earlier reading, its date or today is missing', () => {
    const formal = (input: CaseInput) =>
      createPathway({ ...definition, stages: [{ ...definition.stages[2], id: 'probe', entry: undefined, gates: [{ id: 'g', title: 'g', condition: definition.stages[2].entry!.when! }] }] })
        .evaluateStage('probe', input)
        ?.gates[0];
    expect(formal({ measures: { attendance: { percentage: 80 } } })?.reasons.map((r) => r.text)).toEqual([
      'The earlier reading of Attendance has not been entered',
      'The date of the earlier reading of Attendance is not entered: enter when it was taken',
    ]);
    expect(formal({ measures: { attendance: { percentage: 80 } }, baselines: { attendance: { percentage: 90, date: '2025-01-06' } } })?.reasons.map((r) => r.text)).toEqual([
      "Today's date is not known, so the age of the earlier reading of Attendance cannot be worked out",
    ]);
    expect(formal({ baselines: { attendance: { percentage: 90 } }, asOf: '2025-03-03' })?.reasons.map((r) => r.text)).toEqual([
      'Attendance has not been entered',
      'The date of the earlier reading of Attendance is not entered: enter when it was taken',
    ]);
    expect(formal({ measures: { attendance: { percentage: 80 } }, baselines: { attendance: { percentage: 0, date: '2025-01-06' } }, asOf: '2025-03-03' })?.reasons.map((r) => r.text)).toContain(
      'The earlier reading of Attendance is 0, so a change in per cent cannot be worked out',
    );
    expect(formal({ measures: { attendance: { percentage: 80 } }, baselines: { attendance: { percentage: 190 } } })?.reasons[0].text).toBe(
      'The earlier reading of Attendance could not be worked out from the figures entered',
    );
  });

  it('never throws on hostile earlier readings', () => {
    for (const baselines of [null, 7, 'x', [], { attendance: null }, { attendance: 'high' }, { attendance: { date: 'yesterday' } }, { ['__proto__']: { percentage: 1 } }]) {
      expect(() => model.evaluate({ measures: { attendance: { percentage: 80 } }, baselines } as unknown as CaseInput)).not.toThrow();
    }
  });
});
