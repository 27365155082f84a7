/**
 * Everything about a pathway that does not depend on the case, worked out once by
 * `createPathway`: lookups by id, each question's and evidence item's owner, compiled stages
 * (defaults applied, the stages each requires followed through), which stages' completeness
 * depends on itself, and which measures place pupils. Evaluation then only looks things up.
 *
 * Ids are meant to be unique (lint reports duplicates); where they are not, the first
 * definition wins for lookups by id, and nothing throws.
 */
import type {
  AnswerValue,
  Cohort,
  Condition,
  Contact,
  Evidence,
  Exception,
  Gate,
  Measure,
  Pathway,
  Question,
  Referral,
  Requirement,
  Role,
  Route,
  Severity,
  Stage,
} from './schema-types.js';
import type { AnswerSpec } from './answers.js';
import type { ItemStatus } from './types.js';
import type { ResolvedJourney } from './journey.js';
import { answerSpecOf, answerText, expectedAnswers } from './answers.js';
import { typeAnswers } from './question-answers.js';
import { reason } from './messages.js';
import { walkCondition } from './conditions.js';
import { changeMeasures } from './change.js';
import { resolveJourney } from './journey.js';
import type { ChoiceIndex } from './routes.js';
import { buildChoiceIndex, routeExceptionConditions } from './routes.js';
import { joinWith } from './text.js';
import { outlinePathway } from './outline/outline.js';
import { generalContacts } from './general-contacts.js';
import type { EntityKind, Outline } from './outline/outline.js';

/*
 * Compiled items: each question, evidence item, route and stage as a record with every key
 * present and defaults applied. Definitions come in many shapes (optional keys, any order);
 * giving the evaluation loops one shape per kind keeps them fast on large pathways.
 */

export interface CompiledEvidence {
  readonly evidence: Evidence;
  readonly id: string;
  readonly title: string;
  readonly required: boolean;
  readonly severity: Severity;
  readonly showIf: Condition | undefined;
  /** Its last status that depends on nothing the case says (stage-core.ts's `steadyStatus`). */
  steady: ItemStatus | undefined;
}

export interface CompiledQuestion {
  readonly question: Question;
  /** Position among all the pathway's compiled questions: a slot for its answer in each evaluation. */
  readonly ordinal: number;
  readonly id: string;
  readonly text: string;
  readonly spec: AnswerSpec;
  readonly required: boolean;
  readonly severity: Severity;
  readonly showIf: Condition | undefined;
  /** The answers that count as met; undefined: any answer. */
  readonly expected: readonly AnswerValue[] | undefined;
  /** The expected answers in words: "Yes or Not applicable". */
  readonly expectedText: string;
  readonly unmetMessage: string | undefined;
  readonly evidence: readonly CompiledEvidence[];
  /** A yes/no or choice question: its few answers each have one verdict, made when first given (`verdictFor`). */
  readonly fewAnswers: boolean;
  /** Its last status that depends on nothing the case says (stage-core.ts's `steadyStatus`). */
  steady: ItemStatus | undefined;
}

export interface CompiledRoute {
  readonly route: Route;
  readonly id: string;
  readonly title: string;
  readonly when: Condition | undefined;
  readonly questions: readonly CompiledQuestion[];
  readonly evidence: readonly CompiledEvidence[];
}

export interface CompiledStage {
  readonly stage: Stage;
  readonly id: string;
  readonly title: string;
  readonly questions: readonly CompiledQuestion[];
  readonly evidence: readonly CompiledEvidence[];
  readonly routes: readonly CompiledRoute[];
  readonly gates: readonly Gate[];
  /** The stages it requires, directly or through them, in pathway order, itself excluded. */
  readonly required: readonly Stage[];
}

/**
 * A requirement written once (format 1.1): its questions, evidence and gates join the items of
 * every stage it applies at (`stages`, or every stage), wherever its rule holds.
 */
