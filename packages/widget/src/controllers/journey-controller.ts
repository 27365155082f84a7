/**
 * The journey: everything entered (figures, circumstances, answers, evidence, the chosen stage,
 * pupil details), the engine's view of it (evaluation and summary, cached), and the stage it
 * puts the pupil at.
 *
 * - It survives a changed definition: `adopt` carries what was entered over to the new one with
 *   the draft's reconciliation (`reconcile`, keeping reworded questions' answers that still fit),
 *   and keeps what no longer fits on a shelf, so it comes back if the item does (an undo in the
 *   editor).
 * - A page's `case` seeds it, and a new `case` updates it (case-seed.ts).
 * - The stage never moves under the user: while a figure, a number or a date is being typed,
 *   the stage stays where it was (`hold`); when the entry is complete (`commit`: a change event,
 *   a click, a page change) the stage may move, and a move is announced once, politely, and
 *   told to the page in `pathway-stage-change`.
 * - When no band matches, a default stage is preselected: the engine's fallback where it gives
 *   one, else the stage that applies to every pupil, else the pathway's starting stage.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { summariseStage } from '@pathway/core';
import type { CaseInput, Evaluation, StageSummary, Summary } from '@pathway/core';
import { buildDraft, reconcile, stageNow } from '../drafts/draft-envelope.js';
import type { Draft, DraftChangeReport, DraftContent } from '../drafts/draft-envelope.js';
import type { PathwayChangeDetail } from '../events.js';
import { pathwayEvent } from '../events.js';
import { todayIso } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { Formatter } from '../i18n/format.js';
import { closeBidiDeep } from '../journey/bidi.js';
import { changePhrases, updateNote } from '../journey/update-note.js';
import type { UpdateNote } from '../journey/update-note.js';
import { stageMoved, stageMovedText } from '../journey/stage-moved.js';
import { followTypedFields, noTypedFieldChanges, renamedFields, typedFieldIds, typedFieldPhrases } from '../journey/renamed-fields.js';
import type { TypedFieldChanges } from '../journey/renamed-fields.js';
import { applyCase, emptySeed, readCase, withoutProblems } from '../journey/case-seed.js';
import type { CaseSeed } from '../journey/case-seed.js';
import { caseProblems } from '../journey/case-problems.js';
import { loadPart, trackPartWork } from '../load/parts.js';
import {
  baselineInputs,
  caseInput,
  cohortList,
  draftContent,
  emptyJourney,
  journeyAfterChange,
  journeyFromDraft,
  measureInputs,
  recordedOutcomes,
  sameInput,
  startingInput,
} from '../journey/journey-state.js';
import type { JourneyState } from '../journey/journey-state.js';
import type { PathwayIndex } from '../journey/pathway-index.js';
import { recordEntry } from '../journey/record-entry.js';
import { shelve, unshelve } from '../journey/shelf.js';
import { pupilLines } from '../journey/pupil.js';
import type { FieldInput } from '../pages/field-input.js';
import { redirectInto } from '../pages/placement-text.js';
import type { Definition } from './definition-controller.js';

/** Why a stage was preselected when the figures place the pupil at none. */
export interface DefaultStage {
  stageId: string;
  title: string;
  /**
   * universal: it applies to every pupil. start: the pathway starts there. offered: the most
   * intensive stage the figures match is not offered for this pupil (an exception blocks or
   * skips it), and the engine works at the most intensive one that is. redirected: an exception
   * sends the pupil from the stage the figures match to this one instead.
   */
  why: 'universal' | 'start' | 'offered' | 'redirected';
  /** For "offered" and "redirected": the stage the figures point to. */
  notOffered?: string;
}

/** What happened to the journey when its definition changed. */
export interface Adoption {
  report: DraftChangeReport;
  /** The stage being worked at before, and its title, when the new definition no longer has it. */
  stageRemoved?: { stageId: string; title: string };
  /** Whether anything entered changed (an answer dropped or put back, a chosen stage gone…): the page hears of it. */
  contentChanged: boolean;
}

