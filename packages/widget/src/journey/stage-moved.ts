/**
 * Whether the stage that applies to a case changed with the pathway: the stage it was at when
 * it was saved (or when the pathway changed under the open journey), the stage it is at now,
 * why in a few words, and the referrals of the old stage that the new one does not offer. Said
 * in a restored draft's notice and in the update note, so a case never moves stage unsaid.
 */
import type { Evaluation } from '@pathway/core';
import type { Draft, DraftChangeReport } from '../drafts/draft-envelope.js';
import { stageNow } from '../drafts/draft-envelope.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { PathwayIndex } from './pathway-index.js';

export interface StageMove {
  was: string;
  now: string;
  /**
   * removed: the old stage is no longer in the pathway. figures: it is, but the figures entered
   * (all kept) no longer place the pupil there. other: anything else (a stage added, a rule changed).
   */
  why: 'removed' | 'figures' | 'other';
  /** The old stage's title now, where the pathway renamed it (the rest of the notice names it so). */
  renamed?: string;
  /** Titles of the old stage's referrals that the stage now does not make. */
  referrals: string[];
}

export function stageMoved(before: Draft, index: PathwayIndex, evaluation: Evaluation | undefined, report: DraftChangeReport): StageMove | undefined {
  const wasId = before.placedAt;
  const now = evaluation?.current;
  if (wasId === undefined || now === undefined) return undefined;
  // The same stage under a new short name (or a new title in its place) has not moved.
  const same = stageNow(before.stageTexts, wasId, index);
  if (same === now.stageId) return undefined;
  const was = before.stageTexts?.[wasId] ?? index.stages.get(wasId)?.title ?? wasId;
  const old = same === undefined ? undefined : index.stages.get(same);
  const placedThere = evaluation!.placement.stages.some((stage) => stage.stageId === same);
  const why = !old ? 'removed' : (old.bands?.length ?? 0) > 0 && !placedThere && report.measuresDropped.length === 0 ? 'figures' : 'other';
  const offered = new Set(index.stages.get(now.stageId)?.referrals ?? []);
  const referrals = (old?.referrals ?? []).filter((id) => !offered.has(id)).map((id) => index.referrals.get(id)?.title ?? id);
  const move: StageMove = { was, now: now.title, why, referrals };
  if (old !== undefined && old.title !== was) move.renamed = old.title;
  return move;
}

/** The move in words: "The stage that applies changed from "A" to "B": … "R" belongs to "A", so it is not offered now." */
export function stageMovedText(move: StageMove, words: WidgetStrings): string {
  const referrals = move.referrals.length > 0 ? ` ${words.stageMovedReferrals(move.referrals, move.was)}` : '';
  return `${words.stageMoved(move.was, move.now, move.why, move.renamed)}${referrals}`;
}
