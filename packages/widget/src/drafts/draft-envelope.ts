/**
 * A saved draft: the school's answers for one pathway, stamped with what the questions said
 * when they were answered, and the page the user was on. Pupil details are never part of it.
 *
 * When the pathway has changed since, `restoreDraft` keeps each answer whose question still
 * exists with the same type and wording, and reports every other one, so nothing is dropped
 * without the user being told.
 *
 * The same reconciliation carries an open journey across a changed definition (the editor's
 * live preview assigns a new one on every keystroke): `reconcile` with `keepReworded`, where a
 * reworded question keeps an answer that still fits it.
 *
 * A stored draft is untrusted: `readDraft` checks its shape and refuses one too big to be real
 * (`MAX_DRAFT_ENTRIES`) before any per-item work.
 */
import { renamedByTitle } from '@pathway/core';
import type { BaselineInput, EvidenceState, MeasureInput } from '@pathway/core';
import type { AnswerValue } from '@pathway/schema';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { questionFingerprints } from '../journey/pathway-index.js';
import { renamedQuestions } from './renamed-questions.js';
import { outcomeIds } from '../journey/journey-state.js';
import { copyRecord, emptyRecord } from '../journey/records.js';
import { bandChanges, isStageBands, stageBands } from './stage-bands.js';
import { publishedSince } from './published-changes.js';
import type { BandChanges, DraftBand } from './stage-bands.js';
import { isTimeLimitLengths, lengthChanges, timeLimitLengths } from './time-limit-lengths.js';
import type { DraftTimeLimit, TimeLimitLengthChange } from './time-limit-lengths.js';

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
  /** Stage titles when saved, by stage id (absent in drafts from before it was kept). */
  stageTexts?: Record<string, string>;
  /** The bands of each stage that has some, when saved (absent in drafts from before they were kept). */
  stageBands?: Record<string, DraftBand[]>;
  /** Each time limit's title and length when saved, by id (absent in drafts from before they were kept). */
  timeLimitLengths?: Record<string, DraftTimeLimit>;
  answers: Record<string, AnswerValue>;
  measures: Record<string, MeasureInput>;
  cohorts: string[];
  evidence: Record<string, EvidenceState>;
  /** The stage the school chose, if it chose one. */
  stage?: string;
  /** The stage the case was at (chosen or placed), so a later version can say if that changed. */
  placedAt?: string;
  /** The routes the school chose (format 1.1). */
  routes?: string[];
  /** Route titles when saved, by route id (absent in drafts from before it was kept), so a chosen route the pathway no longer has is named. */
  routeTexts?: Record<string, string>;
  /** Earlier readings of measures (format 1.1), by measure id. */
  baselines?: Record<string, BaselineInput>;
  /** Outcomes recorded as having happened (format 1.1). */
  outcomes?: string[];
  /**
   * The page the user was on, so coming back returns there (absent in drafts from before it
   * was kept). Not the journey's content: the journey's own snapshots leave it out.
   */
  page?: string;
}

/** The parts of the school's work a draft keeps. */
export interface DraftContent {
  answers: Record<string, AnswerValue>;
  measures: Record<string, MeasureInput>;
  cohorts: string[];
  evidence: Record<string, EvidenceState>;
  stage?: string;
  /** Chosen routes (format 1.1); absent when none were ever chosen. */
  routes?: string[];
  baselines?: Record<string, BaselineInput>;
  outcomes?: string[];
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
  /** Questions reworded whose answers were kept (with `keepReworded` only). */
  reworded: ReportedQuestion[];
  /** Questions whose id changed and whose type and wording did not (by their new id); an answer that still fits goes with it. */
  renamed: ReportedQuestion[];
  /** Time limits that got longer or shorter, when the draft knew their lengths. */
  timeLimitLengths: TimeLimitLengthChange[];
  /** Stages renamed, added and removed (by title), when the draft knew the stages. */
  stages: { renamed: { from: string; to: string }[]; added: string[]; removed: string[]; bands?: BandChanges };
  /** The stage the user had chosen, when the pathway no longer has it. */
  stageDropped?: string;
  /**
   * Chosen routes the pathway no longer has (by title; '' for one from a draft that did not
   * keep route titles): the school chooses again, and is told which choice was set aside.
   */
  routesDropped: string[];
}

