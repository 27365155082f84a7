/**
 * Three rules about where a pupil goes and who leads, beyond their fixtures: what each leaves
 * alone (so no pathway that is right is told it is wrong), and the round-6 pathway that showed
 * each one (aldermoor-cohorts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Pathway;
const fixture = (rule: string) => read(`../../fixtures/lint/${rule}.json`);
const found = (pathway: Pathway, rule: string) => lintPathway(pathway).filter((problem) => problem.code === `lint.${rule}`);
const copy = <T>(value: T): T => structuredClone(value);

describe('entry-question: a stage entered by the answer to a question only it asks', () => {
  it('leaves alone a question asked at the stage a pupil comes from', () => {
    const pathway = copy(fixture('entry-question'));
    const [targeted, , intensive] = pathway.stages.slice(1);
    targeted.questions!.push(intensive.questions!.pop()!);
    expect(found(pathway, 'entry-question')).toEqual([]);
  });

  it('leaves alone a question a requirement written once asks at other stages too', () => {
    const pathway = copy(fixture('entry-question'));
    const question = pathway.stages[3].questions!.pop()!;
    pathway.requirements = [{ id: 'reviews', title: 'Reviews', stages: ['targeted', 'intensive'], questions: [question] }];
    expect(found(pathway, 'entry-question')).toEqual([]);
  });

  it('reads a question wherever the rule names it: inside "any of", or as the date of a "time since" rule', () => {
    const pathway = copy(fixture('entry-question'));
    const intensive = pathway.stages[3];
    intensive.questions!.push({ id: 'last-review', text: 'Date of the last review', type: 'date' });
    intensive.entry!.when = { any: [{ measure: 'attendance', upper: { value: 50, inclusive: true } }, { since: 'last-review', atLeast: { amount: 6, unit: 'weeks' } }] };
    expect(found(pathway, 'entry-question').map((problem) => problem.detail)).toEqual([
      expect.stringContaining('entered by the answer to "Date of the last review", but only this stage asks that question'),
    ]);
  });

  it('warns on aldermoor-cohorts: Level 4 is entered by a question only Level 4 asks', () => {
    const [problem] = found(read('../../fixtures/guide-authored/aldermoor-cohorts.json'), 'entry-question');
    expect(problem.where).toBe('Stage "Level 4: Intensive and statutory" › entry › rule');
    expect(problem.detail).toContain('(such as Stage "Level 3: Targeted support")');
  });
});

describe('lead-conflict: two exceptions change who leads for the same pupil', () => {
  it('leaves alone exceptions whose rules keep them apart, or that name the same lead, or different stages', () => {
    const apart = copy(fixture('lead-conflict'));
    apart.exceptions![1].when = { all: [{ cohort: 'alternative-provision' }, { not: { cohort: 'youth-justice' } }] };
    expect(found(apart, 'lead-conflict')).toEqual([]);

    const same = copy(fixture('lead-conflict'));
    same.exceptions![1].lead = same.exceptions![0].lead;
    expect(found(same, 'lead-conflict')).toEqual([]);

    const elsewhere = copy(fixture('lead-conflict'));
    elsewhere.exceptions![1].stages = ['support'];
    expect(found(elsewhere, 'lead-conflict')).toEqual([]);
  });

  it('keeps apart rules on figures that do not meet, and a circumstance from a "not" of it, however written', () => {
    const pathway = copy(fixture('lead-conflict'));
    pathway.exceptions!.pop();
    pathway.exceptions![0].when = { measure: 'attendance', upper: { value: 50, inclusive: true } };
    pathway.exceptions![1].when = { any: [{ measure: 'attendance', lower: { value: 50, inclusive: false } }, { not: { not: { cohort: 'social-care' } } }] };
    // A pupil at 50% or less in social care meets both.
    expect(found(pathway, 'lead-conflict').map((problem) => problem.where)).toEqual(['Exception "Attends alternative provision"']);
    pathway.exceptions![1].when = { measure: 'attendance', lower: { value: 50, inclusive: false } };
    expect(found(pathway, 'lead-conflict')).toEqual([]);
    pathway.exceptions![0].when = { cohort: 'social-care' };
    pathway.exceptions![1].when = { not: { any: [{ cohort: 'youth-justice' }, { cohort: 'social-care' }] } };
    expect(found(pathway, 'lead-conflict')).toEqual([]);
  });

  it('warns on aldermoor-cohorts: open to the YJS and in alternative provision at Level 3', () => {
    const problems = found(read('../../fixtures/guide-authored/aldermoor-cohorts.json'), 'lead-conflict');
    expect(problems.map((problem) => problem.where)).toEqual(['Exception "Attending alternative provision"']);
    expect(problems[0].detail).toContain('as Exception "Open to the Youth Justice Service" at Stage "Level 3: Targeted support"');
  });
});

describe('nowhere-to-go: an exception blocks a stage and nothing else can take the case', () => {
  it('leaves alone a pathway with a starting stage or a stage for every pupil', () => {
    const start = copy(fixture('nowhere-to-go'));
    start.start = 'universal';
    expect(found(start, 'nowhere-to-go')).toEqual([]);
    const universal = copy(fixture('nowhere-to-go'));
    universal.stages.unshift({ id: 'everyone', title: 'Every pupil', universal: true });
    expect(found(universal, 'nowhere-to-go')).toEqual([]);
  });

  it('leaves alone a redirect, a band another stage covers, and a stage entered for the same circumstance', () => {
    const redirect = copy(fixture('nowhere-to-go'));
    Object.assign(redirect.exceptions![0], { effect: 'redirect', redirectTo: { stage: 'targeted' } });
    expect(found(redirect, 'nowhere-to-go')).toEqual([]);

    const covered = copy(fixture('nowhere-to-go'));
    covered.stages[1].bands![0].lower = undefined;
    expect(found(covered, 'nowhere-to-go')).toEqual([]);

    const entered = copy(fixture('nowhere-to-go'));
    entered.stages.push({ id: 'new-arrivals', title: 'New arrivals support', entry: { description: 'Newly arrived families.', when: { cohort: 'new-arrival' } } });
    expect(found(entered, 'nowhere-to-go')).toEqual([]);
  });

  it('leaves alone an exception whose own rule keeps its pupils out of the band', () => {
    const pathway = copy(fixture('nowhere-to-go'));
    pathway.exceptions![0].when = { all: [{ cohort: 'new-arrival' }, { measure: 'attendance', lower: { value: 60, inclusive: true } }] };
    expect(found(pathway, 'nowhere-to-go')).toEqual([]);
  });

  it('names only the figures nothing else covers, and a skip as well as a block', () => {
    const pathway = copy(fixture('nowhere-to-go'));
    pathway.stages[1].bands![0].lower = { value: 30, inclusive: false };
    pathway.exceptions![0].effect = 'skip';
    expect(found(pathway, 'nowhere-to-go').map((problem) => problem.detail)).toEqual([
      expect.stringMatching(/^skips Stage "Statutory action", and for a pupil it applies to with "Attendance" at most 30% no other/),
    ]);
  });

  it('tells once of exceptions that leave the same pupils at the same stage, and still lists each where it is written', () => {
    const pathway = copy(fixture('nowhere-to-go'));
    const [refugee] = pathway.exceptions!;
    pathway.cohorts!.push({ id: 'bereaved', title: 'Recently bereaved' }, { id: 'camhs', title: 'CAMHS assessment pending' });
    pathway.exceptions!.push(
      { ...refugee, id: 'bereaved-no-statutory', title: 'Bereavement this term', when: { cohort: 'bereaved' } },
      // Skipping the stage is another effect: told apart.
      { ...refugee, id: 'camhs-skip', title: 'CAMHS assessment pending', when: { cohort: 'camhs' }, effect: 'skip' },
      { ...refugee, id: 'camhs-no-statutory', title: 'Waiting for CAMHS', when: { cohort: 'camhs' } },
    );
    const problems = found(pathway, 'nowhere-to-go');
    expect(problems.map(({ where, pointer }) => [where, pointer])).toEqual([
      ['Exception "Newly arrived refugee family"', '/exceptions/0'],
      ['Exception "Bereavement this term"', '/exceptions/1'],
      ['Exception "CAMHS assessment pending"', '/exceptions/2'],
      ['Exception "Waiting for CAMHS"', '/exceptions/3'],
    ]);
    const [first, bereaved, skip, camhs] = problems.map((problem) => problem.detail);
    expect(first).toMatch(
      /^this exception, Exception "Bereavement this term" and Exception "Waiting for CAMHS" each block Stage "Statutory action", and for a pupil one of them applies to with "Attendance" at most 50% no other stage's band matches, .* with nothing to do\. Send them to a stage instead, in each exception/,
    );
    for (const other of [bereaved, camhs]) {
      expect(other).toBe('blocks Stage "Statutory action", where a pupil it applies to with "Attendance" at most 50% is left with nothing to do, as with Exception "Newly arrived refugee family": see that warning');
    }
    expect(skip).toMatch(/^skips Stage "Statutory action", and for a pupil it applies to with "Attendance" at most 50% no other stage's band matches/);
  });

  it('warns on aldermoor-cohorts: a refugee pupil at 40% has nowhere to go when Level 4 is blocked', () => {
    const problems = found(read('../../fixtures/guide-authored/aldermoor-cohorts.json'), 'nowhere-to-go');
    expect(problems.map((problem) => problem.where)).toEqual(['Exception "Refugee or asylum-seeking family in their first term"']);
    expect(problems[0].detail).toContain('blocks Stage "Level 4: Intensive and statutory"');
  });
});
