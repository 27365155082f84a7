/**
 * Which stage applies and why ("88% is 90% and under: Identify and Understand"), where bands
 * overlap or leave a gap, the exceptions for this pupil in plain words, and what the stage
 * involves: who leads, who does what, time limits. Circumstances that change everything (see
 * exceptions.ts) lead the page; "Why" is short (placement-text.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { breachRuledOutBy, offeredExtension } from '@pathway/core';
import type { StageSummary, Summary, TimeLimitStatus } from '@pathway/core';
import type { Stage, TimeLimit } from '@pathway/schema';
import { endSentence, reasonText } from '../i18n/strings.js';
import { placedByFigures, renderDutyList, stageDuties } from './duties.js';
import { renderStageRoutes } from './routes.js';
import { blockingTitles, exceptionsElsewhere, leadText, leadsText, renderExceptions, renderImportantExceptions, stageExceptions } from './exceptions.js';
import { fieldInput } from './field-input.js';
import type { PageContext } from './page-context.js';
import { explainStage, figureNotes, figuresEntered, placedAndOffered } from './placement-text.js';
import { bareTitle } from './joined-text.js';
import { renderExitStatus } from './exit-status.js';
import {
  backLink,
  contactLine,
  continueButton,
  describedBy,
  errorMessage,
  errorSummary,
  linkList,
  pageHeading,
  paragraphs,
  tag,
  warning,
} from './shared.js';

export const STAGE_GROUP_ID = 'stage-choice';
export const stageFieldId = (id: string) => `s-${id}`;

/** The id the error summary and "Change" link focus: the chosen stage's radio, else the first. */
export function stageFocusId(ctx: PageContext): string {
  const chosen = ctx.evaluation.stageId ?? ctx.index.definition.stages[0]?.id ?? '';
  return stageFieldId(chosen);
}

/**
 * When a time limit ends for this pupil, where the engine works it out (format 1.1: a time
 * limit that starts from an entered date), and whether that has passed. Read defensively:
 * older engines give neither.
 */
export function timeLimitEnd(line: Summary['timeLimits'][number] | undefined, today: string | undefined): { ends: string; passed: boolean } | undefined {
  const { end, passed } = (line ?? {}) as { end?: unknown; passed?: unknown };
  if (typeof end !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(end)) return undefined;
  return { ends: end, passed: typeof passed === 'boolean' ? passed : today !== undefined && end < today };
}

