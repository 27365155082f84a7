/**
 * A problem as the designer lists it: a value that is not one of the choices is said with the
 * choices' labels, as the form's list shows them ("did you mean "Close the case"?"), not with the
 * file's codes. The forms, the Problems panel, Publish and the library all list problems through
 * here, so they say the same words; only the JSON view's markers keep the codes written there.
 */
import { explainChoice } from '@pathway/schema';
import type { Problem } from '@pathway/schema';
import { locate } from '../metadata/index.js';
import { valueAt } from '../modeling/index.js';

export function inFormWords(problem: Problem, document: unknown): Problem {
  if (problem.code !== 'schema.enum') return problem;
  const options = locate(document, problem.pointer).field?.options;
  if (options === undefined || options.length === 0) return problem;
  const labelOf = (choice: string) => options.find((option) => option.value === choice)?.label ?? choice;
  const detail = explainChoice(options.map((option) => option.value), valueAt(document, problem.pointer), labelOf);
  return { ...problem, detail, message: problem.where === '' ? detail : `${problem.where}: ${detail}` };
}

/** Every problem of a list in the designer's words; the same list back when none needs it. */
export function allInFormWords(problems: readonly Problem[], document: unknown): readonly Problem[] {
  if (!problems.some((problem) => problem.code === 'schema.enum')) return problems;
  return problems.map((problem) => inFormWords(problem, document));
}
