/**
 * The summary: who it is about, what changes everything, the stage and where it and each of
 * its referrals stand, why this stage, the figures as entered, answers and evidence, what is
 * still missing (after the answers it summarises), what to do now and what can follow, who does
 * what, time limits, how to refer, resources. The `#summary-document` part is what is printed
 * and what the downloadable web page is made from; the buttons around it are left out of both.
 *
 * Everything the engine says is shown from the evaluation's reasons and the pathway's own
 * text, through the string table: a translated widget's summary has no English sentence from
 * the engine in it (the summary object supplies only its date, resources and contacts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Summary } from '@pathway/core';
import { asksFigures, referralFields } from '../journey/pages.js';
import { baselineText, measureText } from './check-page.js';
import { baselineMeasures, recordableOutcomes } from './measures-page.js';
import { exceptionsElsewhere, leadText, referralTarget, leadsText, renderExceptions, renderImportantExceptions, stageExceptions } from './exceptions.js';
import { bareTitle, taggedSentence } from './joined-text.js';
import { nextSteps, settlingOutcome } from './next-steps.js';
import type { PageContext } from './page-context.js';
import { explainStage } from './placement-text.js';
import { answerText } from './question-fields.js';
import { allGates, referralStatus, renderGates, renderMissingGroups, statusLines } from './readiness-panel.js';
import { readinessOf } from './readiness.js';
import type { Readiness, ReferralReadiness } from './readiness.js';
export { nextSteps } from './next-steps.js';
export type { NextSteps } from './next-steps.js';
import { renderDutyList, renderStandingDuties, stageDuties } from './duties.js';
import { renderSummaryRoutes } from './routes.js';
import { renderTimeLimits } from './stage-page.js';
import { measureHeadings } from './asked-measures.js';
import { authoredLink, backLink, contactLine, linkList, pageHeading, tag } from './shared.js';
import { renderField } from './details-page.js';
import { OWN_COPY_DATE, OWN_COPY_FIELDS, pupilLines } from '../journey/pupil.js';
import { summaryDate } from '../download.js';
import type { PupilLine } from '../journey/pupil.js';

export const SUMMARY_DOCUMENT_ID = 'summary-document';

/** What the summary page needs to know about submitting. */
export interface SubmitView {
  /** Whether the Submit button is offered (a `submit-url`, or the page handles `pathway-submit`). */
  enabled: boolean;
  status: 'idle' | 'sending' | 'sent' | 'failed';
  httpStatus?: number;
  /** Why it failed, in words (cancelled, timed out, not confirmed…), when the widget knows. */
  problem?: string;
}

function section(title: string, body: TemplateResult | TemplateResult[] | typeof nothing, id?: string): TemplateResult {
  return html`<section data-section=${id ?? nothing}>
    <h3 class="heading-m">${title}</h3>
    ${body}
  </section>`;
}

/** The contacts given, under their heading; nothing when there are none. */
function contactsSection(title: string, contacts: Summary['contacts'], id: string, strings: PageContext['strings']): TemplateResult | typeof nothing {
  return contacts.length > 0 ? section(title, plainList(contacts.map((contact) => contactLine(strings, contact)), strings.none), id) : nothing;
}

function plainList(items: readonly (string | TemplateResult)[], empty: string): TemplateResult {
  return items.length > 0
    ? html`<ul>
        ${items.map((item) => html`<li>${item}</li> `)}
      </ul>`
    : html`<p>${empty}</p>`;
}

/** The pupil details the user gave (journey/pupil.ts: as every copy names them), dates in words. */
export function pupilDetails(ctx: PageContext, summary: Summary): PupilLine[] {
  return pupilLines(summary.referrals, ctx.state.details, ctx.strings.ownCopyFields).map((line) =>
    line.id === OWN_COPY_DATE || ctx.index.fields.get(line.id)?.type === 'date' ? { ...line, value: ctx.format.date(line.value) } : line,
  );
}

/**
 * Where the journey asks no pupil details: optional fields to name the pupil in the user's own
 * copy, kept as referral details are (never saved or sent in events). Not printed.
 */
