/**
 * Where the widget asks each question: a school answers the questions of the stage it works at,
 * which are that stage's own, its routes', those of the earlier stages it requires, and those of
 * the requirements written once that apply to it. Lint rules that ask "is this question ever
 * asked where it is read?" share this one reading.
 */
import type { Pathway } from '@pathway/schema';
import type { CompiledQuestion, PathwayIndex } from '../pathway-index.js';

/** The ids of the questions asked at each stage, by stage id (the first stage of an id). */
export function questionsAskedAt(pathway: Pathway, index: PathwayIndex): Map<string, Set<string>> {
  const askedAt = new Map<string, Set<string>>();
  for (const stage of pathway.stages) {
    if (askedAt.has(stage.id)) continue;
    const asked = new Set<string>();
    const add = (questions: readonly CompiledQuestion[]) => {
      for (const question of questions) asked.add(question.id);
    };
    for (const source of [stage, ...(index.compiledStages.get(stage)?.required ?? [])]) {
      const compiled = index.compiledStages.get(source);
      if (compiled === undefined) continue;
      add(compiled.questions);
      for (const route of compiled.routes) add(route.questions);
    }
    for (const requirement of index.requirementsAt.get(stage) ?? []) add(requirement.questions);
    askedAt.set(stage.id, asked);
  }
  return askedAt;
}