export function renderTimeLimit(
  ctx: PageContext,
  id: string,
  fallback: string,
  limit: TimeLimit | undefined,
  line?: Summary['timeLimits'][number] | TimeLimitStatus,
  /** Not running for this pupil, its route not chosen or not open ("closed": "does not apply now"): no dates, nor "passed". */
  idle?: 'closed' | 'waiting',
): TemplateResult {
  const { strings, format } = ctx;
  if (!limit) return html`<li>${fallback}</li> `;
  const kind =
    { review: strings.timeLimitKindReview, support: strings.timeLimitKindSupport, notice: strings.timeLimitKindNotice, monitoring: strings.timeLimitKindMonitoring }[
      limit.kind as string
    ] ?? strings.timeLimitKindLimit;
  const end = idle ? undefined : timeLimitEnd(line, ctx.today);
  // Format 1.1: the engine's status gives the latest end and any breach.
  const status = idle ? undefined : line && 'reasons' in line ? line : ctx.evaluation.current?.timeLimits?.find((item) => item.id === id);
  const breach = status?.breach;
  // Format 1.1: its extension has been agreed (an end shown is the extended one): not offered again.
  const extended = status?.extended === true;
  const length = format.duration(limit.duration);
  // A review recurs: its date is the next review (the engine's end), never one that ran out.
  const review = limit.kind === 'review';
  // A period (a notice, monitoring, support) that runs out has ended, which is no failure; "passed" is for a limit something had to happen within.
  const period = limit.kind === 'notice' || limit.kind === 'monitoring' || limit.kind === 'support';
  const endedText = period && breach && !breach.breached ? strings.timeLimitEndedUnbreached : strings.timeLimitEnded;
  // What a breach leads to may be ruled out for this pupil by an exception: said beside it (core's breachRuledOutBy).
  const notOffered = status && breach ? breachRuledOutBy(ctx.evaluation, status) : undefined;
  // Breached, it did not run out clean: what follows running out no longer can, so it is not said (as core's text).
  return html`<li data-time-limit=${id} data-passed=${end?.passed ? 'true' : 'false'} data-breached=${breach?.breached ? 'true' : 'false'}>
    ${idle === 'closed' ? html`${tag(strings.dutyNotApplies, 'grey')} ` : nothing}${end?.passed
      ? html`${period ? tag(strings.timeLimitPeriodEnded, 'grey') : tag(strings.timeLimitPassed, 'red')} `
      : nothing}${breach?.breached
      ? html`${tag(strings.timeLimitBreached, 'red')} `
      : nothing}<strong>${limit.title}</strong>: ${kind.toLowerCase()} ${length}.
    ${end ? (review ? strings.timeLimitReviewDue : end.passed ? endedText : strings.timeLimitEnds)(format.date(end.ends)) : nothing}
    ${status?.latestEnd ? strings.timeLimitLatest(format.date(status.latestEnd)) : nothing}
    ${breach ? html`<span class="block">${strings.timeLimitBreach(breach.description)}${notOffered ? ` ${strings.timeLimitBreachNotOffered(notOffered)}` : nothing}${breach.breached
          ? html` ${breach.reasons.map((reason) => reasonText(strings, reason)).join(' ')}`
          : nothing}</span>` : nothing}
    ${limit.starts
      ? strings.startsFrom(limit.starts)
      : ctx.index.timeLimitDates.has(id)
        ? strings.startsFromDate(ctx.index.timeLimitDates.get(id)!)
        : nothing}
    ${status?.startsFrom?.notHappened ? notStartedText(ctx, status) : nothing}
    ${extended ? strings.timeLimitExtended : renderExtension(ctx, limit)}
    ${limit.onExpiry && !breach?.breached ? html` <span class="block">${review ? strings.atReview : strings.onExpiry} ${limit.onExpiry.description}</span>` : nothing}
  </li> `;
}

/**
 * A period counted from a date the author says may not have happened, left blank: it has not
 * started, so it has no end (core's timeLimit.neverStarted), said as duties say it (duties.ts):
 * in the author's "if blank" words, except at a stage the figures placed the pupil at, where
 * those words may contradict the figures, so the date is asked for.
 */
function notStartedText(ctx: PageContext, status: TimeLimitStatus): string {
  const { strings } = ctx;
  const enter = strings.timeLimitNotStartedEnter(status.startsFrom!.name, status.kind === 'review');
  if (placedByFigures(ctx)) return enter;
  const why = status.reasons.find((reason) => reason.code === 'timeLimit.neverStarted');
  return why ? endSentence(reasonText(strings, why)) : enter;
}

/** How far the time limit can be extended, and when (nothing for an extension of no time: core's offeredExtension). */
function renderExtension(ctx: PageContext, limit: TimeLimit): TemplateResult | typeof nothing {
  const { strings, format } = ctx;
  const extension = offeredExtension(limit.extension);
  if (extension === undefined) return nothing;
  return html`${extension.by ? strings.extension(format.duration(extension.by)) : nothing}
    ${extension.total ? strings.extensionTotal(format.duration(extension.total)) : nothing}
    ${extension.description ? html`<span>${extension.description}</span>` : nothing}`;
}

export function renderTimeLimits(ctx: PageContext, summary: StageSummary | undefined): TemplateResult | typeof nothing {
  // A route's time limits are shown with the route (routes.ts), never as the stage's own.
  const limits = (summary?.timeLimits ?? []).filter((limit) => limit.route === undefined);
  if (limits.length === 0) return nothing;
  return html`<ul>
    ${limits.map((limit) => renderTimeLimit(ctx, limit.id, limit.text, ctx.index.timeLimits.get(limit.id), limit))}
  </ul>`;
}

