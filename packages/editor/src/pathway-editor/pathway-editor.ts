import { LitElement, html, nothing } from 'lit';
import { provide } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { outlinePathway } from '@pathway/core';
import type { Outline } from '@pathway/core';
import type { Problem } from '@pathway/schema';
import { editorContext } from '../context.js';
import type { EditorContext, Selection } from '../context.js';
import { Modeling, formatJson, valueAt } from '../modeling/index.js';
import type { DraftState } from '../modeling/index.js';
import { ProblemsController } from '../problems/problems-controller.js';
import { AutosaveController } from '../persistence/autosave-controller.js';
import type { SavedDraft } from '../persistence/saved-draft.js';
import { editorStyles } from './pathway-editor.styles.js';
import { BLANK_PATHWAY_ID, markIdsMadeUp, markIdsPublished, shortNamesIn } from '../naming.js';
import { openLibraryStore } from '../library/library-store.js';
import { looseProperty } from '../publish/readiness.js';
import { downloadNotice } from './download-notice.js';
import type { LibrarySeed } from '../library/index.js';
import type { OutlineTree } from '../outline-tree/outline-tree.js';
import { unnamedItemPointers } from '../outline-tree/tree-model.js';

/**
 * forms: the form for the selected part. map: the stage map. json: the JSON view (Monaco,
 * loaded when first shown). publish: check, publish and the three outputs. library: the
 * pathways kept in this browser, to open, import, duplicate or delete.
 */
export type EditorView = 'forms' | 'map' | 'json' | 'publish' | 'library';

const VIEWS: readonly { view: EditorView; label: string }[] = [
  { view: 'forms', label: 'Forms' },
  { view: 'map', label: 'Stage map' },
  { view: 'json', label: 'JSON' },
  { view: 'publish', label: 'Publish' },
  { view: 'library', label: 'Pathways' },
];

/** `pathway-editor-change`: the draft changed. Carries the text and whether it is valid JSON. */
export type EditorChangeEvent = CustomEvent<{ text: string; valid: boolean; revision: number }>;

/** `pathway-editor-select`: a part of the pathway was selected (the outline, a problem, the map, or the page). */
export type EditorSelectEvent = CustomEvent<{ pointer: string }>;

/** A pathway kept in this browser: its key (the library's working copy) and its text. */
export interface SavedPathway {
  key: string;
  text: string;
  /** The text it started from (a seed or an imported file), when known. */
  origin?: string;
}

/** `pathway-editor-open`: the author chose Open in the Pathways view (cancelable). */
export type EditorOpenEvent = CustomEvent<SavedPathway>;

/**
 * The pathway designer for policy staff: an outline of the pathway, forms for the selected
 * part, a JSON view for power users, problems in plain English, and the real widget as a live
 * preview. Every change is a command that can be undone (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z).
 *
 * @summary Author a pathway without code, with a live preview.
 *
 * @fires pathway-editor-change - The draft changed. `detail`: `{ text, valid, revision }`. Fired by
 *   every edit and by `openSaved`; not by `load`, which is the page's own call.
 * @fires pathway-editor-select - A part of the pathway was selected. `detail`: `{ pointer }` (also
 *   `selection`). A page that keeps drafts itself keeps this beside them to reopen the same item
 *   (the playground does); `load` selects nothing and fires nothing.
 * @fires pathway-editor-open - The author chose to open a pathway in the Pathways view.
 *   `detail`: `{ key, text }`. Cancelable: a page that shows more of the pathway than the editor
 *   (a picker, its own preview) cancels it and calls `openSaved(detail)` itself, after asking
 *   the author anything it needs to; otherwise the editor opens it.
 *
 * @attr no-preview - Leaves out the built-in preview, for a page that shows the widget itself.
 * @attr embedded - The page has its own landmarks: the editing area is not a second `<main>`.
 * @attr heading-level - The level of the pathway's title heading, 1 to 6 (default 1, for an
 *   editor that is the page). A page with its own `<h1>` sets the level below its own heading,
 *   so the page has one `<h1>`. The editor's panel headings (Outline, Problems…) stay `<h2>`.
 * @attr draft-key - Saves the draft in this browser under this key as it changes (IndexedDB),
 *   and restores it when the editor opens with the same key: the text exactly as typed, the undo
 *   history and the selection. A second tab with the same key is noticed, a full quota reported,
 *   and closing the tab with unsaved work warns. Without it nothing is saved (a page that keeps
 *   drafts itself, like the playground, leaves it out). Read when the editor is connected; a
 *   pathway opened from the Pathways view is saved under its own key until the page calls `load`.
 * @cssproperty --pathway-font - Font family.
 * @cssproperty --pathway-editor-side-height - The most the outline and problems column takes while it stays in view beside a long form (default 100vh); a page that scrolls the editor in a shorter pane sets the pane's height.
 */
