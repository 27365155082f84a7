import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatJson } from '../modeling/index.js';
import { BLANK_PATHWAY_ID } from '../naming.js';
import type { SavedDraft } from '../persistence/saved-draft.js';
import { count, looseProperty, readinessOf } from '../publish/readiness.js';
import type { Readiness } from '../publish/readiness.js';
import { downloadText, fileNameFor } from './download.js';
import { newLibraryKey, openLibraryStore } from './library-store.js';
import type { LibraryStore, PublishedVersion, SetAsideRecord } from './library-store.js';
import { panelStyles } from './panel-styles.js';

/** A pathway the library can start a new one from. */
export interface LibrarySeed {
  /** What the author sees: "Wigan". */
  name: string;
  /** The pathway (a value, or JSON text kept exactly). */
  pathway: unknown;
}

/** `pe-library-open`: the author chose to open a pathway. */
export type LibraryOpenEvent = CustomEvent<{ key: string; text: string; origin?: string }>;

/** What importing one file found. */
export interface ImportReport {
  fileName: string;
  /** The working copy it became; absent when the file could not be imported at all. */
  key?: string;
  /** Why it was not imported (too big, unreadable). */
  refused?: string;
  readiness?: Readiness;
}

/** Files bigger than any real pathway are not read. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const BLANK_PATHWAY = {
  schemaVersion: '1.1',
  id: BLANK_PATHWAY_ID,
  version: '1.0',
  title: 'New pathway',
  authority: { name: 'Your council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [],
};

/** A record that could not be read, with what can still be recovered from it. */
interface Unreadable {
  record: SetAsideRecord;
  /** Its pathway text, where the record still holds one. */
  text?: string;
  title: string;
  published: PublishedVersion[];
}

const savedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * The pathway library: every pathway kept on this computer, side by side. New from blank or
 * from a seed, duplicate, delete (with undo), import `.json` files by button or by dropping
 * them (a file with bad JSON or schema errors is still imported, with a plain-English report,
 * so it can be fixed), export, and open.
 *
 * Working copies are the editor's autosave drafts (database "pathway-editor", store `drafts`),
 * so what the editor saves is what the library lists.
 *
 * @summary Several pathways side by side: new, duplicate, delete, import, export, open.
 *
 * @fires pe-library-open - The author chose Open. `detail`: `{ key, text }`; the page loads the text into `<pathway-editor>`.
 */
export class PathwayLibrary extends LitElement {
  static override styles = panelStyles;

  /** Pathways to start from, given by the page (e.g. the seeds in `pathways/`). */
  @property({ attribute: false }) seeds: LibrarySeed[] = [];

  /** Storage, opened on first use; tests may give their own. */
  @property({ attribute: false }) store: LibraryStore | undefined;

  @state() private entries: SavedDraft[] = [];
  @state() private unreadable: Unreadable[] = [];
  @state() private reports: ImportReport[] = [];
  @state() private deleted: SavedDraft | undefined;
  @state() private failure = '';
  @state() private dragging = false;
  @state() private status = '';
  @state() private loaded = false;

