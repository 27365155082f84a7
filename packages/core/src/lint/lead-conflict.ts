/**
 * lead-conflict (warning): two exceptions that change who leads ("reassign") at the same stage
 * and can apply to the same pupil, with different leads. The pathway does not say who leads when
 * both apply: the engine takes the later one's lead and says nothing of the other. The warning
 * says briefly what to do (the guide's lint table says why). Pairs whose rules keep them apart
 * ("open to the YJS" beside "in AP and not open to the YJS") are left alone.
 */
import type { Exception, Pathway, Problem } from '@pathway/schema';
import { neverBothHold } from './never-both.js';
import { finding, joinAnd, placeName, quote, type LintRule } from './report.js';

/** The stages an exception changes: those it names, else every stage unless it names only referrals or routes (the engine's rule, context.ts). */
export function stagesChanged(pathway: Pathway, exception: Exception): string[] {
  if (exception.stages !== undefined) return exception.stages;
  const namesOthers = (exception.referrals?.length ?? 0) > 0 || (exception.routes?.length ?? 0) > 0;
  return namesOthers ? [] : pathway.stages.map((stage) => stage.id);
}

export const leadConflict: LintRule = ({ pathway }) => {
  const exceptions = (pathway.exceptions ?? []).map((exception, position) => ({ exception, position }));
  const reassigning = exceptions.filter(({ exception }) => exception.effect === 'reassign' && typeof exception.lead === 'string');
  const problems: Problem[] = [];
  for (let j = 1; j < reassigning.length; j++) {
    const later = reassigning[j];
    for (let i = 0; i < j; i++) {
      const earlier = reassigning[i];
      if (earlier.exception.lead === later.exception.lead) continue;
      const theirs = new Set(stagesChanged(pathway, earlier.exception));
      const shared = [...new Set(stagesChanged(pathway, later.exception))].filter((id) => theirs.has(id));
      if (shared.length === 0 || neverBothHold(earlier.exception.when, later.exception.when)) continue;
      const stageNames = shared
        .map((id) => pathway.stages.findIndex((stage) => stage.id === id))
        .filter((index) => index >= 0)
        .map((index) => placeName(pathway, `/stages/${index}`));
      if (stageNames.length === 0) continue;
      const other = placeName(pathway, `/exceptions/${earlier.position}`);
      problems.push(
        finding(pathway, 'lead-conflict', 'warning', `/exceptions/${later.position}`,
          `can apply to the same pupil as ${other} at ${joinAnd(stageNames)}, with a different lead (${quote(later.exception.lead)}, not ${quote(earlier.exception.lead)}). ` +
            `Say who leads: add to one exception's rule a "not" of the other's, or name the same lead in both`),
      );
    }
  }
  return problems;
};
