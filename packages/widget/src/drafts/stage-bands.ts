/**
 * The figures that place a pupil at each stage, as a draft keeps them, so that a later version
 * can tell the school which stages' bands moved (a pupil near a moved bound may be placed
 * elsewhere next time, even when the case's own stage did not change) and when a new stage
 * applies: 'stage "Tier 2" now applies when Attendance is at least 86% and at most 90% (was
 * at most 90%)' (the words: journey/update-note.ts, with the journey). Only bands that moved.
 *
 * A stored draft is untrusted: `isStageBands` checks the shape before anything is read.
 */
import type { Bound, Measure, Stage } from '@pathway/schema';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { emptyRecord } from '../journey/records.js';

/** One band as a draft keeps it: its figure and ends (its label and id are not what places a pupil). */
export interface DraftBand {
  measure: string;
  lower?: Bound;
  upper?: Bound;
}

/** A band with its figure as the pathway now defines it (for its title and how its values read). */
export interface MeasuredBand {
  measure: Measure;
  lower?: Bound;
  upper?: Bound;
}

/** Bands that moved, and the bands of stages new to the pathway. */
export interface BandChanges {
  /** A stage the case knew whose bands moved (`now` or `was` empty when it has, or had, none). */
  moved: { stage: string; now: MeasuredBand[]; was: MeasuredBand[] }[];
  /** Each new stage with bands, by its title. */
  added: { stage: string; bands: MeasuredBand[] }[];
}

/** More bands on one stage than any real pathway has: a draft claiming more is not read. */
const MAX_BANDS = 50;

function bandsOf(stage: Stage | undefined): DraftBand[] {
  return (stage?.bands ?? []).map(({ measure, lower, upper }) => ({
    measure,
    ...(lower ? { lower: { value: lower.value, inclusive: lower.inclusive } } : {}),
    ...(upper ? { upper: { value: upper.value, inclusive: upper.inclusive } } : {}),
  }));
}

/** Each stage's bands, for a draft (stages without bands are left out, so most drafts barely grow). */
export function stageBands(index: PathwayIndex): Record<string, DraftBand[]> {
  const bands = emptyRecord<DraftBand[]>();
  for (const [id, stage] of index.stages) if ((stage.bands?.length ?? 0) > 0) bands[id] = bandsOf(stage);
  return bands;
}

const isBound = (value: unknown): value is Bound =>
  typeof value === 'object' && value !== null && Number.isFinite((value as Bound).value) && typeof (value as Bound).inclusive === 'boolean';

/** A draft's stage bands, if well formed: a list of at most MAX_BANDS bands for each stage. */
export function isStageBands(value: unknown, isText: (text: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (list) =>
      Array.isArray(list) &&
      list.length <= MAX_BANDS &&
      list.every((band) => isText(band?.measure) && (band.lower === undefined || isBound(band.lower)) && (band.upper === undefined || isBound(band.upper))),
  );
}

/** Bands with their figures as the pathway now defines them; a band on a figure it no longer has is left out. */
function measured(bands: readonly DraftBand[], index: PathwayIndex): MeasuredBand[] {
  return bands.flatMap(({ measure, ...bounds }) => {
    const defined = index.measures.get(measure);
    return defined ? [{ measure: defined, ...bounds }] : [];
  });
}

const sameBands = (a: readonly DraftBand[], b: readonly DraftBand[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What moved between the bands a draft knew and the pathway now. `stageNow` follows a stage the
 * draft knew to the stage it is now (itself, or the same stage under a new short name).
 * Nothing for a draft from before bands were kept.
 */
export function bandChanges(
  known: Readonly<Record<string, DraftBand[]>> | undefined,
  stageTexts: Readonly<Record<string, string>> | undefined,
  index: PathwayIndex,
  stageNow: (id: string) => string | undefined,
): BandChanges {
  const changes: BandChanges = { moved: [], added: [] };
  if (known === undefined || stageTexts === undefined) return changes;
  const followed = new Set<string>();
  for (const id of Object.keys(stageTexts)) {
    const nowId = stageNow(id);
    if (nowId === undefined) continue;
    followed.add(nowId);
    const was = Object.hasOwn(known, id) ? known[id] : [];
    const now = bandsOf(index.stages.get(nowId));
    if (!sameBands(was, now)) changes.moved.push({ stage: index.stages.get(nowId)!.title, now: measured(now, index), was: measured(was, index) });
  }
  for (const [id, stage] of index.stages) {
    if (followed.has(id) || Object.hasOwn(stageTexts, id)) continue;
    const bands = measured(bandsOf(stage), index);
    if (bands.length > 0) changes.added.push({ stage: stage.title, bands });
  }
  return changes;
}
