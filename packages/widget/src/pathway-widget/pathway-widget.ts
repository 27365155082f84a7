import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createPathway } from '@pathway/core';
import type { Evaluation, PathwayModel, Summary } from '@pathway/core';
import type { AnswerValue, Pathway } from '@pathway/schema';
import { saveBlob, safeFileName, summaryHtmlBlob, summaryJsonBlob } from '../download.js';
import { DraftController } from '../drafts/draft-controller.js';
import { buildDraft, restoreDraft } from '../drafts/draft-envelope.js';
import type { Draft } from '../drafts/draft-envelope.js';
import { pathwayEvent } from '../events.js';
import type { PathwayErrorCode } from '../events.js';
import { createFormatter, todayIso } from '../i18n/format.js';
import type { Formatter } from '../i18n/format.js';
import { en, mergeStrings, reasonText } from '../i18n/strings.js';
import type { WidgetStrings } from '../i18n/strings.js';
import { emptyMeasureEntry, isEmailAddress, isPhoneNumber, parseDateParts, parseMeasureEntry, parseNumber } from '../journey/entries.js';
import type { DateParts, MeasureEntry } from '../journey/entries.js';
import { caseInput, cohortList, draftContent, emptyJourney, journeyFromDraft, measureInputs } from '../journey/journey-state.js';
import type { JourneyState } from '../journey/journey-state.js';
import { indexPathway } from '../journey/pathway-index.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { pageAfter, pageBefore, referralFields } from '../journey/pages.js';
import type { PageId } from '../journey/pages.js';
import { checkDefinition, fetchPathwayDocument } from '../load/load-pathway.js';
import type { LoadResult } from '../load/load-pathway.js';
import { renderCheckPage } from '../pages/check-page.js';
import { detailFocusId, detailGroupId, renderDetailsPage } from '../pages/details-page.js';
import { renderDraftNotice, renderDraftsPanel } from '../pages/drafts-panel.js';
import type { DraftsPanelHandlers } from '../pages/drafts-panel.js';
import { renderErrorPanel } from '../pages/error-panel.js';
import type { LoadErrorView } from '../pages/error-panel.js';
import { measureFieldIds, renderMeasuresPage } from '../pages/measures-page.js';
import type { FieldError, PageActions, PageContext } from '../pages/page-context.js';
import { answerText, questionFocusId, questionGroupId } from '../pages/question-fields.js';
import { questionRows, renderQuestionsPage } from '../pages/questions-page.js';
import { PAGE_HEADING_ID } from '../pages/shared.js';
import { STAGE_GROUP_ID, renderStagePage, stageFocusId } from '../pages/stage-page.js';
import { SUMMARY_DOCUMENT_ID, renderSummaryPage } from '../pages/summary-page.js';
import type { SubmitView } from '../pages/summary-page.js';
import { renderStartPage } from '../pages/start-page.js';
import { newIdempotencyKey, postSummary } from '../submit.js';
import { widgetStyles } from './pathway-widget.styles.js';

/** Why the pathway is not shown. */
type LoadProblem = Exclude<LoadResult, { ok: true }> | { ok: false; code: 'no-source'; retryable: false };

type LoadState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; code: PathwayErrorCode; error: LoadErrorView }
  | { status: 'ready'; index: PathwayIndex; model: PathwayModel };

/** Longest authored text quoted inside an error message. */
const LABEL_LIMIT = 80;
const shortLabel = (text: string) => (text.length > LABEL_LIMIT ? `${text.slice(0, LABEL_LIMIT - 1).trimEnd()}…` : text);

