/**
 * The element's drafts, between its journey and the store (draft-controller.ts): opens them when
 * a pathway appears or the page turns them on, puts a saved draft into the journey only while
 * the journey is untouched (never over what the user typed or the page seeded) and returns to
 * the page it was saved on, offers other journeys' saved drafts to choose from (or to remove:
 * each, or all once confirmed, focus then on what says so), saves as the user goes
 * (what was entered and the page), and draws the drafts' messages and panel.
 *
 * It comes with the journey part (load/parts.ts): drafts open only for a pathway the engine
 * has read, so first paint does not carry them.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { AnswerValue } from '@pathway/schema';
import type { Definition } from '../controllers/definition-controller.js';
import type { JourneyController } from '../controllers/journey-controller.js';
import type { PathwayErrorCode } from '../events.js';
import type { Formatter } from '../i18n/format.js';
import type { WidgetStrings } from '../i18n/strings.js';
import type { PageId } from '../journey/pages.js';
import { loadedPart } from '../load/parts.js';
import { renderDraftNotice, renderDraftsPanel } from '../pages/drafts-panel.js';
import type { DraftsPanelHandlers } from '../pages/drafts-panel.js';
import { answerText } from '../pages/question-fields.js';
import type { DraftChoiceHandlers } from './draft-choice.js';
import { DraftController } from './draft-controller.js';
import { restoreDraft } from './draft-envelope.js';
import type { Draft } from './draft-envelope.js';
import { publishedSince } from './published-changes.js';
import { stageMoved } from '../journey/stage-moved.js';

/** What the drafts need from the element. */
export interface JourneyDraftsHost {
  words(): WidgetStrings;
  formatter(): Formatter;
  /** The page's `save-drafts`. */
  wanted(): boolean;
  /** The definition on screen, if any. */
  definition(): Definition | undefined;
  /** Only asked once a definition is ready, so the journey exists. */
  journey(): JourneyController;
  /** The page the user is on, kept in the draft. */
  page(): PageId;
  /** Shows the page a restored draft was saved on (or the nearest before it); `focus` when the user chose the draft. */
  resume(page: string, focus: boolean): void;
  error(code: PathwayErrorCode, message: string): void;
}

