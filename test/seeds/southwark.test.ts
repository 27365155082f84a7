import { describe, expect, it } from 'vitest';
import { createPathway, type CaseInput } from '@pathway/core';
import { loadSeed } from './load-seed.js';

// London Borough of Southwark, "Managing attendance - the three-stage approach": stage one only.
const definition = loadSeed('southwark');
const southwark = createPathway(definition);

const SIX_COMPONENTS = [
  'Evidence that a TAF has been convened with the family, other professionals including health, SEN and other agencies where appropriate.',
  'A record evidencing that concerns regarding attendance have been raised with the parent/carer.',
  'Identification of the likely reasons for poor attendance.',
  'Actions to be taken by family, school and professionals to improve attendance, including referrals to other agencies for support and actions to address unmet SEN needs.',
  'The target for improvement and the period in which attendance will be monitored and reviewed.',
  'The consequences if attendance does not improve, including the possibility of prosecution where a parent/carer is deemed culpable for persistent non-attendance.',
];
const RESPONSIBILITY_MESSAGE =
  'Where the child or young person is open to a FEH practitioner for whole family support, a YOS officer for prevention or statutory intervention, or a Southwark social worker as part of a child in need (CIN) or child protection (CP) plan, as lead professional the case responsible officer will assume responsibility for attendance action at stage one and two.';
const SCHOOL_IN_ENFORCEMENT =
  'Where the lead professional role is not held by the school, the school must be included in all decisions relating to enforcement.';

const allComponents = () =>
  Object.fromEntries((definition.stages[0].evidence ?? []).map((e) => [e.id, { confirmed: true }]));
const stageOne = (input: CaseInput) => southwark.evaluateStage('stage-one', input)!;
const summary = (input: CaseInput) =>
  southwark.summarise({ ...input, stage: 'stage-one' }, { generatedAt: '2025-01-01T00:00:00.000Z' });

describe('Southwark: stage one as published', () => {
  it('publishes only stage one, and says so', () => {
    expect(definition.title).toBe('Managing attendance - the three-stage approach');
    expect(definition.stages.map((s) => s.title)).toEqual(['Stage one - Initial attendance action']);
    expect(definition.summary).toContain('Only stage one');
    expect(definition.lastUpdated).toBe('2023-01-16');
  });

  it('applies once non-attendance is persistent in line with the school’s attendance policy', () => {
    const placement = southwark.place({ cohorts: ['persistent-non-attendance'] });
    expect(placement.stages.map((s) => [s.stageId, s.via])).toEqual([['stage-one', 'entry']]);
    expect(southwark.place({}).stages).toEqual([]);
  });

  it('sets out the lead professional’s duties with the document’s must and should', () => {
    const duties = definition.stages[0].actions?.[0];
    expect(duties?.role).toBe('lead-professional');
    const force = (id: string) => {
      const action = duties?.actions.find((a) => a.id === id);
      return action?.force ?? duties?.force;
    };
    expect(force('meet-parent-or-carer')).toBe('must');
    expect(force('explain-impact-expectations-consequences')).toBe('should');
    expect(force('consult-senior-ewo')).toBe('must');
    expect(force('understand-reasons')).toBe('should');
    expect(force('seek-advocacy-support')).toBe('should');
    expect(summary({}).actions.flatMap((a) => a.items)).toContain(SCHOOL_IN_ENFORCEMENT);
  });

  it('lists the two appendices without inventing addresses for them', () => {
    const resources = summary({}).resources;
    for (const title of ['Improving School Attendance - Information for Parents and Carers', 'The mapping approach (appendix 11)']) {
      const resource = resources.find((r) => r.title === title);
      expect(resource).toBeDefined();
      expect(resource?.url).toBeUndefined();
    }
  });
});

describe('Southwark: the six required components of a stage one assessment and plan', () => {
  it('asks for all six, in order, word for word, each required and blocking', () => {
    const evidence = stageOne({}).evidence;
    expect(evidence.map((e) => e.text)).toEqual(SIX_COMPONENTS);
    expect(evidence.every((e) => e.required && e.severity === 'blocking' && e.state === 'missing')).toBe(true);
  });

  it('is not ready while any component is missing', () => {
    const evidence = allComponents();
    delete evidence['target-and-review-period'];
    const stage = stageOne({ evidence });
    expect(stage.ready).toBe(false);
    expect(stage.missing.blocking.map((i) => i.text)).toEqual([SIX_COMPONENTS[4]]);
  });

  it('is ready with all six', () => {
    expect(stageOne({ evidence: allComponents() }).ready).toBe(true);
  });
});

describe('Southwark: translation and advocacy', () => {
  const translated = 'q-communication-translated';

  it('asks about translation only when the parents’ first language is not English', () => {
    const without = stageOne({ evidence: allComponents() });
    expect(without.questions.find((q) => q.id === translated)?.state).toBe('notApplicable');
    expect(without.ready).toBe(true);

    const withCohort = stageOne({ evidence: allComponents(), cohorts: ['first-language-not-english'] });
    const question = withCohort.questions.find((q) => q.id === translated);
    expect(question?.text).toBe('Have all written communication and any agreements been translated?');
    expect(question).toMatchObject({ state: 'missing', severity: 'blocking' });
    expect(withCohort.ready).toBe(false);
  });

  it('blocks stage one until communication is translated', () => {
    const cohorts = ['first-language-not-english'];
    expect(stageOne({ evidence: allComponents(), cohorts, answers: { [translated]: 'no' } }).ready).toBe(false);
    expect(stageOne({ evidence: allComponents(), cohorts, answers: { [translated]: 'yes' } }).ready).toBe(true);
  });

  it('requires accessible information and recommends advocacy for parents with literacy or learning needs', () => {
    const cohorts = ['parent-literacy-or-learning-needs'];
    const stage = stageOne({
      evidence: allComponents(),
      cohorts,
      answers: { 'q-information-shared-accessibly': 'yes', 'q-advocacy-support-sought': 'no' },
    });
    expect(stage.ready).toBe(true);
    expect(stage.missing.advisory.map((i) => i.id)).toEqual(['q-advocacy-support-sought']);
    expect(stage.exceptions.map((e) => [e.id, e.effect])).toEqual([['parent-advocacy', 'advise']]);

    const notShared = stageOne({ evidence: allComponents(), cohorts, answers: { 'q-information-shared-accessibly': 'no' } });
    expect(notShared.ready).toBe(false);
  });
});

describe('Southwark: who holds responsibility', () => {
  it.each(['open-to-feh', 'open-to-yos', 'open-to-social-care'])(
    'passes attendance action to the case responsible officer when the family is %s',
    (cohort) => {
      const stage = stageOne({ cohorts: [cohort] });
      expect(stage.lead).toBe('the case responsible officer');
      expect(stage.status).toBe('available');
      expect(stage.exceptions.map((e) => e.message)).toContain(RESPONSIBILITY_MESSAGE);
    },
  );

  it('leaves the lead professional in charge otherwise', () => {
    const stage = stageOne({});
    expect(stage.lead).toBe('The lead professional');
    expect(stage.exceptions).toEqual([]);
  });

  it('asks the school to consider a team around the family meeting only when no other plan is open', () => {
    const taf = 'the school should consider whether it would be appropriate to convene a team around the family meeting';
    const items = (input: CaseInput) => summary(input).actions.flatMap((a) => a.items).join('\n');
    expect(items({})).toContain(taf);
    expect(items({ cohorts: ['open-to-feh'] })).not.toContain(taf);
  });
});
