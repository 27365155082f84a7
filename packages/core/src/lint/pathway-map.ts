/**
 * One pass over a pathway that finds everything the lint rules look at: every thing with an
 * id (and where it is), every rule (Condition), every band and every referral field. The
 * rules then work from these lists instead of each walking the pathway again.
 */
import type {
  Band,
  Condition,
  Evidence,
  Gate,
  Outcome,
  Pathway,
  Question,
  Referral,
  ReferralField,
  Route,
  Stage,
  TimeLimit,
} from '@pathway/schema';

/** The kinds of thing that share the pathway's one namespace of ids. */
export type EntityKind =
  | 'stage'
  | 'question'
  | 'evidence'
  | 'gate'
  | 'measure'
  | 'cohort'
  | 'role'
  | 'referral'
  | 'exception'
  | 'outcome'
  | 'route'
  | 'timeLimit'
  | 'contact';

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
};

export interface Entity {
  kind: EntityKind;
  id: string;
  pointer: string;
  node: unknown;
}

/** A rule, with where it sits and what it belongs to (for "outcome of stage X" and the like). */
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
  /** Every thing with an id, in document order. */
  entities: Entity[];
  /** Entities by id (more than one where ids are duplicated). */
  byId: Map<string, Entity[]>;
  /** Every rule, the combined ones (all/any/not) and each rule inside them, in document order. */
  conditions: ConditionSite[];
  /** Stage bands and classifications. */
  bands: BandSite[];
  outcomes: OutcomeSite[];
  /** Referral fields: their ids are a namespace of their own (the same datum asked once). */
  fields: FieldSite[];
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/** Maps a schema-valid pathway. */
export function mapPathway(pathway: Pathway): PathwayMap {
  const map: PathwayMap = { entities: [], byId: new Map(), conditions: [], bands: [], outcomes: [], fields: [] };

  const entity = (kind: EntityKind, node: { id?: string }, pointer: string) => {
    if (typeof node?.id !== 'string') return;
    const found: Entity = { kind, id: node.id, pointer, node };
    map.entities.push(found);
    const same = map.byId.get(node.id);
    if (same) same.push(found);
    else map.byId.set(node.id, [found]);
  };

  const condition = (rule: Condition | undefined, pointer: string) => {
    if (!rule || typeof rule !== 'object') return;
    map.conditions.push({ condition: rule, pointer });
    if ('all' in rule) list(rule.all).forEach((inner, i) => condition(inner, `${pointer}/all/${i}`));
    if ('any' in rule) list(rule.any).forEach((inner, i) => condition(inner, `${pointer}/any/${i}`));
    if ('not' in rule) condition(rule.not, `${pointer}/not`);
  };

  const evidence = (items: Evidence[] | undefined, pointer: string) =>
    list(items).forEach((item, i) => {
      entity('evidence', item, `${pointer}/${i}`);
      condition(item.showIf, `${pointer}/${i}/showIf`);
    });

  const questions = (items: Question[] | undefined, pointer: string) =>
    list(items).forEach((question, i) => {
      const at = `${pointer}/${i}`;
      entity('question', question, at);
      condition(question.showIf, `${at}/showIf`);
      evidence(question.evidence, `${at}/evidence`);
    });

  const gates = (items: Gate[] | undefined, pointer: string) =>
    list(items).forEach((gate, i) => {
      entity('gate', gate, `${pointer}/${i}`);
      condition(gate.condition, `${pointer}/${i}/condition`);
    });

  const timeLimits = (items: TimeLimit[] | undefined, pointer: string) =>
    list(items).forEach((limit, i) => entity('timeLimit', limit, `${pointer}/${i}`));

  const outcomes = (items: Outcome[] | undefined, pointer: string, stage?: Stage) =>
    list(items).forEach((outcome, i) => {
      const at = `${pointer}/${i}`;
      entity('outcome', outcome, at);
      map.outcomes.push({ outcome, pointer: at, stage });
      condition(outcome.when, `${at}/when`);
    });

  const actions = (groups: Stage['actions'], pointer: string) =>
    list(groups).forEach((group, g) =>
      list(group?.actions).forEach((action, a) => condition(action.when, `${pointer}/${g}/actions/${a}/when`)),
    );

  const route = (item: Route, pointer: string, stage: Stage) => {
    entity('route', item, pointer);
    condition(item.when, `${pointer}/when`);
    actions(item.actions, `${pointer}/actions`);
    questions(item.questions, `${pointer}/questions`);
    evidence(item.evidence, `${pointer}/evidence`);
    timeLimits(item.timeLimits, `${pointer}/timeLimits`);
    outcomes(item.outcomes, `${pointer}/outcomes`, stage);
  };

  const referral = (item: Referral, pointer: string) => {
    entity('referral', item, pointer);
    list(item.fields).forEach((field, i) => map.fields.push({ field, pointer: `${pointer}/fields/${i}`, referralPointer: pointer }));
    evidence(item.include, `${pointer}/include`);
    gates(item.gates, `${pointer}/gates`);
    outcomes(item.outcomes, `${pointer}/outcomes`);
  };

  list(pathway.measures).forEach((measure, i) => entity('measure', measure, `/measures/${i}`));
  list(pathway.classifications).forEach((band, i) => map.bands.push({ band, pointer: `/classifications/${i}` }));
  list(pathway.cohorts).forEach((cohort, i) => entity('cohort', cohort, `/cohorts/${i}`));
  list(pathway.roles).forEach((role, i) => entity('role', role, `/roles/${i}`));
  list(pathway.stages).forEach((stage, s) => {
    const at = `/stages/${s}`;
    entity('stage', stage, at);
    list(stage.bands).forEach((band, i) => map.bands.push({ band, pointer: `${at}/bands/${i}`, stage }));
    condition(stage.entry?.when, `${at}/entry/when`);
    condition(stage.exit?.when, `${at}/exit/when`);
    actions(stage.actions, `${at}/actions`);
    questions(stage.questions, `${at}/questions`);
    evidence(stage.evidence, `${at}/evidence`);
    gates(stage.gates, `${at}/gates`);
    list(stage.routes).forEach((item, i) => route(item, `${at}/routes/${i}`, stage));
    timeLimits(stage.timeLimits, `${at}/timeLimits`);
    outcomes(stage.outcomes, `${at}/outcomes`, stage);
  });
  list(pathway.exceptions).forEach((exception, i) => {
    entity('exception', exception, `/exceptions/${i}`);
    condition(exception.when, `/exceptions/${i}/when`);
  });
  list(pathway.referrals).forEach((item, i) => referral(item, `/referrals/${i}`));
  list(pathway.contacts).forEach((contact, i) => entity('contact', contact, `/contacts/${i}`));

  return map;
}

/** The entities with this id and kind. */
export function entitiesOf(map: PathwayMap, id: string, kind: EntityKind): Entity[] {
  return (map.byId.get(id) ?? []).filter((e) => e.kind === kind);
}