/** How many answers, figures, circumstances or evidence items a draft may hold: far above any real pathway. */
export const MAX_DRAFT_ENTRIES = 10_000;
/** The longest text a draft may hold in one place (an answer, a note, a question's wording). */
export const MAX_DRAFT_TEXT = 100_000;

/** The texts a draft records, worked out once per pathway (drafts are saved on every answer). */
type DraftTexts = Pick<Draft, 'questionTexts' | 'evidenceTexts' | 'cohortTexts' | 'measureTexts'> & {
  stageTexts: Record<string, string>;
  routeTexts: Record<string, string>;
  stageBands: Record<string, DraftBand[]>;
  timeLimitLengths: Record<string, DraftTimeLimit>;
};

const textsByIndex = new WeakMap<PathwayIndex, DraftTexts>();

function textsOf(index: PathwayIndex): DraftTexts {
  let texts = textsByIndex.get(index);
  if (!texts) {
    const evidenceTexts = emptyRecord<string>();
    for (const [id, { evidence }] of index.evidence) evidenceTexts[id] = evidence.title;
    const cohortTexts = emptyRecord<string>();
    for (const [id, cohort] of index.cohorts) cohortTexts[id] = cohort.title;
    const measureTexts = emptyRecord<string>();
    for (const [id, measure] of index.measures) measureTexts[id] = measure.title;
    const stageTexts = emptyRecord<string>();
    for (const [id, stage] of index.stages) stageTexts[id] = stage.title;
    const routeTexts = emptyRecord<string>();
    for (const [id, route] of index.routes) routeTexts[id] = route.title;
    texts = { questionTexts: questionFingerprints(index), evidenceTexts, cohortTexts, measureTexts, stageTexts, routeTexts, stageBands: stageBands(index), timeLimitLengths: timeLimitLengths(index) };
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
    ...(content.routes !== undefined && content.routes.length > 0 ? { routes: [...content.routes] } : {}),
    ...(content.outcomes !== undefined && content.outcomes.length > 0 ? { outcomes: [...content.outcomes] } : {}),
    ...(content.baselines !== undefined && Object.keys(content.baselines).length > 0 ? { baselines: copyRecord(content.baselines) } : {}),
  };
}

// -------------------------------------------------------------------------------------------
// Reading: anything stored is untrusted until its shape is checked.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record of at most MAX_DRAFT_ENTRIES entries, each passing `check`. The size is known before any entry is looked at. */
function everyValue(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!isRecord(value)) return false;
  const values = Object.values(value);
  return values.length <= MAX_DRAFT_ENTRIES && values.every(check);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_DRAFT_TEXT;

/** An answer the engine takes: text or a finite number. */
export const isAnswer = (value: unknown): value is string | number =>
  isText(value) || (typeof value === 'number' && Number.isFinite(value));
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/** A figure as the engine takes it: a percentage, session counts, or a value. */
export function isMeasureInput(value: unknown): value is MeasureInput {
  if (!isRecord(value)) return false;
  if ('percentage' in value) return isCount(value.percentage);
  if ('value' in value) return isCount(value.value);
  if ('possibleSessions' in value) {
    return isCount(value.possibleSessions) && (isCount(value.attendedSessions) || isCount(value.absentSessions));
  }
  if ('date' in value) return typeof value.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.date);
  return false;
}

/** Evidence as the engine takes it: confirmed or not, with an optional note. */
export function isEvidenceState(value: unknown): value is EvidenceState {
  return isRecord(value) && typeof value.confirmed === 'boolean' && (value.note === undefined || isText(value.note));
}

/**
 * The draft, if `raw` is one in this format; undefined for anything unreadable, and for a
 * draft too big to be real (more than MAX_DRAFT_ENTRIES in any list, or texts longer than
 * MAX_DRAFT_TEXT): a tampered draft with 200,000 answers is refused before its answers are read.
 */