function renderOwnCopy(ctx: PageContext): TemplateResult | typeof nothing {
  if (referralFields(ctx.evaluation).length > 0) return nothing;
  const labels = ctx.strings.ownCopyFields;
  return html`<details class="no-print" data-own-copy>
    <summary>${ctx.strings.ownCopyHeading}</summary>
    <div class="details__text">
      <p>${ctx.strings.detailsPrivacy}</p>
      ${OWN_COPY_FIELDS.map((id, at) => renderField(ctx, { id, label: labels[at], type: id === OWN_COPY_DATE ? 'date' : 'text', required: false }))}
    </div>
  </details>`;
}

function renderPupil(ctx: PageContext, summary: Summary): TemplateResult | typeof nothing {
  const details = pupilDetails(ctx, summary);
  if (details.length === 0) return nothing;
  return html`<section data-section="pupil" aria-labelledby="summary-pupil-title">
    <h3 class="heading-m" id="summary-pupil-title">${ctx.strings.summaryPupil}</h3>
    <dl class="summary-list">
      ${details.map(
        (detail) => html`<div class="summary-list__row" data-detail-row=${detail.id}>
          <dt class="summary-list__key">${detail.label}</dt>
          <dd class="summary-list__value">${detail.value}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}

function renderStageBanner(ctx: PageContext, readiness: Readiness | undefined): TemplateResult {
  const { strings, evaluation, index } = ctx;
  const current = evaluation.current;
  const stage = current ? index.stages.get(current.stageId) : undefined;
  const explanation = explainStage(ctx);
  const ready = readiness?.ready ?? false;
  return html`<section class="stage-banner ${ready ? 'stage-banner--ready' : ''}" data-section="stage" aria-labelledby="summary-stage-title">
    <span class="caption">${strings.stageCaption}</span>
    <h3 class="heading-l" id="summary-stage-title">${current?.title ?? strings.summaryNoStage}</h3>
    ${stage?.subtitle ? html`<p class="secondary">${stage.subtitle}</p>` : nothing}
    ${current?.lead
      ? html`<p data-lead>${strings.stageLead}: ${leadText(ctx, current, false)}</p>`
      : current && leadsText(ctx, current)
      ? html`<p data-leads>${strings.stageLead}: ${leadsText(ctx, current)}</p>`
      : nothing}
    ${explanation.differs ? html`<p data-stage-choice><strong>${explanation.lines[0]}</strong></p>` : nothing}
    ${readiness
      ? html`<div data-ready=${ready ? 'true' : 'false'}>
          ${statusLines(ctx, readiness).map((line) => {
            // "Ready" belongs to a referral; the stage itself is complete or not.
            const word =
              line.key === 'stage' && line.endPending
                ? strings.summaryNotReady
                : line.key === 'stage'
                ? line.ready
                  ? strings.summaryStageComplete
                  : strings.summaryStageIncomplete
                : line.ready
                  ? strings.summaryReady
                  : strings.summaryNotReady;
            // A stage or referral not offered for this pupil says so in words, with no tag.
            return html`<p data-status=${line.key} data-ready=${line.ready ? 'true' : 'false'}>
              ${line.offered ? taggedSentence(word, line.ready ? 'green' : 'red', line.text) : line.text}
            </p>`;
          })}
        </div>`
      : nothing}
  </section>`;
}

