/**
 * The pathway definition: where it comes from (`.pathway`, else `src`), reading and checking
 * it, and the engine model built from it. A definition that passes is handed to the element
 * (`accepted`), which carries the journey over to it; one that fails is shown as content with
 * every problem listed, and the last good definition is kept, so the journey can go on when a
 * corrected one arrives (the editor's live preview passes through broken drafts of a pathway).
 *
 * A `.pathway` object is read synchronously, so a new one never shows "Loading…" in between.
 * A `src` is fetched within `timeLimits().load`; while a newer `src` loads, the current
 * pathway stays on screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaseInput, Evaluation, OutlineReference, PathwayModel } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import type { PathwayErrorCode } from '../events.js';
import type { FirstPaintStrings } from '../i18n/first-paint-strings.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { checkDefinition, fetchPathwayDocument, readProblemText } from '../load/load-pathway.js';
import type { LoadFailure, StructureFailure } from '../load/load-pathway.js';
import { loadPart, loadedPart, trackPartWork } from '../load/parts.js';
import type { LoadErrorView } from '../pages/error-panel.js';
import { timeLimits } from './time-limits.js';

/** A definition that passed its checks, with what the widget works from. */
export interface Definition {
  pathway: Pathway;
  index: PathwayIndex;
  model: PathwayModel;
  /**
   * A fingerprint of the checked copy as JSON: the same fingerprint means the same definition.
   * Worked out when first read, which is when a later definition is compared with this one.
   */
  readonly json: string;
  /**
   * The trial evaluation (see `build`) and its input, an untouched journey's: kept until the
   * journey's first evaluation takes it, so the same input is not evaluated twice.
   */
  trial?: { input: CaseInput; evaluation: Evaluation };
}

export type DefinitionState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** It passed its structural check; the engine (in the journey part) is still on its way. The start page can be drawn. */
  | { status: 'checked'; pathway: Pathway }
  | { status: 'error'; code: PathwayErrorCode; error: LoadErrorView }
  | { status: 'ready'; definition: Definition };

/** Where the definition comes from: an object (`.pathway`) wins over an address (`src`). */
export type DefinitionSource = { pathway: unknown; src: string | undefined };

export interface DefinitionHost {
  /** The widget's words, for messages. */
  words(): FirstPaintStrings;
  /** Today (YYYY-MM-DD), for the trial evaluation that proves the engine can work the pathway. */
  today(): string;
  /** A definition passed; `previous` is the one the journey was on (undefined the first time). */
  accepted(definition: Definition, previous: Definition | undefined): void;
  /** Loading or checking failed; the message lists the problems. */
  failed(code: PathwayErrorCode, message: string): void;
}

