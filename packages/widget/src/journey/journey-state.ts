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
import { copyRecord, emptyRecord } from './records.js';

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

/** The engine input for the current entries. */
export function caseInput(index: PathwayIndex, state: JourneyState, strings: WidgetStrings, asOf: string): CaseInput {
  return {
    measures: measureInputs(index, state, strings),
    cohorts: cohortList(index, state),
    answers: state.answers,
    evidence: state.evidence,
    details: state.details,
    asOf,
    ...(state.stage !== undefined ? { stage: state.stage } : {}),
  };
}

/** What a draft keeps: no pupil details. */
export function draftContent(index: PathwayIndex, state: JourneyState, strings: WidgetStrings): DraftContent {
  return {
    answers: copyRecord(state.answers),
    measures: measureInputs(index, state, strings),
    cohorts: cohortList(index, state),
    evidence: copyRecord(state.evidence),
    ...(state.stage !== undefined ? { stage: state.stage } : {}),
  };
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
