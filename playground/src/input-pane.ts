/**
 * The Input pane: the pupil's case as JSON, read as it is typed (after a short pause) and handed
 * to the preview. A case that cannot be read is explained beside the text box in the GOV.UK
 * error pattern, and the preview keeps the last case that could be; ids the open pathway does
 * not have are noted above it (case-ids.ts). The text is remembered in this browser, except a
 * case with pupil details, which is personal data.
 */
import type { Pathway } from '@pathway/schema';
import type { PathwayChangeDetail } from '@pathway/widget';
import { readCaseText, type PathwayCase } from './case-input.js';
import { caseMismatches } from './case-ids.js';

const STORAGE_KEY = 'pathway-playground:case';

export interface InputPaneElements {
  group: HTMLElement;
  area: HTMLTextAreaElement;
  error: HTMLElement;
  notes: HTMLElement;
  fromPreview: HTMLButtonElement;
}

export interface InputPaneOptions {
  /** Called with each case that could be read. */
  onCase(value: PathwayCase): void;
  /** What the preview says was entered, for "Copy the preview's answers into the case". */
  previewEntries(): PathwayChangeDetail | undefined;
}

export class InputPane {
  /** The last case that could be read. */
  value: PathwayCase = {};
  private pathway: Pathway | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly elements: InputPaneElements,
    private readonly options: InputPaneOptions,
  ) {
    const { area, fromPreview } = elements;
    area.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.read(), 300);
    });
    area.addEventListener('change', () => {
      clearTimeout(this.timer);
      this.read();
    });
    fromPreview.addEventListener('click', () => {
      area.value = JSON.stringify(this.withPreviewEntries(), null, 2);
      this.read();
    });
    area.value = remembered();
    const first = readCaseText(area.value);
    if (first.ok) this.value = first.value;
    else this.showError(first.message);
  }

  /** The case with what the preview says was entered over it (the Output pane reads the same). */
  withPreviewEntries(): PathwayCase {
    const entered = this.options.previewEntries();
    return entered ? { ...this.value, ...entered } : this.value;
  }

  /** The pathway the preview shows, whose ids the case is checked against. */
  showPathway(pathway: Pathway | undefined): void {
    this.pathway = pathway;
    this.showNotes();
  }

  private read(): void {
    const { area } = this.elements;
    const reading = readCaseText(area.value);
    remember(area.value);
    if (!reading.ok) {
      // The preview keeps the last case that could be read.
      this.showError(reading.message);
      return;
    }
    this.showError(undefined);
    this.value = reading.value;
    this.showNotes();
    this.options.onCase(this.value);
  }

  private describedBy(): string {
    return this.elements.notes.hidden ? 'pg-case-hint' : 'pg-case-hint pg-case-notes';
  }

  private showError(message: string | undefined): void {
    const { group, area, error } = this.elements;
    group.classList.toggle('pg-form-group-error', message !== undefined);
    error.hidden = message === undefined;
    error.replaceChildren();
    if (message !== undefined) {
      const prefix = document.createElement('span');
      prefix.className = 'pg-visually-hidden';
      prefix.textContent = 'Error: ';
      error.append(prefix, message);
      area.setAttribute('aria-invalid', 'true');
      area.setAttribute('aria-describedby', 'pg-case-hint pg-case-error');
    } else {
      area.removeAttribute('aria-invalid');
      area.setAttribute('aria-describedby', this.describedBy());
    }
  }

  /** Beside the case, what it names that the pathway shown does not have (the preview ignores those). */
  private showNotes(): void {
    const { area, notes } = this.elements;
    const found = this.pathway ? caseMismatches(this.pathway, this.value) : [];
    notes.hidden = found.length === 0;
    notes.replaceChildren(...found.map((note) => Object.assign(document.createElement('p'), { textContent: note })));
    if (!area.hasAttribute('aria-invalid')) area.setAttribute('aria-describedby', this.describedBy());
  }
}

function remembered(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '{}';
  } catch {
    return '{}';
  }
}

function remember(text: string): void {
  try {
    // Pupil details are personal data: a case that has any is never written to the browser's storage.
    if (/"details"\s*:/.test(text)) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, text);
  } catch {
    /* the case is a convenience; the pathway's text is what must be kept */
  }
}
