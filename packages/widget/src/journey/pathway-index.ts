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
import { outlinePathway, ownerOfKind } from '@pathway/core';
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

/**
 * The lookups, from core's one outline of the document (every named thing with its owner), so
 * the widget walks a pathway exactly as the engine and lint do: questions and evidence in
 * routes and in requirements written once (format 1.1) are found like a stage's own. Where
 * ids repeat, the first in document order wins, as in the engine.
 */
export function indexPathway(definition: Pathway): PathwayIndex {
  const index: PathwayIndex = {
    definition,
    stages: new Map(),
    measures: new Map(),
    cohorts: new Map(),
    roles: new Map(),
    contacts: new Map(),
    questions: new Map(),
    evidence: new Map(),
    questionEvidence: new Map(),
    referrals: new Map(),
    fields: new Map(),
    timeLimits: new Map(),
  };
  const first = <T>(map: Map<string, T>, id: string, value: T) => {
    if (!map.has(id)) map.set(id, value);
  };
  const outline = outlinePathway(definition);
  for (const entity of outline.entities) {
    const node = entity.node;
    switch (entity.kind) {
      case 'stage':
        first(index.stages, entity.id, node as Stage);
        break;
      case 'measure':
        first(index.measures, entity.id, node as Measure);
        break;
      case 'cohort':
        first(index.cohorts, entity.id, node as Cohort);
        break;
      case 'role':
        first(index.roles, entity.id, node as Role);
        break;
      case 'contact':
        first(index.contacts, entity.id, node as Contact);
        break;
      case 'referral':
        first(index.referrals, entity.id, node as Referral);
        break;
      case 'timeLimit':
        first(index.timeLimits, entity.id, node as TimeLimit);
        break;
      case 'question': {
        if (index.questions.has(entity.id)) break;
        const question = node as Question;
        // A requirement's question belongs to no one stage: the engine names the requirement as its owner.
        const owner = ownerOfKind(entity, 'stage') ?? ownerOfKind(entity, 'requirement');
        index.questions.set(entity.id, { question, stageId: owner?.id ?? '' });
        index.questionEvidence.set(entity.id, question.evidence ?? []);
        break;
      }
      case 'evidence': {
        const where: Omit<IndexedEvidence, 'evidence'> = {};
        if (entity.owner?.kind === 'question') where.questionId = entity.owner.id;
        else if (entity.owner?.kind === 'referral') where.referralId = entity.owner.id;
        first(index.evidence, entity.id, { evidence: node as Evidence, ...where });
        break;
      }
      default:
        break;
    }
  }
  for (const field of outline.nodesOf('ReferralField')) {
    const value = field.value as unknown as ReferralField;
    if (typeof value.id === 'string') first(index.fields, value.id, value);
  }
  return index;
}

/** Every question id with its type and text: what a draft records to notice later changes. */
export function questionFingerprints(index: PathwayIndex): Record<string, { type: string; text: string }> {
  const fingerprints = emptyRecord<{ type: string; text: string }>();
  for (const [id, { question }] of index.questions) fingerprints[id] = { type: question.type, text: question.text };
  return fingerprints;
}
