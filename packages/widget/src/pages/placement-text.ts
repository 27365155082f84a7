/**
 * "Why this stage", short: the reasons for the stage worked on and nothing else, each said
 * once. When the school chose a stage other than the one the figures suggest, both are named
 * and each gets its own reasons. The engine's reasons are shown through the string table by
 * code, so a translated widget explains itself in its own language.
 */
import type { AppliedException, Evaluation, PlacedStage } from '@pathway/core';
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
  /**
   * The suggested stage is placed by the figures (a band), not by an entry rule, a recorded
   * outcome or a circumstance; with none suggested, whether any figure was entered. Says
   * whether "the figures suggest" is true.
   */
  byFigures: boolean;
  /**
   * Nothing places the pupil and the suggested stage is where the case is without a choice (the
   * placement's fallback: a universal or start stage), not one the figures or entries suggest.
   */
  otherwise?: true;
}

/** Some figure was entered (a date or a number, even one too early to rely on). */
export function figuresEntered(ctx: PageContext): boolean {
  return ctx.evaluation.measures.some((measure) => measure.status === 'ok' || measure.status === 'tooEarly');
}

/** The stage is placed by the figures alone: a band, not an entry rule, outcome or circumstance. */
function placedByFigures(ctx: PageContext, stageId: string): boolean {
  return placedStage(ctx, stageId)?.via === 'band';
}

/**
 * The exception that sends the pupil from the stage that would apply (the placement's primary)
 * to `stageId` instead ("escalate to the virtual school head"), if one does: the engine then
 * works at `stageId`, which is not the user's choice.
 */
export function redirectInto(evaluation: Pick<Evaluation, 'placement' | 'exceptions'>, stageId: string): AppliedException | undefined {
  const primary = evaluation.placement.primary;
  if (primary === undefined) return undefined;
  return evaluation.exceptions.find((e) => e.effect === 'redirect' && e.redirectTo?.stage === stageId && e.stages.includes(primary));
}

/** The stages the pupil's figures and circumstances place them in that are offered to them (not blocked or skipped). */
export function placedAndOffered(ctx: PageContext): PlacedStage[] {
  const { placement, stages } = ctx.evaluation;
  return placement.stages.filter((placed) => stages.find((stage) => stage.stageId === placed.stageId)?.status === 'available');
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
  const primary = evaluation.placement.primary;
  const redirect = placed ? undefined : redirectInto(evaluation, stageId);
  if (redirect && primary !== undefined) return [strings.whyRedirected(index.stages.get(primary)?.title ?? primary, redirect.title)];
  if (!placed) {
    // Nothing places the pupil and the case is where the pathway starts (format 1.1): not a choice.
    const { fallback } = evaluation.placement;
    if (fallback?.stageId === stageId) return [reasonText(strings, fallback.reason)];
    // Not the user's choice either: the engine works here because the stage the figures match is
    // not offered to the pupil, which the page says in its own note ("We have chosen…").
    if (ctx.state.stage !== stageId) return [];
    return [figuresEntered(ctx) ? strings.whyChosenByYou(title) : strings.whyChosenByYouEntered];
  }
  if (placed.via === 'universal') return [strings.whyUniversal(title)];
  const lines: string[] = [];
  // An entry rule reading a recorded outcome that also leads here gives the same reason twice.
  const entryReasons = placed.reasons.filter((reason) => reason.code === 'placement.entry').map((reason) => String(reason.params?.because ?? ''));
  for (const reason of placed.reasons) {
    if (reason.code === 'placement.outcome' && entryReasons.some((because) => because.includes(String(reason.params?.outcome)))) continue;
    if (reason.code === 'placement.entry') {
      const description = index.stages.get(stageId)?.entry?.description;
      // The author's description says the rule; a change over time adds its figures, which the description cannot.
      const figures = typeof reason.params?.figures === 'string' ? reason.params.figures : undefined;
      lines.push(description ? (figures ? strings.whyEntryFigures(title, description, figures) : strings.whyEntry(title, description)) : reasonText(strings, reason));
    } else lines.push(reasonText(strings, reason));
  }
  const { placement } = evaluation;
  // "Of the 2 stages that apply" counts only stages offered to the pupil: one an exception skips does not apply.
  const offered = placedAndOffered(ctx);
  if (overlap && offered.length > 1 && placement.primary === stageId) {
    // "These figures match" only when the figures placed every one of them.
    const count = ctx.format.number(offered.length);
    const allByFigures = offered.every((stage) => stage.via === 'band');
    lines.push(allByFigures ? strings.whyMostIntensive(title, count) : strings.whyMostIntensiveApplies(title, count));
  }
  return lines;
}

