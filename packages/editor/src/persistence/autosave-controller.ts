/**
 * Autosave for `<pathway-editor>`: nothing the author types is lost.
 *
 * - Every change is saved to IndexedDB as it happens (a short debounce; written at once when
 *   the page is hidden or closed, and then also kept in localStorage, whose writes cannot be cut
 *   short, until the next visit puts it into IndexedDB: leave-copy.ts): the text exactly as typed, valid JSON or not, the undo
 *   history and the selection. When the editor opens the same pathway again, that state is
 *   restored.
 * - A saved draft that cannot be read is reported in plain English and set aside, not
 *   deleted; the editor starts from the pathway it was given.
 * - A second tab editing the same pathway is noticed (BroadcastChannel). Neither tab saves
 *   until the author chooses where to carry on, so neither overwrites the other silently.
 * - A full storage quota is reported; the work stays in memory, can be downloaded, and saving
 *   is tried again later and at the next change.
 * - Storage that never answers is given a fixed time limit (never one worked out from how
 *   fast the machine seems); the editor then works on without saving, and says so.
 * - Closing the tab warns (`beforeunload`) only while there is work not yet saved.
 *
 * The controller reports its state as `state` (and the `pe-autosave-change` event on its host);
 * the host shows it, as a GOV.UK warning with the buttons that call `takeOver`,
 * `yieldToOtherTab` and `download`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Modeling } from '../modeling/index.js';
import { openDraftDatabase } from './draft-database.js';
import type { DraftDatabase } from './draft-database.js';
import { SAVED_DRAFT_FORMAT, historyToSave, readSavedDraft } from './saved-draft.js';
import type { SavedDraft } from './saved-draft.js';
import { TabChannel, newTabId } from './tab-channel.js';
import { clearLeaveCopy, keepLeaveCopy } from './leave-copy.js';
import type { TabMessage } from './tab-channel.js';

/** opening: finding the database. ready: saving works. unavailable: this browser will not keep drafts now (see `unavailableBecause`). */
export type StorageStatus = 'opening' | 'ready' | 'unavailable';
/** refused: storage is not allowed here. timeout: storage did not answer in time. upgraded: a newer editor in another tab took the database over. */
export type UnavailableReason = 'refused' | 'timeout' | 'upgraded';
/** saved: everything is on this computer. pending: a change is waiting to be saved. saving: being written. failed: the last write failed (see `failure`). */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';
/**
 * alone: no other tab has this pathway open. shared: another tab has, and the author has not
 * chosen where to carry on: nothing is saved meanwhile. here: the author chose this tab.
 * elsewhere: the author chose another tab: changes here are not saved.
 */
export type TabStatus = 'alone' | 'shared' | 'here' | 'elsewhere';

export type AutosaveNotice =
  | { kind: 'restored'; savedAt: string; message: string }
  | { kind: 'corrupt'; reason: string; message: string };

export interface AutosaveState {
  storage: StorageStatus;
  unavailableBecause?: UnavailableReason;
  save: SaveStatus;
  failure?: 'quota' | 'error';
  tabs: TabStatus;
  /** True while some change is not yet written to this computer. */
  unsaved: boolean;
  /** When the draft was last written (ISO 8601). */
  lastSavedAt?: string;
  /** Something to tell the author once: the draft was restored, or could not be read. */
  notice?: AutosaveNotice;
  /** What is wrong now, in plain English, for a warning; absent when all is well. */
  message?: string;
}

/** `pe-autosave-change`: the autosave state changed. */
export type AutosaveChangeEvent = CustomEvent<AutosaveState>;

export interface AutosaveOptions {
  /** Which pathway this is: drafts are saved and found by it (e.g. the pathway's id). */
  key: string;
  /** The host's modeling, or a function giving it (followed when the host loads another). */
  modeling: Modeling | (() => Modeling);
  /** The selected pointer, saved with the draft. */
  selection?: () => string | undefined;
  /** The text the pathway started from, saved with each draft (see SavedDraft.origin). */
  origin?: () => string | undefined;
  /**
   * Puts a restored draft into the editor. Without it, the text and history are put into the
   * current modeling (`setText`, then `restoreHistory`).
   */
  restore?: (draft: SavedDraft) => void;
  /** How long opening storage may take before the editor goes on without it (ms). Default 5000. */
  openTimeoutMs?: number;
  /** Quiet time after a change before it is written (ms). Default 300. */
  saveDelayMs?: number;
  /** Wait before trying a failed save again (ms). Default 15000. */
  retryDelayMs?: number;
  /** Characters of undo history saved at most (the newest steps). Default 4 000 000. */
  historyBudget?: number;
  /** Opens the database; tests give one that hangs or is full. */
  openDatabase?: (options: { onVersionChange: () => void }) => Promise<DraftDatabase>;
  /** This tab's id on the channel (tests give two controllers distinct ids). */
  tabId?: string;
  /**
   * What a draft already saved under the key is, when storage opens. restore (the default): work
   * the author had not finished, put back with a notice saying so. open: the pathway the author
   * chose to open (a working copy in the Pathways view), put back without a notice. replace: the
   * text the host gave starts over what was saved there.
   */
  saved?: 'restore' | 'open' | 'replace';
}