/**
 * Who does what at the stage, each duty with its own force, roles, due date and conditions (the
 * engine's duties). A stage whose duties are all empty has none, and the summary's 1.0 action
 * lines are then empty too, so there is nothing else to draw.
 */
export function hasDuties(ctx: PageContext): boolean {
  return (stageDuties(ctx)?.length ?? 0) > 0;
}

export function renderDuties(ctx: PageContext): TemplateResult | typeof nothing {
  const duties = stageDuties(ctx);
  return duties ? renderDutyList(ctx, duties, 'details') : nothing;
}

function stageHint(ctx: PageContext, stage: Stage): { text: string; colour: 'green' | 'grey' | 'red' } | undefined {
  const { placement } = ctx.evaluation;
  const evaluated = ctx.evaluation.stages.find((item) => item.stageId === stage.id);
  // A stage an exception sends the pupil away from (redirect) is not offered either, whatever placed it.
  if (evaluated?.status === 'blocked' || evaluated?.standing === 'redirected') return { text: ctx.strings.stageBlocked, colour: 'red' };
  if (evaluated?.status === 'skipped') return { text: ctx.strings.stageSkipped, colour: 'grey' };
  // Said by what placed it: "Matches these figures" only for a band.
  const placed = placement.stages.find((item) => item.stageId === stage.id);
  if (placed) {
    const text = placed.via === 'band' ? ctx.strings.stageMatches : placed.via === 'outcome' ? ctx.strings.stageAppliesOutcome : ctx.strings.stageAppliesEntry;
    return { text, colour: 'green' };
  }
  if (placement.universal.some((placed) => placed.stageId === stage.id)) return { text: ctx.strings.stageUniversal, colour: 'grey' };
  return undefined;
}

/** A pathway of one stage, where the case is: there is nothing to choose. */
function onlyStage(ctx: PageContext): boolean {
  const stages = ctx.index.definition.stages;
  return stages.length === 1 && ctx.evaluation.current?.stageId === stages[0].id;
}

