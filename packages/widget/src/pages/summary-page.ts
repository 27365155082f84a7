/**
 * The summary: stage, figures, answers, conditions, exceptions, next steps, time limits,
 * resources and how to refer. The `#summary-document` part is what is printed and what the
 * downloadable web page is made from; the buttons around it are left out of both.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Summary, SummaryReferral } from '@pathway/core';
import { openReferrals } from '../journey/pages.js';
import { measureText } from './check-page.js';
import type { PageContext } from './page-context.js';
import { answerText } from './question-fields.js';
import { renderGates } from './readiness-panel.js';
import { exceptionsElsewhere, renderExceptions, renderExceptionsElsewhere, renderTimeLimits, stageExceptions } from './stage-page.js';
import { authoredLink, backLink, pageHeading, tag } from './shared.js';

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

function plainList(items: readonly (string | TemplateResult)[], empty: string): TemplateResult {
  return items.length > 0
    ? html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`
    : html`<p>${empty}</p>`;
}

function renderAnswers(ctx: PageContext, summary: Summary): TemplateResult[] {
  const { strings, format, index } = ctx;
  const groups = new Map<string, { title: string; rows: TemplateResult[] }>();
  for (const answer of summary.answers) {
    if (answer.state === 'notApplicable') continue;
    let group = groups.get(answer.stageId);
    if (!group) {
      group = { title: answer.stageTitle, rows: [] };
      groups.set(answer.stageId, group);
    }
    const question = index.questions.get(answer.questionId)?.question;
    const shown = question ? answerText(question, answer.answer ?? undefined, strings, format) : answer.answerText;
    group.rows.push(html`<div class="summary-list__row">
      <dt class="summary-list__key">${answer.question}</dt>
      <dd class="summary-list__value">${shown}</dd>
    </div>`);
  }
  const many = groups.size > 1;
  return [...groups.values()].map(
    (group) => html`${many ? html`<h4 class="heading-s">${group.title}</h4>` : nothing}
      <dl class="summary-list">${group.rows}</dl>`,
  );
}

function renderReferral(ctx: PageContext, referral: SummaryReferral): TemplateResult {
  const { strings, format } = ctx;
  const channel = referral.channel;
  const definition = ctx.index.referrals.get(referral.id);
  return html`<section class="panel" data-referral=${referral.id}>
    <h3 class="heading-m">${strings.summaryReferral(referral.title)}</h3>
    ${referral.status === 'blocked' ? html`<p><strong>${strings.summaryReferralBlocked}</strong></p>` : nothing}
    ${referral.status === 'redirected' ? html`<p><strong>${strings.summaryReferralRedirected}</strong></p>` : nothing}
    ${referral.status !== 'blocked'
      ? html`<p>${tag(referral.ready ? strings.summaryReady : strings.summaryNotReady, referral.ready ? 'green' : 'red')}</p>`
      : nothing}
    ${definition?.description ? html`<p>${definition.description}</p>` : nothing}
    <dl class="summary-list">
      <div class="summary-list__row">
        <dt class="summary-list__key">${strings.summaryReferralTo}</dt>
        <dd class="summary-list__value">
          ${referral.target.name}${referral.target.description ? html` <span class="block secondary">${referral.target.description}</span>` : nothing}
        </dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">${strings.summaryReferralHow}</dt>
        <dd class="summary-list__value">
          ${channel.email
            ? html`<p>${strings.summaryReferralEmail}: ${authoredLink(strings, channel.email, `mailto:${channel.email}`)}</p>`
            : nothing}
          ${channel.url ? html`<p>${strings.summaryReferralWeb}: ${authoredLink(strings, channel.url, channel.url)}</p>` : nothing}
          ${channel.phone ? html`<p>${strings.summaryReferralPhone}: ${channel.phone}</p>` : nothing}
          ${channel.instructions ? html`<p>${channel.instructions}</p>` : nothing}
        </dd>
      </div>
      ${referral.fields.length > 0
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralFields}</dt>
            <dd class="summary-list__value">
              <ul>
                ${referral.fields.map((field) => {
                  const type = ctx.index.fields.get(field.id)?.type;
                  const value = field.value ? (type === 'date' ? format.date(field.value) : field.value) : strings.notAnswered;
                  return html`<li>${field.label}: <strong>${value}</strong></li>`;
                })}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${referral.include.length > 0
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralInclude}</dt>
            <dd class="summary-list__value">
              <ul>
                ${referral.include.map(
                  (item) => html`<li>
                    ${item.title} ${tag(item.confirmed ? strings.confirmed : strings.notConfirmed, item.confirmed ? 'green' : 'grey')}
                    ${item.note ? html` <span class="block secondary">${item.note}</span>` : nothing}
                  </li>`,
                )}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${referral.response
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralResponse}</dt>
            <dd class="summary-list__value">${referral.response}</dd>
          </div>`
        : nothing}
      ${referral.outcomes.length > 0
        ? html`<div class="summary-list__row">
            <dt class="summary-list__key">${strings.summaryReferralOutcomes}</dt>
            <dd class="summary-list__value">
              <ul>
                ${referral.outcomes.map(
                  (outcome) => html`<li>
                    ${outcome.title}${outcome.description ? html` <span class="block secondary">${outcome.description}</span>` : nothing}
                  </li>`,
                )}
              </ul>
            </dd>
          </div>`
        : nothing}
    </dl>
  </section>`;
}

/** The part of the summary page that is printed and downloaded. */
export function renderSummaryDocument(ctx: PageContext, summary: Summary): TemplateResult {
  const { strings, format, evaluation } = ctx;
  const exceptions = stageExceptions(ctx, evaluation.current);
  const elsewhere = exceptionsElsewhere(ctx, exceptions);
  const gates = [...(evaluation.current?.gates ?? []), ...openReferrals(evaluation).flatMap((referral) => referral.gates)];
  const generated = new Date(summary.generatedAt);
  return html`<article id=${SUMMARY_DOCUMENT_ID} part="summary">
    ${pageHeading(strings.summaryHeading, summary.pathway.title)}
    <p class="secondary">
      ${summary.pathway.authority}. ${strings.summaryPathway(summary.pathway.title, summary.pathway.version)}.
      ${Number.isNaN(generated.getTime()) ? nothing : strings.summaryGenerated(format.dateTime(generated))}
    </p>
    <section class="stage-banner ${summary.ready ? 'stage-banner--ready' : ''}" data-section="stage" aria-labelledby="summary-stage-title">
      <span class="caption">${strings.stageCaption}</span>
      <h3 class="heading-l" id="summary-stage-title">${summary.stage?.title ?? strings.summaryNoStage}</h3>
      ${summary.stage?.subtitle ? html`<p class="secondary">${summary.stage.subtitle}</p>` : nothing}
      ${summary.stage?.lead ? html`<p>${strings.stageLead}: ${summary.stage.lead}</p>` : nothing}
      <p data-ready=${summary.ready ? 'true' : 'false'}>
        ${tag(summary.ready ? strings.summaryReady : strings.summaryNotReady, summary.ready ? 'green' : 'red')}
      </p>
    </section>
    ${exceptions.length > 0 ? section(strings.summaryExceptions, renderExceptions(ctx, exceptions), 'exceptions') : nothing}
    ${elsewhere.length > 0
      ? section(strings.stageOtherExceptionsTitle, renderExceptionsElsewhere(ctx, elsewhere), 'exceptions-elsewhere')
      : nothing}
    ${section(strings.summaryPlacement, plainList(summary.placement.reasons, strings.none), 'placement')}
    ${section(
      strings.summaryMeasures,
      html`<dl class="summary-list">
        ${evaluation.measures.map(
          (result) => html`<div class="summary-list__row">
            <dt class="summary-list__key">${result.title}</dt>
            <dd class="summary-list__value">${measureText(ctx, result)}</dd>
          </div>`,
        )}
      </dl>`,
      'measures',
    )}
    ${summary.classifications.length > 0
      ? section(strings.summaryClassifications, plainList(summary.classifications, strings.none), 'classifications')
      : nothing}
    ${ctx.index.cohorts.size > 0
      ? section(strings.summaryCohorts, plainList(summary.cohorts.map((cohort) => cohort.title), strings.none), 'cohorts')
      : nothing}
    ${section(
      strings.summaryMissing,
      html`<h4 class="heading-s">${strings.readinessBlocking}</h4>
        ${plainList(
          summary.missing.blocking.map((item) => html`${item.text} <span class="secondary body-s">(${item.reason})</span>`),
          strings.readinessNothing,
        )}
        <h4 class="heading-s">${strings.readinessAdvisory}</h4>
        ${plainList(
          summary.missing.advisory.map((item) => html`${item.text} <span class="secondary body-s">(${item.reason})</span>`),
          strings.readinessNothing,
        )}`,
      'missing',
    )}
    ${gates.length > 0 ? section(strings.summaryGates, renderGates(ctx, gates), 'gates') : nothing}
    ${summary.answers.length > 0 ? section(strings.summaryAnswers, renderAnswers(ctx, summary), 'answers') : nothing}
    ${summary.evidence.length > 0
      ? section(
          strings.summaryEvidence,
          plainList(
            summary.evidence
              .filter((item) => item.state !== 'notApplicable')
              .map(
                (item) =>
                  html`${item.title} ${tag(item.confirmed ? strings.confirmed : strings.notConfirmed, item.confirmed ? 'green' : 'grey')}${item.note
                      ? html` <span class="block secondary">${item.note}</span>`
                      : nothing}`,
              ),
            strings.none,
          ),
          'evidence',
        )
      : nothing}
    ${summary.nextSteps.length > 0 ? section(strings.summaryNextSteps, plainList(summary.nextSteps, strings.none), 'next-steps') : nothing}
    ${summary.actions.length > 0
      ? section(
          strings.summaryDuties,
          summary.actions.map(
            (group) => html`<h4 class="heading-s">${group.heading || group.role}</h4>
              <ul>
                ${group.items.map((item) => html`<li>${item}</li>`)}
              </ul>`,
          ),
          'duties',
        )
      : nothing}
    ${summary.timeLimits.length > 0 ? section(strings.summaryTimeLimits, renderTimeLimits(ctx, summary), 'time-limits') : nothing}
    ${summary.referrals.map((referral) => renderReferral(ctx, referral))}
    ${summary.resources.length > 0
      ? section(
          strings.summaryResources,
          plainList(summary.resources.map((link) => authoredLink(strings, link.title, link.url)), strings.none),
          'resources',
        )
      : nothing}
    ${summary.contacts.length > 0
      ? section(
          strings.summaryContacts,
          plainList(
            summary.contacts.map(
              (contact) =>
                html`${authoredLink(strings, contact.name, contact.url)}${contact.email
                  ? html`, ${authoredLink(strings, contact.email, `mailto:${contact.email}`)}`
                  : nothing}${contact.phone ? html`, ${contact.phone}` : nothing}`,
            ),
            strings.none,
          ),
          'contacts',
        )
      : nothing}
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
    ${backLink(ctx)} ${renderSubmitStatus(ctx, submit)} ${renderSummaryDocument(ctx, summary)}
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
