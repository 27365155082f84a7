/**
 * Where the user is: the page, the problems found when they last tried to continue, the way
 * back ("Back", and "Change" links from Check your answers that return there), and focus: each
 * page change moves focus to the new page's heading (or to a field), after it is drawn.
 *
 * When the journey changes under the page (a changed definition, a new case) and the page is no
 * longer part of it, `keepOnJourney` moves to the nearest page that is, without taking focus
 * from wherever the user is typing (e.g. the editor beside the preview). A restored draft
 * returns to its page the same way (`resume`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Evaluation } from '@pathway/core';
import { PAGE_ORDER, journeyPages, nearestPage, pageAfter, pageBefore } from '../journey/pages.js';
import type { PageId } from '../journey/pages.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import type { FieldError } from '../pages/page-context.js';
import { PAGE_HEADING_ID } from '../pages/shared.js';

export const ERROR_SUMMARY_ID = 'error-summary';

type FocusHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class NavigationController implements ReactiveController {
  page: PageId = 'start';
  /** Problems found when the user last tried to continue, in page order. */
  errors: FieldError[] = [];
  /** Set when the user came from "Check your answers": Continue goes back there. */
  private returnToCheck = false;
  private focusTarget: string | undefined;

  /** The pathway's index, when there is one: which pages this journey has depends on what it asks. */
  constructor(
    private readonly host: FocusHost,
    private readonly indexOf: () => PathwayIndex | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.focusTarget) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(this.focusTarget)}"]`);
    // Not drawn yet: the page's part (load/parts.ts) is still on its way and "Loading…" shows
    // meanwhile. Focus moves when the page is drawn; until then it stays where it is, not lost.
    if (!target) return;
    this.focusTarget = undefined;
    target.focus();
  }

  /** Back to the start page (a new pathway). */
  reset(): void {
    this.page = 'start';
    this.errors = [];
    this.returnToCheck = false;
    this.focusTarget = undefined;
    this.host.requestUpdate();
  }

  /** Shows `page`, with focus on its heading or on a field. */
  go(page: PageId, focus: string = PAGE_HEADING_ID): void {
    this.page = page;
    this.errors = [];
    this.focusTarget = focus;
    this.host.requestUpdate();
  }

  /** Continue: to the next page (or back to Check your answers), unless the page has problems. */
  next(evaluation: Evaluation, errors: FieldError[]): void {
    if (errors.length > 0) {
      this.errors = errors;
      this.focusTarget = ERROR_SUMMARY_ID;
      this.host.requestUpdate();
      return;
    }
    const fromChange = this.returnToCheck && this.page !== 'check' && this.page !== 'start';
    this.returnToCheck = false;
    this.go(fromChange ? 'check' : pageAfter(this.page, evaluation, this.indexOf()));
  }

  /** Back: the page before this one. */
  back(evaluation: Evaluation | undefined): void {
    const previous = evaluation ? pageBefore(this.page, evaluation, this.indexOf()) : undefined;
    this.returnToCheck = false;
    if (previous) this.go(previous);
  }

  /** A "Change" link or a readiness link: to a page and a field; from Check your answers, Continue returns there. */
  goTo(page: PageId, fieldId?: string): void {
    this.returnToCheck = this.page === 'check' && page !== 'summary';
    this.go(page, fieldId);
  }

  /** Focuses a field on this page after the next render. */
  focusLater(id: string): void {
    this.focusTarget = id;
    this.host.requestUpdate();
  }

  /** Focuses a field on this page now (error summary links). */
  focusNow(id: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)?.focus();
  }

  /**
   * Back to the page a saved journey was on: that page if this journey still shows it, else the
   * nearest one before it; past the stage page only once there is a stage. An unknown page (a
   * draft from before pages were kept, or from a newer widget) is the start page. Focus moves
   * to the heading only when asked: when the user chose the draft, whose button goes.
   */
  resume(page: string | undefined, evaluation: Evaluation | undefined, focus: boolean): void {
    const known = (evaluation && PAGE_ORDER.find((id) => id === page)) || 'start';
    const nearest = evaluation ? nearestPage(known, evaluation, this.indexOf()) : known;
    this.returnToCheck = false;
    // No focus target ('') leaves focus where it is.
    this.go(!evaluation?.current && PAGE_ORDER.indexOf(nearest) > PAGE_ORDER.indexOf('stage') ? 'stage' : nearest, focus ? PAGE_HEADING_ID : '');
  }

  /**
   * After the journey changed under the user: stays on the page if it is still part of the
   * journey, else moves to the nearest one before it (`to` given, for the stage page). Focus
   * moves to the new page's heading only if it was inside the widget. Returns the page moved
   * to, or undefined when the page stays.
   */
  keepOnJourney(evaluation: Evaluation | undefined, to?: PageId): PageId | undefined {
    if (!evaluation || this.page === 'start') return undefined;
    const target = to ?? (journeyPages(evaluation, this.indexOf()).includes(this.page) ? undefined : nearestPage(this.page, evaluation, this.indexOf()));
    if (target === undefined || target === this.page) return undefined;
    const focusInside = this.host.matches(':focus-within');
    this.page = target;
    this.errors = [];
    this.returnToCheck = false;
    this.focusTarget = focusInside ? PAGE_HEADING_ID : undefined;
    this.host.requestUpdate();
    return target;
  }
}
