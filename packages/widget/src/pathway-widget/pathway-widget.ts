import { LitElement, adoptStyles, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DefinitionController } from '../controllers/definition-controller.js';
import type { Definition, DefinitionSource } from '../controllers/definition-controller.js';
import type { JourneyController } from '../controllers/journey-controller.js';
import { NavigationController } from '../controllers/navigation-controller.js';
import type { SubmitController } from '../controllers/submit-controller.js';
import { UpdateNoteController } from '../controllers/update-note-controller.js';
import { PartsController } from '../controllers/parts-controller.js';
import type { JourneyDraftsController } from '../drafts/journey-drafts-controller.js';
import type { ReadinessAnnouncer } from '../pages/readiness-announcer.js';
import { pathwayEvent } from '../events.js';
import type { PathwayErrorCode } from '../events.js';
import { createFormatter } from '../i18n/format.js';
import type { Formatter } from '../i18n/format.js';
import { firstPaintEn } from '../i18n/first-paint-strings.js';
import { wordsLanguage } from '../i18n/words-language.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { PathwayCase } from '../journey/case-seed.js';
import type { Evaluation } from '@pathway/core';
import { pageBefore } from '../journey/pages.js';
import type { PageId } from '../journey/pages.js';
import { renderErrorPanel } from '../pages/error-panel.js';
import type { FieldError, PageActions, PageContext, PageEntry } from '../pages/page-context.js';
import { renderStartPage } from '../pages/start-page.js';
import { loadedPart, partsSettled } from '../load/parts.js';
import { firstPaintStyles } from './pathway-widget.styles.js';

