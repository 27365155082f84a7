/**
 * Everything the school has entered, as typed, and the engine input made from it. Pages read
 * it; only the element changes it. Records are prototype-free (authored ids are keys).
 */
import type { CaseInput, EvidenceState, MeasureInput } from '@pathway/core';
import type { AnswerValue } from '@pathway/schema';
import type { WidgetStrings } from '../i18n/strings.js';
import type { DraftContent } from '../drafts/draft-envelope.js';
import type { DateParts, MeasureEntry } from './entries.js';
import { entryFromInput, parseMeasureEntry } from './entries.js';
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
  /**
   * The rest of a page's `case` (e.g. `asOf`, and what later formats add: chosen routes,
   * baselines), passed to the engine as given.
   */
  extra: Record<string, unknown>;
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
  return {
    ...state.extra,
    measures: measureInputs(index, state, strings),
    cohorts: cohortList(index, state),
    answers: state.answers,
    evidence: state.evidence,
    details: state.details,
    asOf,
    ...(state.stage !== undefined ? { stage: state.stage } : {}),
  };
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
  };
}

/**
 * The journey after its pathway changed: `content` (what still fits, from `reconcile`), with
 * what was typed kept where its item still exists, even while it is not (yet) valid: a
 * half-typed date, "88,5", a pupil's name.
 */
export function journeyAfterChange(index: PathwayIndex, content: DraftContent, before: JourneyState): JourneyState {
  const state = journeyFromDraft(index, content);
  for (const [id, entry] of Object.entries(before.measureEntries)) if (index.measures.has(id)) state.measureEntries[id] = { ...entry };
  for (const [id, text] of Object.entries(before.numberText)) {
    if (index.questions.get(id)?.question.type === 'number' && (Object.hasOwn(state.answers, id) || !Object.hasOwn(before.answers, id))) {
      state.numberText[id] = text;
    }
  }
  for (const [id, parts] of Object.entries(before.dateParts)) {
    if (index.questions.get(id)?.question.type === 'date' && (Object.hasOwn(state.answers, id) || !Object.hasOwn(before.answers, id))) {
      state.dateParts[id] = { ...parts };
    }
  }
  for (const [id, value] of Object.entries(before.details)) if (index.fields.has(id)) state.details[id] = value;
  for (const [id, parts] of Object.entries(before.detailDateParts)) if (index.fields.has(id)) state.detailDateParts[id] = { ...parts };
  state.extra = before.extra;
  return state;
}

/** A journey holding a restored draft's content. */
export function journeyFromDraft(index: PathwayIndex, content: DraftContent): JourneyState {
  const state = emptyJourney();
  for (const [id, input] of Object.entries(content.measures)) state.measureEntries[id] = entryFromInput(input);
  for (const id of content.cohorts) state.cohorts.add(id);
  for (const [id, value] of Object.entries(content.answers)) {
    state.answers[id] = value;
    const type = index.questions.get(id)?.question.type;
    if (type === 'number') state.numberText[id] = String(value);
  }
  for (const [id, evidence] of Object.entries(content.evidence)) state.evidence[id] = { ...evidence };
  state.stage = content.stage;
  return state;
}
