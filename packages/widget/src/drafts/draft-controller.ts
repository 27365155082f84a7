/**
 * Draft saving for one widget: opens the device's store, reads the saved draft back, writes
 * the latest answers as the user goes (one write at a time, the newest wins), and clears them
 * on request. It keeps the state the drafts panel shows and asks its host to re-render.
 *
 * Drafts are optional, so they never hold the pathway hostage: opening the store and reading
 * the draft must finish within `timeLimits().drafts`, else drafts are unavailable for this
 * visit (and the user is told) and the journey goes on without them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangelogEntry } from '@pathway/schema';
import { timeLimits, withTimeLimit } from '../controllers/time-limits.js';
import type { Draft, DraftChangeReport } from './draft-envelope.js';
import type { DraftStore } from './draft-store.js';
import { loadPart } from '../load/parts.js';

/** The store, from its own part (idb and all): only pages that offer drafts download it. */
const openDraftStoreLater = (): Promise<DraftStore | undefined> => loadPart('drafts').then(
    (part) => part.openDraftStore(),
    // Its part could not be downloaded: drafts are unavailable this visit, and the journey goes on.
    () => undefined,
  );

/** A message the drafts panel shows once. */
export type DraftNotice =
  | { kind: 'restored'; savedAt: string; report?: DraftChangeReport; published?: ChangelogEntry[] }
  | { kind: 'corrupt' }
  | { kind: 'cleared' }
  | { kind: 'save-failed' };

/** off: the page did not ask for drafts. unavailable: the browser will not keep them (see `unavailableBecause`). */
export type DraftStatus = 'off' | 'opening' | 'unavailable' | 'available';

/** refused: the browser does not allow storage here. timeout: its storage did not answer in time. */
export type DraftsUnavailableReason = 'refused' | 'timeout';

export type DraftProblem = 'unreadable' | 'save-failed' | 'timeout';

const TIMED_OUT: unique symbol = Symbol('timed out');

export class DraftController implements ReactiveController {
  status: DraftStatus = 'off';
  unavailableBecause: DraftsUnavailableReason = 'refused';
  /** The user's choice: keep my answers on this device. */
  enabled = false;
  notice: DraftNotice | undefined;

  private store: DraftStore | undefined;
  private pathwayId: string | undefined;
  private pending: Draft | undefined;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told when a draft cannot be opened, read or written, so the element can fire `pathway-error`. */
    private readonly onProblem: (kind: DraftProblem) => void,
    private readonly openStore: () => Promise<DraftStore | undefined> = openDraftStoreLater,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The pathway whose drafts are open (or opening). */
  get openFor(): string | undefined {
    return this.pathwayId;
  }

  /**
   * Opens the store for a pathway and returns its saved draft, if one can be read. A stored
   * value that cannot be read is deleted and reported, so the user starts afresh. Resolves
   * within the drafts time limit whatever the browser does.
   */
  async open(pathwayId: string): Promise<Draft | undefined> {
    this.pathwayId = pathwayId;
    this.status = 'opening';
    this.enabled = false;
    this.notice = undefined;
    this.store = undefined;
    const opened = await withTimeLimit(this.openAndRead(pathwayId), timeLimits().drafts, (): typeof TIMED_OUT => TIMED_OUT);
    if (this.pathwayId !== pathwayId) return undefined; // a newer pathway replaced this one
    if (opened === TIMED_OUT || !opened.store) {
      this.status = 'unavailable';
      this.unavailableBecause = opened === TIMED_OUT ? 'timeout' : 'refused';
      if (opened === TIMED_OUT) this.onProblem('timeout');
      this.host.requestUpdate();
      return undefined;
    }
    const store = opened.store;
    this.store = store;
    this.status = 'available';
    const raw = opened.raw;
    if (raw === undefined) {
      this.host.requestUpdate();
      return undefined;
    }
    // Its part arrived with the store (openAndRead).
    const draft = (await loadPart('drafts')).readDraft(raw);
    if (!draft || draft.pathwayId !== pathwayId) {
      // Not awaited: removing it must not hold the journey up either.
      void store.delete(pathwayId).catch(() => undefined);
      this.notice = { kind: 'corrupt' };
      this.onProblem('unreadable');
      this.host.requestUpdate();
      return undefined;
    }
    // The user chose to save last time: keep saving.
    this.enabled = true;
    this.host.requestUpdate();
    return draft;
  }

  /** The store and what it holds for the pathway; `raw` is a symbol when the read failed. */
  private async openAndRead(pathwayId: string): Promise<{ store: DraftStore | undefined; raw: unknown }> {
    const store = await this.openStore();
    if (!store) return { store, raw: undefined };
    try {
      return { store, raw: await store.get(pathwayId) };
    } catch {
      return { store, raw: Symbol('unreadable') };
    }
  }

  /** Stops using the store (the page turned drafts off or the pathway went away). */
  close(): void {
    this.status = 'off';
    this.enabled = false;
    this.store = undefined;
    this.pathwayId = undefined;
    this.pending = undefined;
    this.notice = undefined;
  }

  showNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** The user ticked or unticked "Save my answers on this device". Unticking removes the draft. */
  async setEnabled(enabled: boolean, current: Draft): Promise<void> {
    this.enabled = enabled;
    this.notice = undefined;
    this.host.requestUpdate();
    if (enabled) this.save(current);
    else await this.remove();
  }

  /** "Clear saved answers": removes the draft and stops saving; the answers on screen stay. */
  async clear(): Promise<void> {
    this.enabled = false;
    await this.remove();
    this.notice = { kind: 'cleared' };
    this.host.requestUpdate();
  }

  /** Whether `save()` would write: callers skip building a draft nobody will store. */
  get saving(): boolean {
    return this.enabled && this.status === 'available';
  }

  /** Saves the latest answers, if the user asked for it. Writes never overlap; the newest wins. */
  save(draft: Draft): void {
    if (!this.enabled || this.status !== 'available' || draft.pathwayId !== this.pathwayId) return;
    this.pending = draft;
    // `.finally` runs after the assignment, so `writing` is always cleared once the queue is empty.
    this.writing ??= this.flush().finally(() => {
      this.writing = undefined;
    });
  }

  /** Resolves when every save asked for so far has been written (or has failed). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async flush(): Promise<void> {
    while (this.pending && this.store) {
      const draft = this.pending;
      this.pending = undefined;
      try {
        await this.store.put(draft.pathwayId, draft);
      } catch {
        this.notice = { kind: 'save-failed' };
        this.onProblem('save-failed');
        this.host.requestUpdate();
      }
    }
  }

  private async remove(): Promise<void> {
    this.pending = undefined;
    await this.idle();
    if (this.store && this.pathwayId !== undefined) await this.store.delete(this.pathwayId).catch(() => undefined);
  }
}