export interface JourneyHost {
  words(): WidgetStrings;
  /** Numbers, dates and lengths in the page's language. */
  format(): Formatter;
  /** The `as-of` attribute, if set. */
  asOf(): string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Cache {
  version: number;
  asOf: string;
  definition: Definition;
  input: CaseInput;
  evaluation: Evaluation;
  defaultStage: DefaultStage | undefined;
}

export class JourneyController implements ReactiveController {
  /** The input of a journey with nothing entered: a definition's trial evaluates it, and the journey reuses that evaluation (`resolve`). */
  static readonly startingInput = startingInput;

  state: JourneyState = emptyJourney();
  /** Bumped on every change to what was entered; caches and the submit key compare against it. */
  version = 0;
  /** The user has entered something since the pathway appeared (a saved draft then never overwrites it). */
  touched = false;
  /** A page's `case` seeded the journey (a saved draft then does not replace it either). */
  seeded = false;
  /** The polite announcement of the current stage ("Stage: Identify and Understand"). */
  announcement = '';

  private definition: Definition | undefined;
  private caseSeed: CaseSeed = emptySeed();
  /** What a changed definition left out, kept in case the item comes back. */
  private shelf: Draft | undefined;
  private cache: Cache | undefined;
  private summaryCache: { version: number; cache: Cache; summary: Summary } | undefined;
  private stageSummaryCache: { version: number; cache: Cache; lines: StageSummary } | undefined;
  /** Set while a figure, number or date is being typed: the stage shown when typing began. */
  private held: { stageId: string | undefined } | undefined;
  /** The stage last announced; undefined until the journey's first stage is known. */
  private lastStage: { stageId: string | undefined } | undefined;
  private stageEventPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly env: JourneyHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.stageEventPending) return;
    this.stageEventPending = false;
    const current = this.cache?.evaluation.current;
    this.host.dispatchEvent(pathwayEvent('pathway-stage-change', { stageId: current?.stageId, title: current?.title }));
  }

  // ------------------------------------------------------------------------------------------
  // The definition and the case

  /**
   * Moves the journey onto `next`. The first time, the journey starts afresh (seeded by the
   * case, if any); after that, what was entered is carried over and the change reported.
   */
  adopt(next: Definition, typedFields: TypedFieldChanges = noTypedFieldChanges()): Adoption | undefined {
    const previous = this.definition;
    if (!previous) {
      this.definition = next;
      this.state = emptyJourney();
      this.changed();
      // The stage an empty journey starts at is the baseline, not news; a case that moves it is.
      this.lastStage = { stageId: this.safeEvaluation()?.stageId };
      if (applyCase(this.state, next.index, emptySeed(), usable(this.caseSeed, next.index))) {
        this.seeded = true;
        this.changed();
      }
      this.reportCase(next.index);
      return undefined;
    }
    const stageBefore = this.safeEvaluation()?.current;
    const before = this.snapshot();
    // The stage held while a box is typed into was placed by the old definition: the new one
    // places the case afresh (a definition is not a keystroke), and where the page goes follows it.
    this.held = undefined;
    const { content, report } = reconcile(before, next.index, { keepReworded: true });
    const restored = unshelve(this.shelf, next.index, content);
    this.shelf = shelve(this.shelf, before, content);
    const renamed = renamedFields(previous.index, next.index);
    followTypedFields(typedFields, previous.index, next.index, typedFieldIds(this.state), renamed);
    this.state = journeyAfterChange(next.index, content, this.state, renamed);
    this.definition = next;
    this.changed();
    // The status region never keeps a renamed stage's old title for a screen reader to find
    // (emptied, not said again: the update note says the rename).
    const title = this.safeEvaluation()?.current?.title;
    if (this.announcement !== '' && (title === undefined || this.announcement !== this.env.words().stageAnnouncement(title))) this.announcement = '';
    // A stage whose short name changed (its title the same, or a new stage in its place) is the same stage: the journey stays with it.
    const stageRemoved =
      stageBefore && stageNow(before.stageTexts, stageBefore.stageId, next.index) === undefined
        ? { stageId: stageBefore.stageId, title: stageBefore.title }
        : undefined;
    const dropped =
      report.removed.some((item) => item.previousAnswer !== undefined) ||
      report.changed.some((item) => item.previousAnswer !== undefined) ||
      report.evidenceDropped.length + report.cohortsDropped.length + report.measuresDropped.length > 0 ||
      report.stageDropped !== undefined ||
      // A chosen route or recorded outcome the new definition no longer has (format 1.1).
      (before.routes?.length ?? 0) !== (content.routes?.length ?? 0) ||
      (before.outcomes?.length ?? 0) !== (content.outcomes?.length ?? 0);
    // The case is read against the pathway as it is now (an edit may remove what it names).
    this.reportCase(next.index);
    return { report, contentChanged: dropped || restored, ...(stageRemoved ? { stageRemoved } : {}) };
  }

  /** A new `case` from the page: applies what changed since the last. True if the journey changed. */
  applyCase(value: unknown): boolean {
    const next = readCase(value);
    // Before the first definition there is nothing to update: `adopt` seeds the journey.
    if (!this.definition) {
      this.caseSeed = next;
      return false;
    }
    const index = this.definition.index;
    const changed = applyCase(this.state, index, usable(this.caseSeed, index), usable(next, index));
    this.caseSeed = next;
    this.reportCase(this.definition.index);
    if (changed) {
      this.seeded = true;
      this.changed();
    }
    return changed;
  }

  /** What the case last reported held that cannot be used (case-problems.ts), so it is said once. */
  private caseSaid = '[]';

  /**
   * Tells the page's web team, in the console and `pathway-error` (`bad-case`), what of the case
   * the widget cannot use and so ignores: once, and again only when that changes. The words come
   * with the web team's other advice, a part loaded only for them.
   */
  private reportCase(index: PathwayIndex): void {
    const problems = caseProblems(this.caseSeed.doc, index);
    const said = JSON.stringify(problems);
    if (said === this.caseSaid) return;
    this.caseSaid = said;
    if (problems.length === 0) return;
    trackPartWork(loadPart('webTeam')).then(
      ({ caseAdvice }) => {
        const message = caseAdvice(problems, index);
        console.warn(`<pathway-widget>: ${message}`);
        this.host.dispatchEvent(pathwayEvent('pathway-error', { code: 'bad-case', message }));
      },
      () => undefined,
    );
  }

  /**
   * What changed between an earlier snapshot of the journey and the current definition, as the
   * update note (then the stage that applies, if that changed, and `movedPage`, where the user
   * was moved); undefined when nothing the journey shows changed, the version is the same and
   * the user was not moved (an author editing a part the journey does not show: nothing to tell).
   */
  changesSince(baseline: Draft, typedFields: TypedFieldChanges = noTypedFieldChanges(), movedPage?: string): UpdateNote | undefined {
    const index = this.definition!.index;
    const report = reconcile(baseline, index, { keepReworded: true }).report;
    const words = this.env.words();
    const phrases = [...changePhrases(report, words, this.env.format()), ...typedFieldPhrases(typedFields, index, words)];
    // A stage removed is in the note already ('stage "Tier 2" removed'), and the page says where the user now is.
    const move = stageMoved(baseline, index, this.safeEvaluation(), report);
    const moved = move && move.why !== 'removed' ? stageMovedText(move, words) : '';
    if (phrases.length === 0 && !moved && report.previousVersion === report.currentVersion) {
      return movedPage ? { text: movedPage, changes: [], after: [movedPage] } : undefined;
    }
    return updateNote(phrases, [moved, movedPage].filter((text): text is string => Boolean(text)), words);
  }

  /** Puts a saved draft's answers into an untouched journey. */
  restore(content: DraftContent): void {
    if (!this.definition) return;
    const restored = journeyFromDraft(this.definition.index, content);
    // The page's own extras (its case's `asOf`, say) stay; the draft's chosen routes and recorded outcomes join them.
    this.state = { ...restored, extra: { ...this.state.extra, ...restored.extra } };
    this.changed();
  }

  /** The journey as a draft (no pupil details), for saving on this device. */
  draft(): Draft | undefined {
    return this.definition ? this.snapshot() : undefined;
  }

  /** A snapshot of what was entered, against the current definition. */
  snapshot(): Draft {
    const index = this.definition!.index;
    const placedAt = this.safeEvaluation()?.stageId;
    return { ...buildDraft(index, draftContent(index, this.state, this.env.words())), ...(placedAt !== undefined ? { placedAt } : {}) };
  }

  // ------------------------------------------------------------------------------------------
  // What the user enters

  /** A figure, number or date is being typed: the stage stays where it is until `commit`. */
  hold(): void {
    if (this.held) return;
    this.held = { stageId: this.safeEvaluation()?.stageId };
  }

  /**
   * What was entered is complete: the stage may move now. A move is announced once (the
   * announcement and `pathway-stage-change` after the next render); the stage moved to is
   * returned, so the page the user is on can say so.
   */
  commit(): { title: string } | undefined {
    if (this.held) {
      this.held = undefined;
      this.version++;
    }
    const current = this.safeEvaluation()?.current;
    const stageId = current?.stageId;
    if (!this.lastStage) {
      this.lastStage = { stageId };
      return undefined;
    }
    if (stageId === this.lastStage.stageId) return undefined;
    this.lastStage = { stageId };
    this.announcement = current ? this.env.words().stageAnnouncement(current.title) : '';
    this.stageEventPending = true;
    this.host.requestUpdate();
    return current ? { title: current.title } : undefined;
  }

  /**
   * Records what a control now holds (record-entry.ts). Returns `entered` when the journey
   * changed, `personal` when only pupil details did (never sent in events, never saved), else
   * `unchanged`.
   */
  apply(input: FieldInput, target: HTMLInputElement | HTMLTextAreaElement): 'entered' | 'personal' | 'unchanged' {
    const index = this.definition?.index;
    if (!index) return 'unchanged';
    const result = recordEntry(this.state, index, input, target);
    if (result === 'unchanged') return result;
    // A stage chosen while a figure was held replaces what was held.
    if (input.kind === 'stage') this.held = undefined;
    this.touched = true;
    this.changed();
    return result;
  }

  /** Caches go stale and the page re-renders. */
  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }

  // ------------------------------------------------------------------------------------------
  // The engine's view

  /** Today for time-based rules: the case's `asOf`, else the `as-of` attribute, else today here. */
  today(): string {
    const fromCase = this.state.extra.asOf;
    if (typeof fromCase === 'string' && ISO_DATE.test(fromCase)) return fromCase;
    const attribute = this.env.asOf();
    return attribute && ISO_DATE.test(attribute) ? attribute : todayIso();
  }

  /** The evaluation of what was entered, with the held or default stage where there is one. May throw (a broken pathway). */
  evaluation(): Evaluation | undefined {
    return this.resolve()?.evaluation;
  }

  /** The stage preselected because the figures place the pupil at none, if one was. */
  defaultStage(): DefaultStage | undefined {
    return this.resolve()?.defaultStage;
  }

  /** The evaluation, or undefined when the engine fails (the caller shows the failure). */
  safeEvaluation(): Evaluation | undefined {
    try {
      return this.evaluation();
    } catch {
      return undefined;
    }
  }

  /** The summary to show, print, download and submit: every string's bidi controls closed. */
  summary(): Summary | undefined {
    const resolved = this.resolve();
    if (!resolved) return undefined;
    const cached = this.summaryCache;
    if (cached && cached.version === this.version && cached.cache === resolved) return cached.summary;
    const made = resolved.definition.model.summarise(resolved.input, { generatedAt: new Date().toISOString() });
    // Who it is about, one list for every copy (journey/pupil.ts).
    const summary = closeBidiDeep({ ...made, pupil: pupilLines(made.referrals, this.state.details, this.env.words().ownCopyFields) });
    this.summaryCache = { version: this.version, cache: resolved, summary };
    return summary;
  }

  /**
   * What the stage page shows of the summary: who does what and the time limits, bidi-closed as
   * in `summary()`, without the rest (answers, evidence, reasons), which grows with the pathway.
   */
  stageSummary(): StageSummary | undefined {
    const resolved = this.resolve();
    if (!resolved) return undefined;
    const cached = this.stageSummaryCache;
    if (cached && cached.version === this.version && cached.cache === resolved) return cached.lines;
    const lines = closeBidiDeep(summariseStage(resolved.definition.model, resolved.input));
    this.stageSummaryCache = { version: this.version, cache: resolved, lines };
    return lines;
  }

  /** The summary is kept only while a page that shows it is open (it is as large as the pathway). */
  forgetSummary(): void {
    this.summaryCache = undefined;
    this.stageSummaryCache = undefined;
  }

  /** Everything entered except pupil details: what `pathway-change` carries. */
  changeDetail(): PathwayChangeDetail {
    const index = this.definition?.index;
    const words = this.env.words();
    const routes = this.state.extra.routes;
    const baselines = index ? baselineInputs(index, this.state) : undefined;
    const outcomes = recordedOutcomes(this.state);
    return {
      answers: { ...this.state.answers },
      measures: index ? { ...measureInputs(index, this.state, words) } : {},
      cohorts: index ? cohortList(index, this.state) : [...this.state.cohorts],
      evidence: Object.fromEntries(Object.entries(this.state.evidence).map(([id, held]) => [id, { ...held }])),
      ...(this.state.stage !== undefined ? { stage: this.state.stage } : {}),
      ...(routes !== undefined ? { routes: routes as PathwayChangeDetail['routes'] } : {}),
      ...(baselines !== undefined ? { baselines } : {}),
      ...(outcomes.length > 0 ? { outcomes } : {}),
    };
  }

  private resolve(): Cache | undefined {
    const definition = this.definition;
    if (!definition) return undefined;
    const asOf = this.today();
    const cache = this.cache;
    if (cache && cache.version === this.version && cache.asOf === asOf && cache.definition === definition) return cache;
    const { index, model } = definition;
    let input = caseInput(index, this.state, this.env.words(), asOf);
    const held = this.held?.stageId;
    if (input.stage === undefined && held !== undefined && index.stages.has(held)) input = { ...input, stage: held };
    let evaluation = trialOf(definition, input) ?? model.evaluate(input);
    let defaultStage: DefaultStage | undefined;
    if (input.stage === undefined && evaluation.placement.primary === undefined) {
      defaultStage = this.fallback(evaluation, index);
      if (defaultStage && evaluation.stageId !== defaultStage.stageId) {
        input = { ...input, stage: defaultStage.stageId };
        evaluation = model.evaluate(input);
      }
    } else if (input.stage === undefined) defaultStage = notOfferedNote(evaluation);
    this.cache = { version: this.version, asOf, definition, input, evaluation, defaultStage };
    return this.cache;
  }

  /**
   * The stage to preselect when no band or entry rule places the pupil: the engine's own
   * (`placement.fallback`: the pathway's `start`, or the universal stage of a pathway without
   * thresholds), else the first stage that applies to every pupil, else the pathway's `start`.
   */
  private fallback(evaluation: Evaluation, index: PathwayIndex): DefaultStage | undefined {
    const { fallback, universal } = evaluation.placement;
    const start = (index.definition as { start?: unknown }).start;
    const candidates = [fallback?.stageId, evaluation.stageId, universal[0]?.stageId, typeof start === 'string' ? start : undefined];
    for (const stageId of candidates) {
      const stage = stageId !== undefined ? index.stages.get(stageId) : undefined;
      if (stage) return { stageId: stage.id, title: stage.title, why: stage.universal === true ? 'universal' : 'start' };
    }
    return undefined;
  }
}

