import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { outlinePathway, ownerOfKind } from './outline.js';

const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;

const pathway = {
  schemaVersion: '1.1',
  id: 'p',
  version: '1',
  title: 'P',
  authority: { name: 'A' },
  start: 'tier-1',
  journey: { audience: 'school', role: 'school' },
  measures: [
    { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', baseline: { title: 'Before' } },
    { id: 'notice-date', title: 'Notice issued', kind: 'date' },
    { id: 'further', title: 'Further sessions', kind: 'sessionCount', from: 'notice-date' },
  ],
  roles: [{ id: 'school', title: 'School' }],
  stages: [
    {
      id: 'tier-1',
      title: 'Tier 1',
      routes: [
        {
          id: 'warning',
          title: 'Warning',
          chosenBy: 'school',
          questions: [{ id: 'q1', text: 'Q1?', type: 'yesNo' }],
          gates: [{ id: 'g1', title: 'G1', condition: { not: { change: 'attendance', direction: 'improved' } } }],
        },
      ],
      actions: [{ role: 'school', actions: [{ text: 'Do it', roles: ['school'], dueFrom: 'notice-date', gates: ['g1'] }] }],
    },
  ],
  requirements: [{ id: 'r1', title: 'R1', questions: [{ id: 'q2', text: 'Q2?', type: 'number' }] }],
} as unknown as Pathway;

describe('outlinePathway', () => {
  const outline = outlinePathway(pathway);

  it('finds every named thing with its pointer and owner, in document order', () => {
    expect(outline.entities.map((e) => `${e.kind}:${e.id}@${e.pointer}`)).toEqual([
      'measure:attendance@/measures/0',
      'measure:notice-date@/measures/1',
      'measure:further@/measures/2',
      'role:school@/roles/0',
      'stage:tier-1@/stages/0',
      'route:warning@/stages/0/routes/0',
      'question:q1@/stages/0/routes/0/questions/0',
      'gate:g1@/stages/0/routes/0/gates/0',
      'requirement:r1@/requirements/0',
      'question:q2@/requirements/0/questions/0',
    ]);
    const q1 = outline.entitiesOf('q1', 'question')[0];
    expect(q1.owner?.id).toBe('warning');
    expect(ownerOfKind(q1, 'stage')?.id).toBe('tier-1');
  });

  it('finds every reference, 1.1 ones included, from the schema annotations alone', () => {
    expect(outline.references.map((r) => `${r.property}→${r.id}@${r.pointer}${r.date ? ' (date)' : ''}`)).toEqual([
      'start→tier-1@',
      'role→school@/journey',
      'from→notice-date@/measures/2 (date)',
      'chosenBy→school@/stages/0/routes/0',
      'change→attendance@/stages/0/routes/0/gates/0/condition/not',
      'role→school@/stages/0/actions/0',
      'roles→school@/stages/0/actions/0/actions/0/roles',
      'dueFrom→notice-date@/stages/0/actions/0/actions/0 (date)',
      'gates→g1@/stages/0/actions/0/actions/0/gates',
    ]);
  });

  it('indexes nodes by their schema definition', () => {
    expect(outline.nodesOf('Condition').map((n) => n.pointer)).toEqual([
      '/stages/0/routes/0/gates/0/condition',
      '/stages/0/routes/0/gates/0/condition/not',
    ]);
  });

  it('walks a document nested far deeper than the call stack allows, without throwing', () => {
    let condition: unknown = { cohort: 'x' };
    for (let i = 0; i < 50_000; i++) condition = { not: condition };
    const deep = { ...pathway, exceptions: [{ id: 'e', title: 'E', when: condition, effect: 'advise', message: 'M' }] } as unknown as Pathway;
    const nodes = outlinePathway(deep).nodesOf('Condition');
    // 50,001 in the exception, and the route gate's two.
    expect(nodes).toHaveLength(50_003);
  });

  it('skips what is not shaped as the schema says, and never throws on garbage', () => {
    for (const garbage of [null, 7, 'x', [], { stages: 'no' }, { stages: [null, 3, { id: 5 }] }]) {
      expect(() => outlinePathway(garbage)).not.toThrow();
    }
  });

  it('outlines every seed, finding each stage and question the seed has', () => {
    for (const name of ['wigan', 'norfolk', 'southwark', 'county-chronic-non-attendance']) {
      const doc = seed(name);
      const found = outlinePathway(doc);
      expect(found.entities.filter((e) => e.kind === 'stage').map((e) => e.id)).toEqual(doc.stages.map((s) => s.id));
      const questions = doc.stages.flatMap((s) => [...(s.questions ?? []), ...(s.routes ?? []).flatMap((r) => r.questions ?? [])]);
      expect(found.entities.filter((e) => e.kind === 'question').map((e) => e.id).sort()).toEqual(questions.map((q) => q.id).sort());
    }
  });
});