/** "Why this stage": short; when the school chose another stage than the figures suggest, both. */
function renderWhy(ctx: PageContext): TemplateResult {
  const { strings } = ctx;
  const explanation = explainStage(ctx);
  if (!explanation.differs || !explanation.current) {
    // The stage that would apply is not offered to this pupil: the summary says so, as the stage page did.
    const offered = ctx.defaultStage?.why === 'offered' ? [strings.stageDefaultOffered(ctx.defaultStage.title, ctx.defaultStage.notOffered ?? '')] : [];
    return section(strings.summaryPlacement, plainList([...offered, ...explanation.lines], strings.none), 'placement');
  }
  const { current, suggested } = explanation;
  return section(
    strings.summaryPlacement,
    html`<dl class="summary-list">
      <div class="summary-list__row" data-why="chosen">
        <dt class="summary-list__key">${strings.summaryChosenStage}</dt>
        <dd class="summary-list__value">
          <p>${current.title}</p>
          ${plainList(explanation.chosenWhy, strings.none)}
        </dd>
      </div>
      <div class="summary-list__row" data-why="suggested">
        <dt class="summary-list__key">${explanation.otherwise
          ? strings.summaryOtherwiseStage
          : explanation.byFigures
            ? strings.summarySuggestedStage
            : strings.summarySuggestedStageEntered}</dt>
        <dd class="summary-list__value">
          <p>${suggested?.title ?? strings.none}</p>
          ${suggested
            ? plainList(explanation.suggestedWhy, strings.none)
            : html`<p>${explanation.byFigures ? strings.whyNoStage : strings.whyNoStageEntered}</p>`}
        </dd>
      </div>
    </dl>`,
    'placement',
  );
}

function renderAnswers(ctx: PageContext): TemplateResult[] {
  const { strings, format, index, state, evaluation } = ctx;
  const groups = new Map<string, { title: string; rows: TemplateResult[] }>();
  for (const item of evaluation.current?.questions ?? []) {
    if (item.state === 'notApplicable') continue;
    let group = groups.get(item.ownerId);
    if (!group) {
      group = { title: item.ownerTitle, rows: [] };
      groups.set(item.ownerId, group);
    }
    const question = index.questions.get(item.id);
    group.rows.push(html`<div class="summary-list__row">
      <dt class="summary-list__key">${item.text}</dt>
      <dd class="summary-list__value">${answerText(question, state.answers[item.id], strings, format)}</dd>
    </div>`);
  }
  const many = groups.size > 1;
  return [...groups.values()].map(
    (group) => html`${many ? html`<h4 class="heading-s">${group.title}</h4>` : nothing}
      <dl class="summary-list">${group.rows}</dl>`,
  );
}

/** Answers to questions this stage does not ask that decided it (core's `decidingAnswers`), kept in the record. */
function renderDecidingAnswers(ctx: PageContext): TemplateResult | typeof nothing {
  const { strings, format, index, state, evaluation } = ctx;
  const items = evaluation.decidingAnswers ?? [];
  if (items.length === 0) return nothing;
  return section(
    strings.decidingAnswers,
    html`<dl class="summary-list">
      ${items.map(
        (item) => html`<div class="summary-list__row">
          <dt class="summary-list__key">${item.text}</dt>
          <dd class="summary-list__value">${answerText(index.questions.get(item.id), state.answers[item.id], strings, format)}</dd>
        </div>`,
      )}
    </dl>`,
    'deciding-answers',
  );
}

/** How recent a piece of evidence must be, as the questions page said it: a package is judged by it. */
function recencyLine(ctx: PageContext, evidenceId: string): TemplateResult | typeof nothing {
  const recency = ctx.index.evidence.get(evidenceId)?.evidence.recency;
  return recency ? html` <span class="block secondary">${ctx.strings.evidenceRecency(ctx.format.duration(recency))}</span>` : nothing;
}

function renderEvidenceList(ctx: PageContext): TemplateResult | typeof nothing {
  const { strings, state } = ctx;
  const items = (ctx.evaluation.current?.evidence ?? []).filter((item) => item.state !== 'notApplicable');
  if (items.length === 0) return nothing;
  return section(
    strings.summaryEvidence,
    plainList(
      items.map((item) => {
        const held = state.evidence[item.id];
        return html`${item.text} ${tag(held?.confirmed ? strings.confirmed : strings.notConfirmed, held?.confirmed ? 'green' : 'grey')}${recencyLine(ctx, item.id)}${held?.note
            ? html` <span class="block secondary">${held.note}</span>`
            : nothing}`;
      }),
      strings.none,
    ),
    'evidence',
  );
}

