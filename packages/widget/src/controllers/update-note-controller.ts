/**
 * The short note of what changed when the pathway changed under an open journey, e.g. "The
 * pathway was updated: 1 question added, 1 answered question removed, stage "Tier 2" renamed to
 * "Tier 2 support"." It is worked out with the draft's reconciliation, from where the journey
 * stood before the first change the user has not yet seen, so an author typing a stage title in
 * the editor gets one note about the whole rename, not one per letter.
 *
 * The note is shown at the top of the page and said once, politely, in a live region, after
 * the changes have paused for `timeLimits().announceUpdate` (never per keystroke, and never by
 * moving focus). It goes when the user next enters something or changes page, and, once said,
 * at the next change (an author editing beside a preview never answers in it, so it would
 * otherwise stay for good): the next note is about that change alone. A change that leaves
 * nothing the journey shows different, in the same version, says nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft } from '../drafts/draft-envelope.js';
import type { TypedFieldChanges } from '../journey/renamed-fields.js';
import type { UpdateNote } from '../journey/update-note.js';
import { timeLimits } from './time-limits.js';

export class UpdateNoteController implements ReactiveController {
  /** The note on screen, if there is one. */
  note: UpdateNote | undefined;
  /** What the live region says: the note, once it has settled. */
  live = '';

  /** The journey as it was before the first change not yet seen. */
  private baseline: Draft | undefined;
  /** Where the user was moved, if the page they were on went away. */
  private moved: string | undefined;
  /**
   * What became of referral fields typed into, since the baseline (journey/renamed-fields.ts):
   * the journey records each change here. (Written out, not imported: this controller is in the
   * first-paint file, renamed-fields.ts in the journey part.)
   */
  typedFields: TypedFieldChanges = { moved: new Map(), setAside: [] };
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The note on screen has been said: the next change starts a new one. */
  private said = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Before a changed definition is adopted: the journey as it stands, unless a note is already showing. */
  before(snapshot: () => Draft): void {
    if (this.said) this.seen();
    this.baseline ??= snapshot();
  }

  /**
   * After: the note says what changed since the baseline (`changesSince` compares it with the
   * new definition: the journey's reconciliation, in update-note.ts), and
   * where the user was moved (if they were).
   */
  after(changesSince: (baseline: Draft, typedFields: TypedFieldChanges, moved?: string) => UpdateNote | undefined, moved?: string): void {
    if (!this.baseline) return;
    if (moved) this.moved = moved;
    const note = (this.note = changesSince(this.baseline, this.typedFields, this.moved));
    clearTimeout(this.timer);
    this.timer = undefined;
    if (note) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.live = note.text;
        this.said = true;
        this.host.requestUpdate();
      }, timeLimits().announceUpdate);
    }
    this.host.requestUpdate();
  }

  /** The user entered something or changed page (or a new pathway came): the note has been seen. */
  seen(): void {
    if (!this.baseline && !this.note && !this.live) return;
    this.said = false;
    this.baseline = undefined;
    this.moved = undefined;
    this.typedFields = { moved: new Map(), setAside: [] };
    this.note = undefined;
    this.live = '';
    clearTimeout(this.timer);
    this.timer = undefined;
    this.host.requestUpdate();
  }
}