export interface CompiledRequirement {
  readonly requirement: Requirement;
  readonly id: string;
  readonly title: string;
  readonly when: Condition | undefined;
  /** The stage ids it applies at; undefined: every stage. */
  readonly stageIds: ReadonlySet<string> | undefined;
  readonly questions: readonly CompiledQuestion[];
  readonly evidence: readonly CompiledEvidence[];
  readonly gates: readonly Gate[];
  /** What its items' `ownerKind` says: their owner is a requirement, not the stage they are shown at. */
  readonly ownerKind: 'requirement';
}

export function compileEvidence(evidence: Evidence): CompiledEvidence {
  return {
    evidence,
    id: evidence.id,
    title: evidence.title,
    required: evidence.required ?? true,
    severity: evidence.severity ?? 'blocking',
    showIf: evidence.showIf,
    steady: undefined,
  };
}

function compileQuestionAt(question: Question, ordinal: number): CompiledQuestion {
  const spec = answerSpecOf(question);
  const expected = expectedAnswers(question);
  const expectedText = expected === undefined ? '' : joinWith(expected.map((value) => answerText(spec, value)), 'or');
  return {
    question,
    ordinal,
    id: question.id,
    text: question.text,
    spec,
    required: question.required ?? true,
    severity: question.severity ?? 'blocking',
    showIf: question.showIf,
    expected,
    expectedText,
    unmetMessage: question.unmetMessage,
    evidence: (question.evidence ?? []).map(compileEvidence),
    // Only yes/no and choice questions have few enough answers to keep a verdict for each.
    fewAnswers: typeAnswers(question.type)?.answers !== undefined,
    steady: undefined,
  };
}

function compileStage(stage: Stage, required: readonly Stage[], counter: { next: number }): CompiledStage {
  const compileQuestion = (question: Question) => compileQuestionAt(question, counter.next++);
  return {
    stage,
    id: stage.id,
    title: stage.title,
    questions: (stage.questions ?? []).map(compileQuestion),
    evidence: (stage.evidence ?? []).map(compileEvidence),
    routes: (stage.routes ?? []).map((route) => ({
      route,
      id: route.id,
      title: route.title,
      when: route.when,
      questions: (route.questions ?? []).map(compileQuestion),
      evidence: (route.evidence ?? []).map(compileEvidence),
    })),
    gates: stage.gates ?? [],
    required,
  };
}

function compileRequirement(requirement: Requirement, counter: { next: number }): CompiledRequirement {
  return {
    requirement,
    id: requirement.id,
    title: requirement.title,
    when: requirement.when,
    stageIds: requirement.stages === undefined ? undefined : new Set(requirement.stages),
    questions: (requirement.questions ?? []).map((question) => compileQuestionAt(question, counter.next++)),
    evidence: (requirement.evidence ?? []).map(compileEvidence),
    gates: requirement.gates ?? [],
    ownerKind: 'requirement',
  };
}

/** Each stage's requirements, in pathway order: those naming it, or naming no stage. */
function requirementsByStage(stages: readonly Stage[], requirements: readonly CompiledRequirement[]): Map<Stage, CompiledRequirement[]> {
  const byStage = new Map<Stage, CompiledRequirement[]>();
  for (const stage of stages) {
    if (byStage.has(stage)) continue;
    byStage.set(stage, requirements.filter((r) => r.stageIds === undefined || r.stageIds.has(stage.id)));
  }
  return byStage;
}

/** The rules a requirement adds to the stages it applies at (for the self-dependence check). */
function requirementConditions(requirement: CompiledRequirement): Condition[] {
  const conditions: Condition[] = [];
  if (requirement.when) conditions.push(requirement.when);
  for (const question of requirement.questions) {
    if (question.showIf) conditions.push(question.showIf);
    for (const item of question.evidence) if (item.showIf) conditions.push(item.showIf);
  }
  for (const item of requirement.evidence) if (item.showIf) conditions.push(item.showIf);
  for (const gate of requirement.gates) conditions.push(gate.condition);
  return conditions;
}

export interface QuestionEntry {
  question: Question;
  compiled: CompiledQuestion;
  /** The stage it is asked at; absent for a requirement's question (asked wherever the requirement applies). */
  stage?: Stage;
  route?: Route;
  /** The requirement written once that asks it (format 1.1). */
  requirement?: Requirement;
}

