/**
 * Everything the school has entered, as typed, and the engine input made from it. Pages read
 * it; only the element changes it. Records are prototype-free (authored ids are keys).
 */
import { OWN_COPY_FIELDS } from './pupil.js';
import type { BaselineInput, CaseInput, EvidenceState, MeasureInput } from '@pathway/core';
import type { AnswerValue } from '@pathway/schema';
import type { WidgetStrings } from '../i18n/strings.js';
import type { DraftContent } from '../drafts/draft-envelope.js';
import type { DateParts, MeasureEntry } from './entries.js';
import { datePartsFrom, entryFromInput, isPercentageMeasure, parseDateParts, parseMeasureEntry, parseNumber } from './entries.js';
import type { PathwayIndex } from './pathway-index.js';
import { emptyRecord } from './records.js';

export interface JourneyState {
  measureEntries: Record<string, MeasureEntry>;
  cohorts: Set<string>;
  /** Answers the engine can use. */
  answers: Record<string, AnswerValue>;
  /** What was typed into number questions, kept while it is not (yet) a number. */
  numberText: Record<string, string>;
  /** What was typed into date questions' day, month and year boxes. */
  dateParts: Record<string, DateParts>;
  evidence: Record<string, EvidenceState>;
  /** Referral fields (pupil details). Personal: never saved in drafts or sent in events. */
  details: Record<string, string>;
  detailDateParts: Record<string, DateParts>;
  /** The stage the school chose, where it differs from the placement. */
  stage: string | undefined;
  /** Earlier readings as typed (format 1.1), by measure id: the figure and the date it was taken. */
  baselineEntries: Record<string, BaselineEntry>;
  /**
   * The rest of a page's `case` (e.g. `asOf`, and what later formats add: chosen routes,
   * baselines), passed to the engine as given.
   */
  extra: Record<string, unknown>;
}

/** An earlier reading as typed: the figure, and the day, month and year it was taken. */
export interface BaselineEntry extends DateParts {
  value: string;
}

export const emptyBaselineEntry = (): BaselineEntry => ({ value: '', day: '', month: '', year: '' });

/** An earlier reading as engine input, or undefined while its figure is not (yet) a number. */
export function baselineInput(index: PathwayIndex, measureId: string, entry: BaselineEntry | undefined): BaselineInput | undefined {
  const measure = index.measures.get(measureId);
  const value = entry ? parseNumber(entry.value) : undefined;
  if (!measure || value === undefined) return undefined;
  const date = parseDateParts(entry!).date;
  const figure: MeasureInput = isPercentageMeasure(measure) ? { percentage: value } : { value };
  return date ? { ...figure, date } : figure;
}

/** The earlier readings typed, as engine input, over those a page's `case` gave. */
export function baselineInputs(index: PathwayIndex, state: JourneyState): Record<string, BaselineInput> | undefined {
  const given = state.extra.baselines;
  const inputs = emptyRecord<BaselineInput>();
  if (given && typeof given === 'object') Object.assign(inputs, given);
  for (const [id, entry] of Object.entries(state.baselineEntries)) {
    const input = baselineInput(index, id, entry);
    if (input) inputs[id] = input;
    else delete inputs[id];
  }
  return Object.keys(inputs).length > 0 ? inputs : undefined;
}

/** The routes chosen (format 1.1), as the case holds them. */
export function chosenRoutes(state: JourneyState): string[] {
  return idList(state.extra.routes);
}

/** The outcomes recorded as having happened (format 1.1), as the case holds them. */
export function recordedOutcomes(state: JourneyState): string[] {
  return idList(state.extra.outcomes);
}

const idList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

/** `extra` with a list of ids (`routes`, `outcomes`) replaced, or left as it was when `ids` is undefined. */
export function withIds(extra: Record<string, unknown>, key: 'routes' | 'outcomes', ids: readonly string[] | undefined): Record<string, unknown> {
  if (ids === undefined) return extra;
  const next = { ...extra };
  if (ids.length > 0) next[key] = [...ids];
  else delete next[key];
  return next;
}

