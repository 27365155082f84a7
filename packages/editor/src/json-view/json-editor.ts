/**
 * The Monaco side of the JSON view: one code editor on the draft's text, kept in step with
 * the modeling both ways. Loaded with Monaco, on first use, by `<pe-json-view>`.
 *
 * - Typing goes to `modeling.setText(text, { mergeKey: 'json' })`, lightly debounced, and at
 *   once when the editor loses focus, before undo or redo, and when the page is hidden.
 * - Changes from elsewhere (forms, undo, a restored draft) are applied to the same Monaco
 *   model as one edit of the part that changed, so the cursor and scroll stay where they were.
 * - Markers are the editor's problems (the compiled validator and lint: the CLI's words),
 *   placed by pointer, plus the draft's own syntax problem while the text is not JSON.
 * - Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) are the editor's one undo history, not
 *   Monaco's own, so a JSON edit is undone the same way as a form edit.
 * - Escape then Tab leaves the editor (Tab otherwise indents); Ctrl+M toggles Tab moving focus.
 * - Shift+Alt+F and Ctrl+Shift+I format the document (Monaco's action), on every system.
 */
import type { Problem } from '@pathway/schema';
import type { Selection } from '../context.js';
import type { DraftState, Modeling } from '../modeling/index.js';
import { monaco, schemaFileMatch } from './monaco-loader.js';
import { markerRangeOfPointer, parseText, pointerAtOffset, rangeOfPointer } from './pointer-ranges.js';
import type { ParsedText } from './pointer-ranges.js';
import { monacoStyleSheet } from './monaco-styles.js';
import { changedPart } from './text-diff.js';

/** Curly quotes and apostrophes, dashes, the ellipsis, and no-break and thin spaces. */
const TYPOGRAPHIC_PUNCTUATION: Record<string, true> = Object.fromEntries(
  Array.from('\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0\u2009\u202F', (character) => [character, true] as const),
);

/** Who set the markers: the editor's checks, not Monaco's. */
export const MARKER_OWNER = 'pathway';

export interface JsonEditorOptions {
  /** The shadow root the editor is drawn in, to which Monaco's styles are adopted. */
  root: ShadowRoot;
  /** Where Monaco draws. */
  container: HTMLElement;
  modeling: Modeling;
  /** The editor's accessible name (the visible label's words, and how to leave). */
  ariaLabel: string;
  /** Told the pointer of what is under the cursor after the author moves it. */
  onCursorPointer: (pointer: string) => void;
  /** Quiet time after typing before the text goes to the modeling. */
  textDelayMs?: number;
  /** Quiet time after the cursor stops before its pointer is reported. */
  cursorDelayMs?: number;
}

export interface JsonEditorState {
  draft: DraftState;
  problems: readonly Problem[];
  /** The selection: its text is revealed and selected when it changes (and focused when it asks). */
  selection: Selection;
}

let modelCount = 0;

export class JsonEditor {
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  readonly model: monaco.editor.ITextModel;
  readonly modeling: Modeling;
  private readonly onCursorPointer: (pointer: string) => void;
  private readonly textDelayMs: number;
  private readonly cursorDelayMs: number;
  private readonly disposables: monaco.IDisposable[] = [];
  /** True while this class changes the model, so the change is not sent back. */
  private applying = false;
  private textTimer: ReturnType<typeof setTimeout> | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last text this editor gave the modeling: its echo is not applied again. */
  private sentText: string | undefined;
  private appliedRevision = -1;
  private markedRevision = -1;
  private markedProblems: readonly Problem[] | undefined;
  private shownSelection: string | undefined;
  private selectedPointer = '';
  /** The pointer last reported from the cursor: when it comes back as the selection, it is not revealed. */
  private reportedPointer: string | undefined;
  private parsed: { version: number; parsed: ParsedText } | undefined;
  private escapeArmed = false;

