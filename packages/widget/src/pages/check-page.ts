/**
 * Check your answers: every figure, circumstance, the stage, each answer and piece of
 * evidence, and the pupil details, each with a "Change" link that goes back to that field. Each
 * part (figures, circumstances, stage, questions, details) has its own heading; an empty one is left out.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { unitFor } from '@pathway/core';
import type { MeasureResult } from '@pathway/core';
import { reasonText } from '../i18n/strings.js';
import { isPercentageMeasure, parseMeasureEntry } from '../journey/entries.js';
import { recordedOutcomes } from '../journey/journey-state.js';
import { asksFigures, referralFields } from '../journey/pages.js';
import type { PageId } from '../journey/pages.js';
import { detailFocusId } from './details-page.js';
import { baselineMeasures, cohortFieldId, measureFieldIds, measureFocusId, outcomeFieldId, recordableOutcomes } from './measures-page.js';
import type { PageContext } from './page-context.js';
import { answerText, evidenceFocusId, questionFocusId } from './question-fields.js';
import { questionRows } from './questions-page.js';
import { routeFieldId, userRoutes } from './routes.js';
import { stageFocusId } from './stage-page.js';
import { backLink, continueButton, pageHeading } from './shared.js';
import { measureHeadings } from './asked-measures.js';

/**
 * A figure in words for the page's language, as it was entered: "88.2%", "150 of 180 sessions
 * (83.3%)", "1 session", "12 days", "Not entered".
 */
export function measureText(ctx: PageContext, result: MeasureResult): string {
  const text = figureText(ctx, result);
  // A count of events after an event (format 1.1) says the period it covers.
  const period = result.status === 'ok' ? result.period : undefined;
  if (!period) return text;
  const { strings, format } = ctx;
  return `${text} ${period.to ? strings.measurePeriodBetween(format.date(period.from), format.date(period.to)) : strings.measurePeriodSince(format.date(period.from))}`;
}

/** An earlier reading (format 1.1), as entered: "72%, on 3 March 2025". */
export function baselineText(ctx: PageContext, measureId: string): string {
  const { strings, format } = ctx;
  const result = ctx.evaluation.baselines?.[measureId];
  if (!result || result.status === 'missing') return strings.notEntered;
  const measure = ctx.index.measures.get(measureId);
  const figure = result.value !== undefined && measure && isPercentageMeasure(measure) ? format.percent(result.value) : result.display;
  return result.date ? strings.baselineOn(figure, format.date(result.date)) : figure;
}

function figureText(ctx: PageContext, result: MeasureResult): string {
  const { strings, format } = ctx;
  // A count from an event that has not happened (ifBlank) can never be entered: said why, not "Not entered".
  if (result.status === 'missing') return result.reason?.code === 'measure.fromNotHappened' ? reasonText(strings, result.reason) : strings.notEntered;
  // A blank date that means the event has not happened (`ifBlank`): a known fact, in the author's words.
  if (result.status === 'notHappened') return result.reason ? reasonText(strings, result.reason) : result.display;
  if (result.date !== undefined && result.value === undefined) return format.date(result.date);
  if (result.status === 'invalid') return result.reason ? reasonText(strings, result.reason) : result.display;
  const measure = ctx.index.measures.get(result.measureId);
  if (result.value === undefined || !measure) return result.display;
  if (isPercentageMeasure(measure)) {
    const percent = format.percent(result.value);
    const entry = ctx.state.measureEntries[measure.id];
    const input = entry?.mode === 'sessions' ? parseMeasureEntry(measure, entry, strings).input : undefined;
    if (input && 'attendedSessions' in input) {
      return strings.measureSessionsAttended(format.number(input.attendedSessions), format.number(input.possibleSessions), percent);
    }
    if (input && 'absentSessions' in input) {
      return strings.measureSessionsMissed(format.number(input.absentSessions), format.number(input.possibleSessions), percent);
    }
    return percent;
  }
  if (measure.kind === 'sessionCount') return format.count(result.value, 'sessions');
  if (measure.kind === 'dayCount') return format.count(result.value, 'days');
  const unit = measure.unit ?? '';
  return `${format.number(result.value)}${unit ? ` ${unitFor(result.value, unit)}` : ''}`;
}

function row(
  ctx: PageContext,
  key: string,
  value: TemplateResult | string,
  target: { page: PageId; fieldId: string } | undefined,
): TemplateResult {
  return html`<div class="summary-list__row">
    <dt class="summary-list__key">${key}</dt>
    <dd class="summary-list__value">${value}</dd>
    ${target
      ? html`<dd class="summary-list__actions no-print">
          <a href=${`#${target.fieldId}`} data-field=${target.fieldId} data-page=${target.page} @click=${ctx.actions.focusField}
            >${ctx.strings.change}<span class="visually-hidden"> ${key}</span></a
          >
        </dd>`
      : nothing}
  </div>`;
}

