/**
 * A saved draft: the school's answers for one pathway, stamped with what the questions said
 * when they were answered. Pupil details are never part of it.
 *
 * When the pathway has changed since, `restoreDraft` keeps each answer whose question still
 * exists with the same type and wording, and reports every other one, so nothing is dropped
 * without the user being told.
 */
import type { EvidenceState, MeasureInput } from '@pathway/core';
import type { AnswerValue } from '@pathway/schema';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { questionFingerprints } from '../journey/pathway-index.js';
import { copyRecord, emptyRecord } from '../journey/records.js';

export const DRAFT_FORMAT = 'pathway-draft/1';

export interface Draft {
  format: typeof DRAFT_FORMAT;
  pathwayId: string;
  pathwayVersion: string;
  /** ISO timestamp. */
  savedAt: string;
  /** What each question was (type and wording) when the draft was saved, by question id. */
  questionTexts: Record<string, { type: string; text: string }>;
  /** Evidence titles when saved, by evidence id. */
  evidenceTexts: Record<string, string>;
  /** Circumstance names when saved, by cohort id. */
  cohortTexts: Record<string, string>;
  /** Measure names when saved, by measure id. */
  measureTexts: Record<string, string>;
  answers: Record<string, AnswerValue>;
  measures: Record<string, MeasureInput>;
  cohorts: string[];
  evidence: Record<string, EvidenceState>;
  /** The stage the school chose, if it chose one. */
  stage?: string;
}

/** The parts of the school's work a draft keeps. */
export interface DraftContent {
  answers: Record<string, AnswerValue>;
  measures: Record<string, MeasureInput>;
  cohorts: string[];
  evidence: Record<string, EvidenceState>;
  stage?: string;
}

/** One question named in the change report. */
export interface ReportedQuestion {
  id: string;
  text: string;
  /** The answer the draft held, for questions whose answer was not used. */
  previousAnswer?: AnswerValue;
}

/** What changed between the draft and the pathway as it is now. */
export interface DraftChangeReport {
  previousVersion: string;
  currentVersion: string;
  kept: ReportedQuestion[];
  changed: ReportedQuestion[];
  removed: ReportedQuestion[];
  added: ReportedQuestion[];
  /** Titles of confirmed evidence, circumstances and figures the pathway no longer has or has reworded. */
  evidenceDropped: string[];
  cohortsDropped: string[];
  measuresDropped: string[];
}

/** The texts a draft records, worked out once per pathway (drafts are saved on every answer). */
const textsByIndex = new WeakMap<PathwayIndex, Pick<Draft, 'questionTexts' | 'evidenceTexts' | 'cohortTexts' | 'measureTexts'>>();

function textsOf(index: PathwayIndex): Pick<Draft, 'questionTexts' | 'evidenceTexts' | 'cohortTexts' | 'measureTexts'> {
  let texts = textsByIndex.get(index);
  if (!texts) {
    const evidenceTexts = emptyRecord<string>();
    for (const [id, { evidence }] of index.evidence) evidenceTexts[id] = evidence.title;
    const cohortTexts = emptyRecord<string>();
    for (const [id, cohort] of index.cohorts) cohortTexts[id] = cohort.title;
    const measureTexts = emptyRecord<string>();
    for (const [id, measure] of index.measures) measureTexts[id] = measure.title;
    texts = { questionTexts: questionFingerprints(index), evidenceTexts, cohortTexts, measureTexts };
    textsByIndex.set(index, texts);
  }
  return texts;
}

export function buildDraft(index: PathwayIndex, content: DraftContent, savedAt: Date = new Date()): Draft {
  return {
    format: DRAFT_FORMAT,
    pathwayId: index.definition.id,
    pathwayVersion: index.definition.version,
    savedAt: savedAt.toISOString(),
    ...textsOf(index),
    answers: copyRecord(content.answers),
    measures: copyRecord(content.measures),
    cohorts: [...content.cohorts],
    evidence: copyRecord(content.evidence),
    ...(content.stage !== undefined ? { stage: content.stage } : {}),
  };
}

// -------------------------------------------------------------------------------------------
// Reading: anything stored is untrusted until its shape is checked.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function everyValue(value: unknown, check: (item: unknown) => boolean): boolean {
  return isRecord(value) && Object.values(value).every(check);
}

const isAnswer = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function isMeasureInput(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if ('percentage' in value) return isCount(value.percentage);
  if ('value' in value) return isCount(value.value);
  if ('possibleSessions' in value) {
    return isCount(value.possibleSessions) && (isCount(value.attendedSessions) || isCount(value.absentSessions));
  }
  return false;
}

function isEvidenceState(value: unknown): boolean {
  return isRecord(value) && typeof value.confirmed === 'boolean' && (value.note === undefined || typeof value.note === 'string');
}

