/**
 * The pages from "Start now" to pupil details, one typed entry each: how the page is drawn
 * from the page context and what it checks before the user may continue. A chunk of its own
 * (load/parts.ts), asked for as the element connects; the start page is drawn without it.
 */
import { isEmailAddress, isPhoneNumber, parseDateParts, parseMeasureEntry, parseNumber } from '../journey/entries.js';
import type { MeasureEntry } from '../journey/entries.js';
import { referralFields } from '../journey/pages.js';
import { reasonText, shortText } from '../i18n/strings.js';
import { detailFocusId, detailGroupId, renderDetailsPage } from './details-page.js';
import { measureFieldIds, renderMeasuresPage } from './measures-page.js';
import type { FieldError, PageContext, PageEntry } from './page-context.js';
import { questionFocusId, questionGroupId } from './question-fields.js';
import { questionRows, renderQuestionsPage } from './questions-page.js';
import { rehearseFirstAnswer } from './answer-rehearsal.js';
import { routeErrors } from './routes.js';
import { STAGE_GROUP_ID, renderStagePage, stageFocusId } from './stage-page.js';
import { futureSinceDate } from './asked-measures.js';

export { answerText } from './question-fields.js';
// The engine comes with the journey's pages: nothing before "Start now" needs it.
export { workPathway } from '@pathway/core';
export { indexPathway } from '../journey/pathway-index.js';
export { JourneyController } from '../controllers/journey-controller.js';
export { JourneyDraftsController } from '../drafts/journey-drafts-controller.js';
export { en as englishStrings, mergeStrings, reasonCodes } from '../i18n/strings.js';
export { isTypedInput, readFieldInput } from './field-input.js';
export { renderPartFailed } from './part-failed.js';
export { renderUpdateNote } from './update-note-panel.js';
export { renderStandingDuties } from './duties.js';
export { ReadinessAnnouncer } from './readiness-announcer.js';
// Its look comes with it: the element adopts it after the first-paint sheet.
export { journeyStyles } from '../pathway-widget/journey.styles.js';

/** The end pages' part (load/parts.ts), reached through this one: see there. */
export const loadEndPages = () => import('./end-pages.js');
/** The drafts store's part (load/parts.ts), reached through this one. */
export const loadDraftStore = () => import('../drafts/draft-store.js');

/** Longest authored text quoted inside an error message. */
const LABEL_LIMIT = 80;
// Cut at a whole word, never mid-word.
const shortLabel = (text: string) => shortText(text, LABEL_LIMIT);

export const PAGES = {
  measures: { render: (ctx) => renderMeasuresPage(ctx), validate: validateMeasures },
  stage: { render: (ctx) => renderStagePage(ctx), validate: validateStage },
  questions: {
    render: (ctx) => {
      // Once, on idle: so the first answer is as quick as the rest (answer-rehearsal.ts).
      rehearseFirstAnswer(ctx, renderQuestionsPage);
      return renderQuestionsPage(ctx);
    },
    validate: validateQuestions,
  },
  details: { render: (ctx) => renderDetailsPage(ctx), validate: validateDetails },
} satisfies Record<string, PageEntry>;

function validateMeasures(ctx: PageContext): FieldError[] {
  const { strings, index, state } = ctx;
  const errors: FieldError[] = [];
  for (const measure of index.measures.values()) {
    const entry = state.measureEntries[measure.id];
    if (!entry) continue;
    const parsed = parseMeasureEntry(measure, entry, strings);
    const result = parsed.input ? ctx.model.measure(measure.id, parsed.input) : undefined;
    const invalid =
      parsed.error ?? (result?.status === 'invalid' ? (result.reason ? reasonText(strings, result.reason) : strings.measureInvalid(measure.title)) : undefined);
    // A date a "time since" rule counts from cannot be after today: say so, rather than count backwards.
    const future = !invalid && futureSinceDate(index, measure.id, parsed.input && 'date' in parsed.input ? parsed.input.date : undefined, ctx.today);
    if (future) {
      errors.push({ key: measureFieldIds(measure.id).group, fieldId: measureFieldIds(measure.id).day, message: strings.dateInFuture(shortLabel(measure.title), ctx.format.date(ctx.today!)) });
      continue;
    }
    if (!invalid) continue;
    errors.push({ key: measureFieldIds(measure.id).group, fieldId: measureErrorField(measure, entry, result?.reason?.code), message: invalid });
  }
  // Earlier readings (format 1.1): a figure that is a number, a whole date; the date too where a
  // rule reads the reading's age (`over`, `within`), which it cannot decide without it.
  const dated = new Set(ctx.evaluation.baselineDateMeasures ?? []);
  for (const [id, entry] of Object.entries(state.baselineEntries)) {
    const ids = measureFieldIds(id);
    const title = index.measures.get(id)?.title ?? id;
    const parsed = parseDateParts(entry);
    const problem = parsed.problem;
    const label = `${title}: ${strings.baselineDate.toLowerCase()}`;
    if (entry.value.trim() !== '' && parseNumber(entry.value) === undefined) {
      errors.push({ key: ids.baselineGroup, fieldId: ids.baselineValue, message: strings.baselineNotNumber(title) });
    } else if (problem) {
      errors.push({ key: ids.baselineGroup, fieldId: ids.baselineDay, message: problem === 'incomplete' ? strings.dateIncomplete(label) : strings.dateInvalid(label) });
    } else if (parsed.date === undefined && entry.value.trim() !== '' && dated.has(id)) {
      const asked = (index.measures.get(id) as { baseline?: { title?: string } } | undefined)?.baseline?.title;
      errors.push({ key: ids.baselineGroup, fieldId: ids.baselineDay, message: strings.baselineDateNeeded(shortLabel(asked || strings.baselineTitle(title))) });
    }
  }
  return errors;
}