/** Outcome ids anywhere in the pathway (stages, routes, referrals). */
export function outcomeIds(index: PathwayIndex): Set<string> {
  const ids = new Set<string>();
  for (const stage of index.definition.stages) {
    for (const outcome of stage.outcomes ?? []) ids.add(outcome.id);
    for (const route of stage.routes ?? []) for (const outcome of route.outcomes ?? []) ids.add(outcome.id);
  }
  for (const referral of index.definition.referrals ?? []) for (const outcome of referral.outcomes ?? []) ids.add(outcome.id);
  return ids;
}

export function emptyJourney(): JourneyState {
  return {
    measureEntries: emptyRecord(),
    cohorts: new Set(),
    answers: emptyRecord(),
    numberText: emptyRecord(),
    dateParts: emptyRecord(),
    evidence: emptyRecord(),
    details: emptyRecord(),
    detailDateParts: emptyRecord(),
    stage: undefined,
    baselineEntries: emptyRecord(),
    extra: emptyRecord(),
  };
}

/** The figures as engine input; entries that are empty or cannot be read are left out. */
export function measureInputs(index: PathwayIndex, state: JourneyState, strings: WidgetStrings): Record<string, MeasureInput> {
  const inputs = emptyRecord<MeasureInput>();
  for (const [id, measure] of index.measures) {
    const entry = state.measureEntries[id];
    if (!entry) continue;
    const { input } = parseMeasureEntry(measure, entry, strings);
    if (input) inputs[id] = input;
  }
  return inputs;
}

/** Ticked circumstances in the pathway's order. */
export function cohortList(index: PathwayIndex, state: JourneyState): string[] {
  return [...index.cohorts.keys()].filter((id) => state.cohorts.has(id));
}

/** The engine input for the current entries (a case's extra keys first, so what was entered wins). */
export function caseInput(index: PathwayIndex, state: JourneyState, strings: WidgetStrings, asOf: string): CaseInput {
  const baselines = Object.keys(state.baselineEntries).length > 0 ? baselineInputs(index, state) : undefined;
  return {
    ...state.extra,
    ...(baselines ? { baselines } : {}),
    measures: measureInputs(index, state, strings),
    cohorts: cohortList(index, state),
    answers: state.answers,
    evidence: state.evidence,
    details: state.details,
    asOf,
    ...(state.stage !== undefined ? { stage: state.stage } : {}),
  };
}

/**
 * The engine input of a journey with nothing entered yet: what `caseInput` makes of
 * `emptyJourney()` (a test holds the two equal), without the words, which only typed figures
 * need. The definition's trial evaluation is of this input, so the journey can reuse it.
 */
export function startingInput(asOf: string): CaseInput {
  return { measures: emptyRecord(), cohorts: [], answers: emptyRecord(), evidence: emptyRecord(), details: emptyRecord(), asOf };
}

