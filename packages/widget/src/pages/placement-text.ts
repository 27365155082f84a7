/**
 * "Why this stage", short: the reasons for the stage worked on and nothing else, each said
 * once. When the school chose a stage other than the one the figures suggest, both are named
 * and each gets its own reasons. The engine's reasons are shown through the string table by
 * code, so a translated widget explains itself in its own language.
 */
import type { PlacedStage } from '@pathway/core';
import { reasonText } from '../i18n/strings.js';
import type { PageContext } from './page-context.js';

export interface StageExplanation {
  /** The stage worked on. */
  current?: { id: string; title: string };
  /** The stage the figures suggest (the placement's primary stage). */
  suggested?: { id: string; title: string };
  /** The school chose a stage other than the one the figures suggest. */
  differs: boolean;
  /** The short list: one line per reason. */
  lines: string[];
  /** When it differs: why the chosen stage, and why the suggested one. */
  chosenWhy: string[];
  suggestedWhy: string[];
}

function placedStage(ctx: PageContext, stageId: string): PlacedStage | undefined {
  const { placement } = ctx.evaluation;
  return placement.stages.find((stage) => stage.stageId === stageId) ?? placement.universal.find((stage) => stage.stageId === stageId);
}

/**
 * Why one stage applies, in a line or two. `overlap`: say when it is the most intensive of
 * several matching stages (the stage page says so in its own note instead).
 */
export function whyStage(ctx: PageContext, stageId: string, overlap = true): string[] {
  const { strings, index, evaluation } = ctx;
  const title = index.stages.get(stageId)?.title ?? stageId;
  const placed = placedStage(ctx, stageId);
  if (!placed) {
    // Nothing places the pupil and the case is where the pathway starts (format 1.1): not a choice.
    const { fallback } = evaluation.placement;
    return [fallback?.stageId === stageId ? reasonText(strings, fallback.reason) : strings.whyChosenByYou(title)];
  }
  if (placed.via === 'universal') return [strings.whyUniversal(title)];
  const lines: string[] = [];
  // An entry rule reading a recorded outcome that also leads here gives the same reason twice.
  const entryReasons = placed.reasons.filter((reason) => reason.code === 'placement.entry').map((reason) => String(reason.params?.because ?? ''));
  for (const reason of placed.reasons) {
    if (reason.code === 'placement.outcome' && entryReasons.some((because) => because.includes(String(reason.params?.outcome)))) continue;
    if (reason.code === 'placement.entry') {
      const description = index.stages.get(stageId)?.entry?.description;
      lines.push(description ? strings.whyEntry(title, description) : reasonText(strings, reason));
    } else lines.push(reasonText(strings, reason));
  }
  const { placement } = evaluation;
  if (overlap && placement.overlap && placement.primary === stageId) {
    lines.push(strings.whyMostIntensive(title, ctx.format.number(placement.stages.length)));
  }
  return lines;
}

/** Figures that cannot be relied on, or are in no stage's band. */
function figureNotes(ctx: PageContext): string[] {
  const { strings, evaluation } = ctx;
  const notes: string[] = [];
  for (const measure of evaluation.measures) {
    if (measure.status === 'tooEarly') notes.push(measure.reason ? reasonText(strings, measure.reason) : strings.measureTooEarly(measure.title));
  }
  return notes;
}

export function explainStage(ctx: PageContext, overlap = true): StageExplanation {
  const { evaluation, index, strings, state } = ctx;
  const { placement } = evaluation;
  const current = evaluation.current ? { id: evaluation.current.stageId, title: evaluation.current.title } : undefined;
  const primary = placement.primary ? { id: placement.primary, title: index.stages.get(placement.primary)?.title ?? placement.primary } : undefined;
  const chosenByUser = current !== undefined && state.stage === current.id;
  const differs = chosenByUser && current.id !== primary?.id;
  const notes = figureNotes(ctx);

  if (!current) {
    const gaps = placement.reasons.filter((reason) => reason.code === 'placement.gap').map((reason) => reasonText(strings, reason));
    return { differs: false, lines: [...gaps, ...notes], chosenWhy: [], suggestedWhy: [] };
  }
  if (!differs) {
    return { current, ...(primary ? { suggested: primary } : {}), differs, lines: [...whyStage(ctx, current.id, overlap), ...notes], chosenWhy: [], suggestedWhy: [] };
  }
  const chosenWhy = whyStage(ctx, current.id, overlap);
  const suggestedWhy = primary ? whyStage(ctx, primary.id, overlap) : [];
  const headline = primary ? strings.whyChosen(current.title, primary.title) : strings.whyChosenNoSuggestion(current.title);
  return {
    current,
    ...(primary ? { suggested: primary } : {}),
    differs,
    lines: [headline, ...suggestedWhy, ...chosenWhy.filter((line) => !suggestedWhy.includes(line)), ...notes],
    chosenWhy,
    suggestedWhy,
  };
}