/** The box a measure's error points at: the one whose figure is wrong. */
function measureErrorField(measure: { id: string; kind: string }, entry: MeasureEntry, reasonCode: string | undefined): string {
  const ids = measureFieldIds(measure.id);
  if (measure.kind === 'date') return ids.day;
  if (measure.kind !== 'attendancePercentage' && measure.kind !== 'absencePercentage') return ids.value;
  if (entry.mode === 'percentage') return ids.percentage;
  const possibleOk = /^\s*\d+\s*$/.test(entry.possible);
  return !possibleOk ? ids.possible : reasonCode === 'measure.noPossibleSessions' ? ids.possible : ids.counted;
}

function validateStage(ctx: PageContext): FieldError[] {
  // A chosen route that is not open for this pupil is not taken silently (format 1.1).
  return ctx.evaluation.current ? routeErrors(ctx) : [{ key: STAGE_GROUP_ID, fieldId: stageFocusId(ctx), message: ctx.strings.stageChooseError }];
}

function validateQuestions(ctx: PageContext): FieldError[] {
  const { strings, index, state, format } = ctx;
  const errors: FieldError[] = [];
  for (const row of questionRows(ctx)) {
    if (row.kind !== 'question') continue;
    const question = index.questions.get(row.item.id);
    if (!question) continue;
    const label = shortLabel(question.text);
    const key = questionGroupId(question.id);
    const fieldId = questionFocusId(question);
    if (question.type === 'number') {
      const text = state.numberText[question.id];
      if (text === undefined || text.trim() === '') continue;
      const value = parseNumber(text);
      if (value === undefined) errors.push({ key, fieldId, message: strings.numberInvalid(label) });
      else if (question.minimum !== undefined && value < question.minimum) {
        errors.push({ key, fieldId, message: strings.numberTooLow(label, format.number(question.minimum)) });
      } else if (question.maximum !== undefined && value > question.maximum) {
        errors.push({ key, fieldId, message: strings.numberTooHigh(label, format.number(question.maximum)) });
      }
    } else if (question.type === 'date') {
      const parts = state.dateParts[question.id];
      const problem = parts ? parseDateParts(parts).problem : undefined;
      if (problem === 'incomplete') errors.push({ key, fieldId, message: strings.dateIncomplete(label) });
      else if (problem === 'invalid') errors.push({ key, fieldId, message: strings.dateInvalid(label) });
    }
  }
  return errors;
}

function validateDetails(ctx: PageContext): FieldError[] {
  const { strings, index, state, evaluation } = ctx;
  const errors: FieldError[] = [];
  for (const item of referralFields(evaluation)) {
    const field = index.fields.get(item.id);
    if (!field) continue;
    const label = shortLabel(field.label);
    const key = detailGroupId(field.id);
    const fieldId = detailFocusId(field, field.id);
    const value = state.details[field.id];
    if (field.type === 'date') {
      const parts = state.detailDateParts[field.id];
      const problem = parts ? parseDateParts(parts).problem : undefined;
      if (problem === 'incomplete') errors.push({ key, fieldId, message: strings.dateIncomplete(label) });
      else if (problem === 'invalid') errors.push({ key, fieldId, message: strings.dateInvalid(label) });
    } else if (value && field.type === 'email' && !isEmailAddress(value)) {
      errors.push({ key, fieldId, message: strings.emailInvalid(label) });
    } else if (value && field.type === 'phone' && !isPhoneNumber(value)) {
      errors.push({ key, fieldId, message: strings.phoneInvalid(label) });
    }
  }
  return errors;
}
