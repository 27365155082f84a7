/**
 * What the lint rules look at, as views of core's one outline (../outline/outline.ts): every
 * thing with an id, every rule (Condition), every band, outcome and referral field. The rules
 * work from these lists instead of each walking the pathway again.
 */
import type { Band, Condition, Outcome, Pathway, ReferralField, Stage } from '@pathway/schema';
import { outlinePathway, ownerOfKind } from '../outline/outline.js';
import type { EntityKind, Outline, OutlineEntity } from '../outline/outline.js';
import { buildIndex, type PathwayIndex } from '../pathway-index.js';

export type { EntityKind } from '../outline/outline.js';

/** How each kind is called in messages, with its article. */
export const kindNames: Record<EntityKind, { noun: string; article: 'a' | 'an' }> = {
  stage: { noun: 'stage', article: 'a' },
  question: { noun: 'question', article: 'a' },
  evidence: { noun: 'evidence requirement', article: 'an' },
  gate: { noun: 'gate', article: 'a' },
  measure: { noun: 'measure', article: 'a' },
  cohort: { noun: 'circumstance', article: 'a' },
  role: { noun: 'role', article: 'a' },
  referral: { noun: 'referral', article: 'a' },
  exception: { noun: 'exception', article: 'an' },
  outcome: { noun: 'outcome', article: 'an' },
  route: { noun: 'route', article: 'a' },
  timeLimit: { noun: 'time limit', article: 'a' },
  contact: { noun: 'contact', article: 'a' },
  requirement: { noun: 'requirement', article: 'a' },
};

export type Entity = OutlineEntity;

/** A rule and where it sits. */
export interface ConditionSite {
  condition: Condition;
  pointer: string;
}

export interface BandSite {
  band: Band;
  pointer: string;
  /** The stage the band places pupils in; absent for pathway classifications. */
  stage?: Stage;
}

export interface OutcomeSite {
  outcome: Outcome;
  pointer: string;
  /** The stage whose outcome (or whose route's outcome) this is; absent for referral outcomes. */
  stage?: Stage;
}

export interface FieldSite {
  field: ReferralField;
  pointer: string;
  referralPointer: string;
}

export interface PathwayMap {
  outline: Outline;
  /** Every thing with an id, in document order. */
  entities: readonly Entity[];
  /** Entities by id (more than one where ids are duplicated). */
  byId: ReadonlyMap<string, readonly Entity[]>;
  /** Every rule, the combined ones (all/any/not) and each rule inside them, in document order. */
  conditions: ConditionSite[];
  /** Stage bands and classifications. */
  bands: BandSite[];
  outcomes: OutcomeSite[];
  /** Referral fields: their ids are a namespace of their own (the same datum asked once). */
  fields: FieldSite[];
  /** The engine's index of the same pathway, built on the outline above when a rule first asks. */
  engineIndex: () => PathwayIndex;
}

/** Maps a schema-valid pathway. */
export function mapPathway(pathway: Pathway): PathwayMap {
  const outline = outlinePathway(pathway);
  const stageOf = (entity: OutlineEntity | undefined) => ownerOfKind(entity, 'stage')?.node as Stage | undefined;
  let index: PathwayIndex | undefined;
  return {
    engineIndex: () => (index ??= buildIndex(pathway, outline)),
    outline,
    entities: outline.entities,
    byId: outline.byId,
    conditions: outline.nodesOf('Condition').map((node) => ({ condition: node.value as unknown as Condition, pointer: node.pointer })),
    bands: outline.nodesOf('Band').map((node) => {
      const site: BandSite = { band: node.value as unknown as Band, pointer: node.pointer };
      const stage = stageOf(node.owner);
      if (stage !== undefined) site.stage = stage;
      return site;
    }),
    outcomes: outline.nodesOf('Outcome').map((node) => {
      const site: OutcomeSite = { outcome: node.value as unknown as Outcome, pointer: node.pointer };
      const stage = ownerOfKind(node.owner, 'referral') === undefined ? stageOf(node.owner) : undefined;
      if (stage !== undefined) site.stage = stage;
      return site;
    }),
    fields: outline.nodesOf('ReferralField').map((node) => ({
      field: node.value as unknown as ReferralField,
      pointer: node.pointer,
      referralPointer: node.parent?.pointer ?? '',
    })),
  };
}

/** The entities with this id and kind. */
export function entitiesOf(map: PathwayMap, id: string, kind: EntityKind): readonly Entity[] {
  return map.outline.entitiesOf(id, kind);
}
