import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/lint/complete-asks-nothing.json', import.meta.url), 'utf8')) as Pathway;
const flagged = (pathway: Pathway) =>
  lintPathway(pathway).filter((problem) => problem.code === 'lint.complete-asks-nothing').map((problem) => problem.pointer);
const changed = (change: (doc: any) => void): Pathway => {
  const copy = structuredClone(fixture) as any;
  change(copy);
  return copy;
};

describe('complete-asks-nothing', () => {
  it('counts only what blocks: a stage whose one question is advice asks nothing that must be done', () => {
    const advisory = changed((doc) => (doc.stages[1].questions[0].severity = 'advisory'));
    expect(flagged(advisory)).toEqual(['/stages/2/gates/0/condition', '/stages/2/gates/1/condition']);
  });

  it('counts a question a requirement written once asks at that stage, and one of a stage it requires', () => {
    const requirement = changed((doc) => {
      doc.requirements = [{ id: 'visit', title: 'Home visit', stages: ['early-concern'], questions: [{ id: 'visited', text: 'Was a home visit made?', type: 'yesNo' }] }];
    });
    expect(flagged(requirement)).toEqual([]);
    const required = changed((doc) => (doc.stages[0].requires = { stages: ['support-plan'] }));
    expect(flagged(required)).toEqual([]);
  });
});