/** What of a case the journey takes: not what the web team is told is ignored (case-problems.ts). */
function usable(seed: CaseSeed, index: PathwayIndex): CaseSeed {
  return withoutProblems(seed, caseProblems(seed.doc, index));
}

/**
 * The engine works at another stage than the primary one when an exception takes it away from
 * this pupil (a child looked after is never referred for enforcement: the most intensive
 * matching stage offered) or sends the pupil elsewhere (to the virtual school head instead): the
 * stage page says which. Undefined when the case is at the primary stage.
 */
function notOfferedNote(evaluation: Evaluation): DefaultStage | undefined {
  const { current, placement } = evaluation;
  if (current === undefined || placement.primary === undefined || current.stageId === placement.primary) return undefined;
  const primary = evaluation.stages.find((stage) => stage.stageId === placement.primary);
  return { stageId: current.stageId, title: current.title, why: redirectInto(evaluation, current.stageId) ? 'redirected' : 'offered', notOffered: primary?.title ?? placement.primary };
}

/**
 * The definition's trial evaluation when it was of this very input (a journey's first, with
 * nothing entered yet): the engine is pure, so it is this input's evaluation. Taken once; the
 * definition does not keep it after (it is as large as the pathway).
 */
function trialOf(definition: Definition, input: CaseInput): Evaluation | undefined {
  const trial = definition.trial;
  if (!trial) return undefined;
  definition.trial = undefined;
  return sameInput(trial.input, input) ? trial.evaluation : undefined;
}
