import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintPathway } from '../lint/index.js';
import { pathwayArbitrary } from '../testing/arbitraries.js';
import { outlinePathway } from './outline.js';
import { unresolvedReferences } from './unresolved.js';

const folder = (path: string) => new URL(path, import.meta.url);
const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as unknown;
const unresolved = (pathway: unknown) => unresolvedReferences(outlinePathway(pathway)).map((r) => [r.property, r.id]);

const pathway = {
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }, { id: 'notice', title: 'Notice issued', kind: 'date' }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }],
  stages: [
    { id: 'one', title: 'One', questions: [{ id: 'met', text: 'Met the family?', type: 'yesNo' }] },
    { id: 'two', title: 'Two', entry: { when: { all: [{ cohort: 'cla' }, { since: 'notice', atLeast: { amount: 1, unit: 'weeks' } }] } } },
  ],
  exceptions: [{ id: 'x', title: 'X', when: { cohort: 'cla' }, effect: 'block', stages: ['two'], message: 'No.' }],
};

describe('unresolvedReferences', () => {
  it('finds nothing in a pathway that names only what it has', () => {
    expect(unresolved(pathway)).toEqual([]);
  });

  it('finds an id that names nothing, a circumstance never defined, and a date that is not a date', () => {
    const broken = structuredClone(pathway);
    broken.exceptions[0].stages = ['tow'];
    broken.exceptions[0].when = { cohort: 'lac' };
    broken.stages[1].entry!.when.all[1] = { since: 'met', atLeast: { amount: 1, unit: 'weeks' } };
    expect(unresolved(broken)).toEqual(expect.arrayContaining([['stages', 'tow'], ['cohort', 'lac'], ['since', 'met']]));
    expect(unresolved(broken)).toHaveLength(3);
  });

  it('finds nothing in the seeds or the pathways written from the guide (all lint-clean)', () => {
    const guide = folder('../../fixtures/guide-authored/');
    const seeds = folder('../../../../pathways/');
    for (const dir of [guide, seeds]) {
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
        expect(unresolved(read(new URL(name, dir))), name).toEqual([]);
      }
    }
  });
});

describe('one decision for lint and the widget', () => {
  it('lint reports a reference error exactly where unresolvedReferences finds one, on random pathways', () => {
    // The random pathways name "ghost" ids of every kind and use non-date questions in
    // "since" rules, so most of them have unresolved references.
    fc.assert(
      fc.property(pathwayArbitrary, (random) => {
        const found = unresolvedReferences(outlinePathway(random)).map((reference) => reference.pointer);
        const reported = lintPathway(random)
          .filter((problem) => problem.code === 'lint.dangling-reference' || problem.code === 'lint.undefined-cohort')
          .map((problem) => problem.pointer);
        expect([...new Set(reported)].sort()).toEqual([...new Set(found)].sort());
      }),
      { numRuns: 300 },
    );
  });
});
