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

  it('explains schema errors in plain English, and runs no lint rule that needs a sound structure', () => {
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
      ['warning', `Measure "Attendance": no stage's band covers figures above 90%: a pupil there is placed in no stage; widen a band, or add one, to place them`],
    ]);
  });

  describe('with schema errors, still finds the mistyped ids in the parts that are well formed', () => {
    const withTypos = (extra: Record<string, unknown> = {}) => ({
      ...minimal,
      stages: [
        { id: 'tier-2', title: 'Tier 2', outcomes: [{ id: 'on', title: 'Escalate', kind: 'escalate', to: 'tier-3 ' }], referrals: ['legal-panel-refferal'] },
        { id: 'tier-3', title: 'Tier 3' },
      ],
      cohorts: [{ id: 'looked-after', title: 'Looked after' }],
      referrals: [{ id: 'legal-panel-referral', title: 'Legal panel', target: { name: 'Panel', kind: 'panel' }, channel: { kind: 'meeting' } }],
      exceptions: [{ id: 'cla', title: 'Looked after', when: { cohort: 'lookedafter' }, effect: 'block', stages: ['tier3'], message: 'No.' }],
      ...extra,
    });

    it('lists them with the schema errors, in document order, with the nearest id that exists', () => {
      const result = checkPathway(withTypos(), { validate: validatePathway });
      expect(result.ok).toBe(false);
      expect(result.pathway).toBeUndefined();
      expect(result.problems.map((p) => [p.code, p.message])).toEqual([
        // The bad id itself is the schema's to explain: lint does not check it again.
        ['schema.pattern', 'Stage "Tier 2" › Outcome "Escalate" › leads to stage: "tier-3 " can only contain letters, digits, hyphens, underscores and full stops, and must start with a letter or digit'],
        ['lint.dangling-reference', 'Stage "Tier 2" › referrals: refers to a referral "legal-panel-refferal" that does not exist; did you mean "legal-panel-referral"?'],
        ['lint.undefined-cohort', 'Exception "Looked after" › applies when: uses the circumstance "lookedafter", which is not defined under Pupil circumstances; did you mean "looked-after"?'],
        ['lint.dangling-reference', 'Exception "Looked after" › stages affected: refers to a stage "tier3" that does not exist; did you mean "tier-3"?'],
      ]);
    });

    it('does not say an id is missing when the thing with that id is in a part the schema rejected', () => {
      const doc = withTypos({ referrals: { 'legal-panel-refferal': { id: 'legal-panel-refferal', title: 'Legal panel' } } });
      expect(checkPathway(doc, { validate: validatePathway }).problems.map((p) => p.message).filter((m) => m.includes('refferal'))).toEqual([]);
    });

    it('does not check an id the schema rejected, nor a list of ids it found something wrong in', () => {
      // The rule is read as a rule about an answer, so its "cohort" is not part of the format.
      const doc = withTypos({
        exceptions: [{ id: 'cla', title: 'Looked after', when: { answer: 'q9', cohort: 'lookedafter' }, effect: 'block', stages: ['tier3', 7], message: 'No.' }],
      });
      const lint = checkPathway(doc, { validate: validatePathway }).problems.filter((p) => p.code.startsWith('lint.'));
      expect(lint.map((p) => p.detail)).toEqual([
        'refers to a referral "legal-panel-refferal" that does not exist; did you mean "legal-panel-referral"?',
        'refers to a question "q9" that does not exist',
      ]);
    });

    it("does not say a date is not a date when the schema found the measure's kind broken", () => {
      const doc = {
        ...minimal,
        measures: [...minimal.measures, { id: 'last-absence', title: 'Last absence', kind: 'dat' }],
        stages: [{ id: 'support', title: 'Support', gates: [{ id: 'recent', title: 'Recent', condition: { since: 'last-absence', atMost: { amount: 6, unit: 'weeks' } } }] }],
      };
      expect(checkPathway(doc, { validate: validatePathway }).problems.map((p) => p.code)).toEqual(['schema.enum']);
    });
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
