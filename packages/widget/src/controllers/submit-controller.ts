/**
 * Submitting the summary: `pathway-submit` first (cancelable: the page may take over), then,
 * with a `submit-url`, one POST (submit.ts) that must be confirmed by the server, within
 * `timeLimits().submit`, and that the user can cancel while it is under way. Failures keep the
 * answers and offer Try again, which reuses the submission's `Idempotency-Key` as long as the
 * answers are unchanged. Never retried behind the user's back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Summary } from '@pathway/core';
import type { PathwayErrorCode } from '../events.js';
import { pathwayEvent } from '../events.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { SubmitView } from '../pages/summary-page.js';
import { newIdempotencyKey, postSummary } from '../submit.js';
import type { SubmitResult } from '../submit.js';
import { timeLimits } from './time-limits.js';

export const SUBMIT_STATUS_ID = 'submit-status';

export interface SubmitHost {
  words(): WidgetStrings;
  error(code: PathwayErrorCode, message: string): void;
  /** Puts focus on the status message once it is drawn. */
  focus(id: string): void;
}

export class SubmitController implements ReactiveController {
  private view: Omit<SubmitView, 'enabled'> = { status: 'idle' };
  private attempt: AbortController | undefined;
  private idempotency: { version: number; key: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly delegate: SubmitHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.attempt?.abort();
  }

  /** What the summary page shows. */
  viewFor(enabled: boolean): SubmitView {
    return { ...this.view, enabled };
  }

  get sending(): boolean {
    return this.view.status === 'sending';
  }

  /** Leaving the summary page: a finished attempt's message goes (one under way carries on). */
  reset(): void {
    if (this.view.status !== 'sending' && this.view.status !== 'idle') this.set({ status: 'idle' });
  }

  /**
   * The user asked to submit `summary` (made from the answers at `version`). Fires
   * `pathway-submit`; unless the page prevents it, POSTs to `url`, or without one counts the
   * hand-over to the page as sent.
   */
  async submit(summary: Summary, version: number, url: string | undefined): Promise<void> {
    if (this.sending) return;
    const proceed = this.host.dispatchEvent(pathwayEvent('pathway-submit', { summary }));
    if (!proceed) {
      this.set({ status: 'idle' });
      return;
    }
    if (!url) {
      this.set({ status: 'sent' });
      this.delegate.focus(SUBMIT_STATUS_ID);
      return;
    }
    if (this.idempotency?.version !== version) this.idempotency = { version, key: newIdempotencyKey() };
    const attempt = new AbortController();
    this.attempt = attempt;
    this.set({ status: 'sending' });
    const result = await postSummary(url, summary, this.idempotency.key, { timeoutMs: timeLimits().submit, signal: attempt.signal });
    if (this.attempt !== attempt) return;
    this.attempt = undefined;
    this.settle(result);
    this.delegate.focus(SUBMIT_STATUS_ID);
  }

  /** "Cancel sending": stops waiting for the server. Whether the summary arrived is unknown, and said so. */
  cancel = (): void => {
    this.attempt?.abort();
  };

  private settle(result: SubmitResult): void {
    const words = this.delegate.words();
    if (result.ok) {
      this.set({ status: 'sent' });
      return;
    }
    switch (result.reason) {
      case 'cancelled':
        this.set({ status: 'failed', problem: words.submitCancelled });
        return;
      case 'timeout':
        this.set({ status: 'failed', problem: words.submitTimedOut });
        this.delegate.error('submit-timeout', words.submitTimedOut);
        return;
      case 'unconfirmed':
        this.set({ status: 'failed', httpStatus: result.status, problem: words.submitUnconfirmed });
        this.delegate.error('submit-unconfirmed', words.submitUnconfirmed);
        return;
      case 'failed': {
        const message = result.status !== undefined ? words.submitHttpFailed(result.status) : words.submitFailed;
        this.set(result.status !== undefined ? { status: 'failed', httpStatus: result.status, problem: message } : { status: 'failed', problem: message });
        this.delegate.error('submit-failed', message);
      }
    }
  }

  private set(view: Omit<SubmitView, 'enabled'>): void {
    this.view = view;
    this.host.requestUpdate();
  }
}
