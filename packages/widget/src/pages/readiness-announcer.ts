/**
 * "What is still missing" said to screen-reader users when its state changes: a line turning
 * ready or not ready (the stage's, a route's, a referral's), never each count going down. Like
 * the stage announcement it is decided when an entry is complete (its `change`), not on every
 * keystroke, and a page drawn anew sets the baseline rather than being news. Comes with the
 * journey part.
 */
import type { PageContext } from './page-context.js';
import { readinessOf, statusLines } from './readiness-panel.js';

export class ReadinessAnnouncer {
  /** What the polite live region says now. */
  text = '';
  /** The lines' state when last looked at; undefined off the questions page. */
  private state: string | undefined;

  /**
   * Looks at readiness now (`ctx` on a page that shows it). With `announce` (an entry is
   * complete), a changed state is said; otherwise (a new page) it is only the baseline.
   */
  note(ctx: PageContext | undefined, announce: boolean): void {
    const readiness = ctx && readinessOf(ctx);
    const lines = readiness ? statusLines(ctx, readiness) : undefined;
    const state = lines?.map((line) => `${line.key}:${line.ready}:${line.offered}`).join();
    if (!announce) this.text = '';
    else if (lines && this.state !== undefined && state !== this.state) this.text = lines.map((line) => line.text).join(' ');
    this.state = state;
  }
}
