/**
 * Placement: which stage or stages apply for the case's measures and circumstances, and why.
 *
 * - A stage marked `universal` applies to every pupil and is listed apart, never placed.
 * - Any other stage is placed when one of its bands matches an entered measure (status ok,
 *   not tooEarly: a figure on fewer possible sessions than the measure's minimum places no one
 *   and is in no classification, its warning saying why) or its entry rule holds.
 * - Placed stages keep pathway order; the primary stage is the last one, the most intensive.
 * - Overlap: more than one stage placed. Gap: a measure that stage bands range over was
 *   entered, but no stage's band on it matched (real pathways have such gaps).
 * - Classifications: the pathway's named bands the pupil falls in (e.g. persistent absence).
 * - A more intensive stage than the one placed whose entry rule is not known only for want of an
 *   earlier reading's date, or is false only for that reading's age, is named with what to enter.
 * - Format 1.1 (starting-stage.ts): a stage an earlier recorded outcome leads to is placed
 *   (via "outcome"); when nothing places the pupil, `fallback` names the starting stage.
 */
import type { Band, Stage } from './schema-types.js';
import type { BandMatch, MeasureResult, PlacedStage, Placement, Reason } from './types.js';
import type { EvaluationContext } from './context.js';
import type { ConditionResult } from './conditions.js';
import { matchBand } from './bands.js';
import { formatMeasureValue } from './measures.js';
import { joinReasons, reason } from './messages.js';
import { outcomeEntry, placementFallback, stagesLeft } from './starting-stage.js';
import { joinWith, quote } from './text.js';

/** A measure's value when it can be compared with bands. */
function usableValue(result: MeasureResult | undefined): number | undefined {
  // A guard, not a flag: a figure on too few possible sessions places and classifies no one.
  return result !== undefined && result.status === 'ok' ? result.value : undefined;
}

function matchBandFor(band: Band, ctx: EvaluationContext): BandMatch | undefined {
  const measure = ctx.measureDefinition(band.measure);
  const value = usableValue(ctx.measure(band.measure));
  return measure === undefined || value === undefined ? undefined : matchBand(band, measure, value);
}

/**
 * The figures or rules place the pupil back at a more intensive stage than one a recorded step
 * down led to (stepped down, then slipped back): said once, beside why the stage applies, so the
 * recorded step down is not read as where the pupil is now.
 */
function backAfterStepDown(stages: readonly PlacedStage[], primary: PlacedStage, reasons: Reason[], ctx: EvaluationContext): void {
  if (primary.via !== 'band' || ctx.kase.outcomes.size === 0) return;
  for (const placed of stages) {
    if (placed === primary || placed.via !== 'outcome') continue;
    const stepDown = ctx.index.choices.outcomesInto.get(placed.stageId)?.find((o) => o.kind === 'stepDown' && ctx.kase.outcomes.has(o.id));
    if (stepDown === undefined) continue;
    const back = reason('placement.backAfterStepDown', { stage: primary.title, outcome: quote(stepDown.title), to: placed.title });
    primary.reasons.push(back);
    reasons.push(back);
    return;
  }
}

/**
 * Reasons a rule is not known although the school entered the figure it reads: an earlier reading
 * without the date the rule needs, or one that cannot be worked out. A rule not known because
 * nothing was entered, or a question not answered yet, is the ordinary state of a new case.
 */
const PART_ENTERED = new Set(['change.baselineNoDate', 'change.baselineInvalid']);

/** Reasons that make a change rule false only for the earlier reading's age (`within`, `over`). */
const READING_AGE = new Set(['change.withinPast', 'change.overNotYet']);

/**
 * An entry rule that does not hold but could: not known for want of an entry (the pupil may
 * belong at the stage, and the reasons say what to enter), or false only because the earlier
 * reading is too old or too recent (the change the school entered was not counted). Without this
 * a fall the school entered would change nothing without a word.
 */
function entryStillOpen(stage: Stage, entry: ConditionResult): Reason | undefined {
  const because = joinReasons(entry.reasons);
  if (entry.unknown === true && entry.reasons.length > 0 && entry.reasons.every((why) => PART_ENTERED.has(why.code))) {
    return reason('placement.entryNotKnown', { stage: quote(stage.title), because });
  }
  if (entry.reasons.length > 0 && entry.reasons.every((why) => READING_AGE.has(why.code))) {
    return reason('placement.entryReadingAge', { stage: quote(stage.title), because });
  }
  return undefined;
}