export class PathwayEditor extends LitElement {
  static override styles = [editorStyles];

  private readonly problemsController = new ProblemsController(this, (problems) => this.refresh({ problems }));
  private unsubscribe: (() => void) | undefined;
  private selectionToken = 0;
  private autosave: AutosaveController | undefined;
  /** The `draft-key` the page gave when the editor connected ('' for none). */
  private pageDraftKey: string | undefined;
  /** The text the open pathway started from (SavedDraft.origin): its first publication is compared with it. */
  private origin: string | undefined;
  private modelingInstance: Modeling = new Modeling(formatJson({}));

  @provide({ context: editorContext })
  @state()
  private context!: EditorContext;

  /** Which view the main pane shows. */
  @property({ reflect: true }) view: EditorView = 'forms';

  /** Leaves out the built-in preview, for a page that shows the widget itself (the playground). */
  @property({ type: Boolean, reflect: true, attribute: 'no-preview' }) noPreview = false;

  /** Inside a page with its own landmarks (the playground): the editing area is not a second `<main>`. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** The level of the pathway's title heading (1 to 6): a page with its own `<h1>` places the editor under it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** Saves the draft in this browser under this key (see the class notes); empty: no autosave. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Pathways a new one can start from in the Pathways view (e.g. the seeds): `{ name, pathway }`. */
  @property({ attribute: false }) seeds: LibrarySeed[] = [];

  /** Whether the outline and the problems show beside (or, in a narrow editor, above) the main pane. */
  @state() private sideShown = true;

  /** Why the file just downloaded cannot be used by a widget yet (cleared when dismissed or downloaded again). */
  @state() private downloaded: { name: string; notice: string } | undefined;

  /** The pathway's title, as shown in the toolbar. */
  @state() private title_ = '';

  /** The object whose form the main pane last showed: another one opens at its top. */
  private shownForm: string | undefined;

  constructor() {
    super();
    this.attach(this.modelingInstance);
    this.addEventListener('keydown', (event) => this.handleKeydown(event));
    // Published: schools may now hold answers by its short names, so none of them follows its name any more.
    this.addEventListener('pe-published', (event) => this.keepPublishedIds(this.modelingInstance, (event as CustomEvent<{ text: string }>).detail.text));
  }

  /** The short names in a published version's text stay as they are in `modeling` from now on. */
  private keepPublishedIds(modeling: Modeling, text: string): void {
    try {
      markIdsPublished(modeling, shortNamesIn(JSON.parse(text)));
    } catch {
      // A published text is always valid JSON; nothing to keep from one that is not.
    }
  }

  /**
   * Short names the page says it made up may be in a version published from this pathway in an
   * earlier visit: the last one kept on this computer says which stay as they are.
   */
  private async keepIdsPublishedBefore(modeling: Modeling): Promise<void> {
    const key = this.publishKey();
    if (key === '') return;
    try {
      const store = await openLibraryStore();
      const [latest] = await store.published(key);
      store.close();
      if (latest === undefined) return;
      this.keepPublishedIds(modeling, latest.text);
      // The forms say which short names stay: they are drawn again with the news.
      if (modeling === this.modelingInstance) this.refresh({});
    } catch {
      // Without storage nothing was published here: the made-up short names follow their names.
    }
  }

