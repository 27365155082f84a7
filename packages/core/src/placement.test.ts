import { describe, expect, it } from 'vitest';
import type { Pathway, Stage } from './schema-types.js';
import { createPathway } from './create-pathway.js';

function pathway(stages: Stage[]): Pathway {
  return {
    schemaVersion: '1.0',
    id: 'placement',
    version: '1',
    title: 'Placement test',
    authority: { name: 'Test Council' },
    measures: [
      { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', minimumPossibleSessions: 30 },
      { id: 'unauthorised', title: 'Unauthorised sessions', kind: 'sessionCount' },
    ],
    classifications: [
      { label: 'Persistent absence (90% and under)', measure: 'attendance', upper: { value: 90, inclusive: true } },
      { label: 'Severe absence (50% and under)', measure: 'attendance', upper: { value: 50, inclusive: true } },
    ],
    cohorts: [{ id: 'cla', title: 'Child looked after' }],
    stages: stages as [Stage, ...Stage[]],
  };
}

const universal: Stage = { id: 'universal', title: 'Universal', universal: true };
const identify: Stage = {
  id: 'identify',
  title: 'Identify and Understand',
  bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
};
const targeted: Stage = {
  id: 'targeted',
  title: 'Targeted',
  bands: [{ label: 'below 80%', measure: 'attendance', upper: { value: 80, inclusive: false } }],
};
const intensive: Stage = {
  id: 'intensive',
  title: 'Intensive',
  bands: [{ label: '10 or more unauthorised sessions', measure: 'unauthorised', lower: { value: 10, inclusive: true } }],
  entry: { description: 'Children looked after start here', when: { cohort: 'cla' } },
};

describe('place', () => {
  const model = createPathway(pathway([universal, identify, targeted, intensive]));

  it('places by band, with the band\'s own label and the stage\'s title', () => {
    const placement = model.place({ measures: { attendance: { percentage: 88 } } });
    expect(placement.stages.map((s) => s.stageId)).toEqual(['identify']);
    expect(placement.primary).toBe('identify');
    expect(placement.overlap).toBe(false);
    expect(placement.gap).toBe(false);
    expect(placement.stages[0].via).toBe('band');
    expect(placement.reasons.map((r) => r.text)).toContain('88% is 90% and under: Identify and Understand');
  });

  it('lists universal stages apart, never as placed', () => {
    const placement = model.place({});
    expect(placement.universal.map((s) => s.stageId)).toEqual(['universal']);
    expect(placement.stages).toEqual([]);
    expect(placement.primary).toBeUndefined();
    expect(placement.reasons.map((r) => r.text)).toEqual([
      'Universal applies to every pupil',
      "No stage's band or entry rule matches",
    ]);
  });

  it('reports overlapping bands and takes the last (most intensive) stage as primary', () => {
    const placement = model.place({ measures: { attendance: { percentage: 75 } } });
    expect(placement.stages.map((s) => s.stageId)).toEqual(['identify', 'targeted']);
    expect(placement.overlap).toBe(true);
    expect(placement.primary).toBe('targeted');
    const texts = placement.reasons.map((r) => r.text);
    expect(texts).toContain('75% is in the bands of both "Identify and Understand" and "Targeted"');
    expect(texts).toContain(
      'More than one stage applies ("Identify and Understand" and "Targeted"); the most intensive, "Targeted", is used unless you choose another',
    );
  });

  it('reports a gap when an entered figure is in no stage\'s band, naming the measure where several place pupils', () => {
    const placement = model.place({ measures: { attendance: { percentage: 95 }, unauthorised: { value: 2 } } });
    expect(placement.gap).toBe(true);
    expect(placement.stages).toEqual([]);
    expect(placement.reasons.map((r) => r.text)).toEqual(expect.arrayContaining(["Attendance: 95% is not in any stage's band", "Unauthorised sessions: 2 sessions is not in any stage's band"]));
  });

  it('says the figure alone where one measure places pupils', () => {
    const single = createPathway(pathway([universal, identify, targeted]));
    expect(single.place({ measures: { attendance: { percentage: 95 } } }).reasons.map((r) => r.text)).toContain("95% is not in any stage's band");
  });

  it('places by an entry rule', () => {
    const placement = model.place({ cohorts: ['cla'], measures: { attendance: { percentage: 97 } } });
    expect(placement.stages).toEqual([
      {
        stageId: 'intensive',
        title: 'Intensive',
        via: 'entry',
        reasons: [
          {
            code: 'placement.entry',
            text: 'Intensive applies because "Child looked after" is ticked',
            params: { stage: 'Intensive', because: '"Child looked after" is ticked' },
          },
        ],
      },
    ]);
    // 97% is in no band of its own: still a gap, even though the pupil is placed by circumstance.
    expect(placement.gap).toBe(true);
  });

  it('places on several measures and rounds before comparing', () => {
    const placement = model.place({ measures: { attendance: { percentage: 90.04 }, unauthorised: { value: 10 } } });
    expect(placement.stages.map((s) => s.stageId)).toEqual(['identify', 'intensive']);
    expect(placement.primary).toBe('intensive');
    expect(placement.gap).toBe(false);
  });

  it('does not act on a too-early figure (a guard): no band, no classification, saying why', () => {
    const placement = model.place({ measures: { attendance: { possibleSessions: 20, attendedSessions: 10 } } });
    expect(placement.primary).toBeUndefined();
    expect(placement.stages).toEqual([]);
    expect(placement.classifications).toEqual([]);
    expect(placement.gap).toBe(false);
    expect(placement.reasons[0].code).toBe('measure.tooEarly');
    expect(placement.reasons[0].text).toContain('so it does not decide the stage');
    // The same figure on enough sessions places the pupil.
    expect(model.place({ measures: { attendance: { possibleSessions: 40, attendedSessions: 20 } } }).primary).toBe('targeted');
  });

  it('ignores figures that are not valid, saying why', () => {
    const placement = model.place({ measures: { attendance: { possibleSessions: 10, attendedSessions: 20 } } });
    expect(placement.stages).toEqual([]);
    expect(placement.gap).toBe(false);
    expect(placement.reasons[0].text).toBe('Attendance: 20 sessions attended is more than the 10 possible sessions');
  });

  it('lists the classifications the pupil falls in', () => {
    const placement = model.place({ measures: { attendance: { percentage: 45 } } });
    expect(placement.classifications.map((c) => c.band.label)).toEqual([
      'Persistent absence (90% and under)',
      'Severe absence (50% and under)',
    ]);
    expect(placement.reasons.map((r) => r.text)).toContain('45% is Severe absence (50% and under)');
  });
});

describe('the stage the case is at when the school chooses none', () => {
  // Children looked after are never taken to the intensive stage: an exception blocks it for them.
  const blocked: Pathway = {
    ...pathway([universal, identify, targeted, intensive]),
    exceptions: [{ id: 'cla-not-intensive', title: 'Child looked after', when: { cohort: 'cla' }, effect: 'block', stages: ['intensive'], message: 'Talk to the virtual school.' }],
  };
  const model = createPathway(blocked);
  const figures = { measures: { attendance: { percentage: 70 }, unauthorised: { value: 12 } } };

  it('is the primary stage when the pupil is offered it', () => {
    const evaluation = model.evaluate(figures);
    expect(evaluation.placement.primary).toBe('intensive');
    expect(evaluation.stageId).toBe('intensive');
  });

  it('is the most intensive matching stage the pupil is offered when an exception takes the primary one away', () => {
    const evaluation = model.evaluate({ ...figures, cohorts: ['cla'] });
    // The placement still says what the figures match, the primary stage included.
    expect(evaluation.placement.primary).toBe('intensive');
    expect(evaluation.stageId).toBe('targeted');
    expect(evaluation.current?.status).toBe('available');
    // The summary a school downloads is about that stage too.
    expect(model.summarise({ ...figures, cohorts: ['cla'] }).stage?.id).toBe('targeted');
  });

  it('is the stage the school chose, even one not offered (it is then shown as not offered)', () => {
    const evaluation = model.evaluate({ ...figures, cohorts: ['cla'], stage: 'intensive' });
    expect(evaluation.stageId).toBe('intensive');
    expect(evaluation.current?.status).toBe('blocked');
  });

  it('is the stage that applies to every pupil when no matching stage is offered, and stays the primary stage when none at all is', () => {
    const matching: Pathway = { ...blocked, exceptions: [{ ...blocked.exceptions![0], stages: ['identify', 'targeted', 'intensive'] }] };
    expect(createPathway(matching).evaluate({ ...figures, cohorts: ['cla'] }).stageId).toBe(universal.id);
    const everything: Pathway = { ...blocked, exceptions: [{ ...blocked.exceptions![0], stages: [universal.id, 'identify', 'targeted', 'intensive'] }] };
    expect(createPathway(everything).evaluate({ ...figures, cohorts: ['cla'] }).stageId).toBe('intensive');
  });

  it('is the stage an exception redirects the primary stage to ("escalate to the virtual school instead"), whose outcomes then close', () => {
    const redirected: Pathway = {
      ...pathway([universal, identify, targeted, { ...intensive, outcomes: [{ id: 'pn', title: 'Penalty notice', kind: 'penaltyNotice' }] }]),
      exceptions: [{ id: 'cla-virtual-school', title: 'Child looked after', when: { cohort: 'cla' }, effect: 'redirect', stages: ['intensive'], redirectTo: { stage: 'identify' }, message: 'Talk to the virtual school.' }],
    };
    const model = createPathway(redirected);
    const evaluation = model.evaluate({ ...figures, cohorts: ['cla'] });
    expect(evaluation.placement.primary).toBe('intensive');
    expect(evaluation.stageId).toBe('identify');
    // Chosen by hand, the redirected stage offers none of what it would lead to.
    const chosen = model.evaluate({ ...figures, cohorts: ['cla'], stage: 'intensive' }).current!;
    expect(chosen.outcomes.length).toBeGreaterThan(0);
    expect(chosen.outcomes.every((o) => !o.open)).toBe(true);
    expect(chosen.outcomes[0].reason.text).toBe('Not open: this stage is redirected elsewhere for this pupil');
    // Without the circumstance, nothing changes.
    expect(model.evaluate(figures).stageId).toBe('intensive');
  });
});
