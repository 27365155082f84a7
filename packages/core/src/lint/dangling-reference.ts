/**
 * dangling-reference (error): every id a pathway mentions must name something that exists,
 * and something of the right kind: a rule about an answer must name a question (not an
 * evidence requirement), an outcome must lead to a stage, and a date ("time since", "counted
 * from", "starts on", "due by") must be a date question or a date measure, and a length agreed
 * per case (`x-number`) must come from a number question. Which properties
 * are references, and to what, comes from the schema's annotations through core's outline;
 * which of them do not resolve is decided once, by `unresolvedReferences` (the check the widget
 * refuses a pathway by): this rule says why. Circumstances are left to undefined-cohort, which
 * can say it more plainly. An id that names
 * nothing comes with the nearest one that does, as the schema's messages suggest ("tier3": did
 * you mean "tier-3"?).
 */
import type { Measure, Question } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { kindNames, type Entity, type PathwayMap } from './pathway-map.js';
import type { OutlineReference } from '../outline/outline.js';
import { neededThing, referenceTargets, whyUnresolved, type Unresolved } from '../outline/unresolved.js';
import { answerTypeNames } from './question-types.js';
import { firstOfKinds, ownName } from './lookup.js';
import { didYouMean, suggestIds } from './suggest-id.js';

const measureKindNames: Record<string, string> = {
  attendancePercentage: 'an attendance percentage measure',
  absencePercentage: 'an absence percentage measure',
  sessionCount: 'a count of sessions',
  dayCount: 'a count of days',
  number: 'a number measure',
};

/** "a yes/no question", "a count of sessions", "an outcome". */
function describeKind(entity: Entity): string {
  if (entity.kind === 'question') return answerTypeNames[(entity.node as unknown as Question).type] ?? 'a question';
  if (entity.kind === 'measure') return measureKindNames[(entity.node as unknown as Measure).kind] ?? 'a measure';
  const { noun, article } = kindNames[entity.kind];
  return `${article} ${noun}`;
}

/** The thing by its kind and, where it has one, its name: 'the yes/no question "Has the meeting taken place?"'. */
function describeEntity(entity: Entity): string {
  const kind = describeKind(entity);
  const name = ownName(entity);
  return name === undefined ? kind : `${kind.replace(/^an? /, 'the ')} ${name}`;
}

function wanted(reference: OutlineReference): string {
  const needed = neededThing(reference);
  if (needed !== undefined) return needed;
  return reference.kinds.map((kind) => `${kindNames[kind].article} ${kindNames[kind].noun}`).join(' or ');
}

/** Why the reference does not resolve, in the author's terms, with what they may have meant. */
function whatIsWrong(map: PathwayMap, reference: OutlineReference, why: Unresolved): string {
  const { id } = reference;
  // What the author may have meant, among the things of the kinds wanted there.
  const meant = didYouMean(suggestIds(map, id, reference.kinds, reference));
  if (why === 'names-nothing') {
    const other = map.byId.get(id)?.[0];
    if (!other) return `refers to ${wanted(reference)} "${id}" that does not exist${meant}`;
    return `refers to ${wanted(reference)} "${id}", but "${id}" is ${describeEntity(other)}${meant}`;
  }
  // Looked up in tables built once (./lookup.ts): filtering every entity that shares the id
  // would cost duplicates × references.
  const what = describeEntity(firstOfKinds(map, id, reference.kinds)!);
  if (why === 'not-a-number') return `reads a number from ${what}, which gives none: choose a number question${meant}`;
  return reference.property === 'since'
    ? `counts the time since "${id}", which is ${what}, not a date question or date measure${meant}`
    : `uses "${id}" as a date, but it is ${what}, not a date question or date measure${meant}`;
}

export const danglingReference: LintRule = ({ pathway, map }) => {
  const targets = referenceTargets(map.outline);
  const problems = [];
  for (const reference of map.outline.references) {
    if (reference.kinds.length === 1 && reference.kinds[0] === 'cohort') continue;
    const why = whyUnresolved(targets, reference);
    if (why) problems.push(finding(pathway, 'dangling-reference', 'error', reference.pointer, whatIsWrong(map, reference, why)));
  }
  return problems;
};
