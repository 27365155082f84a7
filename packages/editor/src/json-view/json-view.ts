import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { property, query, state } from 'lit/decorators.js';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';
// Types only: erased from the output, so this module does not load Monaco.
import type { JsonEditor } from './json-editor.js';

type JsonEditorModule = typeof import('./json-editor.js');

/** waiting: not opened yet. loading: Monaco is being fetched. ready: editing. failed: Monaco could not be fetched. */
export type JsonViewStatus = 'waiting' | 'loading' | 'ready' | 'failed';

/**
 * The JSON view: the pathway as JSON in Monaco, for people who prefer to type it. Completion
 * and hover come from the pathway schema; the problems marked in the text are the editor's
 * own (the same words as the problems panel and the CLI). Edits go through the modeling, so
 * they show in the forms and the preview and can be undone like any other edit; text that is
 * not valid JSON is kept exactly as typed.
 *
 * Monaco is fetched the first time the element is connected (the editor draws it only when
 * the JSON tab is opened), never before: this module imports no Monaco code.
 *
 * Content-Security-Policy: Monaco writes `style` attributes and `<style>` elements as it
 * draws, so the page that opens the JSON view needs `style-src 'self' 'unsafe-inline'` and
 * `img-src data:` (its squiggles), and `worker-src 'self'`. Under `style-src 'self'` alone the
 * text is still kept and edited but drawn without layout or colour. The rest of the editor,
 * and the widget, need none of this.
 *
 * @summary The pathway as JSON, for power users.
 *
 * @fires pe-json-view-ready - Monaco is loaded and the text can be edited.
 *
 * @cssproperty --pe-json-view-height - Height of the editor when the page gives the view no height of its own (default 30rem); given one, the editor fills it.
 * @csspart editor - The box Monaco draws in.
 */
export class JsonView extends LitElement {
  static override styles = css`
    /* A column: given a height (the designer's pane), the text box takes all that the heading,
       the short help and any error leave; otherwise it is --pe-json-view-height tall. */
    :host { display: flex; flex-direction: column; font: inherit; color: #0b0c0c; }
    .head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1.5rem; margin: 0 0 0.5rem; }
    h2 { font-size: 1.1875rem; line-height: 1.3; margin: 0; }
    /* The short help and "More keys" share a line while it is closed: room for the editor. */
    .hint { color: #484949; margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 1rem; }
    .hint > p { max-width: 40em; }
    .hint p { margin: 0 0 0.25rem; }
    .hint details[open] { flex-basis: 100%; max-width: 40em; }
    details > summary { cursor: pointer; color: #1d70b8; text-decoration: underline; text-underline-offset: 0.15em; }
    details > summary:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
    details[open] > summary { margin-bottom: 0.25rem; }
    kbd { font-family: inherit; font-weight: 700; }
    .checkbox { display: flex; align-items: center; gap: 0.5rem; margin: 0; }
    .checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: #0b0c0c; }
    .checkbox input:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
    .error { border-left: 5px solid #d4351c; padding: 0 0 0 0.75rem; margin: 0 0 0.5rem; }
    .error p { margin: 0; }
    .error button { margin-left: 0.5rem; }
    .error-message { color: #d4351c; font-weight: 700; overflow-wrap: anywhere; }
    button {
      font: inherit; color: #1d70b8; background: none; border: 0; padding: 0; cursor: pointer;
      text-decoration: underline; text-underline-offset: 0.15em;
    }
    button:hover { color: #003078; }
    button:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
    .editor {
      box-sizing: border-box; flex: 1 1 var(--pe-json-view-height, 30rem); min-height: 12rem;
      border: 2px solid #0b0c0c; position: relative; overflow: hidden;
    }
    .editor:focus-within { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
    .status { margin: 0.5rem 0; }
  `;

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  @query('.editor') private editorBox?: HTMLElement;

  /** The visible label above the editor, which is also its accessible name. */
  @property() label = 'Pathway JSON';

  @state() private loadStatus: JsonViewStatus = 'waiting';
  @state() private screenReader = false;
  /** Whether Monaco is showing the draft (the "go to the problem" button needs it). */
  @state() private editorShown = false;

  private module: JsonEditorModule | undefined;
  private json: JsonEditor | undefined;
  private readyResolvers: (() => void)[] = [];
  private readonly handlePageHide = (): void => this.flush();

  /** Where loading Monaco has got to. */
  get status(): JsonViewStatus {
    return this.loadStatus;
  }