function renderReferral(ctx: PageContext, referral: ReferralReadiness): TemplateResult {
  const { strings, format, index, state } = ctx;
  const definition = index.referrals.get(referral.referral.referralId);
  // A referral not offered for this pupil (blocked, or redirected elsewhere), or one an outcome
  // that settles the case makes unneeded, is not to be made: no "How to refer", nor what it needs.
  const settled = referral.status === 'available' ? settlingOutcome(ctx) : undefined;
  const offered = referral.status === 'available' && !settled;
  const channel = offered ? definition?.channel : undefined;
  // Redirected elsewhere: one line saying so and why, not a package beside the one to make instead.
  if (referral.status === 'redirected') {
    const by = referral.referral.exceptions.filter((e) => e.effect === 'redirect');
    const to = by.find((e) => e.redirectTo?.referral)?.redirectTo?.referral;
    const status = referralStatus(ctx, referral);
    const line = by.length > 0 ? strings.referralNotMade(status, by.map((e) => e.title).join(', '), to && referralTarget(index, to)) : status;
    return html`<p data-referral=${referral.referral.referralId} data-ready="false">${line}</p>`;
  }
  return html`<section class="panel" data-referral=${referral.referral.referralId}>
    <h3 class="heading-m">${strings.summaryReferral(referral.referral.title)}</h3>
    <p data-ready=${referral.ready ? 'true' : 'false'}>
      <strong>${settled
        ? strings.nextReferralNotNeeded(bareTitle(referral.referral.title), settled.title)
        : referral.status === 'available'
        ? taggedSentence(referral.ready ? strings.summaryReady : strings.summaryNotReady, referral.ready ? 'green' : 'red', referralStatus(ctx, referral))
        : referralStatus(ctx, referral)}</strong>
    </p>
    ${definition?.description ? html`<p>${definition.description}</p>` : nothing}
    <dl class="summary-list">
      <div class="summary-list__row">
        <dt class="summary-list__key">${strings.summaryReferralTo}</dt>
        <dd class="summary-list__value">
          ${definition?.target.name ?? referral.target}${definition?.target.description
            ? html` <span class="block secondary">${definition.target.description}</span>`
            : nothing}
        </dd>
      </div>
      ${channel
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralHow}</dt>
            <dd class="summary-list__value">
              ${channel.email
                ? html`<p>${strings.summaryReferralEmail}: ${authoredLink(strings, channel.email, `mailto:${channel.email}`)}</p>`
                : nothing}
              ${channel.url ? html`<p>${strings.summaryReferralWeb}: ${authoredLink(strings, channel.url, channel.url)}</p>` : nothing}
              ${channel.phone ? html`<p>${strings.summaryReferralPhone}: ${channel.phone}</p>` : nothing}
              ${channel.instructions ? html`<p>${channel.instructions}</p>` : nothing}
            </dd>
          </div>`
        : nothing}
      ${offered && (definition?.fields?.length ?? 0) > 0
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralFields}</dt>
            <dd class="summary-list__value">
              <ul>
                ${definition!.fields!.map((field) => {
                  const given = state.details[field.id];
                  const value = given ? (field.type === 'date' ? format.date(given) : given) : strings.notAnswered;
                  return html`<li>${field.label}: <strong>${value}</strong></li> `;
                })}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${offered && referral.referral.include.some((item) => item.state !== 'notApplicable')
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralInclude}</dt>
            <dd class="summary-list__value">
              <ul>
                ${referral.referral.include
                  .filter((item) => item.state !== 'notApplicable')
                  .map((item) => {
                    const held = state.evidence[item.id];
                    return html`<li>
                      ${item.text} ${tag(held?.confirmed ? strings.confirmed : strings.notConfirmed, held?.confirmed ? 'green' : 'grey')}
                      ${recencyLine(ctx, item.id)} ${held?.note ? html` <span class="block secondary">${held.note}</span>` : nothing}
                    </li> `;
                  })}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${offered && definition?.response
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralResponse}</dt>
            <dd class="summary-list__value">${definition.response}</dd>
          </div>`
        : nothing}
    </dl>
  </section>`;
}