/** The engine's reasons for a more intensive stage that may yet apply (not known, or only the earlier reading's date against it). */
const UNDECIDED = new Set(['placement.entryNotKnown', 'placement.entryReadingAge']);

/** A more intensive stage may apply: what to enter, or why the change entered was not counted. */
export function undecidedLines(ctx: PageContext): string[] {
  return ctx.evaluation.placement.reasons.filter((reason) => UNDECIDED.has(reason.code)).map((reason) => reasonText(ctx.strings, reason));
}

/** Figures that cannot be relied on, or are in no stage's band; stages that may yet apply. */
export function figureNotes(ctx: PageContext): string[] {
  const { strings, evaluation } = ctx;
  const notes: string[] = [];
  for (const measure of evaluation.measures) {
    if (measure.status === 'tooEarly') notes.push(measure.reason ? reasonText(strings, measure.reason) : strings.measureTooEarly(measure.title));
  }
  return [...notes, ...undecidedLines(ctx)];
}

export function explainStage(ctx: PageContext, overlap = true): StageExplanation {
  const { evaluation, index, strings, state } = ctx;
  const { placement } = evaluation;
  const current = evaluation.current ? { id: evaluation.current.stageId, title: evaluation.current.title } : undefined;
  // With no band or rule placing the pupil, the stage that applies without a choice (a universal stage, a start) is the one to compare with.
  const fallback = placement.primary ? undefined : placement.fallback;
  const primary = placement.primary
    ? { id: placement.primary, title: index.stages.get(placement.primary)?.title ?? placement.primary }
    : fallback
      ? { id: fallback.stageId, title: index.stages.get(fallback.stageId)?.title ?? fallback.title }
      : undefined;
  const chosenByUser = current !== undefined && state.stage === current.id;
  const differs = chosenByUser && current.id !== primary?.id;
  const notes = figureNotes(ctx);
  const byFigures = primary ? placedByFigures(ctx, primary.id) : figuresEntered(ctx);

  if (!current) {
    const gaps = placement.reasons.filter((reason) => reason.code === 'placement.gap').map((reason) => reasonText(strings, reason));
    return { differs: false, lines: [...gaps, ...notes], chosenWhy: [], suggestedWhy: [], byFigures };
  }
  if (!differs) {
    return { current, ...(primary ? { suggested: primary } : {}), differs, lines: [...whyStage(ctx, current.id, overlap), ...notes], chosenWhy: [], suggestedWhy: [], byFigures };
  }
  const chosenWhy = whyStage(ctx, current.id, overlap);
  if (fallback && primary) {
    const suggestedWhy = [reasonText(strings, fallback.reason)];
    return {
      current,
      suggested: primary,
      differs,
      lines: [strings.whyChosenOtherwise(current.title, primary.title), ...chosenWhy, ...notes],
      chosenWhy,
      suggestedWhy,
      byFigures,
      otherwise: true,
    };
  }
  const suggestedWhy = primary ? whyStage(ctx, primary.id, overlap) : [];
  // Said by what placed the pupil: "the figures suggest" only when a band did.
  const headline = primary
    ? byFigures
      ? strings.whyChosen(current.title, primary.title)
      : strings.whyChosenEntered(current.title, primary.title)
    : byFigures
      ? strings.whyChosenNoSuggestion(current.title)
      : strings.whyChosenNoSuggestionEntered(current.title);
  return {
    current,
    ...(primary ? { suggested: primary } : {}),
    differs,
    lines: [headline, ...suggestedWhy, ...chosenWhy.filter((line) => !suggestedWhy.includes(line)), ...notes],
    chosenWhy,
    suggestedWhy,
    byFigures,
  };
}
