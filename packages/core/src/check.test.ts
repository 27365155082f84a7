import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway, validatePathwayStructure, type Pathway } from '@pathway/schema';
import { checkPathway } from './check.js';

const minimal = JSON.parse(readFileSync(new URL('../../schema/fixtures/valid/minimal.json', import.meta.url), 'utf8')) as Pathway;

describe('checkPathway', () => {
  it('accepts a valid pathway and hands it back', () => {
    const result = checkPathway(minimal, { validate: validatePathway });
    expect(result).toEqual({ ok: true, pathway: minimal, problems: [] });
  });

  it('explains schema errors in plain English and does not lint a broken structure', () => {
    const doc = { ...minimal, stages: [{ id: 'tier-2' }] };
    const result = checkPathway(doc, { validate: validatePathway });
    expect(result.ok).toBe(false);
    expect(result.pathway).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([['schema.required', 'Stage 1: "title" (Name) is missing']]);
  });

  it('lints once the schema passes: lint errors make it not ok, but the pathway is returned', () => {
    const doc: Pathway = { ...minimal, stages: [{ id: 'support', title: 'Support', outcomes: [{ id: 'on', title: 'Escalate', kind: 'escalate', to: 'tier-9' }] }] };
    const result = checkPathway(doc, { validate: validatePathway });
    expect(result.ok).toBe(false);
    expect(result.pathway).toBe(doc);
    expect(result.problems.map((p) => p.message)).toEqual(['Stage "Support" › Outcome "Escalate": refers to a stage "tier-9" that does not exist']);
  });

  it('is ok with warnings only', () => {
    const doc: Pathway = {
      ...minimal,
      stages: [{ id: 'support', title: 'Support', bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }] }],
    };
    const result = checkPathway(doc, { validate: validatePathway });
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', `Measure "Attendance": no stage's band covers 90% (exclusive) to 100% (inclusive): a pupil there is placed in no stage; widen a band, or add one, to place them`],
    ]);
  });

  it('uses the validator it is given: the structural one lets authoring-only mistakes through', () => {
    const doc = { ...minimal, stages: [{ id: 'Tier 2', title: 'Tier 2' }] };
    expect(checkPathway(doc, { validate: validatePathway }).problems.map((p) => p.code)).toEqual(['schema.pattern']);
    expect(checkPathway(doc, { validate: validatePathwayStructure })).toMatchObject({ ok: true, problems: [] });
  });

  it('never throws on things that are not pathways', () => {
    for (const doc of [undefined, null, 0, '', 'pathway', [], [minimal], { stages: null }]) {
      const result = checkPathway(doc, { validate: validatePathwayStructure });
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