  private loading: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.loading ??= this.refresh();
  }

  /** Resolves once the list has been read. */
  async ready(): Promise<void> {
    this.loading ??= this.refresh();
    await this.loading;
    await this.updateComplete;
  }

  /** Reads the list again (after another part of the page saved a pathway). */
  async refresh(): Promise<void> {
    try {
      const store = await this.storage();
      this.entries = await store.list();
      this.unreadable = await Promise.all((await store.setAside()).map((record) => recoverable(record, store)));
      this.failure = '';
    } catch (error) {
      this.failure = `Pathways cannot be kept on this computer: ${(error as Error).message}`;
    }
    this.loaded = true;
  }

  private async storage(): Promise<LibraryStore> {
    this.store ??= await openLibraryStore();
    return this.store;
  }

  override render(): TemplateResult {
    // Each pathway's title read once (from its whole text): two that share one are named apart.
    const titles = this.entries.map((entry) => titleOf(entry.text));
    return html`<section aria-labelledby="library-heading"
      @dragover=${this.handleDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.handleDrop}>
      <h2 id="library-heading">Your pathways</h2>
      <div role="status" class="visually-hidden">${this.status}</div>
      ${this.failure ? html`<p class="error-message" role="alert">${this.failure}</p>` : nothing}
      ${this.renderUnreadable()} ${this.renderDeleted()} ${this.reports.map((report, i) => this.renderReport(report, i))}
      <label for="start-from">Start a new pathway from</label>
      <div class="buttons">
        <select id="start-from">
          <option value="">A blank pathway</option>
          ${this.seeds.map((seed, i) => html`<option value=${String(i)}>${seed.name}</option>`)}
        </select>
        <button type="button" data-new @click=${this.handleNew}>New pathway</button>
        <button type="button" class="secondary" data-import @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>Import a file</button>
        <input type="file" id="import-file" accept=".json,application/json" multiple hidden @change=${this.handleFileInput} />
      </div>
      <p class=${this.dragging ? 'drop-zone active' : 'drop-zone'} data-drop-zone>Or drop pathway files (.json) anywhere here to import them.</p>
      ${this.loaded && this.entries.length === 0 ? html`<p>There are no pathways on this computer yet. Start a new one, or import a file.</p>` : nothing}
      <ul class="summary-list" aria-labelledby="library-heading">
        ${this.entries.map((entry, index) => this.renderEntry(entry, titles.filter((title) => title === titles[index]).length > 1))}
      </ul>
    </section>`;
  }

  /**
   * One pathway in the list. Its buttons are named by its title ("Open Tier pathway"); where
   * two share a title (a published copy and the same file imported, say), by its version and
   * when it last changed as well, so a screen reader's list of buttons tells them apart.
   */
  private renderEntry(entry: SavedDraft, titleShared: boolean): TemplateResult {
    const version = looseProperty(entry.text, 'version');
    const changed = savedFormat.format(new Date(entry.savedAt));
    const title = titleOf(entry.text);
    const named = titleShared ? `${title} (${version ? `version ${version}, ` : ''}last changed ${changed})` : title;
    const readiness = readinessOf(entry.text);
    const state = readiness.syntax !== undefined
      ? html`<strong class="tag tag--problem">JSON to fix</strong>`
      : readiness.errors.length > 0
        ? html`<strong class="tag tag--problem">${count(readiness.errors.length, 'error')} to fix</strong>`
        : html`<strong class="tag">Ready to publish</strong>`;
    return html`<li data-key=${entry.key}>
      <p class="name">${title}</p>
      <p class="secondary-text">${version ? `Version ${version}. ` : ''}Last changed ${changed}.</p>
      <p>${state}</p>
      <div class="buttons">
        <button type="button" data-action="open" @click=${() => this.open(entry)}>Open<span class="visually-hidden"> ${named}</span></button>
        <button type="button" class="secondary" data-action="duplicate" @click=${() => void this.duplicate(entry)}>Duplicate<span class="visually-hidden"> ${named}</span></button>
        <button type="button" class="secondary" data-action="export" @click=${() => this.export(entry)}>Export<span class="visually-hidden"> ${named}</span></button>
        <button type="button" class="warning" data-action="delete" @click=${() => void this.delete(entry)}>Delete<span class="visually-hidden"> ${named}</span></button>
      </div>
    </li>`;
  }

  /** Says which pathways could not be read, and offers what can be recovered from each. */
  private renderUnreadable(): TemplateResult | typeof nothing {
    if (this.unreadable.length === 0) return nothing;
    const heading = this.unreadable.length === 1 ? '1 pathway could not be read' : `${this.unreadable.length} pathways could not be read`;
    return html`<div class="banner" data-unreadable role="region" aria-labelledby="unreadable-title">
      <p class="banner__title" id="unreadable-title">${heading}</p>
      <div class="banner__content">
        <p>${this.unreadable.length === 1 ? 'It has' : 'They have'} been set aside on this computer, not deleted. Your other pathways are not affected.</p>
        <ul class="summary-list">
          ${this.unreadable.map((item) => this.renderUnreadableItem(item))}
        </ul>
      </div>
    </div>`;
  }

  private renderUnreadableItem(item: Unreadable): TemplateResult {
    const { record, text, title, published } = item;
    const nothingLeft = text === undefined && published.length === 0;
    return html`<li data-set-aside=${String(record.id)}>
      <p class="name">${title}</p>
      <p>It could not be read because ${record.reason}.
        ${text !== undefined ? 'Its text can still be read.' : 'Its text cannot be read.'}
        ${published.length > 0 ? `It was published from this computer as ${published.map((version) => `version ${version.version}`).join(', ')}.` : ''}
        ${nothingLeft ? 'It was never published from this computer, so only what was stored can be downloaded.' : ''}</p>
      <div class="buttons">
        ${text !== undefined
          ? html`<button type="button" data-recover="text" @click=${() => void this.recover(text, `"${title}" recovered as a new pathway.`)}>Recover its text as a new pathway<span class="visually-hidden"> (${title})</span></button>`
          : nothing}
        ${published.map((version) => html`<button type="button" class=${text !== undefined ? 'secondary' : ''} data-recover=${`published-${version.id}`}
            @click=${() => void this.recover(version.text, `Published version ${version.version} of "${title}" opened as a new pathway.`)}>Start again from published version ${version.version}<span class="visually-hidden"> of ${title}</span></button>`)}
        <button type="button" class="secondary" data-download-set-aside @click=${() => this.downloadSetAside(item)}>Download what was stored<span class="visually-hidden"> for ${title}</span></button>
        <button type="button" class="secondary" data-hide-set-aside @click=${() => void this.hideSetAside(item)}>Hide this<span class="visually-hidden"> notice about ${title}</span></button>
      </div>
    </li>`;
  }

  private async recover(text: string, status: string): Promise<void> {
    const entry = await this.add(text);
    if (!entry) return;
    this.status = status;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(entry.key)}"] button`)?.focus();
  }

  private downloadSetAside(item: Unreadable): void {
    let stored: string;
    try {
      stored = typeof item.record.value === 'string' ? item.record.value : JSON.stringify(item.record.value, null, 2) ?? String(item.record.value);
    } catch {
      stored = String(item.record.value);
    }
    downloadText(stored, fileNameFor(`${looseProperty(item.text ?? '', 'id') ?? 'unreadable-pathway'}-as-stored`, 'json'), 'application/json');
  }

  private async hideSetAside(item: Unreadable): Promise<void> {
    try {
      await (await this.storage()).hideSetAside(item.record.id);
    } catch (error) {
      this.failure = `The notice could not be hidden: ${(error as Error).message}`;
      return;
    }
    this.unreadable = this.unreadable.filter((other) => other.record.id !== item.record.id);
    this.status = `The notice about "${item.title}" is hidden. What was stored is still kept on this computer.`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-unreadable] button, [data-new]')?.focus();
  }

  private renderDeleted(): TemplateResult | typeof nothing {
    const deleted = this.deleted;
    if (!deleted) return nothing;
    return html`<div class="banner" data-deleted tabindex="-1" role="region" aria-labelledby="deleted-title">
      <p class="banner__title" id="deleted-title">Pathway deleted</p>
      <div class="banner__content">
        <p>"${titleOf(deleted.text)}" was deleted from this computer. Any versions you published from it are kept.</p>
        <button type="button" class="secondary" data-undo @click=${() => void this.undoDelete()}>Undo<span class="visually-hidden"> deleting ${titleOf(deleted.text)}</span></button>
      </div>
    </div>`;
  }

  private renderReport(report: ImportReport, index: number): TemplateResult {
    const readiness = report.readiness;
    const id = `import-${index}`;
    let body: TemplateResult;
    if (report.refused !== undefined) {
      body = html`<p>It was not imported: ${report.refused}.</p>`;
    } else if (readiness?.syntax !== undefined) {
      body = html`<p>It is not valid JSON (${readiness.syntax}). It was imported exactly as it is, so you can open it and fix it in the JSON view.</p>`;
    } else if (readiness && readiness.errors.length > 0) {
      body = html`<p>It was imported, but it has ${count(readiness.errors.length, 'error')} to fix before it can be published:</p>
        <ul data-report-errors>${readiness.errors.map((problem) => html`<li>${problem.message}</li>`)}</ul>`;
    } else {
      body = html`<p>It was imported and has no errors${readiness && readiness.warnings.length > 0 ? ` (${count(readiness.warnings.length, 'warning')})` : ''}.</p>`;
    }
    const entry = report.key === undefined ? undefined : this.entries.find((e) => e.key === report.key);
    return html`<div class=${report.refused === undefined && readiness?.ok ? 'banner banner--success' : 'banner'} data-import-report tabindex="-1" role="region" aria-labelledby=${id}>
      <p class="banner__title" id=${id}>${report.refused === undefined ? 'Imported file' : 'Not imported'}: ${report.fileName}</p>
      <div class="banner__content">
        ${body}
        <div class="buttons">
          ${entry ? html`<button type="button" data-report-open @click=${() => this.open(entry)}>Open it</button>` : nothing}
          <button type="button" class="secondary" data-report-dismiss @click=${() => (this.reports = this.reports.filter((r) => r !== report))}>Dismiss<span class="visually-hidden"> the report on ${report.fileName}</span></button>
        </div>
      </div>
    </div>`;
  }

  private handleNew = async (): Promise<void> => {
    const choice = this.renderRoot.querySelector<HTMLSelectElement>('#start-from')?.value ?? '';
    const seed = choice === '' ? undefined : this.seeds[Number(choice)];
    const source = seed ? seed.pathway : BLANK_PATHWAY;
    const text = typeof source === 'string' ? source : formatJson(source);
    const entry = await this.add(text);
    if (entry) this.status = `New pathway "${titleOf(text)}" added.`;
  };

  private handleFileInput = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    await this.importFiles(files);
  };

  private handleDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private handleDrop = async (event: DragEvent): Promise<void> => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    this.dragging = false;
    await this.importFiles(files);
  };

  /** Imports files as new working copies, each exactly as written, and reports on each. */
  async importFiles(files: readonly File[]): Promise<ImportReport[]> {
    const reports: ImportReport[] = [];
    for (const file of files) {
      if (file.size > MAX_IMPORT_BYTES) {
        reports.push({ fileName: file.name, refused: `it is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for a pathway file` });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        reports.push({ fileName: file.name, refused: 'the file could not be read' });
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const entry = await this.add(text);
      reports.push(entry ? { fileName: file.name, key: entry.key, readiness: readinessOf(text) } : { fileName: file.name, refused: 'it could not be saved on this computer' });
    }
    this.reports = [...reports, ...this.reports];
    this.status = importStatus(reports);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-import-report]')?.focus();
    return reports;
  }

  /** A new working copy; what it starts from is kept as its origin, for its first publication's change list. */
  private async add(text: string, origin = text): Promise<SavedDraft | undefined> {
    try {
      const entry = await (await this.storage()).put(newLibraryKey(), text, undefined, origin);
      await this.refresh();
      return entry;
    } catch (error) {
      this.failure = `The pathway could not be saved on this computer: ${(error as Error).message}`;
      return undefined;
    }
  }

  private open(entry: SavedDraft): void {
    const detail = entry.origin === undefined ? { key: entry.key, text: entry.text } : { key: entry.key, text: entry.text, origin: entry.origin };
    this.dispatchEvent(new CustomEvent('pe-library-open', { detail, bubbles: true, composed: true }));
  }

  /** A copy beside the original, titled "… (copy)" with its own id so the two never share schools' drafts. */
  async duplicate(entry: SavedDraft): Promise<SavedDraft | undefined> {
    let text = entry.text;
    const value = readinessOf(text).value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const copy = { ...(value as Record<string, unknown>) };
      if (typeof copy.title === 'string') copy.title = `${copy.title} (copy)`;
      if (typeof copy.id === 'string') copy.id = `${copy.id}-copy`.slice(0, 80);
      text = formatJson(copy);
    }
    const added = await this.add(text);
    if (!added) return added;
    const where = this.entries[0]?.key === added.key ? ' at the top of the list' : '';
    this.status = `"${titleOf(text)}" added${where}.`;
    // Focus follows the copy: left on the original's Duplicate, a second Enter would copy the original again.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(added.key)}"] [data-action="open"]`)?.focus();
    return added;
  }

  export(entry: SavedDraft): void {
    downloadText(entry.text, fileNameFor(looseProperty(entry.text, 'id') ?? entry.key, 'json'), 'application/json');
  }

  /** Deletes the working copy; Undo puts it back exactly. Published versions stay. */
  async delete(entry: SavedDraft): Promise<void> {
    try {
      await (await this.storage()).delete(entry.key);
    } catch (error) {
      this.failure = `The pathway could not be deleted: ${(error as Error).message}`;
      return;
    }
    this.entries = this.entries.filter((e) => e.key !== entry.key);
    this.deleted = entry;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-deleted]')?.focus();
  }

  async undoDelete(): Promise<void> {
    const entry = this.deleted;
    if (!entry) return;
    await (await this.storage()).restore(entry);
    this.deleted = undefined;
    await this.refresh();
    this.status = `"${titleOf(entry.text)}" is back.`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(entry.key)}"] button`)?.focus();
  }
}