export interface EvidenceEntry {
  evidence: Evidence;
  /** Where it is asked: a stage (possibly through a route or question) or a referral's "include". */
  stage?: Stage;
  route?: Route;
  question?: Question;
  referral?: Referral;
  /** The requirement written once that asks for it (format 1.1). */
  requirement?: Requirement;
}

export interface PathwayIndex {
  readonly definition: Pathway;
  readonly stages: readonly Stage[];
  readonly stageIds: readonly string[];
  readonly stageById: ReadonlyMap<string, Stage>;
  readonly questionById: ReadonlyMap<string, QuestionEntry>;
  readonly evidenceById: ReadonlyMap<string, EvidenceEntry>;
  readonly measureById: ReadonlyMap<string, Measure>;
  readonly cohortById: ReadonlyMap<string, Cohort>;
  readonly roleById: ReadonlyMap<string, Role>;
  readonly referralById: ReadonlyMap<string, Referral>;
  readonly contactById: ReadonlyMap<string, Contact>;
  /** The pathway's general contacts: those nothing names (general-contacts.ts). */
  readonly generalContacts: readonly Contact[];
  readonly exceptions: readonly Exception[];
  readonly compiledStages: ReadonlyMap<Stage, CompiledStage>;
  /** Each referral's "include" items, compiled. */
  readonly referralIncludes: ReadonlyMap<Referral, readonly CompiledEvidence[]>;
  /** How many compiled questions there are (ordinals run from 0). */
  readonly questionCount: number;
  /** Ids of stages whose completeness depends, through some rule, on itself. */
  readonly selfDependentStages: ReadonlySet<string>;
  /** Measures that some non-universal stage's band ranges over (a value outside all of them is a gap). */
  readonly placingMeasures: ReadonlySet<string>;
  /** Measures that a change rule compares with an earlier reading (format 1.1). */
  readonly comparedMeasures: readonly string[];
  /** Of those, the ones whose earlier reading the pathway asks for (`baseline`), in pathway order. */
  readonly baselineMeasures: readonly string[];
  /** Of those, the ones a change rule with `over` or `within` reads: their reading's date is needed. */
  readonly baselineDateMeasures: readonly string[];
  /** The pathway's requirements written once (format 1.1), compiled, in order. */
  readonly requirements: readonly CompiledRequirement[];
  /** The requirements that can apply at each stage (their rule is checked per case). */
  readonly requirementsAt: ReadonlyMap<Stage, readonly CompiledRequirement[]>;
  /** Whose journey it is and what its end is called, with defaults applied (format 1.1). */
  readonly journey: ResolvedJourney;
  /** Routes someone chooses, outcomes that lead to stages, the starting stage (format 1.1; routes.ts). */
  readonly choices: ChoiceIndex;
}

/** The outline each index was built from, until someone takes it (`takeOutline`): it is as large as the document, so it is not kept. */
const outlines = new WeakMap<PathwayIndex, Outline>();

/** The outline `index` was built from, once (later calls walk the definition again). */
export function takeOutline(index: PathwayIndex): Outline {
  const outline = outlines.get(index);
  outlines.delete(index);
  return outline ?? outlinePathway(index.definition);
}

/** The first of each id among the named things of each kind, in document order (ids are meant to be unique): one pass over the outline. */
function firstByKind(outline: Outline): ReadonlyMap<EntityKind, ReadonlyMap<string, unknown>> {
  const byKind = new Map<EntityKind, Map<string, unknown>>();
  for (const entity of outline.entities) {
    let map = byKind.get(entity.kind);
    if (map === undefined) byKind.set(entity.kind, (map = new Map()));
    if (!map.has(entity.id)) map.set(entity.id, entity.node);
  }
  return byKind;
}

/**
 * Each question and evidence item with where it is asked (its stage, route, question, referral
 * or requirement), from core's one outline of the document: the index walks nothing itself.
 */