function renderStageChoice(ctx: PageContext): TemplateResult {
  const { strings } = ctx;
  const error = ctx.errors.get(STAGE_GROUP_ID);
  return html`<div class="form-group ${error ? 'form-group--error' : ''}">
    <fieldset aria-describedby=${describedBy(error && `${STAGE_GROUP_ID}-error`)}>
      <legend class="legend-m">${strings.stageChooseLegend}</legend>
      ${errorMessage(`${STAGE_GROUP_ID}-error`, strings, error?.message)}
      <div class="choices">
        ${ctx.index.definition.stages.map((stage) => {
          const id = stageFieldId(stage.id);
          const about = stageHint(ctx, stage);
          return html`<div class="choice">
            <input type="radio" id=${id} name="stage" value=${stage.id} ${fieldInput({ kind: 'stage' })}
              .checked=${ctx.evaluation.stageId === stage.id} aria-describedby=${describedBy(about && `${id}-hint`)} />
            <div class="choice__text">
              <label for=${id}>${stage.title}${stage.subtitle ? html`<span class="secondary">${` ${stage.subtitle}`}</span>` : nothing}</label>
              ${about ? html`<div class="hint" id=${`${id}-hint`}>${tag(about.text, about.colour)}</div>` : nothing}
            </div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/**
 * No stage covers "these figures" only where the figures the stages' bands read were entered:
 * with none of them entered (a date or another count was), the page names them instead.
 */
function bandFiguresMissing(ctx: PageContext): string | undefined {
  const read = new Set([...ctx.index.stages.values()].flatMap((stage) => (stage.bands ?? []).map((band) => band.measure)));
  const measures = ctx.evaluation.measures.filter((measure) => read.has(measure.measureId));
  if (measures.length === 0 || measures.some((measure) => measure.status !== 'missing')) return undefined;
  return ctx.strings.stageBandFiguresMissing(measures.map((measure) => measure.title), ctx.format.plural(measures.length));
}

/** "Why": the short explanation, then what to do about a gap, missing figures or an overlap. */
function renderPlacement(ctx: PageContext): TemplateResult {
  const { strings, evaluation } = ctx;
  const { placement } = evaluation;
  const entered = figuresEntered(ctx);
  const primary = placement.primary ? ctx.index.stages.get(placement.primary) : undefined;
  const explanation = explainStage(ctx, false);
  const notes: string[] = [];
  // A stage preselected because no band matches is said as such; with a stage for every pupil,
  // "no stage covers these figures" would contradict the "Applies to every pupil" beside it.
  // With one stage there is no other to choose: its reasons say why it applies.
  const preselected = onlyStage(ctx) ? undefined : ctx.defaultStage;
  if (preselected?.why === 'offered') notes.push(strings.stageDefaultOffered(preselected.title, preselected.notOffered ?? ''));
  else if (preselected?.why === 'redirected') notes.push(strings.stageDefaultRedirected(preselected.title, preselected.notOffered ?? ''));
  else if (preselected) notes.push(strings.stageDefault(preselected.title, preselected.why, entered));
  else if (placement.universal.length > 0) {
    // The user chose a stage; the stage for every pupil is there too. Nothing to add.
  } else if (!entered) {
    // Once the user has chosen a stage, not "choose the stage" (nor "no stage covers these figures").
    if (ctx.state.stage === undefined) notes.push(strings.stageNoMeasures);
  } else if (placement.stages.length === 0) notes.push(bandFiguresMissing(ctx) ?? strings.stageGap);
  if (placedAndOffered(ctx).length > 1 && primary && !explanation.differs && !preselected) notes.push(strings.stageOverlap(bareTitle(primary.title)));
  const classifications = placement.classifications.map((match) => match.band.label);
  // A preselected stage is explained by its note alone: a list saying the same would repeat it.
  // A figure too early to act on, or a stage that may yet apply, is said even then: the note does not say it.
  const lines = preselected && preselected.why !== 'offered' ? figureNotes(ctx) : explanation.lines;
  return html`
    ${lines.length > 0
      ? html`<h3 class="heading-m">${strings.stageWhy}</h3>
          <ul data-placement-reasons>
            ${lines.map((line) => html`<li>${line}</li> `)}
          </ul>`
      : nothing}
    ${classifications.length > 0
      ? html`<p data-classifications>${strings.summaryClassifications}: ${classifications.join(', ')}</p>`
      : nothing}
    ${notes.map((note) => html`<div class="inset" data-placement-note>${note}</div>`)}
  `;
}

function renderStageDetails(ctx: PageContext): TemplateResult | typeof nothing {
  const { strings, evaluation, stageSummary: summary } = ctx;
  const current = evaluation.current;
  const stage = current ? ctx.index.stages.get(current.stageId) : undefined;
  if (!current || !stage) return nothing;
  const exceptions = stageExceptions(ctx, current);
  const elsewhere = exceptionsElsewhere(ctx, exceptions);
  const requires = (stage.requires?.stages ?? []).map((id) => ctx.index.stages.get(id)?.title ?? id);
  const contacts = (stage.contacts ?? []).map((id) => ctx.index.contacts.get(id)).filter((c) => c !== undefined);
  const general = ctx.index.generalContacts;
  const limits = renderTimeLimits(ctx, summary);
  return html`<section class="stage-banner" aria-labelledby="current-stage-title" data-current-stage=${current.stageId}>
    <span class="caption">${strings.stageCaption}</span>
    <h3 class="heading-l" id="current-stage-title">${stage.title}</h3>
    ${stage.subtitle ? html`<p class="secondary">${stage.subtitle}</p>` : nothing}
    ${current.status === 'blocked' ? warning(strings.stageBlockedText(stage.title, blockingTitles(ctx)), strings) : nothing}
    ${current.status === 'skipped' ? warning(strings.stageSkippedText(stage.title), strings) : nothing}
    ${exceptions.length > 0
      ? html`<h4 class="heading-s">${strings.stageExceptionsTitle}</h4>
          ${renderExceptions(ctx, exceptions)}`
      : nothing}
    ${elsewhere.length > 0
      ? html`<h4 class="heading-s">${strings.stageOtherExceptionsTitle}</h4>
          ${renderExceptions(ctx, elsewhere, true)}`
      : nothing}
    ${stage.description ? html`<p>${stage.description}</p>` : nothing} ${paragraphs(stage.guidance)}
    ${current.lead
      ? html`<h4 class="heading-s">${strings.stageLead}</h4>
          <p data-lead>${leadText(ctx, current, true)}</p>`
      : leadsText(ctx, current)
      ? html`<h4 class="heading-s">${strings.stageLead}</h4>
          <p data-leads>${leadsText(ctx, current)}</p>`
      : nothing}
    ${stage.entry?.description
      ? html`<h4 class="heading-s">${strings.stageEntry}</h4>
          <p>${stage.entry.description}</p>
          ${(stage.bands ?? []).length > 0 ? html`<p data-entry-bands>${strings.stageEntryBands(stage.bands!.map((band) => band.label))}</p>` : nothing}`
      : nothing}
    ${stage.exit?.description || current.exit
      ? html`<h4 class="heading-s">${strings.stageExit}</h4>
          ${stage.exit?.description ? html`<p>${stage.exit.description}</p>` : nothing} ${renderExitStatus(ctx) ?? nothing}`
      : nothing}
    ${requires.length > 0
      ? html`<h4 class="heading-s">${strings.stageRequires}</h4>
          ${stage.requires?.description ? html`<p>${stage.requires.description}</p>` : nothing}
          <ul>
            ${requires.map((title) => html`<li>${title}</li> `)}
          </ul>`
      : nothing}
        ${hasDuties(ctx)
      ? html`<h4 class="heading-s">${strings.stageDuties}</h4>
          <div data-stage-duties>${renderDuties(ctx)}</div>`
      : nothing}
    ${renderStageRoutes(ctx)}
    ${limits !== nothing
      ? html`<h4 class="heading-s">${strings.stageTimeLimits}</h4>
          ${limits}`
      : nothing}
    ${(stage.notes?.length ?? 0) > 0
      ? html`<h4 class="heading-s">${strings.stageNotes}</h4>
          ${paragraphs(stage.notes)}`
      : nothing}
    ${(stage.resources?.length ?? 0) > 0
      ? html`<h4 class="heading-s">${strings.summaryResources}</h4>
          ${linkList(strings, stage.resources)}`
      : nothing}
    ${contacts.length > 0
      ? html`<h4 class="heading-s">${strings.stageContacts}</h4>
          <ul>
            ${contacts.map((contact) => html`<li data-contact=${contact.id}>${contactLine(strings, contact)}</li> `)}
          </ul>`
      : nothing}
    ${general.length > 0
      ? html`<h4 class="heading-s">${strings.generalContacts}</h4>
          <ul data-general-contacts>
            ${general.map((contact) => html`<li data-contact=${contact.id}>${contactLine(strings, contact)}</li> `)}
          </ul>`
      : nothing}
  </section>`;
}

export function renderStagePage(ctx: PageContext): TemplateResult {
  return html`
    ${backLink(ctx)} ${errorSummary(ctx)} ${pageHeading(ctx.strings.stageHeading)} ${renderImportantExceptions(ctx)} ${renderPlacement(ctx)}
    ${onlyStage(ctx) ? nothing : renderStageChoice(ctx)} ${renderStageDetails(ctx)} ${continueButton(ctx)}
  `;
}

