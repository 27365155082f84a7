import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderPublicPage, stageMap, stageMapSvg } from '@pathway/core';
import type { PathwayChange } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { formatJson } from '../modeling/index.js';
import type { Modeling } from '../modeling/index.js';
import { openLibraryStore } from '../library/library-store.js';
import type { LibraryStore, PublishedVersion } from '../library/library-store.js';
import { downloadText, fileNameFor } from '../library/download.js';
import { panelStyles } from '../library/panel-styles.js';
import { count, readinessOf } from './readiness.js';
import { CHANGE_MEANINGS, embedSnippet, planPublication, publishedPathway, today, versionOrder } from './versions.js';
import type { ChangeSize } from './versions.js';

/** `pe-published`: a version was published. */
export type PublishedEvent = CustomEvent<{ key: string; version: string; text: string; changes: PathwayChange[] }>;

interface Outputs {
  version: string;
  pathway: Pathway;
  json: string;
  snippet: string;
  pageUrl: string;
  mapUrl: string;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Publishing a pathway: blocked, with every problem listed, while the JSON, the schema or lint
 * has an error; otherwise the author chooses a major or minor change (each explained for
 * schools with saved answers), sees the change list against the last version published here,
 * and publishes. Publishing bumps the version, stamps "in force from" and "last updated" as
 * today, writes the change list into the file's changelog, keeps the published version in
 * IndexedDB for good (read-only), applies the same stamps to the working copy (one undoable
 * step) and offers three outputs: the JSON with the embed snippet, the public page and the
 * stage map.
 *
 * Give it the pathway's library key and the open pathway's `Modeling` (`editor.modeling`).
 *
 * @summary Publish a pathway: versions, change list, outputs.
 *
 * @fires pe-published - A version was published. `detail`: `{ key, version, text, changes }`.
 */
export class PublishPanel extends LitElement {
  static override styles = panelStyles;

  /** The pathway's key in the library (its working copy's key): published versions are kept under it. */
  @property() key = '';

  /** The open pathway. */
  @property({ attribute: false }) modeling: Modeling | undefined;

  /**
   * The pathway's text as the author first opened it (a seed, an imported file): what its first
   * publication here is compared with when that version was published elsewhere.
   */
  @property({ attribute: false }) origin: string | undefined;

  /** Storage, opened on first use; tests may give their own. */
  @property({ attribute: false }) store: LibraryStore | undefined;

  @state() private versions: PublishedVersion[] = [];
  @state() private size: ChangeSize | undefined;
  @state() private summary = '';
  @state() private sizeError = false;
  @state() private outputs: Outputs | undefined;
  @state() private status = '';
  @state() private failure = '';
  @state() private busy = false;
  @state() private revision = 0;

