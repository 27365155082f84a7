import { describe, expect, it } from 'vitest';
import { createPathway, type CaseInput } from '@pathway/core';
import { loadSeed } from './load-seed.js';

// Norfolk Safeguarding Children Partnership, "A Staged Intervention Pathway for Promoting Good
// School Attendance": five levels of need, each with responses to need, three columns of duty and
// suggested resources.
const definition = loadSeed('norfolk');
const norfolk = createPathway(definition);

const LEVELS = [
  'Universal & Whole School Approaches',
  'Low-level, Emerging Needs',
  'Early Intervention',
  'Targeted Persistent Absence (90% and below)',
  'Acute: Severe Absence 50% and below',
];
const DUTY_HEADINGS = ['Schools are expected to:', 'The Local Authority will:', 'All Other Partners should:'];

const attendance = (percentage: number): CaseInput => ({ measures: { attendance: { percentage } } });
const summaryAt = (stage: string, input: CaseInput = {}) =>
  norfolk.summarise({ ...input, stage }, { generatedAt: '2025-01-01T00:00:00.000Z' });

describe('Norfolk: the five levels', () => {
  it('keeps the partnership’s own level names', () => {
    expect(definition.stages.map((s) => s.title)).toEqual(LEVELS);
    expect(definition.stages[0].universal).toBe(true);
  });

  it('places 90% at Targeted Persistent Absence ("90% and below" includes 90)', () => {
    const placement = norfolk.place(attendance(90));
    expect(placement.primary).toBe('targeted-persistent-absence');
    expect(placement.stages.map((s) => s.stageId)).toEqual(['targeted-persistent-absence']);
    expect(placement.overlap).toBe(false);
    expect(placement.stages[0].reasons.map((r) => r.text).join(' ')).toContain('90% and below');
  });

  it('places 50% at Acute: Severe Absence, which overlaps Targeted Persistent Absence as the document does', () => {
    const placement = norfolk.place(attendance(50));
    expect(placement.stages.map((s) => s.stageId)).toEqual(['targeted-persistent-absence', 'acute-severe-absence']);
    expect(placement.primary).toBe('acute-severe-absence');
    expect(placement.overlap).toBe(true);
    expect(placement.classifications.map((c) => c.band.label)).toEqual([
      'Persistent absence (90% and below)',
      'Severe absence (50% and below)',
    ]);
  });

  it('keeps 51% and 90.1% out of the higher level', () => {
    expect(norfolk.place(attendance(51)).primary).toBe('targeted-persistent-absence');
    const above = norfolk.place(attendance(90.1));
    expect(above.stages).toEqual([]);
    expect(above.universal.map((s) => s.stageId)).toEqual(['universal-whole-school']);
  });

  it('places a pupil at risk of becoming persistently absent at Early Intervention', () => {
    const placement = norfolk.place({ ...attendance(93), cohorts: ['at-risk-of-pa'] });
    expect(placement.stages.map((s) => [s.stageId, s.via])).toEqual([['early-intervention', 'entry']]);
    expect(placement.primary).toBe('early-intervention');
  });

  it('reaches Low-level and Early Intervention from the level before', () => {
    const outcomes = norfolk.evaluate({}).stages.flatMap((s) => s.outcomes.map((o) => o.to));
    expect(outcomes).toEqual(expect.arrayContaining(['low-level-emerging-needs', 'early-intervention']));
    for (const id of ['low-level-emerging-needs', 'early-intervention']) {
      expect(definition.stages.find((s) => s.id === id)?.entry?.description).toBeTruthy();
    }
  });
});

describe('Norfolk: what each level expects of schools, the Local Authority and partners', () => {
  it.each(definition.stages.map((s) => [s.title, s.id]))('%s has the three duty lists and its resources', (_title, id) => {
    const stage = definition.stages.find((s) => s.id === id)!;
    expect(stage.actions?.map((g) => [g.role, g.force, g.heading])).toEqual([
      ['school', 'must', DUTY_HEADINGS[0]],
      ['local-authority', 'must', DUTY_HEADINGS[1]],
      ['partners', 'should', DUTY_HEADINGS[2]],
    ]);
    expect(stage.guidance?.length).toBeGreaterThan(0);

    const summary = summaryAt(id, { cohorts: ['child-in-care', 'previously-in-care', 'child-with-social-worker'] });
    expect(summary.stage?.title).toBe(stage.title);
    expect(summary.actions.map((a) => a.heading)).toEqual(DUTY_HEADINGS);
    for (const group of summary.actions) expect(group.items.length).toBeGreaterThan(0);
    const stageResources = stage.resources ?? [];
    expect(stageResources.length).toBeGreaterThan(0);
    // A resource that is one of the contacts (Norfolk's "Attendance Team") is listed once, as the contact.
    const listed = [...summary.resources.map((r) => r.title), ...summary.contacts.map((c) => c.name)];
    expect(listed).toEqual(expect.arrayContaining(stageResources.map((r) => r.title)));
  });

  it('keeps the duty lists verbatim, duplicated bullet included', () => {
    const universalLa = definition.stages[0].actions?.[1].actions.map((a) => a.text);
    expect(universalLa).toContain(
      'Offer termly targeting support meetings to all Provide the facility for groups of schools to come together to share practice through attendance networks.',
    );
    expect(universalLa).toHaveLength(6);
    const acutePartners = definition.stages[4].actions?.[2].actions.map((a) => a.text);
    expect(acutePartners?.[0]).toBe('Make severely absent pupils the top priority for support,');
  });

  it('marks the "Consider…" duties as consider', () => {
    const considered = definition.stages.flatMap((s) =>
      (s.actions ?? []).flatMap((g) => g.actions.filter((a) => a.force === 'consider').map((a) => a.text.slice(0, 30))),
    );
    expect(considered).toEqual([
      'Consider school attendance as ',
      'Consider the use of Penalty No',
      'Where the needs are wider and ',
      'Consider consultation with CAD',
      'Consider providing the Lead Pr',
      'Consider providing the lead pr',
    ]);
  });

  it('shows the Virtual School’s duties for Children in Care only when the child is in care', () => {
    const vsItem = 'The Virtual School will monitor the attendance of the Children in Care cohort weekly.';
    const la = (input: CaseInput) =>
      summaryAt('low-level-emerging-needs', input).actions.find((a) => a.heading === 'The Local Authority will:')?.items ?? [];
    expect(la({ cohorts: ['child-in-care'] })).toContain(vsItem);
    expect(la({})).not.toContain(vsItem);
  });

  it('keeps resource addresses only where the document publishes one', () => {
    const early = summaryAt('early-intervention').resources;
    expect(early).toContainEqual(expect.objectContaining({ title: 'Family Networking', url: 'https://justonenorfolk.nhs.uk' }));
    const plan = early.find((r) => r.title === 'Early Intervention Attendance Plan');
    expect(plan).toBeDefined();
    expect(plan?.url).toBeUndefined();
    const acute = summaryAt('acute-severe-absence').resources;
    expect(acute).toContainEqual(
      expect.objectContaining({ title: 'Fast Track to attendance – Schools', url: 'https://www.norfolk.gov.uk' }),
    );
  });

  it('quotes Working Together to Improve School Attendance', () => {
    expect(definition.statutoryReferences?.[0]).toMatchObject({
      title: 'Working Together to Improve School Attendance',
      citation: 'DfE, 2024',
    });
    expect(definition.statutoryReferences?.[0].quote).toMatch(/^Improving attendance is everyone's business\./);
  });
});