  override connectedCallback(): void {
    // Made before the host connects, so it connects with it (and starts restoring) at once.
    this.pageDraftKey ??= this.draftKey;
    if (this.autosave === undefined && this.draftKey !== '') this.autosave = this.autosaveFor(this.draftKey);
    super.connectedCallback();
  }

  private autosaveFor(key: string, saved?: 'open' | 'replace'): AutosaveController {
    return new AutosaveController(this, {
      key,
      modeling: () => this.modelingInstance,
      selection: () => this.context.selection.pointer,
      origin: () => this.origin,
      restore: (draft) => this.restoreDraft(draft),
      ...(saved === undefined ? {} : { saved }),
    });
  }

  /**
   * Stops autosave for the pathway open now. It still writes that pathway's waiting changes
   * under its own key, whatever is loaded next; resolves when they are written.
   */
  private stopAutosave(): Promise<void> {
    const previous = this.autosave;
    if (previous === undefined) return Promise.resolve();
    this.autosave = undefined;
    this.removeController(previous);
    return previous.dispose();
  }

  /** The author chose Open in the Pathways view: the page may take it over (see `pathway-editor-open`). */
  private handleLibraryOpen(detail: SavedPathway): void {
    const event: EditorOpenEvent = new CustomEvent('pathway-editor-open', { detail, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) void this.openSaved(detail);
  }

  /**
   * Opens a pathway kept in this browser (a working copy in the Pathways view): its text at
   * once, and autosave moved to its key (the working copies are the autosaved drafts), so edits
   * are kept under its name. The pathway open before keeps its changes under its own key. Fires
   * `pathway-editor-change`; resolves when the saved copy has been read.
   */
  async openSaved(pathway: SavedPathway): Promise<void> {
    const stopped = this.stopAutosave();
    this.draftKey = pathway.key;
    this.origin = pathway.origin ?? pathway.text;
    this.attach(new Modeling(pathway.text));
    this.view = 'forms';
    this.select('', { focus: true });
    this.announce(this.modelingInstance.state);
    // The same key may have had changes waiting: they are written before its copy is read.
    await stopped;
    if (this.draftKey !== pathway.key || this.autosave !== undefined) return;
    this.autosave = this.autosaveFor(pathway.key, 'open');
    this.requestUpdate();
    await this.autosave.ready;
  }

  /** Where published versions are kept: the draft's key, else one made from the pathway's id. */
  private publishKey(): string {
    if (this.draftKey !== '') return this.draftKey;
    const id = (this.context.draft.value as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' && id !== '' ? `pathway:${id}` : '';
  }

  /** The autosave controller, when `draft-key` is set: its `state`, `ready`, `saveNow()`. */
  get autosaveController(): AutosaveController | undefined {
    return this.autosave;
  }

  /** The document model: undo, redo and every edit go through it. */
  get modeling(): Modeling {
    return this.modelingInstance;
  }

  /** The JSON text exactly as the author has it. */
  get text(): string {
    return this.modelingInstance.state.text;
  }

  /**
   * Starts editing a pathway: text (kept exactly) or a value (written as two-space JSON). A
   * pathway the author had opened from the Pathways view stays saved under its own key; autosave
   * goes back to the page's `draft-key`, if it gave one, starting from this text. `madeUpIds`:
   * short names in it nobody wrote (a blank pathway's first stage), which follow their titles
   * until a version with them is published (here, or in an earlier visit).
   */
  load(source: string | object, options: { history?: Parameters<Modeling['restoreHistory']>[0]; origin?: string; madeUpIds?: Iterable<string> } = {}): void {
    const pageKey = this.pageDraftKey ?? this.draftKey;
    if (this.draftKey !== pageKey) {
      void this.stopAutosave();
      this.draftKey = pageKey;
      if (pageKey !== '') this.autosave = this.autosaveFor(pageKey, 'replace');
    }
    const modeling = new Modeling(typeof source === 'string' ? source : formatJson(source));
    // What a first publication is compared with: the page may say what the text started from (a seed).
    this.origin = options.origin ?? modeling.state.text;
    modeling.restoreHistory(options.history);
    this.attach(modeling, options.madeUpIds);
  }

  /**
   * Selects a part of the pathway by JSON pointer; with `focus`, moves focus to its field.
   * Selecting from the stage map opens the form for what was selected.
   */
  select(pointer: string, options: { focus?: boolean } = {}): void {
    if (this.view === 'map') {
      this.view = 'forms';
      options = { ...options, focus: true };
    }
    this.selectionToken++;
    const selection: Selection = { pointer, token: this.selectionToken };
    if (options.focus === true) selection.focus = true;
    this.refresh({ selection });
    // While the JSON cannot be read the forms show only why, with the way to fix it: focus goes
    // there (a pathway opened broken from the Pathways view), never to the page.
    if (options.focus === true && this.view === 'forms' && this.context.draft.value === undefined) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-json-banner]')?.focus());
    }
    // Saved with the draft, so a reload reopens the item open now (not only the last one edited).
    this.autosave?.selectionChanged();
    const event: EditorSelectEvent = new CustomEvent('pathway-editor-select', { detail: { pointer }, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  /** The JSON pointer of the part selected ('' for the pathway itself). */
  get selection(): string {
    return this.context.selection.pointer;
  }

  undo(): void {
    this.keepFocus('undo');
  }

  redo(): void {
    this.keepFocus('redo');
  }

  /**
   * Undoes or redoes a step; when that took away the focused field (an item added by keyboard,
   * then undone), focus goes to the place the step changed, or the nearest thing still there.
   */
  private keepFocus(action: 'undo' | 'redo'): void {
    const modeling = this.modelingInstance;
    const history = modeling.history();
    const command = action === 'undo' ? history.undo.at(-1) : history.redo.at(-1);
    const hadFocus = this.matches(':focus-within');
    if (action === 'undo') modeling.undo();
    else modeling.redo();
    if (command === undefined || command.kind !== 'patch' || !hadFocus) return;
    const path = (action === 'undo' ? command.backward : command.forward)[0]?.path ?? '';
    void this.updateComplete.then(() => {
      if (this.matches(':focus-within')) return;
      let pointer = path;
      while (pointer !== '' && valueAt(this.context.draft.value, pointer) === undefined) pointer = pointer.slice(0, pointer.lastIndexOf('/'));
      this.select(pointer, { focus: true });
    });
  }

  /**
   * Undo or redo from its toolbar button. When that was the last step, the button is disabled
   * and would drop keyboard focus to the page: focus moves to the other button instead.
   */
  private async fromButton(action: 'undo' | 'redo'): Promise<void> {
    if (action === 'undo') this.undo();
    else this.redo();
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const button = root.querySelector<HTMLButtonElement>(`#${action}-button`);
    const other = root.querySelector<HTMLButtonElement>(`#${action === 'undo' ? 'redo' : 'undo'}-button`);
    if (button?.disabled && (root.activeElement === null || root.activeElement === button)) other?.focus();
  }

  private restoreDraft(draft: SavedDraft): void {
    const modeling = this.modelingInstance;
    modeling.setText(draft.text, { label: 'restore draft' });
    modeling.restoreHistory(draft.history);
    if (draft.origin !== undefined) this.origin = draft.origin;
    if (draft.selection !== undefined) this.select(draft.selection);
  }

  /**
   * Edits `modeling` from now on. Short names nobody wrote follow their titles, as new items' do:
   * those the page made up (a blank pathway's first stage) and a blank pathway's own.
   */
  private attach(modeling: Modeling, madeUpIds: Iterable<string> = []): void {
    const own = (modeling.state.value as { id?: unknown } | undefined)?.id;
    const madeUp = [...madeUpIds, ...(own === BLANK_PATHWAY_ID ? [own] : [])];
    markIdsMadeUp(modeling, madeUp);
    this.unsubscribe?.();
    this.modelingInstance = modeling;
    this.unsubscribe = modeling.subscribe((draft) => this.handleDraft(draft));
    this.context = this.makeContext(modeling.state, outlineOf(modeling.state), [], { pointer: '' });
    this.problemsController.schedule(modeling.state, { now: true });
    this.title_ = titleOf(modeling.state);
    // Those in a version published here before stay as they are (read once the context is this pathway's).
    if (madeUp.length > 0) void this.keepIdsPublishedBefore(modeling);
  }

  private handleDraft(draft: DraftState): void {
    this.title_ = titleOf(draft, this.title_);
    this.refresh({ draft });
    this.problemsController.schedule(draft);
    this.announce(draft);
  }

  private announce(draft: DraftState): void {
    this.dispatchEvent(
      new CustomEvent('pathway-editor-change', { detail: { text: draft.text, valid: draft.value !== undefined, revision: draft.revision }, bubbles: true, composed: true }),
    );
  }

  /** A new context object, so every consumer sees the change. */
  private refresh(change: { draft?: DraftState; problems?: readonly Problem[]; selection?: Selection }): void {
    const current = this.context;
    const draft = change.draft ?? current.draft;
    const outline = change.draft === undefined ? current.outline : draft.value === undefined ? current.outline : outlineOf(draft);
    this.context = this.makeContext(draft, outline, change.problems ?? current.problems, change.selection ?? current.selection);
  }

  private makeContext(draft: DraftState, outline: Outline | undefined, problems: readonly Problem[], selection: Selection): EditorContext {
    return {
      modeling: this.modelingInstance,
      draft,
      outline,
      problems,
      selection,
      select: (pointer, options) => {
        // While the JSON cannot be read, a place chosen (a problem: the syntax error's line) is in the text: the JSON view.
        if (options?.focus === true && this.context.draft.value === undefined && this.view !== 'json') {
          void this.goToJson(pointer);
          return;
        }
        // Chosen in the outline or the problems while the Pathways or Publish view is open: show its form.
        if (this.view === 'library' || this.view === 'publish') {
          this.view = 'forms';
          options = { ...options, focus: true };
        }
        this.select(pointer, options);
      },
    };
  }

  private handleKeydown(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    // Monaco keeps its own undo for its text; its edits still reach the model as one step each.
    if (event.composedPath().some((node) => (node as Element).localName === 'pe-json-view')) return;
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    }
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    const index = VIEWS.findIndex((entry) => entry.view === this.view);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % VIEWS.length
      : event.key === 'ArrowLeft' ? (index + VIEWS.length - 1) % VIEWS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? VIEWS.length - 1
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.view = VIEWS[next].view;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus());
  }

  /** Downloads the text exactly (a backup, whatever state it is in), saying when a widget could not use it yet. */
  private download(): void {
    const text = this.modelingInstance.state.text;
    const blob = new Blob([text], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${safeName(this.title_) || 'pathway'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    const notice = downloadNotice(text);
    this.downloaded = notice === undefined ? undefined : { name: link.download, notice };
  }

  /**
   * Shows the JSON view and takes the author to `pointer` in it ('' while the JSON cannot be
   * read: the syntax error's place). Monaco takes seconds to load the first time: meanwhile focus
   * is on the JSON tab, never the page; once loaded, a focus still there moves into the text.
   */
  private async goToJson(pointer = ''): Promise<void> {
    this.view = 'json';
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const tab = root.querySelector<HTMLElement>('#tab-json');
    tab?.focus();
    const view = root.querySelector<HTMLElement & { whenReady(): Promise<void> }>('pe-json-view');
    if (view === null || tab === null) return;
    await view.whenReady();
    if (this.view !== 'json' || root.activeElement !== tab) return;
    this.select(pointer, { focus: true });
  }

  private async goToPublish(): Promise<void> {
    this.downloaded = undefined;
    this.view = 'publish';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#tab-publish')?.focus();
  }

  private renderDownloadNotice() {
    if (this.downloaded === undefined) return nothing;
    return html`<div class="banner download-notice" role="alert" data-download-notice>
      <p><strong>${this.downloaded.name}</strong> is downloaded as a backup of your work. ${this.downloaded.notice}</p>
      <p>${downloadNotice(this.modelingInstance.state.text) === undefined
        ? 'The pathway has no errors now: download it again for a backup a widget can use, or use Publish to make the file for your web team.'
        : 'Fix what the Problems panel lists, then use Publish to make the file for your web team.'}</p>
      <button type="button" @click=${() => void this.goToPublish()}>Go to Publish</button>
      <button type="button" @click=${() => (this.downloaded = undefined)}>Dismiss</button>
    </div>`;
  }

  private renderMain() {
    const draft = this.context.draft;
    if (this.view === 'json') {
      return customElements.get('pe-json-view')
        ? html`<pe-json-view></pe-json-view>`
        : html`<p>The JSON view is loading.</p>`;
    }
    if (this.view === 'publish') {
      return html`<pe-publish .key=${this.publishKey()} .modeling=${this.modelingInstance} .origin=${this.origin}></pe-publish>`;
    }
    if (this.view === 'library') {
      return html`<pe-library .seeds=${this.seeds} @pe-library-open=${(event: CustomEvent<SavedPathway>) => this.handleLibraryOpen(event.detail)}></pe-library>`;
    }
    if (this.view === 'map' && draft.value !== undefined) {
      return html`<p class="hint">Each box is a stage. Tab to the map, move between stages with the arrow keys, and press Enter to open a stage's form.</p>
        ${customElements.get('pe-stage-map') ? html`<pe-stage-map></pe-stage-map>` : html`<p>The stage map is loading.</p>`}`;
    }
    if (draft.value === undefined) {
      return html`<div class="banner" role="alert" tabindex="-1" data-json-banner>
        <h2>The JSON must be fixed first</h2>
        <p>${draft.syntax?.message ?? 'The JSON is not valid.'}</p>
        <p>Your text is kept exactly as you typed it and saved. The forms come back as soon as the JSON is valid.</p>
        <button type="button" @click=${() => void this.goToJson()}>Go to the JSON view</button>
      </div>`;
    }
    const pointer = formPointer(this.context.selection.pointer, this.context.outline);
    // A long form is dozens of Tabs from the outline: a way straight back, above and below it.
    const back = html`<button type="button" class="back-to-outline" data-back="outline" aria-controls="side" @click=${() => void this.backToOutline()}>Back to the outline</button>`;
    return customElements.get('pe-object-form')
      ? html`${back}<pe-object-form .pointer=${pointer}></pe-object-form>${back}`
      : html`<p>The forms are loading.</p>`;
  }

  /**
   * A different thing's form (a stage chosen in the outline) opens at its top, with its heading,
   * not wherever the last form was scrolled to, which may be past the end of the new one. A field
   * asked for with focus is then scrolled to as it is focused.
   */
  override updated(): void {
    if (this.view !== 'forms' || this.context.draft.value === undefined) return;
    const form = formPointer(this.context.selection.pointer, this.context.outline);
    if (form === this.shownForm) return;
    const first = this.shownForm === undefined;
    this.shownForm = form;
    const pane = this.renderRoot.querySelector<HTMLElement>('main, .main');
    if (!first && pane !== null) pane.scrollTop = 0;
  }

  /** Focuses the selected item of the outline, showing the outline first if it was hidden. */
  private async backToOutline(): Promise<void> {
    if (!this.sideShown) {
      this.sideShown = true;
      await this.updateComplete;
    }
    await this.renderRoot.querySelector<OutlineTree>('pe-outline-tree')?.focusSelected();
  }

  private renderPanel() {
    return html`<div id="editor-main" role="tabpanel" aria-labelledby=${`tab-${this.view}`}>${this.renderMain()}</div>`;
  }

  /** The pathway's title, at the level the page asked for (`heading-level`); out-of-range levels are clamped. */
  private renderTitle() {
    const level = Math.min(6, Math.max(1, Math.trunc(Number(this.headingLevel)) || 1));
    const tag = unsafeStatic(`h${level}`);
    return staticHtml`<${tag} class="title">${this.title_ || 'Untitled pathway'}</${tag}>`;
  }

  override render() {
    const modeling = this.modelingInstance;
    return html`
      <div class="toolbar">
        ${this.renderTitle()}
        <div class="group history">
          <button type="button" id="undo-button" ?disabled=${!modeling.canUndo} @click=${() => this.fromButton('undo')}
            aria-keyshortcuts="Control+Z Meta+Z">Undo${modeling.undoLabel ? html`<span class="visually-hidden"> ${modeling.undoLabel}</span>` : nothing}</button>
          <button type="button" id="redo-button" ?disabled=${!modeling.canRedo} @click=${() => this.fromButton('redo')}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo${modeling.redoLabel ? html`<span class="visually-hidden"> ${modeling.redoLabel}</span>` : nothing}</button>
          <button type="button" id="side-toggle" aria-controls="side" aria-expanded=${this.sideShown ? 'true' : 'false'}
            @click=${() => (this.sideShown = !this.sideShown)}>${this.sideShown ? 'Hide' : 'Show'} outline</button>
        </div>
        <div class="group views">
          <div role="tablist" aria-label="Edit with" @keydown=${this.handleTabKeydown}>
            ${VIEWS.map(
              ({ view, label }) => html`<button type="button" role="tab" id=${`tab-${view}`} aria-controls="editor-main"
                aria-selected=${this.view === view ? 'true' : 'false'} tabindex=${this.view === view ? '0' : '-1'}
                @click=${() => (this.view = view)}>${label}</button>`,
            )}
          </div>
          <button type="button" @click=${() => this.download()}>Download JSON</button>
        </div>
      </div>
      ${this.renderDownloadNotice()}
      ${this.autosave === undefined
        ? nothing
        : html`<div class="autosave"><pe-autosave-status .controller=${this.autosave} .state=${this.autosave.state}
            filename=${`${safeName(this.title_) || 'pathway'}.json`}></pe-autosave-status></div>`}
      <div class=${`layout${this.sideShown ? '' : ' no-side'}${this.view === 'json' && modeling.state.value === undefined ? ' json-broken' : ''}`}>
        <div class="side" id="side">
          <nav class="outline" aria-label="Outline"><pe-outline-tree></pe-outline-tree></nav>
          <section class="problems" aria-label="Problems"><pe-problems></pe-problems></section>
        </div>
        ${this.embedded
          ? html`<div class="main">${this.renderPanel()}</div>`
          : html`<main>${this.renderPanel()}</main>`}
        ${this.noPreview ? nothing : html`<section class="preview" aria-label="Preview"><pe-preview></pe-preview></section>`}
      </div>
    `;
  }
}

function outlineOf(draft: DraftState): Outline | undefined {
  return draft.value === undefined ? undefined : outlinePathway(draft.value);
}

/** The pathway's title; while the JSON cannot be read, the one written in its text, else the last valid one. */
function titleOf(draft: DraftState, previous = ''): string {
  if (draft.value === undefined) return looseProperty(draft.text, 'title') ?? previous;
  const value = draft.value as { title?: unknown };
  return typeof value.title === 'string' ? value.title : '';
}

/** The object a form edits for a selection: the selected thing in the outline (a named thing, a resource), or the pathway itself. */
export function formPointer(pointer: string, outline: Outline | undefined): string {
  if (outline === undefined) return '';
  const entities = new Set([...outline.entities.map((entity) => entity.pointer), ...unnamedItemPointers(outline.nodes[0]?.value)]);
  let current = pointer;
  while (current !== '' && !entities.has(current)) current = current.slice(0, current.lastIndexOf('/'));
  return current;
}

function safeName(title: string): string {
  return title.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-').slice(0, 60);
}
