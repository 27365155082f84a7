/**
 * The Preview and Output panes: `<pathway-widget>` on the designer's current draft, and the
 * engine's evaluation and summary of the same pathway with the same entries (output.ts).
 *
 * A new draft is handed to the widget as a new `pathway` object, so it keeps its page and what
 * was entered; while the draft cannot be shown, the widget keeps the last version it could and
 * the note names the problem it waits for (the editor's previewDraft, the same rule as the
 * designer's own preview), never the page meant for a published pathway.
 */
import type { Pathway } from '@pathway/schema';
import type { DraftState } from '@pathway/editor/modeling';
import { previewDraft, previewNote as noteFor } from '@pathway/editor';
import type { PathwayChangeDetail } from '@pathway/widget';
import type { PathwayCase } from './case-input.js';
import { computeOutput, renderOutput } from './output.js';

type WidgetElement = HTMLElement & { pathway?: unknown; case?: PathwayCase };

export interface PreviewPaneElements {
  /** Where the widget goes. */
  frame: HTMLElement;
  /** The line that says why the preview waits. */
  note: HTMLElement;
  /** The Output pane's content. */
  output: HTMLElement;
}

export class PreviewPane {
  /** The last pathway the widget was given. */
  shown: Pathway | undefined;
  /** What the widget last said was entered (its `pathway-change` detail), since it was made. */
  entered: PathwayChangeDetail | undefined;
  private widget: WidgetElement | undefined;

  constructor(
    private readonly elements: PreviewPaneElements,
    /** The Input pane's case with the preview's entries over it: what the output evaluates. */
    private readonly input: () => PathwayCase,
  ) {}

  /** A new widget for a newly picked pathway: a fresh journey, given the current case. */
  makeWidget(caseValue: PathwayCase): void {
    const next = document.createElement('pathway-widget') as WidgetElement;
    next.id = 'pg-widget';
    next.addEventListener('pathway-change', (event) => {
      this.entered = (event as CustomEvent<PathwayChangeDetail>).detail;
      this.showOutput();
    });
    next.case = caseValue;
    this.widget?.remove();
    this.widget = next;
    this.entered = undefined;
    this.shown = undefined;
    this.elements.frame.replaceChildren(next);
  }

  /** Gives the widget the draft if it could show it; returns the pathway shown now. */
  showDraft(state: DraftState): Pathway | undefined {
    const preview = previewDraft(state);
    if (!preview.ok) {
      this.elements.note.textContent = noteFor(preview.problem, this.shown !== undefined);
    } else {
      this.elements.note.textContent = '';
      this.shown = preview.pathway;
      if (this.widget) this.widget.pathway = this.shown;
    }
    // With nothing it could show, the widget would say so in words meant for developers.
    this.elements.frame.hidden = this.shown === undefined;
    this.showOutput();
    return this.shown;
  }

  /** A case read from the Input pane. */
  showCase(value: PathwayCase): void {
    if (this.widget) this.widget.case = value;
    this.showOutput();
  }

  private showOutput(): void {
    const { output } = this.elements;
    if (!this.shown) {
      output.replaceChildren();
      return;
    }
    const open = {
      evaluation: output.querySelector('#pg-output-evaluation')?.parentElement?.hasAttribute('open') ?? false,
      summary: output.querySelector('#pg-output-summary')?.parentElement?.hasAttribute('open') ?? false,
    };
    renderOutput(output, computeOutput(this.shown, this.input(), new Date().toISOString()), open);
  }
}
