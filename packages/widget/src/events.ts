/**
 * The events `<pathway-widget>` fires, typed. Each bubbles and crosses the shadow boundary
 * (`composed`), so a page can listen on the element or on any ancestor:
 *
 *   widget.addEventListener('pathway-stage-change', (e) => console.log(e.detail.title));
 */
import type { AnswerValue } from '@pathway/schema';
import type { BaselineInput, CaseInput, EvidenceState, MeasureInput, Summary } from '@pathway/core';

/** The pathway loaded, passed its checks and is shown. */
export interface PathwayReadyDetail {
  pathwayId: string;
  version: string;
}

/** Routes as the engine's case input has them, once it does (format 1.1). */
export type ChosenRoutes = CaseInput extends { routes?: infer R } ? R : unknown;

/**
 * What was entered changed: an answer, a figure, a circumstance, evidence, the chosen stage or
 * routes (by the user, by a new `case`, or because a changed pathway no longer has an item).
 * Everything entered except pupil details (name, date of birth…), which stay inside the widget
 * unless the summary is submitted.
 */
export interface PathwayChangeDetail {
  answers: Record<string, AnswerValue>;
  measures: Record<string, MeasureInput>;
  cohorts: string[];
  evidence: Record<string, EvidenceState>;
  /** The stage the user chose, when they chose one; without it the figures decide. */
  stage?: string;
  /** The routes chosen, when there are any. */
  routes?: ChosenRoutes;
  /** Earlier readings of measures (format 1.1), when any were entered. */
  baselines?: Record<string, BaselineInput>;
  /** Outcomes recorded as having happened (format 1.1), when any were. */
  outcomes?: string[];
}

/** The stage being worked on changed (or became known). */
export interface PathwayStageChangeDetail {
  stageId: string | undefined;
  title: string | undefined;
}

/** The school asked to submit its summary. Cancelable: `preventDefault()` stops the widget's own POST. */
export interface PathwaySubmitDetail {
  summary: Summary;
}

/** Why something failed, with a stable code for the page and a message for people. */
export type PathwayErrorCode =
  | 'no-source'
  | 'fetch-failed'
  /** `src` is not an http(s) address (e.g. `data:`), so it was not fetched. */
  | 'bad-src'
  /** The page's Content-Security-Policy (connect-src) does not allow fetching `src`. */
  | 'csp-blocked'
  | 'http-error'
  | 'not-json'
  | 'load-timeout'
  | 'invalid-pathway'
  | 'submit-failed'
  | 'submit-timeout'
  | 'submit-unconfirmed'
  | 'draft-unreadable'
  | 'draft-save-failed'
  | 'draft-timeout'
  /** A part of the widget (a chunk beside its script) could not be downloaded; what was entered is kept. */
  | 'part-failed'
  /** The `case` property holds an entry the widget cannot use (a shape it cannot read, an id the pathway does not have): ignored. */
  | 'bad-case';

export interface PathwayErrorDetail {
  code: PathwayErrorCode;
  message: string;
}

export type PathwayReadyEvent = CustomEvent<PathwayReadyDetail>;
export type PathwayChangeEvent = CustomEvent<PathwayChangeDetail>;
export type PathwayStageChangeEvent = CustomEvent<PathwayStageChangeDetail>;
export type PathwaySubmitEvent = CustomEvent<PathwaySubmitDetail>;
export type PathwayErrorEvent = CustomEvent<PathwayErrorDetail>;

export interface PathwayEventMap {
  'pathway-ready': PathwayReadyEvent;
  'pathway-change': PathwayChangeEvent;
  'pathway-stage-change': PathwayStageChangeEvent;
  'pathway-submit': PathwaySubmitEvent;
  'pathway-error': PathwayErrorEvent;
}

/** Builds one of the widget's events: bubbling, composed, cancelable only for submit. */
export function pathwayEvent<K extends keyof PathwayEventMap>(
  type: K,
  detail: PathwayEventMap[K]['detail'],
): PathwayEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: type === 'pathway-submit',
  }) as PathwayEventMap[K];
}

declare global {
  interface GlobalEventHandlersEventMap extends PathwayEventMap {}
}