/** Whether two engine inputs hold the same plain data: the same own keys (in any order) with the same values, arrays in order. */
export function sameInput(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameInput((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** What a draft keeps: no pupil details. Only items the pathway has (a case may name others). */
export function draftContent(index: PathwayIndex, state: JourneyState, strings: WidgetStrings): DraftContent {
  const answers = emptyRecord<AnswerValue>();
  for (const [id, value] of Object.entries(state.answers)) if (index.questions.has(id)) answers[id] = value;
  const evidence = emptyRecord<EvidenceState>();
  for (const [id, held] of Object.entries(state.evidence)) if (index.evidence.has(id)) evidence[id] = held;
  return {
    answers,
    measures: measureInputs(index, state, strings),
    cohorts: cohortList(index, state),
    evidence,
    ...(state.stage !== undefined && index.stages.has(state.stage) ? { stage: state.stage } : {}),
    ...draftExtras(index, state),
  };
}

/** The chosen routes and earlier readings a draft keeps (format 1.1), only those the pathway has. */
function draftExtras(index: PathwayIndex, state: JourneyState): Pick<DraftContent, 'routes' | 'baselines' | 'outcomes'> {
  const known = new Set(index.definition.stages.flatMap((stage) => (stage.routes ?? []).map((route) => route.id)));
  const routes = chosenRoutes(state).filter((id) => known.has(id));
  const outcomesKnown = outcomeIds(index);
  const outcomes = recordedOutcomes(state).filter((id) => outcomesKnown.has(id));
  const baselines = emptyRecord<BaselineInput>();
  for (const [id, input] of Object.entries(baselineInputs(index, state) ?? {})) if (index.measures.has(id)) baselines[id] = input;
  return {
    ...(routes.length > 0 ? { routes } : {}),
    ...(outcomes.length > 0 ? { outcomes } : {}),
    ...(Object.keys(baselines).length > 0 ? { baselines } : {}),
  };
}

/**
 * The journey after its pathway changed: `content` (what still fits, from `reconcile`), with
 * what was typed kept where its item still exists, even while it is not (yet) valid: a
 * half-typed date, "88,5", a pupil's name.
 */
export function journeyAfterChange(
  index: PathwayIndex,
  content: DraftContent,
  before: JourneyState,
  /** Referral fields renamed by the change (journey/renamed-fields.ts): what was typed into them goes with them. */
  fieldsRenamed: ReadonlyMap<string, string> = new Map(),
): JourneyState {
  const state = journeyFromDraft(index, content);
  for (const [id, entry] of Object.entries(before.measureEntries)) if (index.measures.has(id)) state.measureEntries[id] = { ...entry };
  for (const [id, text] of Object.entries(before.numberText)) {
    if (index.questions.get(id)?.type === 'number' && (Object.hasOwn(state.answers, id) || !Object.hasOwn(before.answers, id))) {
      state.numberText[id] = text;
    }
  }
  for (const [id, parts] of Object.entries(before.dateParts)) {
    if (index.questions.get(id)?.type === 'date' && (Object.hasOwn(state.answers, id) || !Object.hasOwn(before.answers, id))) {
      state.dateParts[id] = { ...parts };
    }
  }
  // The pupil's details for the user's own copy (journey/pupil.ts) belong to no pathway field: they stay too.
  const kept = (id: string) => index.fields.has(id) || (OWN_COPY_FIELDS as readonly string[]).includes(id);
  for (const [id, value] of Object.entries(before.details)) if (kept(id)) state.details[id] = value;
  for (const [id, parts] of Object.entries(before.detailDateParts)) if (kept(id)) state.detailDateParts[id] = { ...parts };
  for (const [from, to] of fieldsRenamed) {
    if (Object.hasOwn(before.details, from) && !Object.hasOwn(state.details, to)) state.details[to] = before.details[from];
    if (Object.hasOwn(before.detailDateParts, from) && !Object.hasOwn(state.detailDateParts, to)) state.detailDateParts[to] = { ...before.detailDateParts[from] };
  }
  for (const [id, entry] of Object.entries(before.baselineEntries)) if (index.measures.has(id)) state.baselineEntries[id] = { ...entry };
  state.extra = withIds(withRoutes(before.extra, content.routes), 'outcomes', content.outcomes);
  return state;
}

/** A journey holding a restored draft's content. */
export function journeyFromDraft(index: PathwayIndex, content: DraftContent): JourneyState {
  const state = emptyJourney();
  for (const [id, input] of Object.entries(content.measures)) state.measureEntries[id] = entryFromInput(input);
  for (const id of content.cohorts) state.cohorts.add(id);
  for (const [id, value] of Object.entries(content.answers)) {
    state.answers[id] = value;
    const type = index.questions.get(id)?.type;
    if (type === 'number') state.numberText[id] = String(value);
  }
  for (const [id, evidence] of Object.entries(content.evidence)) state.evidence[id] = { ...evidence };
  state.stage = content.stage;
  for (const [id, input] of Object.entries(content.baselines ?? {})) state.baselineEntries[id] = baselineEntryFrom(input);
  state.extra = withIds(withRoutes(state.extra, content.routes), 'outcomes', content.outcomes);
  return state;
}

/** `extra` with the chosen routes replaced by `routes` (left as it was when undefined). */
export function withRoutes(extra: Record<string, unknown>, routes: readonly string[] | undefined): Record<string, unknown> {
  return withIds(extra, 'routes', routes);
}

function baselineEntryFrom(input: BaselineInput): BaselineEntry {
  const figure = 'percentage' in input ? input.percentage : 'value' in input ? input.value : undefined;
  return { value: figure === undefined ? '' : String(figure), ...datePartsFrom(input.date) };
}
