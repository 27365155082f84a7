/**
 * What the page's web team needs to know when the widget's `case` holds something it cannot use
 * (journey/case-problems.ts): where it is and what shape that place takes, in English, for the
 * console and `pathway-error`. Loaded with the web team's other advice (load/parts.ts), only
 * then. Never a value from the case, which is pupil data; an id is named only when it is written
 * as one (a key that is not might be anything).
 */
import type { CaseProblem } from '../journey/case-problems.js';
import type { PathwayIndex } from '../journey/pathway-index.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const named = (id: string) => (ID.test(id) ? `"${id}"` : 'an id that is not written as one');
const NUMBER = '<number>';

/** The shapes a measure of this kind is given in. */
function measureShape(kind: string): string {
  if (kind === 'date') return '{ "date": "YYYY-MM-DD" }';
  const counted = kind === 'absencePercentage' ? 'absentSessions' : kind === 'attendancePercentage' ? 'attendedSessions' : undefined;
  return counted ? `{ "percentage": ${NUMBER} } or { "possibleSessions": ${NUMBER}, "${counted}": ${NUMBER} }` : `{ "value": ${NUMBER} }`;
}

/** What an answer to the question takes. */
function answerShape(index: PathwayIndex, id: string): string {
  const question = index.questions.get(id)!;
  switch (question.type) {
    case 'yesNo':
      return '"yes" or "no"';
    case 'yesNoNa':
      return '"yes", "no" or "na"';
    case 'choice':
      return `one of its options' values: ${(question.options ?? []).map((option) => named(option.value)).join(', ')}`;
    case 'number':
      return 'a number (not text)';
    case 'date':
      return 'a date as text, "YYYY-MM-DD"';
    default:
      return 'text';
  }
}

/** One problem, in words. */
function problemText(problem: CaseProblem, index: PathwayIndex): string {
  const { key, id } = problem;
  if (!key) return 'the case is not an object (set the property to the object itself, not to its JSON text)';
  const what = { measures: 'measure', answers: 'question', evidence: 'evidence item', details: 'pupil details field', cohorts: 'circumstance', stage: 'stage' }[key] ?? key;
  if (problem.unknown) return `this pathway has no ${what} ${named(id!)} (under "${key}")`;
  if (id === undefined) {
    return key === 'cohorts'
      ? '"cohorts" takes a list of circumstance ids, e.g. ["looked-after"]'
      : key === 'stage'
        ? '"stage" takes a stage id as text'
        : `"${key}" takes an object with an entry for each ${what} by its id`;
  }
  const at = `${key}[${named(id)}]`;
  if (key === 'measures') return `${at} takes ${measureShape(index.measures.get(id)!.kind)}`;
  if (key === 'answers') return `${at} takes ${answerShape(index, id)}`;
  if (key === 'evidence') return `${at} takes { "confirmed": true or false, "note": <text, optional> }`;
  return `${at} takes text`;
}

/** At most this many are spelt out (a case written for another pathway can hold hundreds). */
const LISTED = 10;

/** The message for the console and `pathway-error` (`bad-case`). */
export function caseAdvice(problems: readonly CaseProblem[], index: PathwayIndex): string {
  const one = problems.length === 1;
  const more = problems.length - LISTED;
  return `The widget's case holds ${one ? 'something' : `${problems.length} things`} it cannot use, so ${one ? 'it is' : 'they are'} ignored and the school sees nothing entered there: ${problems
    .slice(0, LISTED)
    .map((problem) => problemText(problem, index))
    .join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