/** A part of the page under its own heading; none when it has no rows. */
function part(title: string, rows: TemplateResult[]): TemplateResult | typeof nothing {
  return rows.length > 0
    ? html`<h3 class="heading-m">${title}</h3>
        <dl class="summary-list">${rows}</dl>`
    : nothing;
}

function renderQuestionSections(ctx: PageContext): TemplateResult[] {
  const { strings, format, state, index } = ctx;
  const sections: { title: string; rows: TemplateResult[] }[] = [];
  const stageTitle = ctx.evaluation.current?.title ?? '';
  let section: { title: string; rows: TemplateResult[] } | undefined;
  for (const item of questionRows(ctx)) {
    if (item.kind === 'heading' || !section) {
      section = { title: item.kind === 'heading' ? item.text : strings.checkQuestions(stageTitle), rows: [] };
      sections.push(section);
      if (item.kind === 'heading') continue;
    }
    if (item.kind === 'question') {
      const question = index.questions.get(item.item.id);
      if (!question) continue;
      section.rows.push(
        row(ctx, question.text, answerText(question, state.answers[question.id], strings, format), {
          page: 'questions',
          fieldId: questionFocusId(question),
        }),
      );
    } else if (item.kind === 'evidence') {
      const evidence = index.evidence.get(item.item.id)?.evidence;
      if (!evidence) continue;
      const held = state.evidence[evidence.id];
      const value = html`${held?.confirmed ? strings.confirmed : strings.notConfirmed}${held?.note ? html` <span class="block">${held.note}</span>` : nothing}`;
      section.rows.push(row(ctx, evidence.title, value, { page: 'questions', fieldId: evidenceFocusId(evidence.id) }));
    }
  }
  return sections.map((group) => html`${part(group.title, group.rows)}`);
}

export function renderCheckPage(ctx: PageContext): TemplateResult {
  const { strings, format, evaluation, index, state } = ctx;
  const cohorts = [...index.cohorts.values()].filter((cohort) => state.cohorts.has(cohort.id));
  const firstCohort = index.definition.cohorts?.[0];
  const fields = referralFields(evaluation);
  return html`
    ${backLink(ctx)} ${pageHeading(strings.checkHeading)}
    ${part(measureHeadings(strings, index).section, [
      ...(asksFigures(index) ? evaluation.measures : []).map((result) => {
        const measure = index.measures.get(result.measureId);
        return row(ctx, result.title, measureText(ctx, result), measure ? { page: 'measures', fieldId: measureFocusId(ctx, measure) } : undefined);
      }),
      ...baselineMeasures(ctx).map((measure) =>
        row(ctx, (measure as { baseline?: { title?: string } }).baseline?.title || strings.baselineTitle(measure.title), baselineText(ctx, measure.id), {
          page: 'measures',
          fieldId: measureFieldIds(measure.id).baselineValue,
        }),
      ),
    ])}
    ${part(
      strings.cohortsHeading,
      firstCohort
        ? [
            row(ctx, strings.checkCohorts, cohorts.length > 0 ? cohorts.map((cohort) => cohort.title).join(', ') : strings.none, {
              page: 'measures',
              fieldId: cohortFieldId(firstCohort.id),
            }),
          ]
        : [],
    )}
    ${part(strings.stageHeading, [
      // Outcomes already recorded can decide the stage, so they sit with it.
      ...(recordableOutcomes(ctx).length > 0
        ? [
            row(
              ctx,
              strings.outcomesRecordedHeading,
              recordableOutcomes(ctx)
                .filter((outcome) => recordedOutcomes(state).includes(outcome.id))
                .map((outcome) => outcome.title)
                .join(', ') || strings.none,
              { page: 'measures', fieldId: outcomeFieldId(recordableOutcomes(ctx)[0].id) },
            ),
          ]
        : []),
      row(ctx, strings.checkStage, evaluation.current?.title ?? strings.notAnswered, { page: 'stage', fieldId: stageFocusId(ctx) }),
      ...(userRoutes(ctx).length > 0
        ? [
            row(
              ctx,
              strings.checkRoute,
              userRoutes(ctx).filter((route) => route.chosen).map((route) => route.title).join(', ') || strings.routesNoneChosen,
              {
                page: 'stage',
                fieldId: routeFieldId(
                  (userRoutes(ctx).find((route) => route.chosen) ?? userRoutes(ctx).find((route) => route.available !== false) ?? userRoutes(ctx)[0]).id,
                ),
              },
            ),
          ]
        : []),
    ])}
    ${renderQuestionSections(ctx)}
    ${part(
      strings.checkDetails,
      fields.map((item) => {
        const field = index.fields.get(item.id);
        const value = state.details[item.id];
        const shown = value ? (field?.type === 'date' ? format.date(value) : value) : strings.notAnswered;
        return row(ctx, field?.label ?? item.text, shown, { page: 'details', fieldId: detailFocusId(field, item.id) });
      }),
    )}
    ${continueButton(ctx, strings.checkContinue)}
  `;
}
