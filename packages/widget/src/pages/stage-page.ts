/**
 * Which stage applies and why ("88% is 90% and under: Identify and Understand"), where bands
 * overlap or leave a gap, the exceptions for this pupil in plain words, and what the stage
 * involves: who leads, who does what, time limits.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AppliedException, StageEvaluation, Summary } from '@pathway/core';
import type { Stage, TimeLimit } from '@pathway/schema';
import { reasonText } from '../i18n/strings.js';
import { fieldInput } from './field-input.js';
import type { PageContext } from './page-context.js';
import {
  authoredLink,
  backLink,
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

/** Exceptions said plainly: what they change and what to do instead. */
export function renderExceptions(ctx: PageContext, exceptions: readonly AppliedException[]): TemplateResult | typeof nothing {
  if (exceptions.length === 0) return nothing;
  return html`${exceptions.map((exception) => warning(exception.message, ctx.strings, exception.title))}`;
}

/**
 * Exceptions for this pupil that change other stages or referrals than those shown: a
 * looked-after child at "Identify and Understand" is told now, not only on reaching the
 * enforcement step, that enforcement will not be offered and what to do instead.
 */
export function exceptionsElsewhere(ctx: PageContext, shown: readonly AppliedException[]): AppliedException[] {
  return ctx.evaluation.exceptions.filter((exception) => !shown.some((s) => s.id === exception.id));
}

/** Each exception as a warning headed by what it changes, e.g. "Enforcement Referral: …". */
export function renderExceptionsElsewhere(ctx: PageContext, exceptions: readonly AppliedException[]): TemplateResult {
  const changes = (exception: AppliedException) =>
    [
      ...exception.stages.map((id) => ctx.index.stages.get(id)?.title ?? id),
      ...exception.referrals.map((id) => ctx.index.referrals.get(id)?.title ?? id),
    ].join(', ');
  return html`${exceptions.map((exception) => warning(exception.message, ctx.strings, changes(exception) || exception.title))}`;
}

/** Every exception for this pupil that touches the stage, each once. */
export function stageExceptions(ctx: PageContext, stage: StageEvaluation | undefined): AppliedException[] {
  const seen = new Set<string>();
  const list: AppliedException[] = [];
  for (const exception of [...(stage?.exceptions ?? []), ...ctx.evaluation.exceptions]) {
    if (seen.has(exception.id)) continue;
    if (stage && exception.stages.length > 0 && !exception.stages.includes(stage.stageId) && exception.effect !== 'advise') continue;
    seen.add(exception.id);
    list.push(exception);
  }
  return list;
}

export function renderTimeLimit(ctx: PageContext, id: string, fallback: string, limit: TimeLimit | undefined): TemplateResult {
  const { strings, format } = ctx;
  if (!limit) return html`<li>${fallback}</li>`;
  const kind =
    limit.kind === 'review' ? strings.timeLimitKindReview : limit.kind === 'support' ? strings.timeLimitKindSupport : strings.timeLimitKindLimit;
  return html`<li data-time-limit=${id}>
    <strong>${limit.title}</strong>: ${kind.toLowerCase()} ${format.duration(limit.duration)}.
    ${limit.starts ? strings.startsFrom(limit.starts) : nothing}
    ${limit.extension ? strings.extension(format.duration(limit.extension.duration)) : nothing}
    ${limit.extension?.description ? html`<span>${limit.extension.description}</span>` : nothing}
    ${limit.onExpiry ? html` <span class="block">${strings.onExpiry} ${limit.onExpiry.description}</span>` : nothing}
  </li>`;
}

export function renderTimeLimits(ctx: PageContext, summary: Summary | undefined): TemplateResult | typeof nothing {
  const limits = summary?.timeLimits ?? [];
  if (limits.length === 0) return nothing;
  return html`<ul>
    ${limits.map((limit) => renderTimeLimit(ctx, limit.id, limit.text, ctx.index.timeLimits.get(limit.id)))}
  </ul>`;
}