export function readDraft(raw: unknown): Draft | undefined {
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) return undefined;
  const ok =
    isText(raw.pathwayId) &&
    isText(raw.pathwayVersion) &&
    isText(raw.savedAt) &&
    !Number.isNaN(Date.parse(raw.savedAt)) &&
    // Sizes first: each is one count, so an absurd draft costs nothing more to refuse.
    [raw.questionTexts, raw.evidenceTexts, raw.cohortTexts, raw.measureTexts, raw.stageTexts, raw.routeTexts, raw.stageBands, raw.timeLimitLengths, raw.answers, raw.measures, raw.evidence].every(
      (record) => record === undefined || !isRecord(record) || Object.keys(record).length <= MAX_DRAFT_ENTRIES,
    ) &&
    Array.isArray(raw.cohorts) &&
    raw.cohorts.length <= MAX_DRAFT_ENTRIES &&
    everyValue(raw.questionTexts, (q) => isRecord(q) && isText(q.type) && isText(q.text)) &&
    everyValue(raw.evidenceTexts ?? {}, isText) &&
    everyValue(raw.cohortTexts ?? {}, isText) &&
    everyValue(raw.measureTexts ?? {}, isText) &&
    everyValue(raw.stageTexts ?? {}, isText) &&
    everyValue(raw.routeTexts ?? {}, isText) &&
    (raw.stageBands === undefined || isStageBands(raw.stageBands, isText)) &&
    (raw.timeLimitLengths === undefined || isTimeLimitLengths(raw.timeLimitLengths, isText)) &&
    everyValue(raw.answers, isAnswer) &&
    everyValue(raw.measures, isMeasureInput) &&
    raw.cohorts.every(isText) &&
    everyValue(raw.evidence, isEvidenceState) &&
    [raw.stage, raw.placedAt].every((id) => id === undefined || isText(id)) &&
    (raw.page === undefined || isText(raw.page)) &&
    [raw.routes, raw.outcomes].every((list) => list === undefined || (Array.isArray(list) && list.length <= MAX_DRAFT_ENTRIES && list.every(isText))) &&
    (raw.baselines === undefined ||
      (isRecord(raw.baselines) &&
        Object.keys(raw.baselines).length <= MAX_DRAFT_ENTRIES &&
        everyValue(raw.baselines, (b) => isMeasureInput(b) && ((b as { date?: unknown }).date === undefined || isText((b as { date?: unknown }).date)))));
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
export function answerStillFits(index: PathwayIndex, id: string, value: AnswerValue): boolean {
  const question = index.questions.get(id);
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

export interface ReconcileOptions {
  /**
   * Keep the answer to a reworded question when it still fits it (and the evidence whose title
   * changed). For an open journey whose pathway is being edited, and for a draft when every
   * version published since it is marked minor (its answers stand); otherwise a draft, saved days
   * ago, does not: a reworded question may now ask something else.
   */
  keepReworded?: boolean;
}

/**
 * The draft's content as it fits the pathway now, and a report of what changed. The report is
 * undefined when the pathway is the same version and no question the draft knew has changed.
 */
export function restoreDraft(draft: Draft, index: PathwayIndex): { content: DraftContent; report?: DraftChangeReport } {
  // The council marked every version since the draft "minor" ("wording and details; saved answers stand"):
  // a reworded question keeps its answer, as the notice tells the school.
  const since = publishedSince(index.definition.changelog, draft.pathwayVersion);
  const minorOnly = since.length > 0 && since.every((entry) => entry.kind === 'minor');
  const { content, report, changed } = reconcile(draft, index, { keepReworded: minorOnly });
  const sameVersion = draft.pathwayVersion === index.definition.version;
  return sameVersion && !changed ? { content } : { content, report };
}

/**
 * The stage a stage id that is gone was renamed to: the one stage new to the pathway with the
 * same title (the designer changes a short name and its title one at a time), read as the
 * change list reads it (core's renamedByTitle). Undefined when there is none, or more than one.
 */
export function renamedStage(stageTexts: Readonly<Record<string, string>> | undefined, id: string, index: PathwayIndex): string | undefined {
  if (!stageTexts || !Object.hasOwn(stageTexts, id)) return undefined;
  const gone = Object.keys(stageTexts).filter((old) => !index.stages.has(old));
  const fresh = [...index.stages.keys()].filter((now) => !Object.hasOwn(stageTexts, now));
  return renamedByTitle(stageTexts[id], gone, fresh, (stage) => (Object.hasOwn(stageTexts, stage) ? stageTexts[stage] : index.stages.get(stage)?.title));
}

/**
 * The stage a stage id that is gone now stands as, by its place: the new stage at the same place
 * in the order, when the pathway has as many stages as before and that stage is new to it (the
 * designer changed its short name, and perhaps its title, one field after another).
 */
function renamedInPlace(stageTexts: Readonly<Record<string, string>>, id: string, index: PathwayIndex): string | undefined {
  const before = Object.keys(stageTexts);
  const now = index.definition.stages.map((stage) => stage.id);
  const successor = now[before.indexOf(id)];
  return !index.stages.has(id) && successor !== undefined && before.length === now.length && !Object.hasOwn(stageTexts, successor) ? successor : undefined;
}

/** The stage a stage the draft knew is now: itself, or the stage it was renamed to (by title, else by place). */
export function stageNow(stageTexts: Readonly<Record<string, string>> | undefined, id: string, index: PathwayIndex): string | undefined {
  if (index.stages.has(id)) return id;
  return renamedStage(stageTexts, id, index) ?? (stageTexts && Object.hasOwn(stageTexts, id) ? renamedInPlace(stageTexts, id, index) : undefined);
}

/** A report of no changes between two versions, filled in by `reconcile`. */
export function emptyChangeReport(previousVersion: string, currentVersion: string): DraftChangeReport {
  return {
    previousVersion,
    currentVersion,
    kept: [],
    changed: [],
    removed: [],
    added: [],
    evidenceDropped: [],
    cohortsDropped: [],
    measuresDropped: [],
    reworded: [],
    renamed: [],
    stages: { renamed: [], added: [], removed: [] },
    routesDropped: [],
    timeLimitLengths: [],
  };
}

/** The draft's (or an open journey's) content as it fits the pathway now, and what changed. */
export function reconcile(
  draft: Draft,
  index: PathwayIndex,
  options: ReconcileOptions = {},
): { content: DraftContent; report: DraftChangeReport; changed: boolean } {
  const current = questionFingerprints(index);
  const content: DraftContent = { answers: emptyRecord(), measures: emptyRecord(), cohorts: [], evidence: emptyRecord() };
  const report = emptyChangeReport(draft.pathwayVersion, index.definition.version);
  const keepReworded = options.keepReworded === true;
  const renamed = renamedQuestions(draft.questionTexts, current);
  for (const [from, to] of renamed) {
    if (Object.hasOwn(draft.answers, from)) continue;
    // Unanswered: a new wording is a rewording (for a live journey) or a change, as for any question.
    const reworded = draft.questionTexts[from]!.text !== current[to]!.text;
    (!reworded ? report.renamed : keepReworded ? report.reworded : report.changed).push({ id: to, text: current[to]!.text });
  }

  for (const [id, value] of Object.entries(draft.answers)) {
    const then = Object.hasOwn(draft.questionTexts, id) ? draft.questionTexts[id] : undefined;
    const now = Object.hasOwn(current, id) ? current[id] : undefined;
    const text = then?.text ?? now?.text ?? id;
    const renamedTo = renamed.get(id);
    if (renamedTo !== undefined) {
      // The same question under a new id: its answer goes with it while it still fits, and, if
      // it was reworded too, only where a reworded question's answer is kept.
      const to = { id: renamedTo, text: current[renamedTo]!.text };
      const reworded = then !== undefined && then.text !== to.text;
      if (answerStillFits(index, renamedTo, value) && !Object.hasOwn(draft.answers, renamedTo) && (!reworded || keepReworded)) {
        content.answers[renamedTo] = value;
        report.kept.push(to);
        (reworded ? report.reworded : report.renamed).push(to);
      } else report.changed.push({ ...to, previousAnswer: value });
      continue;
    }
    if (!now) report.removed.push({ id, text, previousAnswer: value });
    else if (!then || then.type !== now.type || !answerStillFits(index, id, value)) {
      report.changed.push({ id, text: now.text, previousAnswer: value });
    } else if (then.text !== now.text && !keepReworded) {
      report.changed.push({ id, text: now.text, previousAnswer: value });
    } else {
      content.answers[id] = value;
      report.kept.push({ id, text: now.text });
      if (then.text !== now.text) report.reworded.push({ id, text: now.text });
    }
  }
  // Questions whose wording changed but were never answered still count as changed for the user.
  for (const [id, now] of Object.entries(current)) {
    const then = Object.hasOwn(draft.questionTexts, id) ? draft.questionTexts[id] : undefined;
    if (!then) {
      if (![...renamed.values()].includes(id)) report.added.push({ id, text: now.text });
    } else if ((then.type !== now.type || then.text !== now.text) && !Object.hasOwn(draft.answers, id)) {
      if (keepReworded && then.type === now.type) report.reworded.push({ id, text: now.text });
      else report.changed.push({ id, text: now.text });
    }
  }
  for (const [id, then] of Object.entries(draft.questionTexts)) {
    if (!Object.hasOwn(current, id) && !Object.hasOwn(draft.answers, id) && !renamed.has(id)) report.removed.push({ id, text: then.text });
  }

  for (const [id, state] of Object.entries(draft.evidence)) {
    const now = index.evidence.get(id)?.evidence;
    const then = Object.hasOwn(draft.evidenceTexts, id) ? draft.evidenceTexts[id] : undefined;
    if (now && (then === undefined || then === now.title || keepReworded)) content.evidence[id] = state;
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
  if (draft.routes !== undefined) {
    // A chosen route whose short name changed, its title the same, is the same choice (as a stage is);
    // one the pathway no longer has is set aside and named, never dropped without a word.
    const routeTexts = draft.routeTexts;
    const gone = draft.routes.filter((id) => !index.routes.has(id));
    const fresh = [...index.routes.keys()].filter((id) => !routeTexts || !Object.hasOwn(routeTexts, id));
    const titleThen = (id: string) => (routeTexts && Object.hasOwn(routeTexts, id) ? routeTexts[id] : undefined);
    content.routes = [];
    for (const id of draft.routes) {
      const now = index.routes.has(id) ? id : renamedByTitle(titleThen(id), gone, fresh, (route) => titleThen(route) ?? index.routes.get(route)?.title);
      if (now !== undefined) {
        if (!content.routes.includes(now)) content.routes.push(now);
      } else report.routesDropped.push(titleThen(id) ?? '');
    }
  }
  if (draft.outcomes !== undefined) {
    const known = outcomeIds(index);
    content.outcomes = draft.outcomes.filter((id) => known.has(id));
  }
  for (const [id, input] of Object.entries(draft.baselines ?? {})) {
    if (index.measures.has(id)) (content.baselines ??= emptyRecord())[id] = input;
  }
  if (draft.stage !== undefined) {
    // Followed as the report below reads it (by title, else by place): a stage it calls renamed is never also dropped.
    const followed = stageNow(draft.stageTexts, draft.stage, index);
    if (followed !== undefined) content.stage = followed;
    else report.stageDropped = draft.stageTexts && Object.hasOwn(draft.stageTexts, draft.stage) ? draft.stageTexts[draft.stage] : draft.stage;
  }
  if (draft.stageTexts) {
    const stageTexts = draft.stageTexts;
    // A stage gone from a place in the order where a new stage now stands is that stage with a
    // new short name (and perhaps a new title, the designer changing one field after another).
    const renamedAt = new Map<string, string>();
    for (const id of Object.keys(stageTexts)) {
      const successor = renamedInPlace(stageTexts, id, index);
      if (successor !== undefined) renamedAt.set(id, successor);
    }
    const successors = new Set(renamedAt.values());
    for (const [id, title] of Object.entries(stageTexts)) {
      const current = index.stages.get(renamedAt.get(id) ?? id);
      if (!current) report.stages.removed.push(title);
      else if (current.title !== title) report.stages.renamed.push({ from: title, to: current.title });
    }
    for (const [id, stage] of index.stages) if (!Object.hasOwn(stageTexts, id) && !successors.has(id)) report.stages.added.push(stage.title);
    const bands = bandChanges(draft.stageBands, stageTexts, index, (id) => renamedAt.get(id) ?? stageNow(stageTexts, id, index));
    if (bands.moved.length > 0 || bands.added.length > 0) report.stages.bands = bands;
  }

  report.timeLimitLengths = lengthChanges(draft.timeLimitLengths, index);

  const changed =
    report.changed.length + report.removed.length + report.added.length + report.reworded.length + report.renamed.length +
      report.evidenceDropped.length + report.cohortsDropped.length + report.measuresDropped.length +
      report.stages.renamed.length + report.stages.added.length + report.stages.removed.length + (report.stages.bands?.moved.length ?? 0) +
      report.routesDropped.length + report.timeLimitLengths.length > 0 ||
    report.stageDropped !== undefined;
  return { content, report, changed };
}