/** What can still be had from an unreadable record: its text where it holds one, and what was published from it. */
async function recoverable(record: SetAsideRecord, store: LibraryStore): Promise<Unreadable> {
  const value = record.value;
  const held = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? (value as { text?: unknown }).text : undefined;
  const text = typeof held === 'string' && held.trim() !== '' ? held : undefined;
  const published = await store.published(record.key).catch(() => []);
  const title = (text !== undefined ? looseProperty(text, 'title') : undefined) ?? (published[0] ? looseProperty(published[0].text, 'title') : undefined) ?? 'A pathway with no readable title';
  return text !== undefined ? { record, text, title, published } : { record, title, published };
}

function titleOf(text: string): string {
  return looseProperty(text, 'title') ?? 'Untitled pathway';
}

/** What the status region says after an import: what the reports say, refusals named with their reason. */
function importStatus(reports: readonly ImportReport[]): string {
  const refused = reports.filter((report) => report.refused !== undefined).map((report) => `${report.fileName} was not imported: ${report.refused}.`);
  const imported = reports.length - refused.length;
  if (refused.length === 0) return reports.length === 1 ? `Imported ${reports[0]!.fileName}.` : `Imported ${reports.length} files.`;
  if (reports.length === 1) return refused[0]!;
  return [`Imported ${imported} of ${reports.length} files.`, ...refused].join(' ');
}