const TIMED_OUT: unique symbol = Symbol('timed out');

const savedAtFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'long' });

export class AutosaveController implements ReactiveController {
  /** Resolves when storage is open and any saved draft restored (or storage is unavailable). */
  readonly ready: Promise<void>;

  private readonly host: ReactiveControllerHost;
  private readonly options: AutosaveOptions;
  private readonly openTimeoutMs: number;
  private readonly saveDelayMs: number;
  private readonly retryDelayMs: number;
  private readonly historyBudget: number;
  private current: AutosaveState = { storage: 'opening', save: 'saved', tabs: 'alone', unsaved: false };
  private database: DraftDatabase | undefined;
  private channel: TabChannel | undefined;
  /** Other tabs that have this pathway open and have not stood aside. */
  private readonly peers = new Set<string>();
  private modeling: Modeling | undefined;
  private unsubscribe: (() => void) | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private lastSavedText: string | undefined;
  /** The selection last written with the draft, and whether another has been made since. */
  private savedSelection: string | undefined;
  private selectionMoved = false;
  private listening = false;
  private started = false;
  private readonly tabId: string;
  private warning = false;
  private disposed = false;
  /** Once disposing: the modeling this controller was saving, kept to whatever the host loads next. */
  private frozen: Modeling | undefined;
  private resolveReady!: () => void;

  private readonly handlePageHide = (): void => {
    this.keepCopyAsThePageGoes();
    void this.saveNow();
    this.channel?.send('bye');
  };

  private readonly handleVisibility = (): void => {
    if (document.visibilityState !== 'hidden') return;
    this.keepCopyAsThePageGoes();
    void this.saveNow();
  };

  private readonly handlePageShow = (event: PageTransitionEvent): void => {
    // Back from the back-forward cache: say hello again, since other tabs heard "bye".
    if (event.persisted) this.channel?.send('hello');
  };