/** The draft, if `raw` is one in this format; undefined for anything unreadable. */
export function readDraft(raw: unknown): Draft | undefined {
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) return undefined;
  const ok =
    typeof raw.pathwayId === 'string' &&
    typeof raw.pathwayVersion === 'string' &&
    typeof raw.savedAt === 'string' &&
    !Number.isNaN(Date.parse(raw.savedAt)) &&
    everyValue(raw.questionTexts, (q) => isRecord(q) && typeof q.type === 'string' && typeof q.text === 'string') &&
    everyValue(raw.evidenceTexts ?? {}, (t) => typeof t === 'string') &&
    everyValue(raw.cohortTexts ?? {}, (t) => typeof t === 'string') &&
    everyValue(raw.measureTexts ?? {}, (t) => typeof t === 'string') &&
    everyValue(raw.answers, isAnswer) &&
    everyValue(raw.measures, isMeasureInput) &&
    Array.isArray(raw.cohorts) &&
    raw.cohorts.every((c) => typeof c === 'string') &&
    everyValue(raw.evidence, isEvidenceState) &&
    (raw.stage === undefined || typeof raw.stage === 'string');
  if (!ok) return undefined;
  // Drafts from before these records existed simply lack them.
  const draft = raw as unknown as Partial<Draft> & Omit<Draft, 'evidenceTexts' | 'cohortTexts' | 'measureTexts'>;
  return {
    ...draft,
    evidenceTexts: draft.evidenceTexts ?? emptyRecord(),
    cohortTexts: draft.cohortTexts ?? emptyRecord(),
    measureTexts: draft.measureTexts ?? emptyRecord(),
  };
}

// -------------------------------------------------------------------------------------------
// Restoring

/** Is `value` still a possible answer to `id` as the pathway now asks it? */
function answerStillFits(index: PathwayIndex, id: string, value: AnswerValue): boolean {
  const question = index.questions.get(id)?.question;
  if (!question) return false;
  switch (question.type) {
    case 'yesNo':
      return value === 'yes' || value === 'no';
    case 'yesNoNa':
      return value === 'yes' || value === 'no' || value === 'na';
    case 'choice':
      return (question.options ?? []).some((option) => option.value === value);
    case 'number':
      return typeof value === 'number';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    default:
      return typeof value === 'string';
  }
}

/**
 * The draft's content as it fits the pathway now, and a report of what changed. The report is
 * undefined when the pathway is the same version and no question the draft knew has changed.
 */
export function restoreDraft(draft: Draft, index: PathwayIndex): { content: DraftContent; report?: DraftChangeReport } {
  const current = questionFingerprints(index);
  const content: DraftContent = { answers: emptyRecord(), measures: emptyRecord(), cohorts: [], evidence: emptyRecord() };
  const report: DraftChangeReport = {
    previousVersion: draft.pathwayVersion,
    currentVersion: index.definition.version,
    kept: [],
    changed: [],
    removed: [],
    added: [],
    evidenceDropped: [],
    cohortsDropped: [],
    measuresDropped: [],
  };

  for (const [id, value] of Object.entries(draft.answers)) {
    const then = Object.hasOwn(draft.questionTexts, id) ? draft.questionTexts[id] : undefined;
    const now = Object.hasOwn(current, id) ? current[id] : undefined;
    const text = then?.text ?? now?.text ?? id;
    if (!now) report.removed.push({ id, text, previousAnswer: value });
    else if (!then || then.type !== now.type || then.text !== now.text || !answerStillFits(index, id, value)) {
      report.changed.push({ id, text: now.text, previousAnswer: value });
    } else {
      content.answers[id] = value;
      report.kept.push({ id, text: now.text });
    }
  }
  // Questions whose wording changed but were never answered still count as changed for the user.
  for (const [id, now] of Object.entries(current)) {
    const then = Object.hasOwn(draft.questionTexts, id) ? draft.questionTexts[id] : undefined;
    if (!then) report.added.push({ id, text: now.text });
    else if ((then.type !== now.type || then.text !== now.text) && !Object.hasOwn(draft.answers, id)) {
      report.changed.push({ id, text: now.text });
    }
  }
  for (const [id, then] of Object.entries(draft.questionTexts)) {
    if (!Object.hasOwn(current, id) && !Object.hasOwn(draft.answers, id)) report.removed.push({ id, text: then.text });
  }

  for (const [id, state] of Object.entries(draft.evidence)) {
    const now = index.evidence.get(id)?.evidence;
    const then = Object.hasOwn(draft.evidenceTexts, id) ? draft.evidenceTexts[id] : undefined;
    if (now && (then === undefined || then === now.title)) content.evidence[id] = state;
    else if (state.confirmed || state.note) report.evidenceDropped.push(then ?? now?.title ?? id);
  }
  for (const id of draft.cohorts) {
    if (index.cohorts.has(id)) content.cohorts.push(id);
    else report.cohortsDropped.push(Object.hasOwn(draft.cohortTexts, id) ? draft.cohortTexts[id] : id);
  }
  for (const [id, input] of Object.entries(draft.measures)) {
    if (index.measures.has(id)) content.measures[id] = input;
    else report.measuresDropped.push(Object.hasOwn(draft.measureTexts, id) ? draft.measureTexts[id] : id);
  }
  if (draft.stage !== undefined && index.stages.has(draft.stage)) content.stage = draft.stage;

  const changedAnything =
    report.changed.length + report.removed.length + report.added.length +
      report.evidenceDropped.length + report.cohortsDropped.length + report.measuresDropped.length > 0;
  const sameVersion = draft.pathwayVersion === index.definition.version;
  return sameVersion && !changedAnything ? { content } : { content, report };
}
