/**
 * Lookups from ids to the authored parts of a pathway, built once per definition. The engine
 * reports items by id; the pages need the authored question (its type, options, help) to draw it.
 */
import type {
  Cohort,
  Contact,
  Evidence,
  Measure,
  Pathway,
  Question,
  Referral,
  ReferralField,
  Role,
  Stage,
  TimeLimit,
} from '@pathway/schema';
import { emptyRecord } from './records.js';

export interface IndexedQuestion {
  question: Question;
  stageId: string;
}

export interface IndexedEvidence {
  evidence: Evidence;
  /** Set when the evidence backs up one question: it is shown right after that question. */
  questionId?: string;
  /** Set for a referral's "include" items. */
  referralId?: string;
}

export interface PathwayIndex {
  definition: Pathway;
  stages: Map<string, Stage>;
  measures: Map<string, Measure>;
  cohorts: Map<string, Cohort>;
  roles: Map<string, Role>;
  contacts: Map<string, Contact>;
  questions: Map<string, IndexedQuestion>;
  evidence: Map<string, IndexedEvidence>;
  /** Evidence attached to each question, in authored order. */
  questionEvidence: Map<string, Evidence[]>;
  referrals: Map<string, Referral>;
  /** Referral fields by id; referrals asking for the same id share one field. */
  fields: Map<string, ReferralField>;
  timeLimits: Map<string, TimeLimit>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function indexPathway(definition: Pathway): PathwayIndex {
  const index: PathwayIndex = {
    definition,
    stages: byId(definition.stages),
    measures: byId(definition.measures),
    cohorts: byId(definition.cohorts),
    roles: byId(definition.roles),
    contacts: byId(definition.contacts),
    questions: new Map(),
    evidence: new Map(),
    questionEvidence: new Map(),
    referrals: byId(definition.referrals),
    fields: new Map(),
    timeLimits: new Map(),
  };

  const addQuestions = (questions: readonly Question[] | undefined, stageId: string) => {
    for (const question of questions ?? []) {
      if (index.questions.has(question.id)) continue;
      index.questions.set(question.id, { question, stageId });
      const evidence = question.evidence ?? [];
      index.questionEvidence.set(question.id, evidence);
      for (const item of evidence) addEvidence(item, { questionId: question.id });
    }
  };
  const addEvidence = (evidence: Evidence, where: Omit<IndexedEvidence, 'evidence'> = {}) => {
    if (!index.evidence.has(evidence.id)) index.evidence.set(evidence.id, { evidence, ...where });
  };
  const addTimeLimits = (limits: readonly TimeLimit[] | undefined) => {
    for (const limit of limits ?? []) if (!index.timeLimits.has(limit.id)) index.timeLimits.set(limit.id, limit);
  };

  for (const stage of definition.stages) {
    addQuestions(stage.questions, stage.id);
    for (const item of stage.evidence ?? []) addEvidence(item);
    addTimeLimits(stage.timeLimits);
    for (const route of stage.routes ?? []) {
      addQuestions(route.questions, stage.id);
      for (const item of route.evidence ?? []) addEvidence(item);
      addTimeLimits(route.timeLimits);
    }
  }
  for (const referral of definition.referrals ?? []) {
    for (const field of referral.fields ?? []) if (!index.fields.has(field.id)) index.fields.set(field.id, field);
    for (const item of referral.include ?? []) addEvidence(item, { referralId: referral.id });
  }
  return index;
}

/** Every question id with its type and text: what a draft records to notice later changes. */
export function questionFingerprints(index: PathwayIndex): Record<string, { type: string; text: string }> {
  const fingerprints = emptyRecord<{ type: string; text: string }>();
  for (const [id, { question }] of index.questions) fingerprints[id] = { type: question.type, text: question.text };
  return fingerprints;
}