/**
 * The text's length and two 32-bit FNV-1a hashes of it: kept instead of the text itself (a
 * large pathway's JSON is hundreds of kilobytes) to tell a changed definition from a copy.
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x811c9dc5) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

type Problem =
  | Exclude<LoadFailure, { code: 'not-json' }>
  | { ok: false; code: 'not-json'; problems: string[]; url: string; contentType: string; retryable: false }
  | { ok: false; code: 'no-source'; retryable: false };

export class DefinitionController implements ReactiveController {
  state: DefinitionState = { status: 'idle' };
  /** The last definition that passed, kept while a newer one is broken or loading. */
  current: Definition | undefined;

  private source: DefinitionSource | undefined;
  private token = 0;
  /** A checked definition waiting for the engine. */
  private waiting: { pathway: Pathway; token: number } | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delegate: DefinitionHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page while a download was under way (disconnecting stopped it): start again.
    if (this.state.status === 'loading' && !this.abort && this.source) this.load(this.source);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Loads from `source`: at once for an object, in the background for an address. */
  load(source: DefinitionSource): void {
    this.source = source;
    const token = ++this.token;
    this.abort?.abort();
    this.abort = undefined;
    if (source.pathway !== undefined && source.pathway !== null) {
      this.take({ given: source.pathway }, token);
      return;
    }
    if (!source.src) {
      this.fail({ ok: false, code: 'no-source', retryable: false }, token);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    if (this.state.status !== 'ready') this.set({ status: 'loading' });
    void fetchPathwayDocument(source.src, abort.signal, timeLimits().load).then((fetched) => {
      if (token !== this.token) return;
      this.abort = undefined;
      if (fetched.ok) this.take({ parsed: fetched.parsed }, token);
      else if ('problem' in fetched) {
        this.fail({ ok: false, code: 'invalid-pathway', problems: [readProblemText(fetched, this.delegate.words())], retryable: false }, token);
      } else if (fetched.code === 'not-json') void trackPartWork(this.explainSyntax(fetched, token));
      else this.fail(fetched, token);
    });
  }

  /** "Try again" after a failure: loads the same source again. */
  retry = (): void => {
    if (this.source) this.load(this.source);
  };

  /** The engine failed on this pathway while working: shown as content, never thrown into the page. */
  failWhileWorking(): void {
    this.fail({ ok: false, code: 'invalid-pathway', problems: [this.delegate.words().loadProblemEngine], retryable: false }, this.token);
  }

  private take(source: Parameters<typeof checkDefinition>[0], token: number): void {
    const words = this.delegate.words();
    const checked = checkDefinition(source, words);
    if (!checked.ok) {
      this.waiting = undefined;
      if ('errors' in checked) void trackPartWork(this.explain(checked, token));
      else this.fail(checked, token);
      return;
    }
    if (loadedPart('journey')) {
      this.build(checked.pathway, token);
      return;
    }
    // The first definition usually arrives before the engine: its start page can be drawn
    // meanwhile (while a newer one waits, the current one stays on screen). If the part fails
    // here, the element shows it and its "Try again" calls engineArrived once the part is in.
    this.waiting = { pathway: checked.pathway, token };
    if (this.state.status !== 'ready') this.set({ status: 'checked', pathway: checked.pathway });
    void trackPartWork(loadPart('journey').then(() => this.engineArrived(), () => undefined));
  }

  /** The journey part (with the engine) arrived: the definition waiting for it is read now. */
  engineArrived(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting && waiting.token === this.token) this.build(waiting.pathway, waiting.token);
  }

  /**
   * The engine reads a checked definition and tries one evaluation, so a pathway it cannot work
   * is refused here, not mid-journey. The trial is of an untouched journey's input, so a new
   * journey's first evaluation is this one (the journey controller takes it from `trial`).
   */
  private build(pathway: Pathway, token: number): void {
    const words = this.delegate.words();
    const engine = loadedPart('journey');
    if (!engine) return;
    let definition: Definition;
    try {
      const input = engine.JourneyController.startingInput(this.delegate.today());
      const worked = engine.workPathway(pathway, input);
      // A reference to nothing would silently never hold (an exception that never applies):
      // refused with each one named, as an authoring check would.
      if (!worked.ok) {
        void trackPartWork(this.explainReferences(pathway, worked.unresolved, token));
        return;
      }
      // The engine walked the document already: its outline serves the widget's index too.
      const index = engine.indexPathway(pathway, worked.outline);
      let json: string | undefined;
      definition = {
        pathway,
        index,
        model: worked.model,
        trial: { input, evaluation: worked.trial },
        // Only needed when a later definition arrives (the checked copy is the widget's own, never changed).
        get json() {
          return (json ??= fingerprint(JSON.stringify(pathway)));
        },
      };
    } catch {
      this.fail({ ok: false, code: 'invalid-pathway', problems: [words.loadProblemEngine], retryable: false }, token);
      return;
    }
    const previous = this.current;
    // The same definition again (a page re-assigning an unchanged copy): nothing to do.
    if (previous && previous.json === definition.json && this.state.status === 'ready') return;
    this.current = definition;
    this.set({ status: 'ready', definition });
    this.delegate.accepted(definition, previous);
  }

  /** A pathway that failed its structural check: its mistakes are explained by a part loaded only for this (load/parts.ts). */
  private async explain(failure: StructureFailure, token: number): Promise<void> {
    const words = this.delegate.words();
    const part = await loadPart('explain').catch(() => undefined);
    const problems = part ? part.explainStructure(failure.doc, failure.errors, words) : [words.loadProblemUnexplained];
    this.fail({ ok: false, code: 'invalid-pathway', problems, retryable: false }, token);
  }

  /** A pathway that names things it does not have: each said where it is, by the same part. */
  private async explainReferences(pathway: Pathway, references: readonly OutlineReference[], token: number): Promise<void> {
    const words = this.delegate.words();
    const part = await loadPart('explain').catch(() => undefined);
    const problems = part ? part.explainReferences(pathway, references, words) : [words.loadProblemUnexplained];
    this.fail({ ok: false, code: 'invalid-pathway', problems, retryable: false }, token);
  }

  /** A file that is not JSON: where it first goes wrong (line and column), found by the same part. */
  private async explainSyntax(failure: Extract<LoadFailure, { code: 'not-json' }>, token: number): Promise<void> {
    const where = (await loadPart('explain').catch(() => undefined))?.explainSyntax(failure.text);
    this.fail({ ok: false, code: 'not-json', problems: where ? [where] : [], url: failure.url, contentType: failure.contentType, retryable: false }, token);
  }

  /**
   * The user is told at once. `pathway-error` also says what the page's web team or the council
   * should fix, where there is something to fix (load/web-team.ts, a part loaded only now), and
   * goes without it if that part cannot be downloaded either.
   */
  private fail(result: Problem, token: number): void {
    if (token !== this.token || result.code === 'aborted') return;
    const error = this.errorView(result);
    this.set({ status: 'error', code: result.code, error });
    const told = [error.message, ...error.problems].join('\n');
    if (result.code === 'load-timeout' || result.code === 'no-source') return this.delegate.failed(result.code, told);
    void trackPartWork(
      loadPart('webTeam')
        .then((part) => part.adviceFor(result, location.origin), () => undefined)
        .then((advice) => token === this.token && this.delegate.failed(result.code, advice ? `${told}\n${advice}` : told)),
    );
  }

  private errorView(result: Exclude<Problem, { code: 'aborted' }>): LoadErrorView {
    const words = this.delegate.words();
    switch (result.code) {
      case 'fetch-failed':
        return { message: words.loadErrorFetch, problems: [], retryable: true };
      // Trying again on this page cannot help: the page itself must change.
      case 'csp-blocked':
      case 'bad-src':
        return { message: words.loadErrorBlocked, problems: [], retryable: false };
      // A 404 or 410 is a wrong address, not a busy server: no "Try again".
      case 'http-error':
        return { message: words.loadErrorHttp(result.status, result.retryable), problems: [], retryable: result.retryable };
      // The same file again would fail the same way.
      case 'not-json':
        return { message: words.loadErrorNotJson, problems: result.problems, retryable: false };
      case 'load-timeout':
        return { message: words.loadErrorTimeout, problems: [], retryable: true };
      case 'invalid-pathway':
        // Never empty: checkDefinition and every refusal here name at least one problem.
        return { message: words.loadErrorInvalid, problems: result.problems, retryable: false };
      case 'no-source':
        return { message: words.loadErrorNoSource, problems: [], retryable: false };
    }
  }

  private set(state: DefinitionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