  private readonly handleBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Older browsers show the warning only when returnValue is set.
    event.returnValue = '';
  };

  constructor(host: ReactiveControllerHost, options: AutosaveOptions) {
    this.host = host;
    this.options = options;
    this.openTimeoutMs = options.openTimeoutMs ?? 5000;
    this.saveDelayMs = options.saveDelayMs ?? 300;
    this.retryDelayMs = options.retryDelayMs ?? 15_000;
    this.historyBudget = options.historyBudget ?? 4_000_000;
    this.tabId = options.tabId ?? newTabId();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    host.addController(this);
  }

  /** Where saving stands, for the host to show. */
  get state(): AutosaveState {
    return this.current;
  }

  /** The pathway key drafts are saved under. */
  get key(): string {
    return this.options.key;
  }

  hostConnected(): void {
    if (this.listening || this.disposed) return;
    this.listening = true;
    window.addEventListener('pagehide', this.handlePageHide);
    window.addEventListener('pageshow', this.handlePageShow);
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (!this.started) {
      this.started = true;
      void this.start();
      return;
    }
    // Connected again (the editor was moved in the page): tabs hear of this one again.
    if (this.current.storage !== 'opening') this.openChannel();
    this.updateWarning();
  }

  hostUpdate(): void {
    // The host may have loaded another pathway text into a new modeling: follow it.
    if (this.frozen === undefined && this.modeling !== undefined && this.modelingNow() !== this.modeling) this.follow(this.modelingNow());
  }

  hostDisconnected(): void {
    if (!this.listening) return;
    this.listening = false;
    void this.saveNow();
    window.removeEventListener('pagehide', this.handlePageHide);
    window.removeEventListener('pageshow', this.handlePageShow);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.setWarning(false);
    this.closeChannel();
  }

  /** Takes over from the other tab: this tab saves again, from what it has now; the other stops. */
  takeOver(): void {
    this.channel?.send('take-over');
    this.setState({ tabs: 'here' });
    this.schedule(0);
  }

  /** Leaves the pathway to the other tab: this tab stops saving. */
  yieldToOtherTab(): void {
    this.channel?.send('yield');
    this.cancelSave();
    this.setState({ tabs: 'elsewhere' });
  }

  /** The text exactly as the author has it, as a file to keep (valid JSON or not). */
  download(): Blob {
    return new Blob([this.modelingNow().state.text], { type: 'application/json' });
  }

  /** Clears the one-off notice (restored, unreadable) once the host has shown it. */
  dismissNotice(): void {
    if (this.current.notice === undefined) return;
    const { notice: _notice, ...rest } = this.current;
    this.current = rest;
    this.changed();
  }

  /**
   * The author opened another item: it is written with the draft (after the same short pause),
   * so a reload reopens the item that was open, not the last one edited. Quietly: a place in the
   * outline is not work, so nothing says "saving" and leaving the page does not warn.
   */
  selectionChanged(): void {
    if (this.disposed || this.options.selection?.() === this.savedSelection) return;
    this.selectionMoved = true;
    this.schedule(this.saveDelayMs);
  }

  /** Writes any change waiting for its debounce now; resolves when every write so far is done. */
  async saveNow(): Promise<void> {
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.write();
    } else if ((this.current.unsaved || this.selectionMoved) && this.canSave()) {
      this.write();
    }
    await this.idle();
  }

  /** Resolves when no write is in progress. */
  async idle(): Promise<void> {
    while (this.writing !== undefined) await this.writing;
  }

  /**
   * Saves what is waiting, then stops for good: no more saving, listening or tab messages. It
   * saves only the pathway it was saving when called, so the host may load another at once.
   */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.frozen = this.modeling ?? this.modelingNow();
    await this.saveNow().catch(() => undefined);
    this.hostDisconnected();
    this.cancelSave();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.database?.close();
    this.database = undefined;
    this.resolveReady();
  }

  private modelingNow(): Modeling {
    if (this.frozen !== undefined) return this.frozen;
    const { modeling } = this.options;
    return typeof modeling === 'function' ? modeling() : modeling;
  }

  private async start(): Promise<void> {
    const opened = await this.openWithTimeLimit();
    if (this.disposed) {
      if (opened.database !== undefined) opened.database.close();
      return;
    }
    if (opened.database === undefined) {
      this.setState({ storage: 'unavailable', unavailableBecause: opened.reason });
    } else {
      this.database = opened.database;
      await this.restore(opened.database);
      if (this.disposed) return;
      this.setState({ storage: 'ready' });
    }
    // The pathway as given (or as restored) is where saving starts from: not itself unsaved work.
    this.lastSavedText ??= this.modelingNow().state.text;
    this.follow(this.modelingNow());
    // Only now, with the draft in place, do other tabs hear of this one.
    if (this.listening) this.openChannel();
    this.resolveReady();
  }

  private openChannel(): void {
    if (this.channel !== undefined) return;
    this.channel = new TabChannel(this.options.key, (message) => this.handleMessage(message), this.tabId);
    this.channel.send('hello');
  }

  private closeChannel(): void {
    if (this.channel === undefined) return;
    this.channel.send('bye');
    this.channel.close();
    this.channel = undefined;
    this.peers.clear();
  }

  private async openWithTimeLimit(): Promise<{ database?: DraftDatabase; reason: UnavailableReason }> {
    const open = this.options.openDatabase ?? openDraftDatabase;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const opening = open({ onVersionChange: () => this.handleVersionChange() }).then(
      (database) => ({ database, reason: 'refused' as const }),
      () => ({ reason: 'refused' as const }),
    );
    const timeLimit = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), this.openTimeoutMs)));
    const result = await Promise.race([opening, timeLimit]);
    clearTimeout(timer);
    if (result === TIMED_OUT) {
      // If it opens after all, it is closed unused: this visit goes on without saving.
      void opening.then((late) => ('database' in late ? late.database.close() : undefined));
      return { reason: 'timeout' };
    }
    return result;
  }

  private async restore(database: DraftDatabase): Promise<void> {
    const { key, saved = 'restore' } = this.options;
    if (saved === 'replace') return;
    let stored: unknown;
    try {
      stored = await database.get(key);
    } catch {
      this.setState({ notice: corruptNotice('it could not be read from storage') });
      return;
    }
    if (stored === undefined) return;
    const read = readSavedDraft(stored, key);
    if (!read.ok) {
      await database.setAside(key, stored, read.reason).catch(() => undefined);
      this.setState({ notice: corruptNotice(read.reason) });
      return;
    }
    const { draft } = read;
    this.savedSelection = draft.selection;
    if (this.options.restore !== undefined) {
      this.options.restore(draft);
    } else {
      const modeling = this.modelingNow();
      modeling.setText(draft.text, { label: 'restore draft' });
      modeling.restoreHistory(draft.history);
    }
    this.lastSavedText = draft.text;
    if (saved === 'open') {
      this.setState({ lastSavedAt: draft.savedAt });
      return;
    }
    this.setState({
      lastSavedAt: draft.savedAt,
      notice: { kind: 'restored', savedAt: draft.savedAt, message: `Your unsaved work from ${savedAtFormat.format(new Date(draft.savedAt))} has been restored.` },
    });
  }

  /** Listens to a modeling's changes; a text that differs from what was last saved is saved. */
  private follow(modeling: Modeling): void {
    this.unsubscribe?.();
    this.modeling = modeling;
    this.unsubscribe = modeling.subscribe(() => this.handleChange());
    if (this.lastSavedText === undefined || modeling.state.text !== this.lastSavedText) this.handleChange();
  }

  private handleChange(): void {
    if (this.disposed) return;
    this.setState({ unsaved: true, save: this.current.save === 'failed' ? 'failed' : 'pending' });
    this.schedule(this.saveDelayMs);
  }

  private canSave(): boolean {
    return this.database !== undefined && this.current.storage === 'ready' && (this.current.tabs === 'alone' || this.current.tabs === 'here');
  }

  private schedule(delay: number): void {
    if (!this.canSave()) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.write();
    }, delay);
  }

  private cancelSave(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.saveTimer = undefined;
    this.retryTimer = undefined;
  }

  /** Starts a write of the latest state; writes never overlap, and the newest state wins. */
  private write(): void {
    if (!this.canSave()) return;
    this.writing ??= this.flush().finally(() => {
      this.writing = undefined;
    });
  }

  /** The record to save for the pathway as it is now. */
  private recordNow(modeling: Modeling): SavedDraft {
    const record: SavedDraft = {
      format: SAVED_DRAFT_FORMAT,
      key: this.options.key,
      text: modeling.state.text,
      history: historyToSave(modeling.history(), this.historyBudget),
      savedAt: new Date().toISOString(),
    };
    const selection = this.options.selection?.();
    if (selection !== undefined) record.selection = selection;
    const origin = this.options.origin?.();
    if (origin !== undefined) record.origin = origin;
    return record;
  }

  /**
   * The page is being hidden or left: a write to IndexedDB begun now may never finish, so what
   * is not yet saved is also kept at once in localStorage (see leave-copy.ts), by the same rule
   * as saving (not while another tab has the say).
   */
  private keepCopyAsThePageGoes(): void {
    if (!this.current.unsaved || !this.canSave()) return;
    keepLeaveCopy(this.recordNow(this.modelingNow()));
  }

  private async flush(): Promise<void> {
    while ((this.current.unsaved || this.selectionMoved) && this.canSave() && this.database !== undefined) {
      const modeling = this.modelingNow();
      const { text, revision } = modeling.state;
      const record = this.recordNow(modeling);
      // Only the selection moved: written without a word (see selectionChanged), and the work
      // keeps the time it was last changed (the library's order, the restored notice).
      const quiet = !this.current.unsaved;
      if (quiet && this.current.lastSavedAt !== undefined) record.savedAt = this.current.lastSavedAt;
      this.selectionMoved = false;
      if (!quiet) this.setState({ save: 'saving' });
      try {
        await this.database.put(this.options.key, record);
        this.savedSelection = record.selection;
        if (quiet) continue;
      } catch (error) {
        if (quiet) {
          this.selectionMoved = true;
          this.retryLater();
          return;
        }
        const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
        this.setState({ save: 'failed', failure: quota ? 'quota' : 'error' });
        this.retryLater();
        return;
      }
      this.lastSavedText = text;
      clearLeaveCopy(this.options.key, record.savedAt);
      const changedSince = modeling !== this.modelingNow() || modeling.state.revision !== revision;
      const { failure: _failure, ...rest } = this.current;
      this.current = { ...rest, save: changedSince ? 'pending' : 'saved', unsaved: changedSince, lastSavedAt: record.savedAt };
      this.changed();
    }
  }

  private retryLater(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.write();
    }, this.retryDelayMs);
  }

  private handleMessage(message: TabMessage): void {
    if (this.disposed) return;
    switch (message.type) {
      case 'hello':
        // A new tab opened this pathway: it is answered, and neither saves until the author chooses.
        this.peers.add(message.tab);
        this.channel?.send('here');
        if (this.current.tabs === 'alone' || this.current.tabs === 'here') {
          // What this tab had not yet written was typed while it was the only tab: write it first.
          void this.saveNow().finally(() => this.share());
        }
        break;
      case 'here':
        this.peers.add(message.tab);
        if (this.current.tabs === 'alone') this.share();
        break;
      case 'take-over':
        this.peers.add(message.tab);
        this.cancelSave();
        this.setState({ tabs: 'elsewhere' });
        break;
      case 'yield':
      case 'bye':
        this.peers.delete(message.tab);
        // The other tab stood aside or closed: this one carries on saving, unless the author chose another.
        if (this.peers.size === 0 && this.current.tabs === 'shared') {
          this.setState({ tabs: 'alone' });
          if (this.current.unsaved) this.schedule(0);
        }
        break;
    }
  }

  private share(): void {
    if (this.disposed || this.peers.size === 0) return;
    this.cancelSave();
    this.setState({ tabs: 'shared' });
  }

  private handleVersionChange(): void {
    this.database = undefined;
    this.cancelSave();
    this.setState({ storage: 'unavailable', unavailableBecause: 'upgraded' });
  }

  private setState(change: Partial<AutosaveState>): void {
    this.current = { ...this.current, ...change };
    this.changed();
  }

  private changed(): void {
    const message = messageFor(this.current);
    const { message: _message, ...rest } = this.current;
    this.current = message === undefined ? rest : { ...rest, message };
    this.updateWarning();
    this.host.requestUpdate();
    if (this.host instanceof EventTarget) {
      this.host.dispatchEvent(new CustomEvent('pe-autosave-change', { detail: this.current, bubbles: true, composed: true }));
    }
  }

  private updateWarning(): void {
    this.setWarning(this.listening && this.current.unsaved);
  }

  /** The unsaved-work warning is listened for only while it is needed (it keeps pages out of the back-forward cache). */
  private setWarning(on: boolean): void {
    if (on === this.warning) return;
    this.warning = on;
    if (on) window.addEventListener('beforeunload', this.handleBeforeUnload);
    else window.removeEventListener('beforeunload', this.handleBeforeUnload);
  }
}