export function computePlacement(ctx: EvaluationContext): Placement {
  const { index } = ctx;
  const stages: PlacedStage[] = [];
  const universal: PlacedStage[] = [];
  const reasons: Reason[] = [];
  /** Stages whose entry rule is not known, or false only for the earlier reading's age, with their pathway position. */
  const undecided: { at: number; reason: Reason }[] = [];
  /** Measure id → titles of stages one of whose bands on it matched. */
  const bandStages = new Map<string, Stage[]>();

  for (const measureId of index.placingMeasures) {
    const result = ctx.measure(measureId);
    if (result?.reason !== undefined && (result.status === 'tooEarly' || result.status === 'invalid')) {
      reasons.push(result.reason);
    }
  }

  const left = stagesLeft(ctx);
  for (const stage of index.stages) {
    if (stage.universal === true) {
      const line = reason('placement.universal', { stage: stage.title });
      universal.push({ stageId: stage.id, title: stage.title, via: 'universal', reasons: [line] });
      reasons.push(line);
      continue;
    }
    const stageReasons: Reason[] = [];
    let byBand = false;
    for (const band of stage.bands ?? []) {
      const match = matchBandFor(band, ctx);
      if (match === undefined) continue;
      byBand = true;
      const matched = bandStages.get(band.measure) ?? [];
      if (!matched.includes(stage)) matched.push(stage);
      bandStages.set(band.measure, matched);
      const measure = ctx.measureDefinition(band.measure);
      stageReasons.push(
        reason('placement.band', {
          value: measure ? formatMeasureValue(measure, match.value) : String(match.value),
          band: band.label,
          stage: stage.title,
        }),
      );
    }
    let byEntry = false;
    if (stage.entry?.when !== undefined) {
      const entry = ctx.condition(stage.entry.when);
      if (entry.holds) {
        byEntry = true;
        // The change itself, in figures ("declined by 5.5 points (from 98.5% on … to 93%)"), kept apart for a UI.
        const figures = entry.reasons.filter((why) => why.code === 'change.declined' || why.code === 'change.improved');
        const because = joinReasons(entry.reasons);
        stageReasons.push(reason('placement.entry', figures.length > 0 ? { stage: stage.title, because, figures: joinReasons(figures) } : { stage: stage.title, because }));
      } else {
        const open = entryStillOpen(stage, entry);
        if (open !== undefined) undecided.push({ at: index.stages.indexOf(stage), reason: open });
      }
    }
    // Format 1.1: a stage an earlier recorded outcome leads to is entered too.
    const byOutcome = outcomeEntry(stage, ctx, left);
    if (byOutcome !== undefined) stageReasons.push(byOutcome);
    if (byBand || byEntry || byOutcome !== undefined) {
      const via = byBand ? 'band' : byEntry ? 'entry' : 'outcome';
      stages.push({ stageId: stage.id, title: stage.title, via, reasons: stageReasons });
      reasons.push(...stageReasons);
    }
  }

  let gap = false;
  for (const measureId of index.placingMeasures) {
    const measure = ctx.measureDefinition(measureId);
    const value = usableValue(ctx.measure(measureId));
    if (measure === undefined || value === undefined) continue;
    const matched = bandStages.get(measureId) ?? [];
    const shown = formatMeasureValue(measure, value);
    if (matched.length === 0) {
      gap = true;
      // Named where the pathway places by several measures: "2 sessions" alone could be any of its counts.
      reasons.push(reason('placement.gap', index.placingMeasures.size > 1 ? { value: shown, measure: measure.title } : { value: shown }));
    } else if (matched.length > 1) {
      reasons.push(
        reason('placement.overlap', {
          value: shown,
          stages: joinWith(matched.map((s) => quote(s.title)), 'and'),
          count: matched.length,
        }),
      );
    }
  }

  const overlap = stages.length > 1;
  const primary = stages.length > 0 ? stages[stages.length - 1] : undefined;
  if (primary !== undefined) backAfterStepDown(stages, primary, reasons, ctx);
  // Only a stage more intensive than where the pupil is could change where they are.
  const primaryAt = primary === undefined ? -1 : index.stages.findIndex((stage) => stage.id === primary.stageId);
  for (const open of undecided) if (open.at > primaryAt) reasons.push(open.reason);
  // Format 1.1: nothing places the pupil, but the pathway says where a case starts.
  const fallback = primary === undefined ? placementFallback(ctx) : undefined;
  if (fallback !== undefined) {
    reasons.push(fallback.reason);
  } else if (primary === undefined) {
    reasons.push(reason('placement.none'));
  } else if (overlap) {
    reasons.push(
      reason('placement.primary', {
        stage: primary.title,
        stages: joinWith(stages.map((s) => quote(s.title)), 'and'),
      }),
    );
  }

  const classifications: BandMatch[] = [];
  for (const band of index.definition.classifications ?? []) {
    const match = matchBandFor(band, ctx);
    if (match !== undefined) {
      classifications.push(match);
      reasons.push(match.reason);
    }
  }

  const placement: Placement = { stages, universal, overlap, gap, classifications, reasons };
  if (primary !== undefined) placement.primary = primary.stageId;
  if (fallback !== undefined) placement.fallback = fallback;
  return placement;
}