/**
 * Guides school staff through their council's school-attendance pathway: the pupil's
 * attendance, which stage applies and why, the stage's reflective questions and evidence,
 * what is still missing, and a summary to print, download or submit.
 *
 * @summary A council's attendance pathway as a guided, accessible journey.
 *
 * @fires pathway-ready - The pathway loaded and passed its checks. `detail`: `{ pathwayId, version }`.
 * @fires pathway-change - An answer, figure or circumstance changed. `detail`: `{ answers, measures, cohorts }`. Never carries pupil details.
 * @fires pathway-stage-change - The stage being worked on changed. `detail`: `{ stageId, title }`.
 * @fires pathway-submit - The user asked to submit. `detail`: `{ summary }`. Cancelable: `preventDefault()` stops the widget's own POST.
 * @fires pathway-error - Something failed (loading, checking, submitting, drafts). `detail`: `{ code, message }`.
 *
 * @csspart heading - Each page's main heading.
 * @csspart button - Every button.
 * @csspart start-button - The "Start now" button.
 * @csspart submit-button - The "Submit summary" button.
 * @csspart back-link - The "Back" link.
 * @csspart error-summary - The "There is a problem" box listing what to fix on a page.
 * @csspart error-panel - The message shown when the pathway cannot be loaded or read.
 * @csspart error - The message shown when the summary could not be sent.
 * @csspart readiness - The "What is still missing" panel.
 * @csspart summary - The summary (what is printed and downloaded).
 *
 * @cssproperty --pathway-font - Font family. Default: 'GDS Transport', arial, sans-serif.
 * @cssproperty --pathway-font-size - Base font size. Default: 1.1875rem (1rem on narrow screens).
 * @cssproperty --pathway-text - Text colour. Default: #0b0c0c.
 * @cssproperty --pathway-secondary-text - Hint and caption colour. Default: #505a5f.
 * @cssproperty --pathway-accent - Link colour. Default: #1d70b8.
 * @cssproperty --pathway-button - Main button colour. Default: #00703c.
 * @cssproperty --pathway-button-text - Main button text colour. Default: #ffffff.
 * @cssproperty --pathway-error - Error colour. Default: #d4351c.
 * @cssproperty --pathway-focus - Focus highlight. Default: #ffdd00.
 * @cssproperty --pathway-focus-text - Text on the focus highlight. Default: #0b0c0c.
 * @cssproperty --pathway-border - Rules and borders. Default: #b1b4b6.
 * @cssproperty --pathway-input-border - Input borders. Default: #0b0c0c.
 * @cssproperty --pathway-panel - Panel background. Default: #f3f2f1.
 * @cssproperty --pathway-success - Success colour. Default: #00703c.
 * @cssproperty --pathway-background - Background. Default: #ffffff.
 */
export class PathwayWidget extends LitElement {
  static override styles = widgetStyles;

  private readonly drafts = new DraftController(this, (kind) =>
    this.emitError(
      kind === 'unreadable' ? 'draft-unreadable' : 'draft-save-failed',
      kind === 'unreadable' ? this.words.draftCorrupt : this.words.draftsSaveFailed,
    ),
  );

  @state() private loadState: LoadState = { status: 'idle' };
  @state() private page: PageId = 'start';
  @state() private errorList: FieldError[] = [];
  @state() private submitState: Omit<SubmitView, 'enabled'> = { status: 'idle' };
  @state() private announcement = '';
  /** Bumped on every change to what was entered; caches compare against it. */
  @state() private inputVersion = 0;

  /** Address of the pathway JSON. Fetched with same-origin credentials; nothing else is requested. */
  @property() src?: string;

  /** A pathway definition object, used instead of `src`. Assign a new object to show a changed pathway. */
  @property({ attribute: false }) pathway?: unknown;

  /** Language for numbers and dates (Intl), e.g. "cy" or "en-GB". Defaults to the page's language. */
  @property({ attribute: 'lang' }) language?: string;

  /** Replacement words for the widget's own text, e.g. a Welsh table. Missing entries stay English. */
  @property({ attribute: false }) strings?: Partial<WidgetStrings>;

  /** Offer "Save my answers on this device" (IndexedDB). Pupil details are never saved. */
  @property({ type: Boolean, attribute: 'save-drafts' }) saveDrafts = false;

  /** Where "Submit summary" POSTs the summary JSON. Without it (and without `submit-event`) the widget sends nothing anywhere. */
  @property({ attribute: 'submit-url' }) submitUrl?: string;

  /** Offer "Submit summary" without a `submit-url`: the summary is handed to the page in `pathway-submit`. */
  @property({ type: Boolean, attribute: 'submit-event' }) submitEvent = false;

  /** Today's date (YYYY-MM-DD) for time-based rules. Defaults to today on this device. */
  @property({ attribute: 'as-of' }) asOf?: string;

