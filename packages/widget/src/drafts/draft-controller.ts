/**
 * Draft saving for one widget: opens the device's store, reads this journey's saved draft back,
 * writes the latest answers as the user goes (one write at a time, the newest wins), and clears
 * them on request. It keeps the state the drafts panel shows and asks its host to re-render.
 *
 * A draft belongs to one journey (journey-key.ts): reloading a tab restores its own draft, and
 * two live journeys (two tabs, two widgets) never write to one record. A new journey finding
 * saved drafts of journeys no longer open offers them (`choices`), by when each was saved and
 * how far it got, or a fresh start: even one may be another pupil's, so it is never carried on
 * with unasked.
 *
 * Drafts are optional, so they never hold the pathway hostage: opening the store and reading
 * the drafts must finish within `timeLimits().drafts`, else drafts are unavailable for this
 * visit (and the user is told) and the journey goes on without them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangelogEntry } from '@pathway/schema';
import { timeLimits, withTimeLimit } from '../controllers/time-limits.js';
import type { Draft, DraftChangeReport } from './draft-envelope.js';
import type { StageMove } from '../journey/stage-moved.js';
import type { DraftKey, DraftStore, StoredDraft } from './draft-store.js';
import { loadPart, loadedPart } from '../load/parts.js';

/** The store, from its own part (idb and all): only pages that offer drafts download it. */
const openDraftStoreLater = (): Promise<DraftStore | undefined> => loadPart('drafts').then(
    (part) => part.openDraftStore(),
    // Its part could not be downloaded: drafts are unavailable this visit, and the journey goes on.
    () => undefined,
  );

/** A message the drafts panel shows once. */
export type DraftNotice =
  | { kind: 'restored'; savedAt: string; report?: DraftChangeReport; published?: ChangelogEntry[]; moved?: StageMove }
  | { kind: 'corrupt' }
  | { kind: 'cleared' }
  | { kind: 'save-failed' };

/** off: the page did not ask for drafts. unavailable: the browser will not keep them (see `unavailableBecause`). */
export type DraftStatus = 'off' | 'opening' | 'unavailable' | 'available';

/** refused: the browser does not allow storage here. timeout: its storage did not answer in time. */
export type DraftsUnavailableReason = 'refused' | 'timeout';

export type DraftProblem = 'unreadable' | 'save-failed' | 'timeout';

/** A saved draft of a journey no longer open, offered to carry on with. */
export interface DraftChoice {
  key: DraftKey;
  draft: Draft;
}

const TIMED_OUT: unique symbol = Symbol('timed out');
const READ_FAILED: unique symbol = Symbol('read failed');

interface Opened {
  store: DraftStore | undefined;
  records: StoredDraft[] | typeof READ_FAILED;
  live: Set<string>;
}

export class DraftController implements ReactiveController {
  status: DraftStatus = 'off';
  unavailableBecause: DraftsUnavailableReason = 'refused';
  /** The user's choice: keep my answers on this device. */
  enabled = false;
  notice: DraftNotice | undefined;
  /** Saved drafts of journeys no longer open, offered on a fresh journey (newest first). */
  choices: DraftChoice[] | undefined;
  /** What the user removed of the drafts offered (one, by when it was saved, or all of them): said once where they were offered. */
  choicesRemoved: { savedAt: string } | { count: number } | undefined;

  private store: DraftStore | undefined;
  private pathwayId: string | undefined;
  /** This journey's key, and how to let it go (absent while the element is out of the page). */
  private claim: { key: string; release: (() => void) | undefined } | undefined;
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

  hostConnected(): void {
    // Back in the page (moved, or re-added): hold the journey's key again.
    const claim = this.claim;
    const part = loadedPart('drafts');
    if (!claim || claim.release || !part || this.pathwayId === undefined) return;
    const pathwayId = this.pathwayId;
    void part.reclaimJourney(claim.key).then(async (release) => {
      if (this.claim !== claim) return release?.();
      // Another journey took the key meanwhile: this one saves under a new key from now on.
      if (release) claim.release = release;
      else this.claim = { ...(await part.claimJourney(pathwayId)) };
    });
  }

  hostDisconnected(): void {
    this.claim?.release?.();
    if (this.claim) this.claim.release = undefined;
  }

  /** The pathway whose drafts are open (or opening). */
  get openFor(): string | undefined {
    return this.pathwayId;
  }

  /** This journey's record. */
  private get ownKey(): DraftKey | undefined {
    return this.pathwayId !== undefined && this.claim ? [this.pathwayId, this.claim.key] : undefined;
  }