function corruptNotice(reason: string): AutosaveNotice {
  return {
    kind: 'corrupt',
    reason,
    message: `The draft saved on this computer could not be used (${reason}), so you are starting from the pathway as it was loaded. The unreadable draft has been kept, not deleted.`,
  };
}

const KEEP_A_COPY = 'Your changes are still here: download the JSON to keep a copy.';

/** What is wrong now, in plain English; undefined when all is well. */
export function messageFor(state: AutosaveState): string | undefined {
  if (state.storage === 'unavailable') {
    const why =
      state.unavailableBecause === 'timeout'
        ? "This browser's storage did not answer, so your changes are not being saved on this computer."
        : state.unavailableBecause === 'upgraded'
          ? 'The editor was updated in another tab, so changes here are no longer saved. Reload this page to carry on saving.'
          : 'This browser does not allow saving here (a private window may not), so your changes are not being saved on this computer.';
    return `${why} ${KEEP_A_COPY}`;
  }
  if (state.tabs === 'shared') {
    return 'This pathway is open in another tab too. So that one tab does not overwrite the other, nothing is saved until you choose where to carry on. If you carry on here, what the other tab saved is replaced by what you see here.';
  }
  if (state.tabs === 'elsewhere') {
    return 'You chose to carry on in another tab, so changes made here are not saved. You can carry on here instead: what the other tab saved will then be replaced by what you see here.';
  }
  if (state.save === 'failed') {
    return state.failure === 'quota'
      ? `The storage for this site on this computer is full, so your latest changes are not saved. ${KEEP_A_COPY} Saving will be tried again.`
      : `Your latest changes could not be saved on this computer. ${KEEP_A_COPY} Saving will be tried again.`;
  }
  return undefined;
}