function indexQuestionsAndEvidence(
  outline: Outline,
  compiledStages: ReadonlyMap<Stage, CompiledStage>,
  requirements: readonly CompiledRequirement[],
) {
  const compiledByQuestion = new Map<Question, CompiledQuestion>();
  for (const compiled of compiledStages.values()) {
    for (const item of compiled.questions) compiledByQuestion.set(item.question, item);
    for (const route of compiled.routes) for (const item of route.questions) compiledByQuestion.set(item.question, item);
  }
  for (const requirement of requirements) for (const item of requirement.questions) compiledByQuestion.set(item.question, item);

  const questionById = new Map<string, QuestionEntry>();
  const evidenceById = new Map<string, EvidenceEntry>();
  for (const entity of outline.entities) {
    if (entity.kind !== 'question' && entity.kind !== 'evidence') continue;
    if ((entity.kind === 'question' ? questionById : evidenceById).has(entity.id)) continue;
    // The nearest enclosing stage, route, requirement and referral, in one walk up the owners.
    let stage: Stage | undefined;
    let route: Route | undefined;
    let requirement: Requirement | undefined;
    let referral: Referral | undefined;
    for (let owner = entity.owner; owner !== undefined; owner = owner.owner) {
      if (owner.kind === 'stage') stage ??= owner.node as Stage;
      else if (owner.kind === 'route') route ??= owner.node as Route;
      else if (owner.kind === 'requirement') requirement ??= owner.node as Requirement;
      else if (owner.kind === 'referral') referral ??= owner.node as Referral;
    }
    if (entity.kind === 'question') {
      const question = entity.node as Question;
      const compiled = compiledByQuestion.get(question);
      if (compiled === undefined) continue;
      const entry: QuestionEntry = { question, compiled };
      if (stage !== undefined) entry.stage = stage;
      if (route !== undefined) entry.route = route;
      if (requirement !== undefined) entry.requirement = requirement;
      questionById.set(entity.id, entry);
      continue;
    }
    const entry: EvidenceEntry = { evidence: entity.node as Evidence };
    if (stage !== undefined) entry.stage = stage;
    if (route !== undefined) entry.route = route;
    if (requirement !== undefined) entry.requirement = requirement;
    if (entity.owner?.kind === 'question') entry.question = entity.owner.node as Question;
    if (referral !== undefined) entry.referral = referral;
    evidenceById.set(entity.id, entry);
  }
  return { questionById, evidenceById };
}