  private journey: JourneyState = emptyJourney();
  private words: WidgetStrings = en;
  private formatter: Formatter = createFormatter('en-GB', en);
  private loadToken = 0;
  private loadAbort: AbortController | undefined;
  private loadRequested = false;
  /** Set when the user came from "Check your answers": Continue goes back there. */
  private returnToCheck = false;
  private focusTarget: string | undefined;
  private evaluationCache: { version: number; asOf: string; evaluation: Evaluation } | undefined;
  private summaryCache: { version: number; summary: Summary } | undefined;
  private idempotency: { version: number; key: string } | undefined;
  private lastStageId: string | undefined;
  private stageEventPending = false;
  /** The user has entered something since the pathway appeared. */
  private touched = false;

  // ----------------------------------------------------------------------------------------
  // Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings') || changed.has('language') || !this.loadRequested) {
      this.words = mergeStrings(this.strings);
      this.formatter = createFormatter(this.language || document.documentElement.lang || 'en-GB', this.words);
    }
    if (changed.has('src') || changed.has('pathway') || !this.loadRequested) {
      this.loadRequested = true;
      this.startLoad();
    }
    if (changed.has('saveDrafts') && changed.get('saveDrafts') !== undefined && this.loadState.status === 'ready') {
      void this.applyDraftSetting(this.loadState.index);
    }
    if (this.loadState.status === 'ready') this.noticeStageChange();
  }

  protected override updated(): void {
    if (this.stageEventPending) {
      this.stageEventPending = false;
      const current = this.currentEvaluation()?.current;
      this.dispatchEvent(pathwayEvent('pathway-stage-change', { stageId: current?.stageId, title: current?.title }));
    }
    if (this.focusTarget) {
      const id = this.focusTarget;
      this.focusTarget = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
      target?.focus();
    }
  }

  // ----------------------------------------------------------------------------------------
  // Loading

  private startLoad(): void {
    const token = ++this.loadToken;
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    this.drafts.close();
    if (this.pathway !== undefined && this.pathway !== null) {
      this.loadState = { status: 'loading' };
      void this.accept(checkDefinition(this.pathway), token);
      return;
    }
    if (!this.src) {
      this.showLoadError({ ok: false, code: 'no-source', retryable: false }, token);
      return;
    }
    const abort = new AbortController();
    this.loadAbort = abort;
    this.loadState = { status: 'loading' };
    void fetchPathwayDocument(this.src, abort.signal).then((fetched) => {
      if (token !== this.loadToken) return;
      if (!fetched.ok) this.showLoadError(fetched, token);
      else void this.accept(checkDefinition(fetched.doc), token);
    });
  }

  private loadErrorView(result: LoadProblem): LoadErrorView {
    const words = this.words;
    switch (result.code) {
      case 'fetch-failed':
        return { message: words.loadErrorFetch, problems: [], retryable: true };
      case 'http-error':
        return { message: words.loadErrorHttp(result.status), problems: [], retryable: true };
      case 'not-json':
        return { message: words.loadErrorNotJson, problems: [], retryable: true };
      case 'invalid-pathway':
        return { message: words.loadErrorInvalid, problems: result.problems, retryable: false };
      case 'no-source':
      case 'aborted':
        return { message: words.loadErrorNoSource, problems: [], retryable: false };
    }
  }

  private showLoadError(result: LoadProblem, token: number): void {
    if (token !== this.loadToken || result.code === 'aborted') return;
    const error = this.loadErrorView(result);
    this.loadState = { status: 'error', code: result.code, error };
    this.emitError(result.code, [error.message, ...error.problems].join('\n'));
  }

  private async accept(result: LoadResult, token: number): Promise<void> {
    if (token !== this.loadToken) return;
    if (!result.ok) {
      this.showLoadError(result, token);
      return;
    }
    let model: PathwayModel;
    let index: PathwayIndex;
    try {
      model = createPathway(result.pathway);
      index = indexPathway(result.pathway);
      model.evaluate({ asOf: this.today() });
    } catch {
      this.showLoadError({ ok: false, code: 'invalid-pathway', problems: [], retryable: false }, token);
      return;
    }
    this.journey = emptyJourney();
    this.page = 'start';
    this.errorList = [];
    this.submitState = { status: 'idle' };
    this.lastStageId = undefined;
    this.touched = false;
    this.changed(false);
    if (this.saveDrafts) await this.applyDraftSetting(index, token);
    if (token !== this.loadToken) return;
    this.loadState = { status: 'ready', index, model };
    this.dispatchEvent(pathwayEvent('pathway-ready', { pathwayId: result.pathway.id, version: result.pathway.version }));
  }

  private retryLoad = (): void => {
    this.startLoad();
  };

  // ----------------------------------------------------------------------------------------
  // Drafts

  /** Opens (or closes) draft saving for the pathway, restoring a saved draft into an untouched journey. */
  private async applyDraftSetting(index: PathwayIndex, token = this.loadToken): Promise<void> {
    if (!this.saveDrafts) {
      this.drafts.close();
      this.requestUpdate();
      return;
    }
    const draft = await this.drafts.open(index.definition.id);
    // Never overwrite what the user has typed since the pathway appeared.
    if (token !== this.loadToken || !draft || this.touched) return;
    const { content, report } = restoreDraft(draft, index);
    this.journey = journeyFromDraft(index, content);
    this.drafts.showNotice({ kind: 'restored', savedAt: draft.savedAt, ...(report ? { report } : {}) });
    this.changed(false);
  }

  private currentDraft(index: PathwayIndex): Draft {
    return buildDraft(index, draftContent(index, this.journey, this.words));
  }

  private draftHandlers: DraftsPanelHandlers = {
    clear: () => void this.drafts.clear(),
    previousAnswer: (id: string, value: AnswerValue) => {
      const question = this.loadState.status === 'ready' ? this.loadState.index.questions.get(id)?.question : undefined;
      return answerText(question, value, this.words, this.formatter);
    },
  };

  // ----------------------------------------------------------------------------------------
  // Engine

  private today(): string {
    return this.asOf && /^\d{4}-\d{2}-\d{2}$/.test(this.asOf) ? this.asOf : todayIso();
  }

  private currentEvaluation(): Evaluation | undefined {
    if (this.loadState.status !== 'ready') return undefined;
    const asOf = this.today();
    const cache = this.evaluationCache;
    if (cache && cache.version === this.inputVersion && cache.asOf === asOf) return cache.evaluation;
    const { index, model } = this.loadState;
    const evaluation = model.evaluate(caseInput(index, this.journey, this.words, asOf));
    this.evaluationCache = { version: this.inputVersion, asOf, evaluation };
    return evaluation;
  }

  private currentSummary(): Summary | undefined {
    if (this.loadState.status !== 'ready') return undefined;
    if (this.summaryCache?.version === this.inputVersion) return this.summaryCache.summary;
    const { index, model } = this.loadState;
    const summary = model.summarise(caseInput(index, this.journey, this.words, this.today()), {
      generatedAt: new Date().toISOString(),
    });
    this.summaryCache = { version: this.inputVersion, summary };
    return summary;
  }

  /** Notes a change of stage: announced politely, and `pathway-stage-change` fired after render. */
  private noticeStageChange(): void {
    let evaluation: Evaluation | undefined;
    try {
      evaluation = this.currentEvaluation();
    } catch {
      this.failWhileWorking();
      return;
    }
    const stageId = evaluation?.current?.stageId;
    if (stageId === this.lastStageId) return;
    this.lastStageId = stageId;
    this.announcement = evaluation?.current ? this.words.stageAnnouncement(evaluation.current.title) : '';
    this.stageEventPending = true;
  }

  /** The engine failed on this pathway: show it as content, never throw into the page. */
  private failWhileWorking(): void {
    const error: LoadErrorView = { message: this.words.loadErrorInvalid, problems: [], retryable: false };
    this.loadState = { status: 'error', code: 'invalid-pathway', error };
    this.emitError('invalid-pathway', error.message);
  }

  private emitError(code: PathwayErrorCode, message: string): void {
    this.dispatchEvent(pathwayEvent('pathway-error', { code, message }));
  }

  // ----------------------------------------------------------------------------------------
  // What the user enters. One listener for every input on every page (see question-fields.ts).

  /** Records a change: caches go stale, the page re-renders, drafts save, the page hears of it. */
  private changed(notify = true): void {
    this.inputVersion++;
    if (!notify || this.loadState.status !== 'ready') return;
    this.touched = true;
    const { index } = this.loadState;
    if (this.drafts.saving) this.drafts.save(this.currentDraft(index));
    this.dispatchEvent(
      pathwayEvent('pathway-change', {
        answers: { ...this.journey.answers },
        measures: { ...measureInputs(index, this.journey, this.words) },
        cohorts: cohortList(index, this.journey),
      }),
    );
  }

  private handleInput = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    if (this.loadState.status !== 'ready') return;
    const data = target.dataset;
    const journey = this.journey;
    const checked = target instanceof HTMLInputElement && target.checked;

    if (data.measure !== undefined) {
      const entry: MeasureEntry = { ...(journey.measureEntries[data.measure] ?? emptyMeasureEntry()) };
      const part = data.part as keyof MeasureEntry;
      if (part === 'mode') {
        if (!checked) return;
        entry.mode = target.value === 'sessions' ? 'sessions' : 'percentage';
      } else entry[part] = target.value;
      if (sameEntry(journey.measureEntries[data.measure], entry)) return;
      journey.measureEntries[data.measure] = entry;
    } else if (data.cohort !== undefined) {
      if (checked === journey.cohorts.has(data.cohort)) return;
      if (checked) journey.cohorts.add(data.cohort);
      else journey.cohorts.delete(data.cohort);
    } else if (data.stageChoice !== undefined) {
      if (!checked || journey.stage === target.value) return;
      journey.stage = target.value;
    } else if (data.answer !== undefined) {
      if (!this.recordAnswer(this.loadState.index, data.answer, target, data.kind, data.part)) return;
    } else if (data.evidence !== undefined) {
      const before = journey.evidence[data.evidence];
      const next = data.part === 'confirmed'
        ? { ...before, confirmed: checked }
        : { confirmed: before?.confirmed ?? false, ...(target.value !== '' ? { note: target.value } : {}) };
      if (before && before.confirmed === next.confirmed && before.note === next.note) return;
      journey.evidence[data.evidence] = next;
    } else if (data.detail !== undefined) {
      this.recordDetail(data.detail, target.value, data.kind, data.part);
      this.changed(false);
      return;
    } else if (data.draftsToggle !== undefined) {
      void this.drafts.setEnabled(checked, this.currentDraft(this.loadState.index));
      return;
    } else return;
    this.changed();
  };

  /** Stores an answer from its control; false when nothing changed. */
  private recordAnswer(index: PathwayIndex, id: string, target: HTMLInputElement | HTMLTextAreaElement, kind?: string, part?: string): boolean {
    const journey = this.journey;
    const question = index.questions.get(id)?.question;
    if (!question) return false;
    const before = journey.answers[id];
    let next: AnswerValue | undefined;
    if (kind === 'number') {
      if (journey.numberText[id] === target.value) return false;
      journey.numberText[id] = target.value;
      const value = parseNumber(target.value);
      const inRange =
        value !== undefined && (question.minimum === undefined || value >= question.minimum) && (question.maximum === undefined || value <= question.maximum);
      next = inRange ? value : undefined;
    } else if (kind === 'date') {
      const parts: DateParts = { ...(journey.dateParts[id] ?? { day: '', month: '', year: '' }) };
      parts[part as keyof DateParts] = target.value;
      journey.dateParts[id] = parts;
      next = parseDateParts(parts).date;
    } else if (kind === 'text') {
      next = target.value.trim() === '' ? undefined : target.value;
    } else {
      if (!(target instanceof HTMLInputElement) || !target.checked) return false;
      next = target.value;
    }
    if (next === undefined) delete journey.answers[id];
    else journey.answers[id] = next;
    return kind === 'number' || kind === 'date' || before !== next;
  }

  private recordDetail(id: string, value: string, kind?: string, part?: string): void {
    const journey = this.journey;
    if (kind === 'date') {
      const parts: DateParts = { ...(journey.detailDateParts[id] ?? { day: '', month: '', year: '' }) };
      parts[part as keyof DateParts] = value;
      journey.detailDateParts[id] = parts;
      const date = parseDateParts(parts).date;
      if (date) journey.details[id] = date;
      else delete journey.details[id];
      return;
    }
    if (value.trim() === '') delete journey.details[id];
    else journey.details[id] = value;
  }

  // ----------------------------------------------------------------------------------------
  // Checking a page before moving on

  private validatePage(ctx: PageContext): FieldError[] {
    const { strings, index, state, evaluation } = ctx;
    const errors: FieldError[] = [];
    if (this.page === 'measures') {
      for (const measure of index.measures.values()) {
        const ids = measureFieldIds(measure.id);
        const entry = state.measureEntries[measure.id];
        if (!entry) continue;
        const parsed = parseMeasureEntry(measure, entry, strings);
        const result = parsed.input ? ctx.model.measure(measure.id, parsed.input) : undefined;
        const invalid = parsed.error ?? (result?.status === 'invalid' ? (result.reason ? reasonText(strings, result.reason) : strings.measureInvalid(measure.title)) : undefined);
        if (!invalid) continue;
        errors.push({ key: ids.group, fieldId: this.measureErrorField(measure, entry, result?.reason?.code), message: invalid });
      }
    } else if (this.page === 'stage') {
      if (!evaluation.current) errors.push({ key: STAGE_GROUP_ID, fieldId: stageFocusId(ctx), message: strings.stageChooseError });
    } else if (this.page === 'questions') {
      for (const row of questionRows(ctx)) {
        if (row.kind !== 'question') continue;
        const question = index.questions.get(row.item.id)?.question;
        if (!question) continue;
        const label = shortLabel(question.text);
        const key = questionGroupId(question.id);
        const fieldId = questionFocusId(question);
        if (question.type === 'number') {
          const text = state.numberText[question.id];
          if (text === undefined || text.trim() === '') continue;
          const value = parseNumber(text);
          const format = ctx.format;
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
    } else if (this.page === 'details') {
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
    }
    return errors;
  }

  /** The box a measure's error points at: the one whose figure is wrong. */
  private measureErrorField(measure: { id: string; kind: string }, entry: MeasureEntry, reasonCode: string | undefined): string {
    const ids = measureFieldIds(measure.id);
    if (measure.kind !== 'attendancePercentage' && measure.kind !== 'absencePercentage') return ids.value;
    if (entry.mode === 'percentage') return ids.percentage;
    const possibleOk = /^\s*\d+\s*$/.test(entry.possible);
    return !possibleOk ? ids.possible : reasonCode === 'measure.noPossibleSessions' ? ids.possible : ids.counted;
  }

  // ----------------------------------------------------------------------------------------
  // Moving between pages

  private navigate(page: PageId, focus: string = PAGE_HEADING_ID): void {
    this.page = page;
    this.errorList = [];
    this.focusTarget = focus;
    if (page !== 'summary' && this.submitState.status !== 'sending') this.submitState = { status: 'idle' };
  }

  private actions: PageActions = {
    next: () => {
      const ctx = this.pageContext();
      if (!ctx) return;
      const errors = this.validatePage(ctx);
      if (errors.length > 0) {
        this.errorList = errors;
        this.focusTarget = 'error-summary';
        return;
      }
      const fromChange = this.returnToCheck && this.page !== 'check' && this.page !== 'start';
      this.returnToCheck = false;
      this.navigate(fromChange ? 'check' : pageAfter(this.page, ctx.evaluation));
    },
    back: (event: Event) => {
      event.preventDefault();
      const evaluation = this.currentEvaluation();
      const previous = evaluation ? pageBefore(this.page, evaluation) : undefined;
      this.returnToCheck = false;
      if (previous) this.navigate(previous);
    },
    goTo: (page: PageId, fieldId?: string) => {
      this.returnToCheck = this.page === 'check' && page !== 'summary';
      this.navigate(page, fieldId);
    },
    focusField: (event: Event) => {
      event.preventDefault();
      const link = event.currentTarget as HTMLElement;
      const fieldId = link.dataset.field;
      const page = link.dataset.page as PageId | undefined;
      if (!fieldId) return;
      if (page && page !== this.page) {
        this.actions.goTo(page, fieldId);
        return;
      }
      this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(fieldId)}"]`)?.focus();
    },
    print: () => {
      window.print();
    },
    downloadJson: () => {
      const summary = this.currentSummary();
      if (!summary) return;
      saveBlob(summaryJsonBlob(summary), `${this.fileStem(summary)}.json`);
    },
    downloadHtml: () => {
      const summary = this.currentSummary();
      const source = this.renderRoot.querySelector(`#${SUMMARY_DOCUMENT_ID}`);
      if (!summary || !source) return;
      const blob = summaryHtmlBlob(source, {
        title: this.words.downloadFileTitle(summary.pathway.title),
        lang: this.formatter.locale,
        css: widgetStyles.cssText.replaceAll(':host', 'body'),
      });
      saveBlob(blob, `${this.fileStem(summary)}.html`);
    },
    submit: () => void this.submit(),
  };

  private fileStem(summary: Summary): string {
    return safeFileName(summary.pathway.id, 'summary', this.today());
  }

  private async submit(): Promise<void> {
    const summary = this.currentSummary();
    if (!summary || this.submitState.status === 'sending') return;
    const proceed = this.dispatchEvent(pathwayEvent('pathway-submit', { summary }));
    if (!proceed) {
      this.submitState = { status: 'idle' };
      return;
    }
    if (!this.submitUrl) {
      this.submitState = { status: 'sent' };
      this.focusTarget = 'submit-status';
      return;
    }
    if (this.idempotency?.version !== this.inputVersion) this.idempotency = { version: this.inputVersion, key: newIdempotencyKey() };
    this.submitState = { status: 'sending' };
    const result = await postSummary(this.submitUrl, summary, this.idempotency.key);
    if (result.ok) this.submitState = { status: 'sent' };
    else {
      this.submitState = result.status !== undefined ? { status: 'failed', httpStatus: result.status } : { status: 'failed' };
      this.emitError(
        'submit-failed',
        result.status !== undefined ? this.words.submitHttpFailed(result.status) : this.words.submitFailed,
      );
    }
    this.focusTarget = 'submit-status';
  }

  // ----------------------------------------------------------------------------------------
  // Rendering

  private pageContext(): PageContext | undefined {
    if (this.loadState.status !== 'ready') return undefined;
    const evaluation = this.currentEvaluation();
    if (!evaluation) return undefined;
    const errors = new Map<string, FieldError>();
    for (const error of this.errorList) if (!errors.has(error.key)) errors.set(error.key, error);
    return {
      index: this.loadState.index,
      model: this.loadState.model,
      state: this.journey,
      evaluation,
      strings: this.words,
      format: this.formatter,
      errors,
      errorList: this.errorList,
      actions: this.actions,
      previous: pageBefore(this.page, evaluation),
      summary: this.page === 'summary' || this.page === 'stage' ? this.currentSummary() : undefined,
    };
  }

  private renderPage(ctx: PageContext): TemplateResult {
    switch (this.page) {
      case 'start':
        return html`${renderDraftNotice(this.words, this.formatter, this.drafts, this.draftHandlers)} ${renderStartPage(ctx)}`;
      case 'measures':
        return renderMeasuresPage(ctx);
      case 'stage':
        return renderStagePage(ctx);
      case 'questions':
        return renderQuestionsPage(ctx);
      case 'details':
        return renderDetailsPage(ctx);
      case 'check':
        return renderCheckPage(ctx);
      case 'summary':
        return renderSummaryPage(ctx, { ...this.submitState, enabled: Boolean(this.submitUrl) || this.submitEvent });
    }
  }

  private renderContent(): TemplateResult | typeof nothing {
    const state = this.loadState;
    if (state.status === 'error') return renderErrorPanel(this.words, state.error, this.retryLoad);
    if (state.status !== 'ready') return html`<p class="loading" role="status">${this.words.loading}</p>`;
    let ctx: PageContext | undefined;
    let page: TemplateResult;
    try {
      ctx = this.pageContext();
      if (!ctx) return nothing;
      page = this.renderPage(ctx);
    } catch {
      this.failWhileWorking();
      return nothing;
    }
    // The start page shows any draft message at its top; elsewhere only news about saving
    // ("cleared", "could not save") appears, next to the checkbox it concerns.
    const notice = this.drafts.notice;
    const noticeByPanel = this.page !== 'start' && (notice?.kind === 'cleared' || notice?.kind === 'save-failed');
    return html`${page}
      ${noticeByPanel ? renderDraftNotice(this.words, this.formatter, this.drafts, this.draftHandlers) : nothing}
      ${renderDraftsPanel(this.words, this.drafts, this.draftHandlers)}`;
  }

  protected override render(): TemplateResult {
    return html`<div class="container" @input=${this.handleInput} @change=${this.handleInput}>${this.renderContent()}</div>
      <div class="visually-hidden" role="status" id="stage-announcement">${this.announcement}</div>`;
  }
}

function sameEntry(a: MeasureEntry | undefined, b: MeasureEntry): boolean {
  return (
    a !== undefined && a.mode === b.mode && a.percentage === b.percentage && a.possible === b.possible && a.counted === b.counted && a.value === b.value
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'pathway-widget': PathwayWidget;
  }
}