export class JourneyDraftsController implements ReactiveController {
  /** The first pathway waits (within the drafts time limit) for a saved draft before it is shown. */
  pending = false;
  private readonly store: DraftController;
  /** The page a draft was restored onto: its message shows at the top there (and on the start page). */
  private restoredOn: PageId = 'start';
  /** The user asked to remove every draft offered: they are asked to confirm how many. */
  private confirming = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly env: JourneyDraftsHost,
  ) {
    host.addController(this);
    this.store = new DraftController(host, (kind) => {
      const words = env.words();
      if (kind === 'unreadable') env.error('draft-unreadable', words.draftCorrupt);
      else if (kind === 'timeout') env.error('draft-timeout', words.draftsTimedOut);
      else env.error('draft-save-failed', words.draftsSaveFailed);
    });
  }

  hostConnected(): void {}

  /** A new pathway: shown once its saved draft (if any) is back, or drafts are given up on. Resolves then. */
  async openFirst(definition: Definition): Promise<void> {
    this.pending = true;
    try {
      await this.apply(definition);
    } finally {
      this.pending = false;
      this.host.requestUpdate();
    }
  }

  /** Opens (or closes) draft saving for the pathway, restoring a saved draft into an untouched journey. */
  async apply(definition: Definition): Promise<void> {
    if (!this.env.wanted()) {
      this.store.close();
      this.host.requestUpdate();
      return;
    }
    this.restoredOn = 'start';
    const draft = await this.store.open(definition.pathway.id);
    if (draft) this.restore(draft, false);
  }

  /** Stops saving: the pathway went away, or another replaced it. */
  close(): void {
    this.store.close();
  }

  /** Whether a saved draft may be put into the journey: never over what the user typed, or the page seeded, since the pathway appeared. */
  private get mayRestore(): boolean {
    const journey = this.env.journey();
    return this.env.definition()?.pathway.id === this.store.openFor && !journey.touched && !journey.seeded;
  }

  /** Puts a saved draft into an untouched journey, returns to its page, and says what came back. */
  private restore(draft: Draft, chosen: boolean): void {
    const definition = this.env.definition();
    if (!definition || !this.mayRestore) return;
    const journey = this.env.journey();
    const { content, report } = restoreDraft(draft, definition.index);
    journey.restore(content);
    journey.commit();
    // A draft from before pages were kept leaves the user where they are.
    if (draft.page !== undefined) this.env.resume(draft.page, chosen);
    // Its button has gone: focus goes to the heading of the page it stays on.
    else if (chosen) this.focusAfterUpdate('page-heading');
    this.restoredOn = this.env.page();
    // A newer published version: what the council wrote in its changelog since the draft's version.
    const published = report ? publishedSince(definition.pathway.changelog, draft.pathwayVersion) : [];
    // The stage the case was at when saved, if the changed pathway puts it elsewhere.
    const moved = report && stageMoved(draft, definition.index, journey.safeEvaluation(), report);
    this.store.showNotice({
      kind: 'restored',
      savedAt: draft.savedAt,
      ...(report ? { report } : {}),
      ...(published.length > 0 ? { published } : {}),
      ...(moved ? { moved } : {}),
    });
  }

  /** Saves the journey as it stands and the page, if the user asked for it. */
  save(): void {
    if (!this.store.saving) return;
    const draft = this.current();
    if (draft) this.store.save(draft);
  }

  /** The user ticked or unticked "Save my answers on this device". */
  toggle(checked: boolean): void {
    const draft = this.current();
    if (draft) void this.store.setEnabled(checked, draft);
  }

  /** The journey as a draft, with the page it is on. */
  private current(): Draft | undefined {
    const draft = this.env.journey().draft();
    return draft && { ...draft, page: this.env.page() };
  }

  private readonly choiceHandlers: DraftChoiceHandlers = {
    choose: (choice) => {
      void this.store.choose(choice).then((draft) => this.restore(draft, true));
    },
    fresh: () => {
      this.store.dismissChoices();
      // The chooser goes: focus goes to the start page's heading, not to the page's <body>.
      this.focusAfterUpdate('page-heading');
    },
    remove: (choice) => {
      this.confirming = false;
      void this.store.removeChoices(choice).then(() => this.focusAfterUpdate('draft-choice-removed'));
    },
    confirmAll: (asking) => {
      this.confirming = asking;
      this.focusAfterUpdate(asking ? 'draft-remove-confirm' : 'draft-remove-all');
    },
  };

  private focusAfterUpdate(id: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(id)?.focus());
  }

  private readonly panelHandlers: DraftsPanelHandlers = {
    clear: () => void this.store.clear(),
    previousAnswer: (id: string, value: AnswerValue) => {
      const question = this.env.definition()?.index.questions.get(id);
      return answerText(question, value, this.env.words(), this.env.formatter());
    },
    askedNow: (id: string) => {
      const current = this.env.definition() ? this.env.journey().safeEvaluation()?.current : undefined;
      return current === undefined || current.questions.some((item) => item.id === id && item.state !== 'notApplicable');
    },
  };

  /**
   * What the drafts show above a page: on the start page any message about the draft and the
   * choice between several, and on the page a draft was restored onto its message. News about
   * saving ("cleared", "could not save") off the start page goes below, by the checkbox (`below`).
   */
  above(page: PageId): TemplateResult | typeof nothing {
    const restoredHere = page === this.restoredOn && this.store.notice?.kind === 'restored';
    if (page !== 'start' && !restoredHere) return nothing;
    const definition = this.env.definition();
    return html`${renderDraftNotice(this.env.words(), this.env.formatter(), this.store, this.panelHandlers)}
    ${page === 'start' && definition ? this.renderChoice(definition) : nothing}`;
  }

  /** The checkbox and clear button, and, off the start page, news about saving beside them. */
  below(page: PageId): TemplateResult {
    const notice = this.store.notice;
    const noticeByPanel = page !== 'start' && (notice?.kind === 'cleared' || notice?.kind === 'save-failed');
    return html`${noticeByPanel ? renderDraftNotice(this.env.words(), this.env.formatter(), this.store, this.panelHandlers) : nothing}
    ${renderDraftsPanel(this.env.words(), this.store, this.panelHandlers)}`;
  }

  /** Saved drafts to choose from (draft-choice.ts, in the drafts part), while the journey is untouched. */
  private renderChoice(definition: Definition): TemplateResult | symbol {
    const part = loadedPart('drafts');
    const choices = this.mayRestore ? this.store.choices : undefined;
    const removed = this.store.choicesRemoved;
    if (!part || (!choices && !removed)) return nothing;
    return part.renderDraftChoice({ html, nothing }, this.env.words(), this.env.formatter(), definition.index, { choices, removed, confirming: this.confirming }, this.choiceHandlers);
  }
}
