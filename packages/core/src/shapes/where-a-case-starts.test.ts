/**
 * Where a case starts (format 1.1), on an invented council's first steps: a pathway whose first
 * steps have no thresholds still places a pupil (at its starting stage); stages are entered by a
 * rule, by an earlier recorded outcome, by attendance, or by the school's choice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import { createPathway } from '../create-pathway.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/where-a-case-starts.json', import.meta.url), 'utf8')) as Pathway;
const harbury = createPathway(definition);
const texts = (reasons: { text: string }[]) => reasons.map((r) => r.text);

describe('where a case starts', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
    expect(definition.schemaVersion).toBe('1.1');
  });

  it('places a pupil with nothing entered at the starting stage, and works on it', () => {
    const evaluation = harbury.evaluate({});
    expect(evaluation.placement.primary).toBeUndefined();
    expect(evaluation.placement.fallback).toMatchObject({ stageId: 'first-day-contact', via: 'start' });
    expect(texts(evaluation.placement.reasons)).toEqual([
      'Nothing else places the pupil, so the case is at "Day 1: first-day contact", where a case starts',
    ]);
    expect(evaluation.stageId).toBe('first-day-contact');
    expect(evaluation.current?.questions.map((q) => q.id)).toEqual(['called-home']);
    const summary = harbury.summarise({ answers: { 'called-home': 'yes' } });
    expect(summary.stage?.id).toBe('first-day-contact');
    expect(summary.ready).toBe(true);
    expect(summary.placement.reasons.join(' ')).not.toContain("No stage's band or entry rule matches");
  });

  it('keeps the starting stage when the figures fall in no band, and still says so', () => {
    const evaluation = harbury.evaluate({ measures: { attendance: { percentage: 95 } } });
    expect(evaluation.placement.gap).toBe(true);
    expect(evaluation.stageId).toBe('first-day-contact');
    expect(texts(evaluation.placement.reasons)).toEqual([
      "95% is not in any stage's band",
      'Nothing else places the pupil, so the case is at "Day 1: first-day contact", where a case starts',
    ]);
  });

  it('places by attendance as before, with no fallback', () => {
    const placement = harbury.place({ measures: { attendance: { percentage: 85 } } });
    expect(placement.primary).toBe('attendance-meeting');
    expect(placement.fallback).toBeUndefined();
  });

  it('enters a stage by a rule (the family was not reached by day 3)', () => {
    const placement = harbury.place({ answers: { 'family-reached': 'no' } });
    expect(placement.stages.map((s) => [s.stageId, s.via])).toEqual([['home-visit', 'entry']]);
  });

  it('enters the stage an earlier recorded outcome leads to, naming the outcome', () => {
    const evaluation = harbury.evaluate({ measures: { attendance: { percentage: 85 } }, outcomes: ['not-improved-at-review'] });
    expect(evaluation.placement.stages.map((s) => [s.stageId, s.via])).toEqual([
      ['attendance-meeting', 'band'],
      ['formal-support', 'outcome'],
    ]);
    expect(texts(evaluation.placement.stages[1].reasons)).toEqual([
      'Formal support applies because the outcome "Not improved at the review" is recorded',
    ]);
    expect(evaluation.stageId).toBe('formal-support');
    // The outcome itself is reported as having happened.
    const meeting = evaluation.stages.find((s) => s.stageId === 'attendance-meeting');
    expect(meeting?.outcomes.map((o) => [o.id, o.recorded])).toEqual([
      ['improved-at-review', undefined],
      ['not-improved-at-review', true],
      ['parent-declined-meeting', undefined],
    ]);
  });

  it('reads a recorded outcome in a rule (entry when the parent declined the meeting)', () => {
    const placement = harbury.place({ outcomes: ['parent-declined-meeting'] });
    expect(placement.stages.map((s) => [s.stageId, s.via])).toEqual([['formal-support', 'entry']]);
    expect(texts(placement.stages[0].reasons)).toEqual([
      'Formal support applies because "The parent declined the meeting" is recorded',
    ]);
    // Unknown or garbage outcomes place nothing.
    expect(harbury.place({ outcomes: ['nowhere', 7 as unknown as string] }).stages).toEqual([]);
  });

  it('lists the stage the school may choose, with the stage that applies otherwise', () => {
    const evaluation = harbury.evaluate({ measures: { attendance: { percentage: 85 } } });
    expect(evaluation.otherwiseStageId).toBe('attendance-meeting');
    expect(evaluation.choosableStages).toEqual([
      {
        stageId: 'emotional-wellbeing',
        title: 'Emotionally based school avoidance support',
        chosen: false,
        reason: {
          code: 'stage.mayChoose',
          text: 'You may choose "Emotionally based school avoidance support"; otherwise the case is at "Attendance meeting"',
          params: { stage: '"Emotionally based school avoidance support"', otherwise: '"Attendance meeting"' },
        },
      },
    ]);
    const chosen = harbury.evaluate({ measures: { attendance: { percentage: 85 } }, stage: 'emotional-wellbeing' });
    expect(chosen.stageId).toBe('emotional-wellbeing');
    expect(chosen.choosableStages?.[0]).toMatchObject({ chosen: true, reason: { code: 'stage.chosen' } });
    expect(chosen.otherwiseStageId).toBe('attendance-meeting');
  });

  it('without a starting stage, falls back to the stage for every pupil (format 1.1 only)', () => {
    const noStart = structuredClone(definition);
    delete noStart.start;
    noStart.stages = [{ id: 'everyone', title: 'Universal offer', universal: true }, ...noStart.stages];
    expect(validatePathway(noStart)).toBe(true);
    for (const input of [{}, { measures: { attendance: { percentage: 95 } } }]) {
      const universal = createPathway(noStart).evaluate(input);
      expect(universal.placement.primary).toBeUndefined();
      expect(universal.placement.fallback).toMatchObject({ stageId: 'everyone', via: 'universal' });
      expect(universal.stageId).toBe('everyone');
      expect(universal.placement.reasons.at(-1)?.text).toBe(
        'Nothing else places the pupil, so the case is at "Universal offer", which applies to every pupil',
      );
    }

    // The same pathway written in format 1.0 behaves exactly as 1.0 did: the user chooses.
    const asOneZero = { ...structuredClone(noStart), schemaVersion: '1.0' as const };
    const banded = createPathway(asOneZero).evaluate({ measures: { attendance: { percentage: 95 } } });
    expect(banded.placement.fallback).toBeUndefined();
    expect(banded.stageId).toBeUndefined();
    expect(texts(banded.placement.reasons)).toEqual([
      'Universal offer applies to every pupil',
      "95% is not in any stage's band",
      "No stage's band or entry rule matches",
    ]);
  });
  it('Wigan (format 1.1): above 90% the pupil is at the universal step by default, still not "placed" by a band', () => {
    const wiganDefinition = JSON.parse(readFileSync(new URL('../../../../pathways/wigan.json', import.meta.url), 'utf8')) as Pathway;
    const evaluation = createPathway(wiganDefinition).evaluate({ measures: { attendance: { percentage: 95 } } });
    expect(evaluation.placement.primary).toBeUndefined();
    expect(evaluation.placement.gap).toBe(true);
    expect(evaluation.placement.fallback).toMatchObject({ stageId: 'prevention-of-non-attendance', via: 'universal' });
    expect(evaluation.stageId).toBe('prevention-of-non-attendance');
    expect(texts(evaluation.placement.reasons)).toEqual([
      'Prevention of non-attendance applies to every pupil',
      "95% is not in any stage's band",
      'Nothing else places the pupil, so the case is at "Prevention of non-attendance", which applies to every pupil',
    ]);
  });
});