/** The part of the summary page that is printed and downloaded. */
export function renderSummaryDocument(ctx: PageContext, summary: Summary): TemplateResult {
  const { strings, format, evaluation, index, state } = ctx;
  const readiness = readinessOf(ctx);
  const exceptions = stageExceptions(ctx, evaluation.current);
  const elsewhere = exceptionsElsewhere(ctx, exceptions);
  const gates = readiness ? allGates(readiness) : [];
  const steps = nextSteps(ctx, readiness);
  const duties = stageDuties(ctx) ?? [];
  const date = summaryDate(summary);
  const classifications = evaluation.placement.classifications.map((match) => match.band.label);
  const cohorts = [...index.cohorts.values()].filter((cohort) => state.cohorts.has(cohort.id)).map((cohort) => cohort.title);
  // A stage not offered for this pupil (blocked or skipped) asks for nothing: what it would
  // need, its conditions, duties and time limits are not listed as if they applied.
  // So does a stage an exception redirects the pupil away from.
  const offered = evaluation.current === undefined || readiness?.stage.status === 'available';
  const limits = offered ? renderTimeLimits(ctx, summary) : nothing;
  const missing = readiness && offered ? renderMissingGroups(ctx, readiness, false) : [];
  const chosenOutcomes = new Set(Array.isArray(state.extra.outcomes) ? (state.extra.outcomes as unknown[]) : []);
  const recorded = recordableOutcomes(ctx)
    .filter((outcome) => chosenOutcomes.has(outcome.id))
    .map((outcome) => `${bareTitle(outcome.from)}: ${outcome.title}`);
  return html`<article id=${SUMMARY_DOCUMENT_ID} part="summary">
    ${pageHeading(strings.summaryHeading, summary.pathway.title)}
    <p class="secondary">
      ${summary.pathway.authority}. ${strings.summaryPathway(summary.pathway.title, summary.pathway.version)}.
      <span data-generated>${date === undefined ? nothing : date.made ? strings.summaryGenerated(format.dateTime(date.made)) : strings.summaryAsAt(format.date(date.day))}</span>
    </p>
    ${renderPupil(ctx, summary)} ${renderImportantExceptions(ctx)} ${renderStageBanner(ctx, readiness)} ${renderWhy(ctx)}
    ${exceptions.length > 0 ? section(strings.summaryExceptions, renderExceptions(ctx, exceptions), 'exceptions') : nothing}
    ${elsewhere.length > 0 ? section(strings.stageOtherExceptionsTitle, renderExceptions(ctx, elsewhere, true), 'exceptions-elsewhere') : nothing}
    ${!asksFigures(index)
      ? nothing
      : section(
      measureHeadings(strings, index).section,
      html`<dl class="summary-list">
        ${evaluation.measures.map(
          (result) => html`<div class="summary-list__row">
            <dt class="summary-list__key">${result.title}</dt>
            <dd class="summary-list__value">${measureText(ctx, result)}</dd>
          </div>`,
        )}
        ${baselineMeasures(ctx).map(
          (measure) => html`<div class="summary-list__row" data-summary-baseline=${measure.id}>
            <dt class="summary-list__key">${(measure as { baseline?: { title?: string } }).baseline?.title || strings.baselineTitle(measure.title)}</dt>
            <dd class="summary-list__value">${baselineText(ctx, measure.id)}</dd>
          </div>`,
        )}
      </dl>`,
      'measures',
    )}
    ${classifications.length > 0 ? section(strings.summaryClassifications, plainList(classifications, strings.none), 'classifications') : nothing}
    ${index.cohorts.size > 0 ? section(strings.summaryCohorts, plainList(cohorts, strings.none), 'cohorts') : nothing}
    ${recorded.length > 0 ? section(strings.outcomesRecordedHeading, plainList(recorded, strings.none), 'outcomes-recorded') : nothing}
    ${renderDecidingAnswers(ctx)}
    ${(evaluation.current?.questions.length ?? 0) > 0 ? section(strings.summaryAnswers, renderAnswers(ctx), 'answers') : nothing}
    ${renderEvidenceList(ctx)}
    ${missing.length > 0 ? section(strings.summaryMissing, missing, 'missing') : nothing}
    ${gates.length > 0 && offered ? section(strings.summaryGates, renderGates(ctx, gates), 'gates') : nothing}
    ${steps.now.length > 0 ? section(strings.summaryNextSteps, plainList(steps.now, strings.none), 'next-steps') : nothing}
    ${steps.after.length > 0 ? section(strings.summaryWhatNext, plainList(steps.after, strings.none), 'what-next') : nothing}
    ${steps.afterReferral.length > 0 ? section(strings.summaryAfterReferral, plainList(steps.afterReferral, strings.none), 'after-referral') : nothing}
    ${renderSummaryRoutes(ctx)}
    ${offered && duties.length > 0 ? section(strings.summaryDuties, html`${renderDutyList(ctx, duties)}`, 'duties') : nothing}
    ${limits !== nothing ? section(strings.summaryTimeLimits, limits, 'time-limits') : nothing}
    ${renderStandingDuties(ctx)}
    ${(readiness?.referrals ?? []).map((referral) => renderReferral(ctx, referral))}
    ${summary.resources.length > 0
      ? section(strings.summaryResources, linkList(strings, summary.resources), 'resources')
      : nothing}
    ${contactsSection(strings.summaryContacts, summary.contacts.filter((contact) => contact.general !== true), 'contacts', strings)}
    ${contactsSection(strings.generalContacts, summary.contacts.filter((contact) => contact.general === true), 'general-contacts', strings)}
  </article>`;
}