/**
 * Guides school staff through their council's school-attendance pathway: the pupil's
 * attendance, which stage applies and why, the stage's reflective questions and evidence,
 * what is still missing, and a summary to print, download or submit.
 *
 * @summary A council's attendance pathway as a guided, accessible journey.
 *
 * @fires pathway-ready - The pathway loaded and passed its checks (again after each new definition). `detail`: `{ pathwayId, version }`.
 * @fires pathway-change - What was entered changed (by the user, a `case`, set before or after the pathway loads, or a new definition). `detail`: `{ answers, measures, cohorts, evidence, stage?, routes? }`: everything entered except pupil details; of a case, only what the widget uses.
 * @fires pathway-stage-change - The stage being worked on changed (once, when the figure is complete). `detail`: `{ stageId, title }`.
 * @fires pathway-submit - The user asked to submit. `detail`: `{ summary }`. Cancelable: `preventDefault()` stops the widget's own POST.
 * @fires pathway-error - Something failed (loading, checking, submitting, drafts), or the `case` holds what the widget cannot use (`bad-case`). `detail`: `{ code, message }`.
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
  static override styles: CSSResultGroup = firstPaintStyles;
  /** Whether the journey's stylesheet (it comes with the journey part) is adopted yet. */
  private journeyStylesAdopted = false;

  private readonly definition = new DefinitionController(this, {
    words: () => this.words,
    today: () => this.journey.today(),
    accepted: (next, previous) => this.handleDefinition(next, previous),
    failed: (code, message) => this.emitError(code, message),
  });
  private readonly navigation = new NavigationController(this, () =>
    this.definition.state.status === 'ready' ? this.definition.state.definition.index : undefined,
  );
  private readonly parts = new PartsController(
    this,
    (name) => {
      if (name === 'journey') this.definition.engineArrived();
    },
    () => {
      this.emitError('part-failed', this.midJourney ? this.words.partFailed : this.words.loadErrorPart);
      // The message replaces the page the user was moving to: it takes the heading's focus.
      if (this.midJourney) this.navigation.focusLater('page-heading');
    },
  );
  private readonly updates = new UpdateNoteController(this);

  /** Address of the pathway JSON. Fetched with same-origin credentials; nothing else is requested. */
  @property() src?: string;

  /** A pathway definition object, used instead of `src`. Assign a new object to show a changed pathway: the journey carries over (a pathway with a different `id` starts afresh). */
  @property({ attribute: false }) pathway?: unknown;

  /** A pupil to start from, shaped like the engine's case input: `{ measures, cohorts, answers, evidence, stage, asOf, … }`. Setting it again applies what changed. What it holds that the widget cannot use is ignored and named in the console and `pathway-error` (`bad-case`). */
  @property({ attribute: false }) case?: PathwayCase;

  /** Language for numbers and dates (Intl), e.g. "cy" or "en-GB". Defaults to the page's language. The widget's own words are marked with their table's language (`strings.lang`) when the table gives every entry, else English. */
  @property({ attribute: 'lang' }) language?: string;

  /** Replacement words for the widget's own text (`englishStrings` is the whole table), with `lang` saying their language, e.g. `'cy'`. Missing entries stay English, and then so does the words' `lang`. */
  @property({ attribute: false }) strings?: Partial<WidgetStrings>;

  /** Offer "Save my answers on this device" (IndexedDB). Pupil details are never saved. */
  @property({ type: Boolean, attribute: 'save-drafts' }) saveDrafts = false;

  /** Where "Submit summary" POSTs the summary JSON. Without it (and without `submit-event`) the widget sends nothing anywhere. */
  @property({ attribute: 'submit-url' }) submitUrl?: string;

  /** Offer "Submit summary" without a `submit-url`: the summary is handed to the page in `pathway-submit`. */
  @property({ type: Boolean, attribute: 'submit-event' }) submitEvent = false;

  /** Today's date (YYYY-MM-DD) for time-based rules. Defaults to today on this device. A summary worked out as at another day says so ("Worked out as at 3 March 2026"), and its downloads are named by that day. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Made on the summary page, with its part: only a summary is ever sent. */
  private submissionController: SubmitController | undefined;

  /** Sending the summary; reached from the summary page, whose part (load/parts.ts) brings it. */
  private submission(): SubmitController | undefined {
    const end = loadedPart('end');
    if (!this.submissionController && end) {
      this.submissionController = new end.SubmitController(this, {
        words: () => this.words,
        error: (code, message) => this.emitError(code, message),
        focus: (id) => this.navigation.focusLater(id),
      });
    }
    return this.submissionController;
  }

  /** Made when the journey part (with the engine) arrives: nothing before "Start now" needs it. */
  private journeyController: JourneyController | undefined;

  /**
   * The journey: everything entered and the engine's view of it. Reached only once a
   * definition has been read by the engine (status "ready"), which needs the journey part.
   */
  private get journey(): JourneyController {
    if (!this.journeyController) {
      const part = loadedPart('journey');
      if (!part) throw new Error('The journey is used before its part has loaded.');
      this.journeyController = new part.JourneyController(this, { words: () => this.words, format: () => this.formatter, asOf: () => this.asOf });
      // A `case` the page set before the journey existed seeds it.
      if (this.case !== undefined) this.journeyController.applyCase(this.case);
    }
    return this.journeyController;
  }

  /** Made with the journey part, like the journey: drafts open only for a pathway the engine has read. */
  private draftsController: JourneyDraftsController | undefined;

  /** This journey's drafts (drafts/journey-drafts-controller.ts). Reached only once a definition is ready. */
  private get drafts(): JourneyDraftsController {
    if (!this.draftsController) {
      // A ready definition means the journey part is here.
      this.draftsController = new (loadedPart('journey')!.JourneyDraftsController)(this, {
        words: () => this.words,
        formatter: () => this.formatter,
        wanted: () => this.saveDrafts,
        definition: () => this.definition.current,
        journey: () => this.journey,
        page: () => this.navigation.page,
        resume: (page, focus) => this.navigation.resume(page, this.journey.safeEvaluation(), focus),
        error: (code, message) => this.emitError(code, message),
      });
    }
    return this.draftsController;
  }

  private wordsCache: { words: WidgetStrings; formatter: Formatter; complete: boolean; lang: string | undefined } | undefined;

  /**
   * The widget's words with the page's replacements, and numbers and dates in its language.
   * Until the journey part brings the whole table only the first-paint words are here, and
   * only what is drawn before it uses them (the start page, loading and error panels, typed
   * with `FirstPaintStrings`); the whole table is used from the moment the part arrives.
   */
  private wording(): { words: WidgetStrings; formatter: Formatter; lang: string | undefined } {
    if (this.wordsCache?.complete) return this.wordsCache;
    const journeyPart = loadedPart('journey');
    if (!this.wordsCache || (journeyPart && !this.wordsCache.complete)) {
      const words = journeyPart ? journeyPart.mergeStrings(this.strings) : ({ ...firstPaintEn, ...this.strings } as WidgetStrings);
      const locale = this.language || document.documentElement.lang || 'en-GB';
      // Judged by the words that can be shown now: the first paint's, then the whole table's and the engine's reasons.
      const inUse = journeyPart
        ? { keys: Object.keys(journeyPart.englishStrings), reasonCodes: journeyPart.reasonCodes() }
        : { keys: Object.keys(firstPaintEn), reasonCodes: [] };
      const lang = wordsLanguage(this.strings as Record<string, unknown> | undefined, inUse);
      this.wordsCache = { words, formatter: createFormatter(locale, words), complete: journeyPart !== undefined, lang };
    }
    return this.wordsCache;
  }

  /**
   * The language of the widget's own words, for screen readers and translation
   * (i18n/words-language.ts): a whole table's `lang` (the element's language for a whole table
   * that does not say); English with no table or a partial one, whose entries left out are
   * English (the element's `lang` then sets only how numbers and dates are written).
   */
  private get wordsLang(): string | undefined {
    return this.wording().lang;
  }

  private get words(): WidgetStrings {
    return this.wording().words;
  }

  private get formatter(): Formatter {
    return this.wording().formatter;
  }

  /** The `pathway` and `src` last given to the definition controller: it loads again when either changes. */
  private loadedSource: DefinitionSource | undefined;
  /** "Start now" was pressed before the engine arrived: the journey begins as soon as it has. */
  private startWhenReady = false;

  // ----------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // A pathway at an address is asked for as the element connects, not at its first update, so
    // the download overlaps the first paint's work. (A `pathway` object is read at the first
    // update as before: reading it can announce `pathway-ready`, which a page listens for
    // after appending the element.)
    if (this.src && (this.pathway === undefined || this.pathway === null)) this.loadSource();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.adoptJourneyStyles();
    if (changed.has('strings') || changed.has('language')) this.wordsCache = undefined;
    if (changed.has('case')) this.handleCase();
    this.loadSource();
    if (changed.has('saveDrafts') && changed.get('saveDrafts') !== undefined && this.definition.current) {
      void this.drafts.apply(this.definition.current);
    }
  }

  /** Gives the definition controller the element's `pathway` and `src`, unless it has them already. */
  private loadSource(): void {
    const { pathway, src } = this;
    if (this.loadedSource && this.loadedSource.pathway === pathway && this.loadedSource.src === src) return;
    this.loadedSource = { pathway, src };
    this.definition.load(this.loadedSource);
  }

  // ----------------------------------------------------------------------------------------
  // A new definition, a new case

  /** A definition passed its checks: the journey starts on it, or carries over to it. */
  private handleDefinition(next: Definition, previous: Definition | undefined): void {
    // A pathway with another id is another council's or service's: nothing entered on the
    // last one belongs to it, so its journey starts afresh (no update note, no draft of the last).
    const another = previous !== undefined && next.pathway.id !== previous.pathway.id;
    if (another) this.forgetJourney();
    if (!previous || another) {
      this.updates.seen();
      this.navigation.reset();
      this.submissionController?.reset();
      this.journey.adopt(next);
      this.journey.commit();
      // The page is told that what was entered on the last pathway is gone, and what of its
      // `case` the journey took: the same event whether the case came before the pathway or after.
      if (another || this.journey.seeded) this.dispatchEvent(pathwayEvent('pathway-change', this.journey.changeDetail()));
      if (this.saveDrafts) {
        void this.drafts.openFirst(next).then(() => {
          if (this.definition.current === next) this.announceReady(next);
        });
      } else this.announceReady(next);
      return;
    }
    if (next.json !== previous.json) this.carryOver(next, previous);
    this.announceReady(next);
  }

  /** Drops the journey and its drafts: the next use of `journey` starts a new one (seeded by the page's `case`, if any). */
  private forgetJourney(): void {
    if (this.journeyController) this.removeController(this.journeyController);
    this.journeyController = undefined;
    this.draftsController?.close();
    this.startWhenReady = false;
  }

  /** The journey goes on with `next`: same page where it still exists, what was entered kept where it fits, and a note of what changed. */
  private carryOver(next: Definition, previous: Definition): void {
    const words = this.words;
    this.updates.before(() => this.journey.snapshot());
    const adoption = this.journey.adopt(next, this.updates.typedFields);
    if (!adoption) return;
    let moved: string | undefined;
    const evaluation = this.journey.safeEvaluation();
    const page = this.navigation.page;
    if (adoption.stageRemoved && (page === 'questions' || page === 'details')) {
      if (this.navigation.keepOnJourney(evaluation, 'stage')) moved = words.updateMovedStageRemoved(adoption.stageRemoved.title);
    } else {
      const to = this.navigation.keepOnJourney(evaluation);
      if (to) moved = words.updateMovedPage(this.pageTitle(to, next));
    }
    this.updates.after((baseline, typedFields, movedPage) => this.journey.changesSince(baseline, typedFields, movedPage), moved);
    this.journey.commit();
    // What is still missing starts again from the changed pathway (the update note says what changed), as on a new page.
    if (this.readiness) this.noteReadiness(false);
    if (adoption.contentChanged) this.entered();
    // The saved draft records what each question says now, so a later restore keeps these answers.
    else this.drafts.save();
  }

  /** A new `case` from the page: what changed in it is applied, and the page stays where it is. */
  private handleCase(): void {
    // Before the journey part arrives the case waits; the journey applies it when it is made.
    if (!this.journeyController) return;
    if (!this.journey.applyCase(this.case)) return;
    this.journey.commit();
    this.navigation.keepOnJourney(this.journey.safeEvaluation());
    this.entered();
  }

  /** `pathway-ready` once the pathway can be worked through: its journey pages are here too. */
  private announceReady(definition: Definition): void {
    const announce = () => {
      if (this.definition.current !== definition) return;
      this.dispatchEvent(pathwayEvent('pathway-ready', { pathwayId: definition.pathway.id, version: definition.pathway.version }));
      this.parts.prefetchWhenIdle('end');
      if (this.startWhenReady) {
        this.startWhenReady = false;
        // Unless a restored draft has already moved the journey on to its page.
        if (this.navigation.page === 'start') this.actions.next();
      }
    };
    if (this.parts.get('journey')) announce();
    else void this.parts.need('journey').then((part) => part && announce());
  }

  /** A page's heading, as the "you are now on" note names it. */
  private pageTitle(page: PageId, definition: Definition): string {
    const words = this.words;
    switch (page) {
      case 'start':
        return definition.pathway.title;
      case 'measures':
        return words.measuresHeading;
      case 'stage':
        return words.stageHeading;
      case 'questions':
        return words.questionsHeading;
      case 'details':
        return words.detailsHeading;
      case 'check':
        return words.checkHeading;
      case 'summary':
        return words.summaryHeading;
    }
  }

  // ----------------------------------------------------------------------------------------
  // What the user enters. One listener for every input and change on every page (field-input.ts).

  /** What was entered changed: saved as a draft if the user asked, and told to the page. */
  private entered(): void {
    this.drafts.save();
    this.dispatchEvent(pathwayEvent('pathway-change', this.journey.changeDetail()));
  }

  private handleInput = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    if (this.definition.state.status !== 'ready') return;
    // A ready definition means the journey part, which reads the form controls, is here.
    const journeyPart = loadedPart('journey');
    if (!journeyPart) return;
    const input = journeyPart.readFieldInput(target);
    if (!input) return;
    if (input.kind === 'drafts-toggle') {
      if (event.type === 'change' && target instanceof HTMLInputElement) this.drafts.toggle(target.checked);
      return;
    }
    // A box being typed into holds the stage still; its change (blur, Enter) lets it move.
    const typing = event.type === 'input' && journeyPart.isTypedInput(input);
    if (typing) this.journey.hold();
    const result = this.journey.apply(input, target);
    if (result !== 'unchanged') this.updates.seen();
    if (!typing) {
      this.noteStageMove(this.journey.commit());
      this.noteReadiness(true);
    }
    if (result === 'entered') this.entered();
  };

  /** Comes with the journey part, like the journey. */
  private readiness: ReadinessAnnouncer | undefined;

  /** What is still missing, announced when an entry completes and its state changed; a new page is the baseline (readiness-announcer.ts). */
  private noteReadiness(announce: boolean): void {
    this.readiness ??= new (loadedPart('journey')!.ReadinessAnnouncer)();
    this.readiness.note(this.navigation.page === 'questions' ? this.pageContext() : undefined, announce);
  }

  // ----------------------------------------------------------------------------------------
  // Moving between pages, and the summary's buttons

  private readonly actions: PageActions = {
    next: () => {
      if (this.definition.state.status === 'checked') {
        this.startWhenReady = true;
        return;
      }
      this.journey.commit();
      const ctx = this.pageContext();
      if (!ctx) return;
      this.navigation.next(ctx.evaluation, this.pageEntry(this.navigation.page)?.validate(ctx) ?? []);
      this.afterNavigation();
    },
    back: (event: Event) => {
      event.preventDefault();
      this.journey.commit();
      this.navigation.back(this.journey.safeEvaluation());
      this.afterNavigation();
    },
    goTo: (page: PageId, fieldId?: string) => {
      this.journey.commit();
      this.navigation.goTo(page, fieldId);
      this.afterNavigation();
    },
    focusField: (event: Event) => {
      event.preventDefault();
      const link = event.currentTarget as HTMLElement;
      const fieldId = link.dataset.field;
      const page = link.dataset.page as PageId | undefined;
      if (!fieldId) return;
      if (page && page !== this.navigation.page) this.actions.goTo(page, fieldId);
      else this.navigation.focusNow(fieldId);
    },
    // The Print button is on the summary page, so its part (with printing) is here.
    print: (event: Event) => {
      this.parts.get('end')?.printSummary(this, this.renderRoot as ShadowRoot, {
        title: this.words.downloadFileTitle(this.definition.current?.pathway.title ?? ''),
        lang: this.wordsLang ?? this.formatter.locale,
        stylesheets: this.widgetStylesheets(),
        returnFocus: event.currentTarget as HTMLElement | null,
      });
    },
    // The download buttons are on the summary page, so its part (with the downloads) is here.
    downloadJson: () => {
      const summary = this.journey.summary();
      if (summary) this.parts.get('end')?.downloadSummaryJson(summary);
    },
    downloadHtml: () => {
      const summary = this.journey.summary();
      if (!summary) return;
      this.parts.get('end')?.downloadSummaryHtml(summary, this.renderRoot, {
        title: this.words.downloadFileTitle(summary.pathway.title),
        lang: this.wordsLang ?? this.formatter.locale,
        stylesheets: this.widgetStylesheets(),
      });
    },
    submit: () => {
      const summary = this.journey.summary();
      if (summary) void this.submission()?.submit(summary, this.journey.version, this.submitUrl);
    },
    cancelSubmit: () => this.submissionController?.cancel(),
  };

  /** The widget's stylesheets as text, for the copies of the summary that are printed and downloaded. */
  private widgetStylesheets(): string[] {
    return [firstPaintStyles.cssText, this.parts.get('journey')?.journeyStyles.cssText ?? ''];
  }

  /**
   * "Try again" on the load error panel. The button goes while the pathway loads again: focus
   * then moves to the heading of what comes next (the pathway, or the panel again), not lost.
   */
  private readonly retryLoad = (): void => {
    this.navigation.focusLater('page-heading');
    this.definition.retry();
  };

  /** The user is past the start page of a pathway the engine has read (so the whole word table is here). */
  private get midJourney(): boolean {
    return this.definition.state.status === 'ready' && this.navigation.page !== 'start' && loadedPart('journey') !== undefined;
  }

  /** "Back" from a part that could not be downloaded: the page before, with everything entered. */
  private readonly partFailedBack = (event: Event): void => {
    this.parts.dismiss();
    this.actions.back(event);
  };

  /** An answer on the questions page moved the stage: that page says so until it is left. */
  private stageMoved: { title: string } | undefined;

  private noteStageMove(moved: { title: string } | undefined): void {
    if (moved && this.navigation.page === 'questions') this.stageMoved = moved;
  }

  /**
   * The answers that decided the stage shown on the questions page since it was entered: each
   * keeps its field there while it is retyped (questions-page.ts), until the page is left.
   */
  private decidingShown: readonly string[] = [];

  private noteDecidingShown(evaluation: Evaluation): readonly string[] {
    const listed = evaluation.decidingAnswers ?? [];
    if (listed.some((item) => !this.decidingShown.includes(item.id))) {
      this.decidingShown = [...new Set([...this.decidingShown, ...listed.map((item) => item.id)])];
    }
    return this.decidingShown;
  }

  private afterNavigation(): void {
    this.stageMoved = undefined;
    this.decidingShown = [];
    this.updates.seen();
    this.noteReadiness(false);
    // The draft keeps the page, so coming back returns here.
    this.draftsController?.save();
    if (this.navigation.page !== 'summary' && this.navigation.page !== 'stage') this.journey.forgetSummary();
    if (this.navigation.page !== 'summary') this.submissionController?.reset();
  }

  private emitError(code: PathwayErrorCode, message: string): void {
    this.dispatchEvent(pathwayEvent('pathway-error', { code, message }));
  }

  // ----------------------------------------------------------------------------------------
  // Rendering

  private pageContext(): PageContext | undefined {
    const state = this.definition.state;
    if (state.status !== 'ready') return undefined;
    const evaluation = this.journey.evaluation();
    if (!evaluation) return undefined;
    const page = this.navigation.page;
    const errorList = this.navigation.errors;
    const errors = new Map<string, FieldError>();
    for (const error of errorList) if (!errors.has(error.key)) errors.set(error.key, error);
    const defaultStage = this.journey.defaultStage();
    return {
      index: state.definition.index,
      model: state.definition.model,
      state: this.journey.state,
      evaluation,
      strings: this.words,
      format: this.formatter,
      errors,
      errorList,
      actions: this.actions,
      previous: pageBefore(page, evaluation, state.definition.index),
      summary: page === 'summary' ? this.journey.summary() : undefined,
      ...(page === 'stage' ? { stageSummary: this.journey.stageSummary() } : {}),
      today: this.journey.today(),
      ...(defaultStage ? { defaultStage } : {}),
      ...(this.stageMoved && page === 'questions' ? { stageMoved: this.stageMoved } : {}),
      ...(page === 'questions' ? { decidingShown: this.noteDecidingShown(evaluation) } : {}),
    };
  }

  /** The start page: drawn with the first-paint module, the standing duties joining it with the journey part. */
  private readonly startPage: PageEntry = {
    render: (ctx) => renderStartPage({ ...ctx, definition: ctx.index.definition }, this.parts.get('journey')?.renderStandingDuties(ctx)),
    validate: () => [],
  };

  /** How a page is drawn and checked, or undefined while its part loads. */
  private pageEntry(page: PageId): PageEntry | undefined {
    switch (page) {
      case 'start':
        return this.startPage;
      case 'check':
      case 'summary':
        return this.parts.get('end')?.PAGES[page];
      default:
        return this.parts.get('journey')?.PAGES[page];
    }
  }

  /**
   * The journey's pages are styled by a sheet of their own that comes with their part: adopted
   * after the first-paint sheet, before the first journey page is drawn (Lit's adoptStyles
   * falls back to <style> elements where a browser cannot adopt sheets).
   */
  private adoptJourneyStyles(): void {
    if (this.journeyStylesAdopted || !this.shadowRoot) return;
    const journey = loadedPart('journey');
    if (!journey) return;
    this.journeyStylesAdopted = true;
    // The element's own finalized styles (a subclass's included), then the journey's.
    adoptStyles(this.shadowRoot, [...(this.constructor as typeof LitElement).elementStyles, journey.journeyStyles]);
  }

  /** Also waits for a part under way and the redraw it brings, so a page's `await el.updateComplete` sees the page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (await partsSettled()) complete = await super.getUpdateComplete();
    return complete;
  }

  private renderContent(): TemplateResult | typeof nothing {
    const state = this.definition.state;
    if (state.status === 'error') return renderErrorPanel(this.words, state.error, this.retryLoad);
    if (this.parts.failed) {
      // Mid-journey the journey stays: Back returns to what was entered.
      if (this.midJourney) return loadedPart('journey')!.renderPartFailed(this.words, this.parts.retry, this.partFailedBack);
      return renderErrorPanel(this.words, { message: this.words.loadErrorPart, problems: [], retryable: true }, this.parts.retry);
    }
    if (state.status === 'checked' && this.navigation.page === 'start') {
      return renderStartPage({ definition: state.pathway, strings: this.words, format: this.formatter, actions: this.actions });
    }
    if (state.status !== 'ready' || this.draftsController?.pending) return html`<p class="loading" role="status">${this.words.loading}</p>`;
    const page = this.navigation.page;
    const entry = this.pageEntry(page);
    // The page's part is on its way (load/parts.ts); it is drawn when it arrives.
    if (!entry) return html`<p class="loading" role="status">${this.words.loading}</p>`;
    let content: TemplateResult;
    try {
      const ctx = this.pageContext();
      if (!ctx) return nothing;
      const canSubmit = Boolean(this.submitUrl) || this.submitEvent;
      content = entry.render(ctx, { submit: this.submission()?.viewFor(canSubmit) ?? { status: 'idle', enabled: canSubmit } });
    } catch {
      this.definition.failWhileWorking();
      return nothing;
    }
    // The drafts' messages and panel frame the page (drafts/journey-drafts-controller.ts).
    const note = this.updates.note;
    return html`${note ? loadedPart('journey')!.renderUpdateNote(note, this.words) : nothing}
      ${this.drafts.above(page)} ${content} ${this.drafts.below(page)}`;
  }

  protected override render(): TemplateResult {
    const lang = this.wordsLang ?? nothing;
    return html`<div class="container" lang=${lang} @input=${this.handleInput} @change=${this.handleInput}>${this.renderContent()}</div>
      <div class="visually-hidden" role="status" id="stage-announcement" lang=${lang}>${this.journeyController?.announcement ?? ''}</div>
      <div class="visually-hidden" role="status" id="update-announcement" lang=${lang}>${this.updates.live}</div>
      <div class="visually-hidden" role="status" id="readiness-announcement" lang=${lang}>${this.readiness?.text}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pathway-widget': PathwayWidget;
  }
}
