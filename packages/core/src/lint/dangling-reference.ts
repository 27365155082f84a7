/**
 * dangling-reference (error): every id a pathway mentions must name something that exists,
 * and something of the right kind: a rule about an answer must name a question (not an
 * evidence requirement), "time since" must name a date question, an outcome must lead to a
 * stage. Circumstances are left to undefined-cohort, which can say it more plainly.
 */
import type { Pathway, Problem, Question } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { entitiesOf, kindNames, type EntityKind, type PathwayMap } from './pathway-map.js';
import { answerTypeNames } from './question-types.js';

/** One mention of an id: where, which id, and what kind of thing it must be. */
export interface Reference {
  pointer: string;
  id: string;
  kind: EntityKind;
  /** Only date questions can start a clock. */
  dateQuestion?: boolean;
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/** Every id mentioned in the pathway, except circumstances. */
export function collectReferences(pathway: Pathway, map: PathwayMap): Reference[] {
  const refs: Reference[] = [];
  const ref = (pointer: string, id: unknown, kind: EntityKind, extra: Partial<Reference> = {}) => {
    if (typeof id === 'string') refs.push({ pointer, id, kind, ...extra });
  };
  const ids = (pointer: string, values: unknown[] | undefined, kind: EntityKind) => list(values).forEach((id) => ref(pointer, id, kind));

  for (const { condition, pointer } of map.conditions) {
    if ('answer' in condition) ref(pointer, condition.answer, 'question');
    if ('measure' in condition) ref(pointer, condition.measure, 'measure');
    if ('evidence' in condition) ref(pointer, condition.evidence, 'evidence');
    if ('stageComplete' in condition) ref(pointer, condition.stageComplete, 'stage');
    if ('since' in condition) ref(pointer, condition.since, 'question', { dateQuestion: true });
  }
  for (const { band, pointer } of map.bands) ref(pointer, band.measure, 'measure');
  for (const { outcome, pointer } of map.outcomes) {
    ref(pointer, outcome.to, 'stage');
    ref(pointer, outcome.referral, 'referral');
  }

  const actionGroups = (groups: { role: string }[] | undefined, pointer: string) =>
    list(groups).forEach((group, i) => ref(`${pointer}/${i}`, group?.role, 'role'));
  const onExpiry = (limits: { onExpiry?: { outcome?: string } }[] | undefined, pointer: string) =>
    list(limits).forEach((limit, i) => ref(`${pointer}/${i}/onExpiry`, limit?.onExpiry?.outcome, 'outcome'));

  list(pathway.stages).forEach((stage, s) => {
    const at = `/stages/${s}`;
    ref(`${at}/lead`, stage.lead?.role, 'role');
    ids(`${at}/requires/stages`, stage.requires?.stages, 'stage');
    actionGroups(stage.actions, `${at}/actions`);
    onExpiry(stage.timeLimits, `${at}/timeLimits`);
    list(stage.routes).forEach((route, r) => {
      actionGroups(route.actions, `${at}/routes/${r}/actions`);
      onExpiry(route.timeLimits, `${at}/routes/${r}/timeLimits`);
    });
    ids(`${at}/referrals`, stage.referrals, 'referral');
    ids(`${at}/contacts`, stage.contacts, 'contact');
  });
  list(pathway.exceptions).forEach((exception, i) => {
    const at = `/exceptions/${i}`;
    ids(`${at}/stages`, exception.stages, 'stage');
    ids(`${at}/referrals`, exception.referrals, 'referral');
    ref(`${at}/redirectTo`, exception.redirectTo?.stage, 'stage');
    ref(`${at}/redirectTo`, exception.redirectTo?.referral, 'referral');
    ref(`${at}/redirectTo`, exception.redirectTo?.contact, 'contact');
  });
  return refs;
}

export const danglingReference: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const reference of collectReferences(pathway, map)) {
    const detail = whatIsWrong(map, reference);
    if (detail) problems.push(finding(pathway, 'dangling-reference', 'error', reference.pointer, detail));
  }
  return problems;
};

function whatIsWrong(map: PathwayMap, { id, kind, dateQuestion }: Reference): string | undefined {
  const { noun, article } = kindNames[kind];
  const wanted = dateQuestion ? 'a date question' : `${article} ${noun}`;
  const matches = entitiesOf(map, id, kind);
  if (matches.length === 0) {
    const other = map.byId.get(id)?.[0];
    if (!other) return `refers to ${wanted} "${id}" that does not exist`;
    const { noun: otherNoun, article: otherArticle } = kindNames[other.kind];
    return `refers to ${wanted} "${id}", but "${id}" is ${otherArticle} ${otherNoun}`;
  }
  if (dateQuestion && !matches.some((m) => (m.node as Question).type === 'date')) {
    const type = (matches[0].node as Question).type;
    return `counts the time since "${id}", which is ${answerTypeNames[type] ?? 'not a date question'}, not a date question`;
  }
  return undefined;
}
