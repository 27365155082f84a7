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
  Route,
  Stage,
  TimeLimit,
} from '@pathway/schema';
import { dateTitle, generalContacts, outlinePathway } from '@pathway/core';
import type { EntityKind, Outline } from '@pathway/core';
import { emptyRecord } from './records.js';

export interface IndexedEvidence {
  evidence: Evidence;
  /** Set when the evidence backs up one question: it is shown right after that question. */
  questionId?: string;
}

export interface PathwayIndex {
  definition: Pathway;
  stages: Map<string, Stage>;
  /** Every stage's routes, by id. */
  routes: Map<string, Route>;
  measures: Map<string, Measure>;
  cohorts: Map<string, Cohort>;
  roles: Map<string, Role>;
  contacts: Map<string, Contact>;
  /** The pathway's general contacts, nothing naming them (core's generalContacts). */
  generalContacts: readonly Contact[];
  /** Questions by id (no record around each: a large pathway has thousands). */
  questions: Map<string, Question>;
  evidence: Map<string, IndexedEvidence>;
  referrals: Map<string, Referral>;
  /** Referral fields by id; referrals asking for the same id share one field. */
  fields: Map<string, ReferralField>;
  timeLimits: Map<string, TimeLimit>;
  /**
   * By time limit id, the name of the date it counts from, for a limit with a date but no words
   * for its start (core's dateTitle, worked out here so the outline itself is not kept).
   */
  timeLimitDates: Map<string, string>;
  /** Measures something uses (a band, a rule, a count, a time limit, a duty). */
  usedMeasures: Set<string>;
  /** Date measures a "time since" rule counts from: such a date cannot be in the future. */
  sinceDates: Set<string>;
}

/**
 * The lookups, from core's one outline of the document (every named thing with its owner), so
 * the widget walks a pathway exactly as the engine and lint do: questions and evidence in
 * routes and in requirements written once (format 1.1) are found like a stage's own. Where
 * ids repeat, the first in document order wins, as in the engine.
 */
export function indexPathway(definition: Pathway, outline: Outline = outlinePathway(definition)): PathwayIndex {
  const index: PathwayIndex = {
    definition,
    stages: new Map(),
    routes: new Map(),
    measures: new Map(),
    cohorts: new Map(),
    roles: new Map(),
    contacts: new Map(),
    generalContacts: generalContacts(outline),
    questions: new Map(),
    evidence: new Map(),
    referrals: new Map(),
    fields: new Map(),
    timeLimits: new Map(),
    timeLimitDates: new Map(),
    usedMeasures: new Set(),
    sinceDates: new Set(),
  };
  const first = <T>(map: Map<string, T>, id: string, value: T) => {
    if (!map.has(id)) map.set(id, value);
  };
  /** The lookups that hold the named thing itself, by its kind. */
  const plain: Partial<Record<EntityKind, Map<string, unknown>>> = {
    stage: index.stages,
    route: index.routes,
    measure: index.measures,
    cohort: index.cohorts,
    role: index.roles,
    contact: index.contacts,
    referral: index.referrals,
    timeLimit: index.timeLimits,
  };
  for (const entity of outline.entities) {
    const map = plain[entity.kind];
    if (map !== undefined) {
      first(map, entity.id, entity.node);
    } else if (entity.kind === 'question') {
      first(index.questions, entity.id, entity.node as Question);
    } else if (entity.kind === 'evidence') {
      const evidence = entity.node as Evidence;
      first(index.evidence, entity.id, entity.owner?.kind === 'question' ? { evidence, questionId: entity.owner.id } : { evidence });
    }
  }
  for (const [id, limit] of index.timeLimits) {
    if (limit.starts === undefined && typeof limit.startsFrom === 'string') index.timeLimitDates.set(id, dateTitle(outline, limit.startsFrom).title);
  }
  for (const reference of outline.references) {
    if (!reference.kinds.includes('measure') || !index.measures.has(reference.id)) continue;
    index.usedMeasures.add(reference.id);
    if (reference.property === 'since') index.sinceDates.add(reference.id);
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
  for (const [id, question] of index.questions) fingerprints[id] = { type: question.type, text: question.text };
  return fingerprints;
}
