import { LitElement, css, html, nothing } from 'lit';
import { provide } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { outlinePathway } from '@pathway/core';
import type { Outline } from '@pathway/core';
import type { Problem } from '@pathway/schema';
import { editorContext } from '../context.js';
import type { EditorContext, Selection } from '../context.js';
import { Modeling, formatJson } from '../modeling/index.js';
import type { DraftState } from '../modeling/index.js';
import { ProblemsController } from '../problems/problems-controller.js';
import { editorStyles } from './pathway-editor.styles.js';

export type EditorView = 'forms' | 'json';

/** `pathway-editor-change`: the draft changed. Carries the text and whether it is valid JSON. */
export type EditorChangeEvent = CustomEvent<{ text: string; valid: boolean; revision: number }>;

/**
 * The pathway designer for policy staff: an outline of the pathway, forms for the selected
 * part, a JSON view for power users, problems in plain English, and the real widget as a live
 * preview. Every change is a command that can be undone (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z).
 *
 * @summary Author a pathway without code, with a live preview.
 *
 * @fires pathway-editor-change - The draft changed. `detail`: `{ text, valid, revision }`.
 *
 * @attr no-preview - Leaves out the built-in preview, for a page that shows the widget itself.
 * @attr embedded - The page has its own landmarks: the editing area is not a second `<main>`.
 * @cssproperty --pathway-font - Font family.
 */
export class PathwayEditor extends LitElement {
  static override styles = [
    editorStyles,
    css`:host([no-preview]) .layout { grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr); grid-template-areas: 'outline main' 'problems main'; }
      .main { grid-area: main; padding: 0.75rem; min-width: 0; overflow: auto; }`,
  ];

  private readonly problemsController = new ProblemsController(this, (problems) => this.refresh({ problems }));
  private unsubscribe: (() => void) | undefined;
  private selectionToken = 0;
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

  /** The pathway's title, as shown in the toolbar. */
  @state() private title_ = '';

  constructor() {
    super();
    this.attach(this.modelingInstance);
    this.addEventListener('keydown', (event) => this.handleKeydown(event));
  }

  /** The document model: undo, redo and every edit go through it. */
  get modeling(): Modeling {
    return this.modelingInstance;
  }

  /** The JSON text exactly as the author has it. */
  get text(): string {
    return this.modelingInstance.state.text;
  }

  /** Starts editing a pathway: text (kept exactly) or a value (written as two-space JSON). */
  load(source: string | object, options: { history?: Parameters<Modeling['restoreHistory']>[0] } = {}): void {
    const modeling = new Modeling(typeof source === 'string' ? source : formatJson(source));
    modeling.restoreHistory(options.history);
    this.attach(modeling);
  }

  /** Selects a part of the pathway by JSON pointer; with `focus`, moves focus to its field. */
  select(pointer: string, options: { focus?: boolean } = {}): void {
    this.selectionToken++;
    const selection: Selection = { pointer, token: this.selectionToken };
    if (options.focus === true) selection.focus = true;
    this.refresh({ selection });
  }

  undo(): void {
    this.modelingInstance.undo();
  }

  redo(): void {
    this.modelingInstance.redo();
  }

  private attach(modeling: Modeling): void {
    this.unsubscribe?.();
    this.modelingInstance = modeling;
    this.unsubscribe = modeling.subscribe((draft) => this.handleDraft(draft));
    this.context = this.makeContext(modeling.state, outlineOf(modeling.state), [], { pointer: '' });
    this.problemsController.schedule(modeling.state, { now: true });
    this.title_ = titleOf(modeling.state);
  }

  private handleDraft(draft: DraftState): void {
    this.title_ = titleOf(draft);
    this.refresh({ draft });
    this.problemsController.schedule(draft);
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
      select: (pointer, options) => this.select(pointer, options),
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
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    this.view = this.view === 'forms' ? 'json' : 'forms';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus());
  }

  private download(): void {
    const blob = new Blob([this.modelingInstance.state.text], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${safeName(this.title_) || 'pathway'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private renderMain() {
    const draft = this.context.draft;
    if (this.view === 'json') {
      return customElements.get('pe-json-view')
        ? html`<pe-json-view></pe-json-view>`
        : html`<p>The JSON view is loading.</p>`;
    }
    if (draft.value === undefined) {
      return html`<div class="banner" role="alert">
        <h2>The JSON must be fixed first</h2>
        <p>${draft.syntax?.message ?? 'The JSON is not valid.'}</p>
        <p>Your text is kept exactly as you typed it and saved. The forms come back as soon as the JSON is valid.</p>
        <button type="button" @click=${() => (this.view = 'json')}>Go to the JSON view</button>
      </div>`;
    }
    const pointer = formPointer(this.context.selection.pointer, this.context.outline);
    return customElements.get('pe-object-form')
      ? html`<pe-object-form .pointer=${pointer}></pe-object-form>`
      : html`<p>The forms are loading.</p>`;
  }

  private renderPanel() {
    return html`<div id="editor-main" role="tabpanel" aria-labelledby=${`tab-${this.view}`}>${this.renderMain()}</div>`;
  }

  override render() {
    const modeling = this.modelingInstance;
    return html`
      <div class="toolbar">
        <h1>${this.title_ || 'Untitled pathway'}</h1>
        <button type="button" ?disabled=${!modeling.canUndo} @click=${() => this.undo()}
          aria-keyshortcuts="Control+Z Meta+Z">Undo${modeling.undoLabel ? html`<span class="visually-hidden"> ${modeling.undoLabel}</span>` : nothing}</button>
        <button type="button" ?disabled=${!modeling.canRedo} @click=${() => this.redo()}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo${modeling.redoLabel ? html`<span class="visually-hidden"> ${modeling.redoLabel}</span>` : nothing}</button>
        <div role="tablist" aria-label="Edit with" @keydown=${this.handleTabKeydown}>
          <button type="button" role="tab" id="tab-forms" aria-controls="editor-main" aria-selected=${this.view === 'forms' ? 'true' : 'false'}
            tabindex=${this.view === 'forms' ? '0' : '-1'} @click=${() => (this.view = 'forms')}>Forms</button>
          <button type="button" role="tab" id="tab-json" aria-controls="editor-main" aria-selected=${this.view === 'json' ? 'true' : 'false'}
            tabindex=${this.view === 'json' ? '0' : '-1'} @click=${() => (this.view = 'json')}>JSON</button>
        </div>
        <button type="button" @click=${() => this.download()}>Download JSON</button>
      </div>
      <div class="layout">
        <nav class="outline" aria-label="Outline"><pe-outline-tree></pe-outline-tree></nav>
        <section class="problems" aria-label="Problems"><pe-problems></pe-problems></section>
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

function titleOf(draft: DraftState): string {
  const value = draft.value as { title?: unknown } | undefined;
  return typeof value?.title === 'string' ? value.title : '';
}

/** The object a form edits for a selection: the selected named thing, or the pathway itself. */
export function formPointer(pointer: string, outline: Outline | undefined): string {
  if (outline === undefined) return '';
  const entities = new Set(outline.entities.map((entity) => entity.pointer));
  let current = pointer;
  while (current !== '' && !entities.has(current)) current = current.slice(0, current.lastIndexOf('/'));
  return current;
}

function safeName(title: string): string {
  return title.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-').slice(0, 60);
}