export function renderDuties(ctx: PageContext, summary: Summary | undefined): TemplateResult | typeof nothing {
  const groups = summary?.actions ?? [];
  if (groups.length === 0) return nothing;
  return html`${groups.map(
    (group) => html`<details>
      <summary>${group.heading || group.role}</summary>
      <div class="details__text">
        <ul>
          ${group.items.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
    </details>`,
  )}`;
}

function stageHint(ctx: PageContext, stage: Stage): { text: string; colour: 'green' | 'grey' | 'red' } | undefined {
  const { placement } = ctx.evaluation;
  const evaluated = ctx.evaluation.stages.find((item) => item.stageId === stage.id);
  if (evaluated?.status === 'blocked') return { text: ctx.strings.stageBlocked, colour: 'red' };
  if (evaluated?.status === 'skipped') return { text: ctx.strings.stageSkipped, colour: 'grey' };
  if (placement.stages.some((placed) => placed.stageId === stage.id)) return { text: ctx.strings.stageMatches, colour: 'green' };
  if (placement.universal.some((placed) => placed.stageId === stage.id)) return { text: ctx.strings.stageUniversal, colour: 'grey' };
  return undefined;
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
              <label for=${id}>${stage.title}${stage.subtitle ? html` <span class="secondary">${stage.subtitle}</span>` : nothing}</label>
              ${about ? html`<div class="hint" id=${`${id}-hint`}>${tag(about.text, about.colour)}</div>` : nothing}
            </div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

function renderPlacement(ctx: PageContext): TemplateResult {
  const { strings, evaluation } = ctx;
  const { placement } = evaluation;
  const entered = evaluation.measures.some((measure) => measure.status === 'ok' || measure.status === 'tooEarly');
  const primary = placement.primary ? ctx.index.stages.get(placement.primary) : undefined;
  const notes: string[] = [];
  // A stage preselected because no band matches is said as such; with a stage for every pupil,
  // "no stage covers these figures" would contradict the "Applies to every pupil" beside it.
  if (ctx.defaultStage) notes.push(strings.stageDefault(ctx.defaultStage.title, ctx.defaultStage.why, entered));
  else if (placement.universal.length > 0) {
    // The user chose a stage; the stage for every pupil is there too. Nothing to add.
  } else if (!entered) notes.push(strings.stageNoMeasures);
  else if (placement.stages.length === 0) notes.push(strings.stageGap);
  if (placement.overlap && primary) notes.push(strings.stageOverlap(primary.title));
  const tooEarly = evaluation.measures.filter((measure) => measure.status === 'tooEarly');
  return html`
    ${placement.reasons.length > 0
      ? html`<h3 class="heading-m">${strings.stageWhy}</h3>
          <ul data-placement-reasons>
            ${placement.reasons.map((reason) => html`<li>${reasonText(strings, reason)}</li>`)}
          </ul>`
      : nothing}
    ${notes.map((note) => html`<div class="inset" data-placement-note>${note}</div>`)}
    ${tooEarly.map((measure) => html`<div class="inset">${measure.reason ? reasonText(strings, measure.reason) : strings.measureTooEarly(measure.title)}</div>`)}
  `;
}

function renderStageDetails(ctx: PageContext): TemplateResult | typeof nothing {
  const { strings, evaluation, summary } = ctx;
  const current = evaluation.current;
  const stage = current ? ctx.index.stages.get(current.stageId) : undefined;
  if (!current || !stage) return nothing;
  const exceptions = stageExceptions(ctx, current);
  const elsewhere = exceptionsElsewhere(ctx, exceptions);
  const requires = (stage.requires?.stages ?? []).map((id) => ctx.index.stages.get(id)?.title ?? id);
  const contacts = (stage.contacts ?? []).map((id) => ctx.index.contacts.get(id)).filter((c) => c !== undefined);
  return html`<section class="stage-banner" aria-labelledby="current-stage-title" data-current-stage=${current.stageId}>
    <span class="caption">${strings.stageCaption}</span>
    <h3 class="heading-l" id="current-stage-title">${stage.title}</h3>
    ${stage.subtitle ? html`<p class="secondary">${stage.subtitle}</p>` : nothing}
    ${current.status === 'blocked' ? warning(strings.stageBlockedText(stage.title), strings) : nothing}
    ${current.status === 'skipped' ? warning(strings.stageSkippedText(stage.title), strings) : nothing}
    ${exceptions.length > 0
      ? html`<h4 class="heading-s">${strings.stageExceptionsTitle}</h4>
          ${renderExceptions(ctx, exceptions)}`
      : nothing}
    ${elsewhere.length > 0
      ? html`<h4 class="heading-s">${strings.stageOtherExceptionsTitle}</h4>
          ${renderExceptionsElsewhere(ctx, elsewhere)}`
      : nothing}
    ${stage.description ? html`<p>${stage.description}</p>` : nothing} ${paragraphs(stage.guidance)}
    ${current.lead
      ? html`<h4 class="heading-s">${strings.stageLead}</h4>
          <p>${current.lead}${stage.lead?.description ? html`. ${stage.lead.description}` : nothing}</p>`
      : nothing}
    ${stage.entry?.description
      ? html`<h4 class="heading-s">${strings.stageEntry}</h4>
          <p>${stage.entry.description}</p>`
      : nothing}
    ${stage.exit?.description
      ? html`<h4 class="heading-s">${strings.stageExit}</h4>
          <p>${stage.exit.description}</p>`
      : nothing}
    ${requires.length > 0
      ? html`<h4 class="heading-s">${strings.stageRequires}</h4>
          ${stage.requires?.description ? html`<p>${stage.requires.description}</p>` : nothing}
          <ul>
            ${requires.map((title) => html`<li>${title}</li>`)}
          </ul>`
      : nothing}
    ${(summary?.actions.length ?? 0) > 0
      ? html`<h4 class="heading-s">${strings.stageDuties}</h4>
          ${renderDuties(ctx, summary)}`
      : nothing}
    ${current.routes.length > 0
      ? html`<h4 class="heading-s">${strings.stageRoutes}</h4>
          <ul>
            ${current.routes.map(
              (route) => html`<li>
                ${route.title} ${tag(route.open ? strings.stageRouteOpen : strings.stageRouteClosed, route.open ? 'green' : 'grey')}
                <span class="secondary body-s">${reasonText(strings, route.reason)}</span>
              </li>`,
            )}
          </ul>`
      : nothing}
    ${(summary?.timeLimits.length ?? 0) > 0
      ? html`<h4 class="heading-s">${strings.stageTimeLimits}</h4>
          ${renderTimeLimits(ctx, summary)}`
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
            ${contacts.map(
              (contact) => html`<li>
                ${authoredLink(strings, contact.name, contact.url)}${contact.email
                  ? html`, ${authoredLink(strings, contact.email, `mailto:${contact.email}`)}`
                  : nothing}${contact.phone ? html`, ${contact.phone}` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
  </section>`;
}

export function renderStagePage(ctx: PageContext): TemplateResult {
  return html`
    ${backLink(ctx)} ${errorSummary(ctx)} ${pageHeading(ctx.strings.stageHeading)} ${renderPlacement(ctx)}
    ${renderStageChoice(ctx)} ${renderStageDetails(ctx)} ${continueButton(ctx)}
  `;
}

