/**
 * Whether the widget could show a draft, decided by the checks the widget itself makes before
 * it works a pathway (its structural validator, then core's `workPathway`: the engine, the
 * references that must name something, one evaluation), and if not, which problem is in the
 * way, named as the problems list names it.
 *
 * One rule for every reason a draft cannot be shown (invalid JSON, a broken structure, a
 * dangling reference): the preview keeps the last version it could show and says what it waits
 * for. A draft the widget would refuse is never handed to it, so an author mid-edit never sees
 * the page meant for a council's published pathway ("Sorry, this pathway cannot be shown").
 * Used by `<pe-preview>` and by the playground's Preview pane.
 */
import { workPathway } from '@pathway/core';
import { validatePathwayStructure } from '@pathway/schema';
import type { Pathway, Problem } from '@pathway/schema';
import type { DraftState } from '../modeling/index.js';
import { problemsOf } from '../problems/problems-controller.js';
import { today } from '../publish/versions.js';

export type DraftPreview = { ok: true; pathway: Pathway } | { ok: false; problem: string };

/** The draft as the widget would take it, or the problem (by the problems list's words) it waits for. */
export function previewDraft(draft: DraftState): DraftPreview {
  const value = draft.value;
  if (value === undefined) return refused(draft, '');
  if (!validatePathwayStructure(value)) {
    const error = validatePathwayStructure.errors?.[0] as { instancePath?: string } | undefined;
    return refused(draft, error?.instancePath ?? '');
  }
  let at: string | undefined;
  try {
    // The widget tries a journey with nothing entered, as of today.
    const worked = workPathway(value as Pathway, { asOf: today() });
    if (!worked.ok) at = worked.unresolved[0]!.pointer;
  } catch {
    at = '';
  }
  return at === undefined ? { ok: true, pathway: value as Pathway } : refused(draft, at);
}

/**
 * The problem in the way: the problems list's first error at or inside `pointer` (where the
 * widget's check stopped), else its first error. Only worked out when the draft is refused.
 */
function refused(draft: DraftState, pointer: string): DraftPreview {
  const errors = problemsOf(draft).filter((problem) => problem.severity === 'error');
  const within = (problem: Problem) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`);
  const problem = errors.find(within) ?? errors[0];
  return { ok: false, problem: problem?.message ?? 'The pathway has a mistake the preview cannot show' };
}

/** The note beside the preview while the draft is refused; `showing`: an earlier version is on screen. */
export function previewNote(problem: string, showing: boolean): string {
  const fix = problem.replace(/[.\s]+$/, '');
  return showing
    ? `The preview shows the last version that could be shown, until this is fixed: ${fix}. Nothing you typed is lost.`
    : `The preview shows here once this is fixed: ${fix}. Nothing you typed is lost.`;
}