  /** The Monaco code editor, once loaded (for tests and tools; edits must go through the modeling). */
  get codeEditor(): JsonEditor['editor'] | undefined {
    return this.json?.editor;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadStatus === 'waiting') void this.load();
    // Connected again after being moved: a fresh Monaco editor is made at the next update.
    else if (this.module !== undefined) this.requestUpdate();
    // Typing waiting for its debounce is handed over before the page goes (autosave then saves it).
    window.addEventListener('pagehide', this.handlePageHide, { capture: true });
    window.addEventListener('visibilitychange', this.handlePageHide, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide, { capture: true });
    window.removeEventListener('visibilitychange', this.handlePageHide, { capture: true });
    this.json?.dispose();
    this.json = undefined;
    this.editorShown = false;
  }

  /** Resolves once Monaco is loaded and showing the draft. */
  whenReady(): Promise<void> {
    if (this.json !== undefined) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  /** Sends typing that is waiting for its short debounce to the modeling now. */
  flush(): void {
    this.json?.flush();
  }

  /** Reveals and selects a pointer's text; with `focus`, moves focus into the editor. */
  reveal(pointer: string, options: { focus?: boolean } = {}): void {
    this.json?.reveal(pointer, options);
  }

  override focus(options?: FocusOptions): void {
    if (this.json !== undefined) this.json.focus();
    else super.focus(options);
  }

  protected override updated(): void {
    this.sync();
  }

  private async load(): Promise<void> {
    this.loadStatus = 'loading';
    try {
      this.module = await import('./json-editor.js');
      this.loadStatus = 'ready';
    } catch {
      this.loadStatus = 'failed';
    }
  }

  private sync(): void {
    const context = this.editor;
    const box = this.editorBox;
    if (context === undefined || this.module === undefined || box === undefined || !this.isConnected) return;
    if (this.json !== undefined && this.json.modeling !== context.modeling) {
      // A different pathway was loaded: a fresh editor for it.
      this.json.dispose();
      this.json = undefined;
    }
    if (this.json === undefined) {
      this.json = new this.module.JsonEditor({
        root: this.renderRoot as ShadowRoot,
        container: box,
        modeling: context.modeling,
        ariaLabel: this.label,
        onCursorPointer: (pointer) => this.editor?.select(pointer),
      });
      this.json.setScreenReaderMode(this.screenReader);
      // The hint (how to leave, Ctrl+M) is read with the editor's name, on the element that
      // takes the typing (a native EditContext div in Chromium, a textarea elsewhere).
      box.querySelector('[role="textbox"]')?.setAttribute('aria-describedby', 'json-hint');
      this.json.update({ draft: context.draft, problems: context.problems, selection: context.selection });
      // Drawn again once this update is over (not from inside it), now with the editor's buttons.
      queueMicrotask(() => (this.editorShown = true));
      for (const resolve of this.readyResolvers.splice(0)) resolve();
      this.dispatchEvent(new Event('pe-json-view-ready', { bubbles: true, composed: true }));
      return;
    }
    this.json.update({ draft: context.draft, problems: context.problems, selection: context.selection });
  }

  /**
   * Typing in the editor brings all of it into view: in a short pane (a laptop, the outline above,
   * an error shown) the box would otherwise show a few lines under the heading and the help.
   * Only the editor's own pane scrolls (never the page), and only when part of the box is hidden.
   */
  private readonly handleEditorFocus = (): void => {
    const box = this.editorBox;
    // The nearest box that scrolls, through the shadow roots around this view; never the page.
    let pane: Element | null = this.parentElement ?? ((this.getRootNode() as ShadowRoot).host ?? null);
    while (pane !== null && pane !== document.documentElement && !/(auto|scroll)/.test(getComputedStyle(pane).overflowY)) {
      pane = pane.parentElement ?? ((pane.getRootNode() as ShadowRoot).host ?? null);
    }
    if (box === undefined || pane === null || pane === document.documentElement) return;
    const shown = pane.getBoundingClientRect();
    const item = box.getBoundingClientRect();
    if (item.bottom > shown.bottom) pane.scrollTop += Math.min(item.bottom - shown.bottom, item.top - shown.top);
    else if (item.top < shown.top) pane.scrollTop -= shown.top - item.top;
  };

  private handleScreenReader(event: Event): void {
    this.screenReader = (event.target as HTMLInputElement).checked;
    this.json?.setScreenReaderMode(this.screenReader);
  }

  private handleRetry(): void {
    void this.load();
  }

  private renderSyntax() {
    const draft = this.editor?.draft;
    if (draft === undefined || draft.value !== undefined || draft.syntax === undefined) return nothing;
    const syntax = draft.syntax;
    // One short paragraph: the Problems panel says the text is kept and what the forms show, and
    // the editor below needs the room (a laptop's designer pane is not tall).
    return html`<div class="error">
      <p><span class="error-message">The JSON is not valid. ${syntax.message}</span>
      ${!this.editorShown || this.json === undefined
        ? nothing
        : html`<button type="button" @click=${() => this.json?.goToOffset(syntax.offset)}>Go to line ${syntax.line}, column ${syntax.column}</button>`}</p>
    </div>`;
  }

  override render() {
    return html`
      <div class="head">
        <h2 id="json-label">${this.label}</h2>
        <div class="checkbox">
          <input type="checkbox" id="screen-reader" .checked=${this.screenReader} @change=${this.handleScreenReader} />
          <label for="screen-reader">Optimise the JSON editor for a screen reader</label>
        </div>
      </div>
      <div class="hint" id="json-hint">
        <p>Tab indents the text. To move on from the JSON, press <kbd>Escape</kbd> then <kbd>Tab</kbd>.</p>
        <details>
          <summary>More keys</summary>
          <p><kbd>Ctrl</kbd>+<kbd>M</kbd> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> on a Mac) switches Tab between indenting and moving focus. <kbd>F8</kbd> goes to the next problem.</p>
          <p><kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>F</kbd> (or <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>I</kbd>) formats the JSON: it sets out the text with two-space indents.</p>
        </details>
      </div>
      ${this.renderSyntax()}
      ${this.loadStatus === 'loading' ? html`<p class="status" role="status">Loading the JSON editor…</p>` : nothing}
      ${this.loadStatus === 'failed'
        ? html`<p class="status" role="alert">The JSON editor could not be loaded. Your pathway is safe. <button type="button" @click=${this.handleRetry}>Try again</button></p>`
        : nothing}
      <div class="editor" part="editor" @focusin=${this.handleEditorFocus}></div>
    `;
  }
}