function renderSubmitStatus(ctx: PageContext, submit: SubmitView): TemplateResult | typeof nothing {
  const { strings } = ctx;
  if (submit.status === 'sent') {
    return html`<div class="notification notification--success" role="status" id="submit-status" tabindex="-1">
      <p class="notification__title">${strings.submitSuccess}</p>
    </div>`;
  }
  if (submit.status === 'failed') {
    return html`<div class="notification notification--error" role="alert" id="submit-status" tabindex="-1" part="error">
      <p class="notification__title">
        ${submit.problem ?? (submit.httpStatus !== undefined ? strings.submitHttpFailed(submit.httpStatus) : strings.submitFailed)}
      </p>
      <button type="button" class="button" part="button" @click=${ctx.actions.submit}>${strings.retry}</button>
    </div>`;
  }
  return nothing;
}

export function renderSummaryPage(ctx: PageContext, submit: SubmitView): TemplateResult {
  const { strings, summary } = ctx;
  if (!summary) return html`${backLink(ctx)}`;
  const showSubmit = submit.enabled && submit.status !== 'sent' && submit.status !== 'failed';
  return html`
    ${backLink(ctx)} ${renderSubmitStatus(ctx, submit)} ${renderSummaryDocument(ctx, summary)} ${renderOwnCopy(ctx)}
    <div class="button-group no-print">
      ${showSubmit
        ? html`<button type="button" class="button" part="button submit-button" ?disabled=${submit.status === 'sending'}
            @click=${ctx.actions.submit}>${submit.status === 'sending' ? strings.submitting : strings.submit}</button>`
        : nothing}
      ${submit.status === 'sending'
        ? html`<button type="button" class="button button--secondary" part="button" @click=${ctx.actions.cancelSubmit}>${strings.submitCancel}</button>`
        : nothing}
      <button type="button" class="button button--secondary" part="button" @click=${ctx.actions.print}>${strings.print}</button>
      <button type="button" class="button button--secondary" part="button" @click=${ctx.actions.downloadJson}>${strings.downloadJson}</button>
      <button type="button" class="button button--secondary" part="button" @click=${ctx.actions.downloadHtml}>${strings.downloadHtml}</button>
    </div>
    <p class="no-print">
      <a href="#" @click=${(event: Event) => {
        event.preventDefault();
        ctx.actions.goTo('check');
      }}>${strings.changeAnswers}</a>
    </p>
  `;
}