  /**
   * Opens the store for a pathway and returns the draft to restore: this journey's own. Drafts
   * of journeys no longer open are offered instead (`choices`). A stored value that cannot be read is deleted
   * and reported, so the user starts afresh. Resolves within the drafts time limit whatever
   * the browser does.
   */
  async open(pathwayId: string): Promise<Draft | undefined> {
    this.releaseClaim();
    this.pathwayId = pathwayId;
    this.status = 'opening';
    this.enabled = false;
    this.notice = undefined;
    this.choices = undefined;
    this.choicesRemoved = undefined;
    this.store = undefined;
    const reading = this.openAndRead(pathwayId).catch((): Opened => ({ store: undefined, records: [], live: new Set() }));
    const opened = await withTimeLimit(reading, timeLimits().drafts, (): typeof TIMED_OUT => TIMED_OUT);
    if (this.pathwayId !== pathwayId) return undefined; // a newer pathway replaced this one
    if (opened === TIMED_OUT || !opened.store || !this.claim) {
      this.status = 'unavailable';
      this.unavailableBecause = opened === TIMED_OUT ? 'timeout' : 'refused';
      if (opened === TIMED_OUT) this.onProblem('timeout');
      this.host.requestUpdate();
      return undefined;
    }
    const store = opened.store;
    this.store = store;
    this.status = 'available';
    // Its part arrived with the store (openAndRead).
    const sorted = opened.records === READ_FAILED ? undefined : (await loadPart('drafts')).sortDrafts(opened.records, pathwayId, this.claim.key, opened.live);
    if (!sorted || sorted.unreadable.length > 0) {
      // Not awaited: removing them must not hold the journey up either.
      for (const key of sorted?.unreadable ?? []) void store.delete(key).catch(() => undefined);
      this.notice = { kind: 'corrupt' };
      this.onProblem('unreadable');
    }
    const restore = sorted?.mine;
    const others = sorted?.others ?? [];
    if (!restore && others.length > 0) this.choices = others;
    // The user chose to save last time: keep saving.
    if (restore) this.enabled = true;
    this.host.requestUpdate();
    return restore;
  }

  /** The store, this journey's key, and what the store holds for the pathway. */
  private async openAndRead(pathwayId: string): Promise<Opened> {
    const store = await this.openStore();
    if (!store) return { store, records: [], live: new Set() };
    const part = await loadPart('drafts');
    const claim = await part.claimJourney(pathwayId);
    // Timed out, or a newer pathway came meanwhile: the key is not this journey's after all.
    if (this.pathwayId !== pathwayId || this.status !== 'opening' || this.claim) {
      claim.release();
      return { store: undefined, records: [], live: new Set() };
    }
    this.claim = { ...claim };
    try {
      return { store, records: await store.list(pathwayId), live: await part.liveJourneys() };
    } catch {
      return { store, records: READ_FAILED, live: new Set() };
    }
  }

  /** A draft of a journey no longer open becomes this journey's: one record, never two. */
  private async moveHere(choice: DraftChoice): Promise<void> {
    const own = this.ownKey;
    if (!this.store || !own) return;
    try {
      await this.store.put(own, choice.draft);
      await this.store.delete(choice.key);
    } catch {
      // It stays where it was, and this journey's next save writes its own record.
    }
  }

  /** The user chose a saved draft to carry on with: it becomes this journey's, and saving goes on. */
  async choose(choice: DraftChoice): Promise<Draft> {
    this.choices = undefined;
    this.notice = undefined;
    this.enabled = true;
    this.host.requestUpdate();
    await this.moveHere(choice);
    this.host.requestUpdate();
    return choice.draft;
  }

  /** "Start afresh": the saved drafts stay on the device, unused. */
  dismissChoices(): void {
    this.choices = undefined;
    this.host.requestUpdate();
  }

  /** Removes one draft offered (`choice`), or every one, from the device; the others stay offered. */
  async removeChoices(choice?: DraftChoice): Promise<void> {
    const offered = this.choices ?? [];
    const removed = choice ? [choice] : offered;
    const left = offered.filter((other) => !removed.includes(other));
    this.choices = left.length > 0 ? left : undefined;
    const store = this.store;
    if (store) await Promise.all(removed.map((one) => store.delete(one.key).catch(() => undefined)));
    this.choicesRemoved = choice ? { savedAt: choice.draft.savedAt } : { count: removed.length };
    this.host.requestUpdate();
  }

  private releaseClaim(): void {
    this.claim?.release?.();
    this.claim = undefined;
  }

  /** Stops using the store (the page turned drafts off or the pathway went away). */
  close(): void {
    this.releaseClaim();
    this.status = 'off';
    this.enabled = false;
    this.store = undefined;
    this.pathwayId = undefined;
    this.pending = undefined;
    this.notice = undefined;
    this.choices = undefined;
    this.choicesRemoved = undefined;
  }

  showNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** The user ticked or unticked "Save my answers on this device". Unticking removes this journey's draft. */
  async setEnabled(enabled: boolean, current: Draft): Promise<void> {
    this.enabled = enabled;
    this.notice = undefined;
    this.host.requestUpdate();
    if (enabled) this.save(current);
    else await this.remove();
  }

  /** "Clear saved answers": removes this journey's draft and stops saving; the answers on screen stay. */
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

  /** Saves the latest answers to this journey's record, if the user asked for it. Writes never overlap; the newest wins. */
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
      const key = this.ownKey;
      if (!key) return;
      try {
        await this.store.put(key, draft);
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
    const key = this.ownKey;
    if (this.store && key) await this.store.delete(key).catch(() => undefined);
  }
}