  private unsubscribe: (() => void) | undefined;
  private loadedFor: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.revokeOutputs();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.modeling && !this.unsubscribe) this.follow(this.modeling);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('modeling')) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      if (this.modeling && this.isConnected) this.follow(this.modeling);
    }
    if (changed.has('key') && this.key !== this.loadedFor) {
      this.outputs = undefined;
      this.status = '';
      void this.loadVersions();
    }
  }

  /** Resolves once the published versions for the key have been read. */
  async ready(): Promise<void> {
    await this.loading;
    await this.updateComplete;
  }

  private loading: Promise<void> | undefined;

  /**
   * Redraws after the author pauses (150 ms), not on every keystroke: checking and comparing a
   * large pathway takes a few milliseconds, and typing elsewhere must stay quick.
   */
  private follow(modeling: Modeling): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = modeling.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => (this.revision += 1), 150);
    });
    this.unsubscribe = () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }

  private async storage(): Promise<LibraryStore> {
    this.store ??= await openLibraryStore();
    return this.store;
  }

  private loadVersions(): Promise<void> {
    const key = this.key;
    this.loadedFor = key;
    this.loading = (async () => {
      if (!key) {
        this.versions = [];
        return;
      }
      try {
        const versions = await (await this.storage()).published(key);
        if (this.key === key) this.versions = versions;
      } catch (error) {
        this.failure = `Published versions cannot be read on this computer: ${(error as Error).message}`;
      }
    })();
    return this.loading;
  }

  /** The last version published here, parsed. */
  private get previous(): Pathway | undefined {
    const latest = this.versions[0];
    if (!latest) return undefined;
    try {
      return JSON.parse(latest.text) as Pathway;
    } catch {
      return undefined;
    }
  }

  /** The pathway as first opened, parsed. */
  private get started(): Pathway | undefined {
    if (this.origin === undefined) return undefined;
    const readiness = readinessOf(this.origin);
    return readiness.pathway;
  }

  override render(): TemplateResult {
    const text = this.modeling?.state.text;
    return html`<section aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      <div role="status" class="visually-hidden">${this.status}</div>
      ${this.failure ? html`<p class="error-message" role="alert">${this.failure}</p>` : nothing}
      ${this.outputs ? this.renderOutputs(this.outputs) : nothing}
      ${text === undefined ? html`<p>Open a pathway to publish it.</p>` : this.renderForm(text)}
      ${this.renderVersions()}
    </section>`;
  }

  private renderForm(text: string): TemplateResult {
    const readiness = readinessOf(text);
    if (readiness.syntax !== undefined) {
      return html`<div class="error-summary" data-blocked>
        <h3>This pathway cannot be published until its JSON is fixed</h3>
        <ul><li>${readiness.syntax}</li></ul>
        <p>Fix it in the JSON view; nothing you typed has been lost.</p>
      </div>`;
    }
    if (!readiness.ok || !readiness.pathway) {
      return html`<div class="error-summary" data-blocked>
          <h3>This pathway cannot be published until ${readiness.errors.length === 1 ? 'this error is' : `these ${readiness.errors.length} errors are`} fixed</h3>
          <ul data-errors>
            ${readiness.errors.map((problem) => html`<li>${problem.message}</li>`)}
          </ul>
        </div>
        ${this.renderWarnings(readiness.warnings.map((p) => p.message))}`;
    }
    const pathway = readiness.pathway;
    const previous = this.previous;
    const plan = planPublication(pathway, previous, this.size ?? 'major', this.started);
    const latest = this.versions[0];
    return html`
      ${latest
        ? html`<p>Last published here: version ${latest.version}, ${dateFormat.format(new Date(latest.publishedAt))}.</p>`
        : html`<p>This pathway has not been published from this computer yet.</p>`}
      ${this.renderWarnings(readiness.warnings.map((p) => p.message))}
      ${plan.first
        ? html`<p data-first>It will be published as version ${plan.version}, in force from today. Later versions are numbered from it.</p>`
        : this.renderSizes(pathway, previous)}
      <label for="summary">In a sentence, what this version means for schools (optional)</label>
      <p class="hint" id="summary-hint">Schools with saved answers see it above the list of changes.</p>
      <textarea id="summary" rows="2" aria-describedby="summary-hint" .value=${this.summary}
        @input=${(event: Event) => (this.summary = (event.target as HTMLTextAreaElement).value)}></textarea>
      ${plan.first ? nothing : this.renderChanges(plan.changes, plan.previousVersion ?? '', plan.compared, previous === undefined)}
      <div class="buttons">
        <button type="button" data-publish ?disabled=${this.busy} @click=${() => void this.publish()}>
          ${plan.first || this.size ? `Publish version ${plan.version}` : 'Publish'}
        </button>
      </div>`;
  }

  private renderWarnings(warnings: string[]): TemplateResult | typeof nothing {
    if (warnings.length === 0) return nothing;
    return html`<details>
      <summary>${count(warnings.length, 'warning')} (warnings do not stop publishing)</summary>
      <ul>${warnings.map((message) => html`<li>${message}</li>`)}</ul>
    </details>`;
  }

  private renderSizes(pathway: Pathway, previous: Pathway | undefined): TemplateResult {
    const from = previous?.version ?? pathway.version;
    const nexts = { major: planPublication(pathway, previous, 'major', this.started).version, minor: planPublication(pathway, previous, 'minor', this.started).version };
    // A dated version ("2025.1", "2023-01-16") is the next date whatever the size: say it once, not as if the choice changed it.
    const same = nexts.major === nexts.minor;
    const describedBy = [same ? 'size-same' : '', this.sizeError ? 'size-error' : ''].filter(Boolean).join(' ');
    return html`<div class=${this.sizeError ? 'form-group--error' : ''}>
      <fieldset aria-describedby=${describedBy === '' ? nothing : describedBy}>
        <legend>How big is this change?</legend>
        ${same ? html`<p class="hint" id="size-same">Version ${from} becomes ${nexts.major} either way.</p>` : nothing}
        ${this.sizeError ? html`<p class="error-message" id="size-error"><span class="visually-hidden">Error:</span> Choose a major or a minor change</p>` : nothing}
        ${(['major', 'minor'] as const).map((size) => {
          const meaning = CHANGE_MEANINGS[size];
          const next = nexts[size];
          return html`<div class="radio">
            <input type="radio" name="size" id="size-${size}" value=${size} .checked=${this.size === size} aria-describedby="size-${size}-hint"
              @change=${() => {
                this.size = size;
                this.sizeError = false;
              }} />
            <label for="size-${size}">${same ? meaning.label : `${meaning.label}: version ${from} becomes ${next}`}</label>
            <p class="hint" id="size-${size}-hint">${meaning.hint}</p>
          </div>`;
        })}
      </fieldset>
      ${this.renderVersionOrder(from, planPublication(pathway, previous, this.size ?? 'major', this.started).version, previous === undefined)}
    </div>`;
  }

  /** A next version that does not plainly come after the last is never offered without saying so. */
  private renderVersionOrder(from: string, next: string, ownVersionCounts: boolean): TemplateResult | typeof nothing {
    const order = versionOrder(next, from);
    if (order === 'after') return nothing;
    const why =
      order === 'unknown'
        ? `"${from}" is not a number or a date, so nobody can tell from the labels that ${next} is newer.`
        : `${next} would look older than ${from}.`;
    // Before anything is published here, a version the author types is the one published (planPublication).
    const way = ownVersionCounts ? ' To number it your own way, change Version in Pathway settings before you publish.' : '';
    return html`<p class="hint" data-version-order>${why}${way}</p>`;
  }

  private renderChanges(changes: PathwayChange[], previousVersion: string, compared: boolean, asOpened: boolean): TemplateResult {
    if (!compared) {
      return html`<h3>What changed</h3>
        <p>Version ${previousVersion} was not published from this computer, so there is nothing here to compare with. Say what changed in the sentence above.</p>`;
    }
    return html`<h3>What changed since version ${previousVersion}${asOpened ? ' as you first opened it' : ''}</h3>
      ${changes.length === 0
        ? html`<p data-changes>Nothing has changed since version ${previousVersion}.</p>`
        : html`<p class="hint">This list is written into the pathway file, and schools with saved answers are shown it.</p>
            <ul data-changes>${changes.map((change) => html`<li>${change.text}</li>`)}</ul>`}`;
  }

  private renderOutputs(outputs: Outputs): TemplateResult {
    const id = outputs.pathway.id;
    return html`<div class="banner banner--success" data-published tabindex="-1" aria-labelledby="published-title">
      <h3 class="banner__title" id="published-title">Version ${outputs.version} published</h3>
      <div class="banner__content">
        <p>It is kept on this computer and cannot be changed. Put it on your website in any of these three ways.</p>
        <h4>For your web team: the pathway file and the embed snippet</h4>
        <label for="out-json">Pathway file (${fileNameFor(id, 'json')})</label>
        <textarea id="out-json" class="code" rows="6" readonly .value=${outputs.json}></textarea>
        <div class="buttons">
          <button type="button" class="secondary" data-copy="json" @click=${() => void this.copy('out-json', outputs.json, 'The pathway file')}>Copy the pathway file</button>
          <button type="button" class="secondary" @click=${() => downloadText(outputs.json, fileNameFor(id, 'json'), 'application/json')}>Download the pathway file</button>
        </div>
        <label for="out-snippet">Embed snippet</label>
        <p class="hint" id="out-snippet-hint">Put the pathway file at the address in the snippet, or change the address to where you put it.</p>
        <textarea id="out-snippet" class="code" rows="3" readonly aria-describedby="out-snippet-hint" .value=${outputs.snippet}></textarea>
        <div class="buttons">
          <button type="button" class="secondary" data-copy="snippet" @click=${() => void this.copy('out-snippet', outputs.snippet, 'The embed snippet')}>Copy the embed snippet</button>
        </div>
        <h4>The public page</h4>
        <p>The whole pathway as one web page that prints well, for the documents section of your website.</p>
        <div class="buttons">
          <a class="button secondary" data-page-download href=${outputs.pageUrl} download=${fileNameFor(id, 'html')}>Download the public page</a>
          <a class="button secondary" data-page-open href=${outputs.pageUrl} target="_blank" rel="noopener">Open the public page<span class="visually-hidden"> (opens in a new tab)</span></a>
        </div>
        <h4>The stage map</h4>
        <div class="buttons">
          <a class="button secondary" data-map-download href=${outputs.mapUrl} download=${fileNameFor(id, 'svg')}>Download the stage map (SVG)</a>
        </div>
      </div>
    </div>`;
  }

  private renderVersions(): TemplateResult | typeof nothing {
    if (this.versions.length === 0) return nothing;
    return html`<h3>Published versions</h3>
      <p class="hint">Kept on this computer as they were published. They cannot be changed.</p>
      <ul class="summary-list" data-versions>
        ${this.versions.map(
          (version) => html`<li>
            <p class="name">Version ${version.version}</p>
            <p class="secondary-text">Published ${dateFormat.format(new Date(version.publishedAt))}</p>
            <button type="button" class="secondary" @click=${() => downloadText(version.text, fileNameFor(`${this.idOf(version)}-${version.version}`, 'json'), 'application/json')}>
              Download<span class="visually-hidden"> version ${version.version}</span>
            </button>
          </li>`,
        )}
      </ul>`;
  }

  private idOf(version: PublishedVersion): string {
    try {
      return String((JSON.parse(version.text) as Pathway).id);
    } catch {
      return 'pathway';
    }
  }

  /** Publishes the open pathway, if nothing stops it. */
  async publish(): Promise<void> {
    const modeling = this.modeling;
    if (!modeling || !this.key || this.busy) return;
    await this.loading;
    const readiness = readinessOf(modeling.state.text);
    if (!readiness.ok || !readiness.pathway) return;
    const previous = this.previous;
    const firstPlan = planPublication(readiness.pathway, previous, 'major', this.started);
    if (!firstPlan.first && !this.size) {
      this.sizeError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#size-major')?.focus();
      return;
    }
    const size = this.size ?? 'major';
    const plan = planPublication(readiness.pathway, previous, size, this.started);
    const date = today();
    const published = publishedPathway(readiness.pathway, plan, size, this.summary, date);
    const json = formatJson(published);
    this.busy = true;
    this.failure = '';
    const checkedRevision = modeling.state.revision;
    try {
      const store = await this.storage();
      // What was checked is what is published: an edit made while the store opened (the JSON
      // made invalid, say) stops the publication before anything is kept.
      if (modeling.state.revision !== checkedRevision) {
        this.failure = 'The pathway changed while it was being published, so nothing was published. Check it again, then publish.';
        this.busy = false;
        return;
      }
      // The working copy carries the new version, dates and changelog: one step, undoable. It is
      // made first, so a version is only kept once the working copy says so.
      modeling.patch(
        [
          { op: 'add', path: '/version', value: published.version },
          { op: 'add', path: '/effectiveFrom', value: date },
          { op: 'add', path: '/lastUpdated', value: date },
          { op: 'add', path: '/changelog', value: published.changelog },
        ],
        { label: `publish version ${plan.version}` },
      );
      const record = await store.addPublished({ key: this.key, version: plan.version, publishedAt: new Date().toISOString(), text: json });
      this.versions = [record, ...this.versions];
      await store.put(this.key, modeling.state.text, modeling.history());
    } catch (error) {
      this.failure = `Version ${plan.version} could not be kept on this computer, so it was not published: ${(error as Error).message}`;
      this.busy = false;
      return;
    }
    this.revokeOutputs();
    this.outputs = {
      version: plan.version,
      pathway: published,
      json,
      snippet: embedSnippet(published),
      pageUrl: URL.createObjectURL(new Blob([renderPublicPage(published)], { type: 'text/html' })),
      mapUrl: URL.createObjectURL(new Blob([stageMapSvg(stageMap(published))], { type: 'image/svg+xml' })),
    };
    this.size = undefined;
    this.summary = '';
    this.busy = false;
    this.status = `Version ${plan.version} published.`;
    this.dispatchEvent(
      new CustomEvent('pe-published', { detail: { key: this.key, version: plan.version, text: json, changes: plan.changes }, bubbles: true, composed: true }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-published]')?.focus();
  }

  /** Copies with the Clipboard API, or else selects the text and copies the old way, or asks the author to. */
  private async copy(fieldId: string, text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = `${what} is copied.`;
      return;
    } catch {
      // No clipboard permission (or no secure context): fall back below.
    }
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${fieldId}`);
    field?.focus();
    field?.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    this.status = copied ? `${what} is copied.` : `${what} is selected: press Ctrl+C (or Cmd+C) to copy it.`;
  }

  private revokeOutputs(): void {
    if (!this.outputs) return;
    URL.revokeObjectURL(this.outputs.pageUrl);
    URL.revokeObjectURL(this.outputs.mapUrl);
  }
}
