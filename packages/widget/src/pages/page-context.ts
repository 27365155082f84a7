/**
 * What every page's render function is given: the pathway, what has been entered, the
 * engine's view of it, the words and formats for the page's language, and the element's
 * handlers. Pages are pure functions of this context; the element owns all state.
 */
import type { Evaluation, PathwayModel, StageSummary, Summary } from '@pathway/core';
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { JourneyState } from '../journey/journey-state.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import type { PageId } from '../journey/pages.js';
import type { DefaultStage } from '../controllers/journey-controller.js';
import type { TemplateResult } from 'lit';
import type { SubmitView } from './summary-page.js';

/** A problem with what was typed: which question or figure, the field to focus, and what to do. */
export interface FieldError {
  /** The form group it belongs to, e.g. `q-<question id>`. */
  key: string;
  /** The id of the input the error summary links to. */
  fieldId: string;
  message: string;
}

export interface PageActions {
  /** Moves on from the current page (validating it first). */
  next(): void;
  /** Goes back one page. */
  back(event: Event): void;
  /** Goes to a page and puts focus on one of its fields ("Change" links, the error summary). */
  goTo(page: PageId, fieldId?: string): void;
  /** Focuses a field on this page (error summary links). */
  focusField(event: Event): void;
  /** Prints the summary alone; focus comes back to the button clicked. */
  print(event: Event): void;
  downloadJson(): void;
  downloadHtml(): void;
  submit(): void;
  /** Stops waiting for a submission under way ("Cancel sending"). */
  cancelSubmit(): void;
}

export interface PageContext {
  index: PathwayIndex;
  model: PathwayModel;
  state: JourneyState;
  evaluation: Evaluation;
  strings: WidgetStrings;
  format: Formatter;
  /** Problems found when the user last tried to continue, by form group key. */
  errors: Map<string, FieldError>;
  errorList: FieldError[];
  actions: PageActions;
  /** The page to go back to, if any. */
  previous: PageId | undefined;
  /** The summary, on the summary page. */
  summary: Summary | undefined;
  /** What the stage involves (who does what, time limits), on the stage page: far less than the summary. */
  stageSummary?: StageSummary;
  /** The stage preselected because the figures place the pupil at none, or at none offered (see the journey controller). */
  defaultStage?: DefaultStage;
  /** Today's date (YYYY-MM-DD, the `as-of` date when set), for time limits that have passed. */
  today?: string;
  /** The stage an answer given on this page moved the pupil to, until the user leaves the page. */
  stageMoved?: { title: string };
  /** On the questions page: the ids of the answers that decided the stage shown since the page was entered. */
  decidingShown?: readonly string[];
}

/** What a page is drawn with beyond the page context. */
export interface PageExtras {
  submit: SubmitView;
}

/** One page of the journey: how it is drawn, and what it checks before the user may continue. */
export interface PageEntry {
  render(ctx: PageContext, extras: PageExtras): TemplateResult;
  /** Problems with what was entered on the page, in page order; none lets the user continue. */
  validate(ctx: PageContext): FieldError[];
}
