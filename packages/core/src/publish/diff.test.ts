import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../schema-types.js';
import { diffPathways } from './diff.js';

const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;

const v1 = {
  schemaVersion: '1.1',
  id: 'p',
  version: '1',
  title: 'Northbridge attendance pathway',
  authority: { name: 'Northbridge Borough Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [
    { id: 'tier-1', title: 'Tier 1', bands: [{ label: '100%-93%', measure: 'attendance', lower: { value: 93, inclusive: true } }] },
    {
      id: 'tier-2',
      title: 'Tier 2',
      bands: [{ label: '92%-80%', measure: 'attendance', lower: { value: 80, inclusive: true }, upper: { value: 92, inclusive: true } }],
      questions: [{ id: 'q-plan', text: 'Is there a support plan?', type: 'yesNo' }],
    },
    { id: 'tier-3', title: 'Tier 3', questions: [{ id: 'q-chronology', text: 'Do you hold a chronology?', type: 'yesNo' }], referrals: ['enforcement'] },
  ],
  referrals: [
    {
      id: 'enforcement',
      title: 'Enforcement',
      target: { name: 'Attendance panel', kind: 'panel' },
      channel: { kind: 'email', email: 'panel@northbridge.gov.uk' },
    },
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the document freely
type Editable = any;

function edited(change: (doc: Editable) => void): typeof v1 {
  const copy: Editable = structuredClone(v1);
  change(copy);
  return copy;
}

describe('diffPathways', () => {
  it('finds nothing between a pathway and itself, or when only the version changes', () => {
    expect(diffPathways(v1, v1)).toEqual([]);
    expect(diffPathways(v1, edited((d) => (d.version = '2')))).toEqual([]);
  });

  it('says exactly what changed for a set of edits: threshold, question added, stage renamed, stage moved, referral address', () => {
    const v2 = edited((d) => {
      d.stages[1].bands[0].upper = { value: 90, inclusive: true };
      d.stages[2].questions.push({ id: 'q-contract', text: 'Has a parenting contract been offered?', type: 'yesNo' });
      d.stages[0].title = 'Universal';
      d.stages = [d.stages[0], d.stages[2], d.stages[1]];
      d.referrals[0].channel.email = 'attendance.panel@northbridge.gov.uk';
    });
    expect(diffPathways(v1, v2).map((c) => c.text)).toEqual([
      'Stage "Tier 1" renamed "Universal"',
      'Stage "Tier 3" moved from position 3 to 2',
      'Stage "Tier 2" › band "92%-80%" now applies when "Attendance" is at least 80% and at most 90% (was at least 80% and at most 92%)',
      'Referral "Enforcement" › how to refer › email address: changed from "panel@northbridge.gov.uk" to "attendance.panel@northbridge.gov.uk"',
      'Question "Has a parenting contract been offered?" added to "Tier 3"',
    ]);
  });

  it('reports a question moved to another stage as a move, and says nothing of an id change (never a removal plus an addition)', () => {
    const v2 = edited((d) => {
      const [question] = d.stages[1].questions.splice(0, 1);
      d.stages[2].questions.unshift(question);
      d.stages[2].questions[1].id = 'q-chronology-held';
    });
    expect(diffPathways(v1, v2).map((c) => `${c.kind}: ${c.text}`)).toEqual([
      'moved: Question "Is there a support plan?" moved from "Tier 2" to "Tier 3"',
    ]);
  });

  it('reports a removed stage once, and of the things inside it only its questions (a school may have answered them)', () => {
    const v2 = edited((d) => d.stages.splice(1, 1));
    expect(diffPathways(v1, v2).map((c) => c.text)).toEqual(['Stage "Tier 2" removed', 'Question "Is there a support plan?" removed with "Tier 2"']);
  });

  it('says what was added or removed, with its value, not "a new value"', () => {
    const withDuties = edited((d) => {
      d.stages[1].actions = [{ role: 'la', heading: 'The Local Authority will:', actions: [{ text: 'Write to the family.' }, { text: 'Inform the school of the decision within 10 school days.' }] }];
      d.stages[1].timeLimits = [{ id: 'review', title: 'Review', duration: { amount: 6, unit: 'schoolWeeks' } }];
    });
    const v2 = edited((d) => {
      d.stages[1].actions = [{ role: 'la', heading: 'The Local Authority will:', actions: [{ text: 'Write to the family.' }] }];
      d.stages[1].timeLimits = [{ id: 'review', title: 'Review', duration: { amount: 6, unit: 'schoolWeeks' }, extension: { total: { amount: 12, unit: 'schoolWeeks' } } }];
      d.stages[0].bands[0].upper = { value: 100, inclusive: true };
      d.stages[1].bands[0].lower = undefined;
    });
    const withBothActions = edited((d) => {
      d.stages[1].actions = (withDuties as Editable).stages[1].actions;
    });
    expect(diffPathways(withDuties, v2).map((c) => c.text)).toEqual([
      'Stage "Tier 1" › band "100%-93%" now applies when "Attendance" is at least 93% and at most 100% (was at least 93%)',
      'Stage "Tier 2" › band "92%-80%" now applies when "Attendance" is at most 92% (was at least 80% and at most 92%)',
      'Stage "Tier 2" › duties "The Local Authority will:" › action "Inform the school of the decision within 10 school days." removed',
      'Stage "Tier 2" › Time limit "Review" › extension: added (up to a total of 12 school weeks)',
    ]);
    expect(diffPathways(v2, withBothActions).map((c) => c.text)).toContain(
      'Stage "Tier 2" › duties "The Local Authority will:" › action "Inform the school of the decision within 10 school days." added',
    );
  });

  it("says a value the format lists by the schema's label, and true or false in words", () => {
    const before = edited((d) => {
      d.stages[1].timeLimits = [{ id: 'review', title: 'Review', kind: 'limit', duration: { amount: 6, unit: 'schoolDays' } }];
      d.stages[1].outcomes = [{ id: 'up', title: 'Not improved', kind: 'escalate', to: 'tier-3' }];
      d.stages[2].universal = false;
    });
    const after = edited((d) => {
      d.stages[1].timeLimits = [{ id: 'review', title: 'Review', kind: 'review', duration: { amount: 6, unit: 'weeks' } }];
      d.stages[1].outcomes = [{ id: 'up', title: 'Not improved', kind: 'stepDown', to: 'tier-3' }];
      d.stages[1].bands[0].upper.inclusive = false;
      d.stages[0].bands[0].lower.inclusive = false;
      d.stages[2].universal = true;
      d.referrals[0].channel.kind = 'meeting';
      delete d.referrals[0].channel.email;
    });
    expect(diffPathways(before, after).map((c) => c.text)).toEqual([
      'Stage "Tier 1" › band "100%-93%" now applies when "Attendance" is above 93% (was at least 93%)',
      'Stage "Tier 2" › band "92%-80%" now applies when "Attendance" is at least 80% and below 92% (was at least 80% and at most 92%)',
      'Stage "Tier 2" › Time limit "Review" › kind: changed from "Must happen within" to "Reviewed every"',
      'Stage "Tier 2" › Time limit "Review" › duration: 6 school days → 6 weeks',
      'Stage "Tier 2" › Outcome "Not improved" › kind: changed from "Escalate to a more intensive stage" to "Step down to a less intensive stage"',
      'Stage "Tier 3" › applies to every pupil: changed from no to yes',
      'Referral "Enforcement" › how to refer: now by meeting (was by email to panel@northbridge.gov.uk)',
    ]);
    expect(diffPathways(after, before).map((c) => c.text)).toContain('Stage "Tier 2" › band "92%-80%" now applies when "Attendance" is at least 80% and at most 92% (was at least 80% and below 92%)');
    expect(diffPathways(v1, edited((d) => (d.stages[0].universal = true))).map((c) => c.text)).toEqual(['Stage "Tier 1" › applies to every pupil: added (yes)']);
  });

  it('says a changed length as one change in words, whatever parts of it changed', () => {
    const withLimit = (duration: unknown, when?: unknown) =>
      edited((d) => {
        d.stages[1].timeLimits = [{ id: 'review', title: 'Review', duration }];
        if (when !== undefined) d.stages[1].outcomes = [{ id: 'up', title: 'Not improved', kind: 'escalate', to: 'tier-3', when }];
      });
    const texts = (a: unknown, b: unknown, whenA?: unknown, whenB?: unknown) => diffPathways(withLimit(a, whenA), withLimit(b, whenB)).map((c) => c.text);
    expect(texts({ amount: 3, to: 6, unit: 'weeks' }, { amount: 6, to: 3, unit: 'weeks' })).toEqual(['Stage "Tier 2" › Time limit "Review" › duration: 3 to 6 weeks → 6 to 3 weeks']);
    expect(texts({ amount: 6, unit: 'weeks' }, { amount: 6, unit: 'weeks', approximate: true })).toEqual(['Stage "Tier 2" › Time limit "Review" › duration: 6 weeks → about 6 weeks']);
    const rule = (amount: number) => ({ since: 'q-plan', atLeast: { amount, unit: 'schoolDays' } });
    // A length in a rule is said with the rule, in words.
    expect(texts({ amount: 6, unit: 'weeks' }, { amount: 6, unit: 'weeks' }, rule(10), rule(15))).toEqual([
      expect.stringMatching(/: now .* is at least 15 school days \(was .* is at least 10 school days\)$/),
    ]);
    // Where the words are the same, the part that changed is named, and the question by its text.
    expect(texts({ fromAnswer: 'q-plan', unit: 'weeks' }, { fromAnswer: 'q-chronology', unit: 'weeks' })).toEqual([
      expect.stringMatching(/ › duration › .*: changed from "Is there a support plan\?" to "Do you hold a chronology\?"$/),
    ]);
  });

  it('compares real seeds without throwing, and finds the 1.1 re-encoding of the county flowchart', () => {
    const county = seed('county-chronic-non-attendance');
    const older = structuredClone(county) as Pathway & { stages: { questions?: unknown[]; timeLimits?: { startsFrom?: string }[] }[] };
    const stage = older.stages.find((s) => (s as { id: string }).id === 'early-help-lead-professional')!;
    delete stage.questions;
    delete stage.timeLimits![0].startsFrom;
    const texts = diffPathways(older, county).map((c) => c.text);
    expect(texts).toContain('Question "When did the lead professional from the Early Help services start working with the family?" added to "Lead professional from the Early Help services"');
    expect(texts.some((t) => t.includes('starts on') && t.includes('added'))).toBe(true);
  });
});
