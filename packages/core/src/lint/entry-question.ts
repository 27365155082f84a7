/**
 * entry-question (warning): a stage entered by the answer to a question that only that stage
 * asks. The widget asks a question where the school works (asked-at.ts): a pupil at another
 * stage is never asked it, so the rule is not known for them and never holds, and the stage is
 * entered that way only by a pupil already there. ("Level 4" entered when "Has attendance not
 * improved after two Level 3 reviews?" is yes, a question on Level 4 alone: a pupil at Level 3
 * is never asked it.)
 */
import type { Condition, Problem, Stage } from '@pathway/schema';
import { walkCondition } from '../conditions.js';
import { questionsAskedAt } from './asked-at.js';
import { finding, placeName, type LintRule } from './report.js';

/** The questions a rule reads an answer or a date of, in the order it names them. */
function questionsRead(rule: Condition, isQuestion: (id: string) => boolean): string[] {
  const read = new Set<string>();
  walkCondition(rule, (part) => {
    for (const key of ['answer', 'since', 'until'] as const) {
      const id = (part as unknown as Record<string, unknown>)[key];
      if (typeof id === 'string' && isQuestion(id)) read.add(id);
    }
  });
  return [...read];
}

/** A stage a pupil comes to this one from: one with an outcome leading here, else the nearest earlier stage with a band; -1 for none. */
function cameFrom(stages: readonly Stage[], position: number): number {
  const id = stages[position].id;
  const leading = stages.findIndex((stage, index) => index !== position && (stage.outcomes ?? []).some((outcome) => outcome.to === id));
  if (leading >= 0) return leading;
  for (let index = position - 1; index >= 0; index--) if ((stages[index].bands ?? []).length > 0) return index;
  return -1;
}

export const entryQuestion: LintRule = ({ pathway, map }) => {
  const index = map.engineIndex();
  const askedAt = questionsAskedAt(pathway, index);
  const problems: Problem[] = [];
  pathway.stages.forEach((stage, position) => {
    const rule = stage.entry?.when;
    if (rule === undefined) return;
    for (const id of questionsRead(rule, (id) => index.questionById.has(id))) {
      const elsewhere = [...askedAt].some(([stageId, asked]) => stageId !== stage.id && asked.has(id));
      if (elsewhere || !askedAt.get(stage.id)?.has(id)) continue;
      const text = index.questionById.get(id)?.question.text ?? id;
      const from = cameFrom(pathway.stages, position);
      const before = from >= 0 ? ` (such as ${placeName(pathway, `/stages/${from}`)})` : '';
      problems.push(
        finding(pathway, 'entry-question', 'warning', `/stages/${position}/entry/when`,
          `this stage is entered by the answer to "${text}", but only this stage asks that question: a pupil at another stage is never asked it, so this way in never opens. Ask the question at the stage a pupil comes here from${before}, or give that stage an outcome that leads here`),
      );
    }
  });
  return problems;
};