/** Each stage's required stages, followed through, in pathway order, never itself. */
function resolveRequiredStages(stages: readonly Stage[], stageById: ReadonlyMap<string, Stage>): Map<Stage, Stage[]> {
  const order = new Map<Stage, number>(stages.map((stage, i) => [stage, i]));
  const result = new Map<Stage, Stage[]>();
  for (const stage of stages) {
    const found = new Set<Stage>();
    const pending = [stage];
    while (pending.length > 0) {
      const next = pending.pop() as Stage;
      for (const id of next.requires?.stages ?? []) {
        const required = stageById.get(id);
        if (required !== undefined && required !== stage && !found.has(required)) {
          found.add(required);
          pending.push(required);
        }
      }
    }
    result.set(stage, [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  }
  return result;
}

/** The rules that decide which of a stage's own questions and evidence apply. */
function ownItemConditions(stage: Stage): Condition[] {
  const conditions: Condition[] = [];
  const addItems = (questions: readonly Question[] | undefined, evidence: readonly Evidence[] | undefined) => {
    for (const question of questions ?? []) {
      if (question.showIf) conditions.push(question.showIf);
      for (const item of question.evidence ?? []) if (item.showIf) conditions.push(item.showIf);
    }
    for (const item of evidence ?? []) if (item.showIf) conditions.push(item.showIf);
  };
  addItems(stage.questions, stage.evidence);
  for (const route of stage.routes ?? []) {
    if (route.when) conditions.push(route.when);
    addItems(route.questions, route.evidence);
  }
  return conditions;
}

function stageCompleteReferences(conditions: readonly Condition[]): string[] {
  const ids: string[] = [];
  for (const condition of conditions) {
    walkCondition(condition, (c) => {
      if ('stageComplete' in c && typeof c.stageComplete === 'string') ids.push(c.stageComplete);
    });
  }
  return ids;
}

/**
 * A stage's completeness reads its own items' rules, its gates and its required stages' item
 * rules. A stage that can reach itself through "stageComplete" rules in those is self-dependent:
 * "stageComplete" on it is false, decided here once so the answer never depends on the order
 * in which stages happen to be evaluated.
 */
function findSelfDependentStages(
  stages: readonly Stage[],
  stageById: ReadonlyMap<string, Stage>,
  compiledStages: ReadonlyMap<Stage, CompiledStage>,
  requirementsAt: ReadonlyMap<Stage, readonly CompiledRequirement[]>,
  exceptions: readonly Exception[] = [],
): Set<string> {
  const edges = new Map<string, Set<string>>();
  for (const stage of stages) {
    if (edges.has(stage.id)) continue;
    const conditions = [...ownItemConditions(stage), ...(stage.gates ?? []).map((g) => g.condition)];
    for (const required of compiledStages.get(stage)?.required ?? []) conditions.push(...ownItemConditions(required));
    for (const requirement of requirementsAt.get(stage) ?? []) conditions.push(...requirementConditions(requirement));
    // Exceptions naming the stage's routes decide which of its items are asked (format 1.1).
    conditions.push(...routeExceptionConditions(stage, exceptions));
    edges.set(stage.id, new Set(stageCompleteReferences(conditions).filter((id) => stageById.has(id))));
  }
  const selfDependent = new Set<string>();
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const pending = [...(edges.get(start) ?? [])];
    while (pending.length > 0) {
      const id = pending.pop() as string;
      if (id === start) {
        selfDependent.add(start);
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      pending.push(...(edges.get(id) ?? []));
    }
  }
  return selfDependent;
}

/** The engine's index of a definition; `outline`, when the caller has walked it already (lint has). */
export function buildIndex(definition: Pathway, outline: Outline = outlinePathway(definition)): PathwayIndex {
  const stages = definition.stages;
  const byKind = firstByKind(outline);
  const first = <T>(kind: EntityKind) => (byKind.get(kind) ?? new Map()) as ReadonlyMap<string, T>;
  const stageById = first<Stage>('stage');
  const requiredStages = resolveRequiredStages(stages, stageById);
  const compiledStages = new Map<Stage, CompiledStage>();
  const counter = { next: 0 };
  for (const stage of stages) {
    if (!compiledStages.has(stage)) compiledStages.set(stage, compileStage(stage, requiredStages.get(stage) ?? [], counter));
  }
  const changes = changeMeasures(definition, outline);
  const placingMeasures = new Set<string>();
  for (const stage of stages) {
    if (stage.universal === true) continue;
    for (const band of stage.bands ?? []) placingMeasures.add(band.measure);
  }
  // Requirements' questions take ordinals after every stage's, so 1.0 pathways number as before.
  const requirements = (definition.requirements ?? []).map((requirement) => compileRequirement(requirement, counter));
  const requirementsAt = requirementsByStage(stages, requirements);
  const index: PathwayIndex = {
    definition,
    stages,
    stageIds: stages.map((s) => s.id),
    stageById,
    ...indexQuestionsAndEvidence(outline, compiledStages, requirements),
    measureById: first('measure'),
    cohortById: first('cohort'),
    roleById: first('role'),
    referralById: first('referral'),
    contactById: first('contact'),
    generalContacts: generalContacts(outline),
    exceptions: definition.exceptions ?? [],
    compiledStages,
    referralIncludes: new Map((definition.referrals ?? []).map((r) => [r, (r.include ?? []).map(compileEvidence)])),
    questionCount: counter.next,
    selfDependentStages: findSelfDependentStages(stages, stageById, compiledStages, requirementsAt, definition.exceptions ?? []),
    placingMeasures,
    comparedMeasures: changes.compared,
    baselineMeasures: changes.asked,
    baselineDateMeasures: changes.dated,
    requirements,
    requirementsAt,
    journey: resolveJourney(definition),
    choices: buildChoiceIndex(definition, stageById, first('role')),
  };
  outlines.set(index, outline);
  return index;
}