  constructor(options: JsonEditorOptions) {
    this.modeling = options.modeling;
    this.onCursorPointer = options.onCursorPointer;
    this.textDelayMs = options.textDelayMs ?? 150;
    this.cursorDelayMs = options.cursorDelayMs ?? 120;
    const sheet = monacoStyleSheet();
    if (!options.root.adoptedStyleSheets.includes(sheet)) options.root.adoptedStyleSheets = [...options.root.adoptedStyleSheets, sheet];

    const draft = this.modeling.state;
    this.model = monaco.editor.createModel(draft.text, 'json', monaco.Uri.parse(`inmemory://pathway-editor/${++modelCount}/${schemaFileMatch}`));
    this.appliedRevision = draft.revision;
    this.editor = monaco.editor.create(options.container, {
      model: this.model,
      ariaLabel: options.ariaLabel,
      automaticLayout: true,
      // Hovers and suggestions are drawn over the page, not cut off at the editor's edge.
      fixedOverflowWidgets: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      detectIndentation: false,
      wordWrap: 'on',
      fontSize: 16,
      lineNumbersMinChars: 3,
      renderLineHighlight: 'line',
      // Monaco's own check is off (json/monaco-loader.ts); the lightbulb has nothing to offer.
      lightbulb: { enabled: 'off' as monaco.editor.ShowLightbulbIconMode },
      accessibilitySupport: 'auto',
      // Suggestions come from the schema only, not from words elsewhere in the text.
      wordBasedSuggestions: 'off',
      // Typographic punctuation is ordinary in the words of a pathway (a young person’s
      // “plan” – …): not marked as a look-alike. Look-alike letters (a Cyrillic "а" in an id) still are.
      // (includeStrings is given: leaving it out of the object turns it off.)
      unicodeHighlight: { includeStrings: true, allowedCharacters: TYPOGRAPHIC_PUNCTUATION },
      theme: 'vs',
    });

    this.disposables.push(
      this.model.onDidChangeContent(() => this.handleContentChange()),
      this.editor.onDidBlurEditorText(() => {
        this.flush();
        this.disarmEscape();
      }),
      this.editor.onDidChangeCursorSelection((event) => this.handleCursor(event)),
      this.editor.onKeyDown((event) => this.handleKeyDown(event)),
      // Monaco's "Format document" on both its usual keys, whatever the system (Monaco binds
      // only one, Ctrl+Shift+I on Linux); the hint names both.
      monaco.editor.addKeybindingRules(
        [monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyI].map((keybinding) => ({
          keybinding,
          command: 'editor.action.formatDocument',
          when: 'editorTextFocus && !editorReadonly',
        })),
      ),
      this.editor.addAction({
        id: 'pathway.undo',
        label: 'Undo',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ],
        run: () => {
          this.flush();
          this.modeling.undo();
        },
      }),
      this.editor.addAction({
        id: 'pathway.redo',
        label: 'Redo',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY],
        run: () => {
          this.flush();
          this.modeling.redo();
        },
      }),
    );
  }

  /** Brings the editor up to date with the draft, its problems and the selection. */
  update(state: JsonEditorState): void {
    const { draft } = state;
    if (draft.revision !== this.appliedRevision) {
      this.appliedRevision = draft.revision;
      if (draft.text === this.sentText && this.textTimer !== undefined) {
        // Our own earlier text, while newer typing waits to be sent: keep the newer typing.
      } else if (draft.text !== this.model.getValue()) {
        this.applyText(draft.text);
      }
    }
    if (draft.revision !== this.markedRevision || state.problems !== this.markedProblems) {
      this.markedRevision = draft.revision;
      this.markedProblems = state.problems;
      this.setMarkers(draft, state.problems);
    }
    const { selection } = state;
    const selectionKey = `${selection.token ?? ''} ${selection.pointer}`;
    if (selectionKey !== this.shownSelection) {
      const first = this.shownSelection === undefined;
      this.shownSelection = selectionKey;
      this.selectedPointer = selection.pointer;
      if (selection.pointer === this.reportedPointer) {
        // The cursor's own report coming back: the text is already where the author is.
        this.reportedPointer = undefined;
      } else if (selection.pointer !== '' || !first) {
        const focus = selection.focus === true && !first;
        // While the text is not JSON, the pathway's own place (the pointer of its syntax
        // problem, as the Problems list selects it) is where that problem is, not line 1.
        const syntax = selection.pointer === '' && draft.syntax !== undefined && draft.text === this.model.getValue() ? draft.syntax : undefined;
        if (syntax !== undefined) this.goToOffset(syntax.offset, { focus });
        else this.reveal(selection.pointer, { focus });
      }
    }
  }

  /** Reveals and selects a pointer's text (the nearest part present when it is missing). */
  reveal(pointer: string, options: { focus?: boolean } = {}): void {
    const range = rangeOfPointer(this.parsedText(), pointer);
    if (range === undefined) return;
    const start = this.model.getPositionAt(range.offset);
    // The whole pathway is not selected (that would be all the text): the cursor goes to its start.
    const end = range.pointer === '' ? start : this.model.getPositionAt(range.offset + range.length);
    this.applying = true;
    try {
      this.editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
    } finally {
      this.applying = false;
    }
    this.editor.revealPositionInCenterIfOutsideViewport(start);
    if (options.focus === true) this.editor.focus();
  }

  /** Moves the cursor to an offset of the text and (unless told not to) focuses the editor, e.g. "go to the problem". */
  goToOffset(offset: number, options: { focus?: boolean } = {}): void {
    const position = this.model.getPositionAt(offset);
    this.applying = true;
    try {
      this.editor.setPosition(position);
    } finally {
      this.applying = false;
    }
    this.editor.revealPositionInCenterIfOutsideViewport(position);
    if (options.focus !== false) this.editor.focus();
  }

  /** Sends typing that is waiting for its debounce to the modeling now. */
  flush(): void {
    if (this.textTimer === undefined) return;
    clearTimeout(this.textTimer);
    this.textTimer = undefined;
    this.sendText();
  }

  setScreenReaderMode(on: boolean): void {
    this.editor.updateOptions({ accessibilitySupport: on ? 'on' : 'auto' });
  }

  focus(): void {
    this.editor.focus();
  }

  dispose(): void {
    this.flush();
    if (this.cursorTimer !== undefined) clearTimeout(this.cursorTimer);
    for (const disposable of this.disposables) disposable.dispose();
    monaco.editor.setModelMarkers(this.model, MARKER_OWNER, []);
    // Detach the model first, so the editor's own pending work (layout, highlighting) ends with
    // the editor and never reaches a disposed model.
    this.editor.setModel(null);
    this.editor.dispose();
    this.model.dispose();
  }

  private parsedText(): ParsedText {
    const version = this.model.getVersionId();
    if (this.parsed?.version !== version) this.parsed = { version, parsed: parseText(this.model.getValue()) };
    return this.parsed.parsed;
  }

  private applyText(text: string): void {
    const current = this.model.getValue();
    const { start, end, text: inserted } = changedPart(current, text);
    const from = this.model.getPositionAt(start);
    const to = this.model.getPositionAt(end);
    this.applying = true;
    try {
      // One edit of the part that changed: cursors and decorations outside it stay put.
      this.model.pushEditOperations(
        this.editor.getSelections() ?? [],
        [{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: inserted, forceMoveMarkers: false }],
        () => null,
      );
    } finally {
      this.applying = false;
    }
  }

  private handleContentChange(): void {
    if (this.applying) return;
    if (this.textTimer !== undefined) clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => {
      this.textTimer = undefined;
      this.sendText();
    }, this.textDelayMs);
  }

  private sendText(): void {
    const text = this.model.getValue();
    if (text === this.modeling.state.text) return;
    this.sentText = text;
    this.modeling.setText(text, { mergeKey: 'json', label: 'edit JSON' });
  }

  private handleCursor(event: monaco.editor.ICursorSelectionChangedEvent): void {
    if (this.applying || event.source === 'api' || event.source === 'modelChange' || !this.editor.hasTextFocus()) return;
    if (this.cursorTimer !== undefined) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      const position = this.editor.getPosition();
      if (position === null) return;
      const pointer = pointerAtOffset(this.parsedText(), this.model.getOffsetAt(position));
      if (pointer === this.selectedPointer) return;
      this.reportedPointer = pointer;
      this.onCursorPointer(pointer);
    }, this.cursorDelayMs);
  }

  /** Escape, then Tab, leaves the editor: Escape turns Tab-moves-focus on until another key. */
  private handleKeyDown(event: monaco.IKeyboardEvent): void {
    const code = event.keyCode;
    if (code === monaco.KeyCode.Escape) {
      this.escapeArmed = true;
      this.editor.updateOptions({ tabFocusMode: true });
      return;
    }
    if (code === monaco.KeyCode.Tab || code === monaco.KeyCode.Shift) return;
    this.disarmEscape();
  }

  private disarmEscape(): void {
    if (!this.escapeArmed) return;
    this.escapeArmed = false;
    this.editor.updateOptions({ tabFocusMode: false });
  }

  private setMarkers(draft: DraftState, problems: readonly Problem[]): void {
    const parsed = this.parsedText();
    const markers: monaco.editor.IMarkerData[] = [];
    const text = this.model.getValue();
    if (draft.syntax !== undefined && draft.text === text) {
      // The draft's own syntax problem, in plain English, exactly where jsonc-parser found it.
      const start = this.model.getPositionAt(draft.syntax.offset);
      const end = this.model.getPositionAt(draft.syntax.offset + Math.max(draft.syntax.length, 1));
      markers.push({
        severity: monaco.MarkerSeverity.Error,
        message: draft.syntax.message,
        code: 'json.syntax',
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
      });
    }
    if (draft.value !== undefined) {
      for (const problem of problems) {
        if (problem.code === 'json.syntax') continue;
        const range = markerRangeOfPointer(parsed, problem.pointer);
        if (range === undefined) continue;
        const start = this.model.getPositionAt(range.offset);
        const end = this.model.getPositionAt(range.offset + Math.max(range.length, 1));
        markers.push({
          severity: problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
          message: problem.message,
          code: problem.code,
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        });
      }
    }
    monaco.editor.setModelMarkers(this.model, MARKER_OWNER, markers);
  }
}
