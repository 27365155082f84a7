/**
 * The pupil's attendance (each measure, as a percentage or as session counts) and their
 * circumstances (the pathway's cohorts, as checkboxes).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Measure, Outcome } from '@pathway/schema';
import { emptyMeasureEntry, isDateMeasure, isPercentageMeasure } from '../journey/entries.js';
import { emptyBaselineEntry } from '../journey/journey-state.js';
import { fieldInput } from './field-input.js';
import type { PageContext } from './page-context.js';
import { dateBoxes } from './question-fields.js';
import { backLink, continueButton, describedBy, errorMessage, errorSummary, hint, pageHeading } from './shared.js';
import { askedMeasures, measureHeadings } from './asked-measures.js';

/** The ids of a measure's inputs: the error summary and "Change" links point at them. */
export const measureFieldIds = (id: string) => ({
  group: `m-${id}`,
  modePercentage: `m-${id}-mode-percentage`,
  modeSessions: `m-${id}-mode-sessions`,
  percentage: `m-${id}-percentage`,
  possible: `m-${id}-possible`,
  counted: `m-${id}-counted`,
  value: `m-${id}-value`,
  /** A date measure's first box (format 1.1). */
  day: `m-${id}-day`,
  /** An earlier reading (format 1.1): its group, its figure and the first box of its date. */
  baselineGroup: `b-${id}`,
  baselineValue: `b-${id}-value`,
  baselineDay: `b-${id}-day`,
});

/** The id a "Change" link or error summary focuses for a measure. */
export function measureFocusId(ctx: PageContext, measure: Measure): string {
  const ids = measureFieldIds(measure.id);
  if (isDateMeasure(measure)) return ids.day;
  if (!isPercentageMeasure(measure)) return ids.value;
  return (ctx.state.measureEntries[measure.id]?.mode ?? 'percentage') === 'percentage' ? ids.percentage : ids.possible;
}

/** The measures whose earlier reading is asked for (the engine's `baselineMeasures`). */
export function baselineMeasures(ctx: PageContext): Measure[] {
  return (ctx.evaluation.baselineMeasures ?? []).map((id) => ctx.index.measures.get(id)).filter((measure) => measure !== undefined);
}

/** "In the last 10 school weeks.", unless the title or description already names that window. */
function windowText(ctx: PageContext, measure: Measure): string | undefined {
  if (!measure.window) return undefined;
  const window = ctx.format.duration(measure.window);
  const said = `${measure.title} ${measure.description ?? ''}`.toLowerCase();
  return said.includes(window.toLowerCase()) ? undefined : ctx.strings.measureWindowHint(window);
}

/**
 * When a count is taken: the last window, or (format 1.1 `from`) the window after a date, which
 * is a date measure or a date question, named as the school sees it.
 */
function countHint(ctx: PageContext, measure: Measure): string | undefined {
  const from = (measure as { from?: string }).from;
  if (from === undefined) return windowText(ctx, measure);
  const event = ctx.index.measures.get(from)?.title ?? ctx.index.questions.get(from)?.text ?? from;
  return measure.window ? ctx.strings.measureWindowAfter(ctx.format.duration(measure.window), event) : ctx.strings.measureCountedFrom(event);
}

function renderPercentageMeasure(ctx: PageContext, measure: Measure): TemplateResult {
  const { strings } = ctx;
  const ids = measureFieldIds(measure.id);
  const entry = ctx.state.measureEntries[measure.id] ?? emptyMeasureEntry();
  const error = ctx.errors.get(ids.group);
  const hintText = [measure.description, windowText(ctx, measure)].filter(Boolean).join(' ');
  const countedLabel = measure.kind === 'absencePercentage' ? strings.measureAbsentLabel : strings.measureAttendedLabel;
  const invalid = (fieldId: string) => error?.fieldId === fieldId;
  return html`<div class="form-group ${error ? 'form-group--error' : ''}">
    <fieldset aria-describedby=${describedBy(hintText && `${ids.group}-hint`, error && `${ids.group}-error`)}>
      <legend class="legend-m">${measure.title}</legend>
      ${hint(`${ids.group}-hint`, hintText)} ${errorMessage(`${ids.group}-error`, strings, error?.message)}
      <fieldset class="form-group">
        <legend class="legend-s">${strings.measureHowTitle(measure.title)}</legend>
        <div class="choices choices--inline">
          <div class="choice">
            <input type="radio" id=${ids.modePercentage} name=${`${ids.group}-mode`} value="percentage"
              ${fieldInput({ kind: 'measure', measureId: measure.id, part: 'mode' })} .checked=${entry.mode === 'percentage'} />
            <label for=${ids.modePercentage}>${strings.measureModePercentage}</label>
          </div>
          <div class="choice">
            <input type="radio" id=${ids.modeSessions} name=${`${ids.group}-mode`} value="sessions"
              ${fieldInput({ kind: 'measure', measureId: measure.id, part: 'mode' })} .checked=${entry.mode === 'sessions'} />
            <label for=${ids.modeSessions}>${strings.measureModeSessions}</label>
          </div>
        </div>
      </fieldset>
      ${entry.mode === 'percentage'
        ? html`<div class="conditional">
            <label class="label" for=${ids.percentage}>${strings.measurePercentageLabel}</label>
            <div class="input-wrapper">
              <input class="input input--short ${invalid(ids.percentage) ? 'input--error' : ''}" id=${ids.percentage}
                type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                ${fieldInput({ kind: 'measure', measureId: measure.id, part: 'percentage' })} .value=${entry.percentage}
                aria-invalid=${invalid(ids.percentage) ? 'true' : 'false'} aria-describedby=${invalid(ids.percentage) ? `${ids.group}-error` : nothing} />
              <span aria-hidden="true">%</span>
            </div>
          </div>`
        : html`<div class="conditional">
            <div class="form-group">
              <label class="label" for=${ids.possible}>${strings.measurePossibleLabel}</label>
              <input class="input input--short ${invalid(ids.possible) ? 'input--error' : ''}" id=${ids.possible}
                type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                ${fieldInput({ kind: 'measure', measureId: measure.id, part: 'possible' })} .value=${entry.possible}
                aria-invalid=${invalid(ids.possible) ? 'true' : 'false'} aria-describedby=${invalid(ids.possible) ? `${ids.group}-error` : nothing} />
            </div>
            <label class="label" for=${ids.counted}>${countedLabel}</label>
            <input class="input input--short ${invalid(ids.counted) ? 'input--error' : ''}" id=${ids.counted}
              type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
              ${fieldInput({ kind: 'measure', measureId: measure.id, part: 'counted' })} .value=${entry.counted}
              aria-invalid=${invalid(ids.counted) ? 'true' : 'false'} aria-describedby=${invalid(ids.counted) ? `${ids.group}-error` : nothing} />
          </div>`}
    </fieldset>
  </div>`;
}

function renderCountMeasure(ctx: PageContext, measure: Measure): TemplateResult {
  const { strings } = ctx;
  const ids = measureFieldIds(measure.id);
  const entry = ctx.state.measureEntries[measure.id] ?? emptyMeasureEntry();
  const error = ctx.errors.get(ids.group);
  const hintText = [measure.description, countHint(ctx, measure)].filter(Boolean).join(' ');
  const unit =
    measure.kind === 'sessionCount' ? strings.measureUnitSessions : measure.kind === 'dayCount' ? strings.measureUnitDays : measure.unit;
  return html`<div class="form-group ${error ? 'form-group--error' : ''}">
    <label class="label legend-m" for=${ids.value}>${measure.title}</label>
    ${hint(`${ids.group}-hint`, hintText)} ${errorMessage(`${ids.group}-error`, strings, error?.message)}
    <div class="input-wrapper">
      <input class="input input--short ${error ? 'input--error' : ''}" id=${ids.value} type="text"
        inputmode=${measure.kind === 'number' ? 'decimal' : 'numeric'} autocomplete="off" spellcheck="false"
        ${fieldInput({ kind: 'measure', measureId: measure.id, part: 'value' })} .value=${entry.value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hintText && `${ids.group}-hint`, error && `${ids.group}-error`)} />
      ${unit ? html`<span>${unit}</span>` : nothing}
    </div>
  </div>`;
}

/** A date measure (format 1.1): GOV.UK date boxes, day, month and year. */
function renderDateMeasure(ctx: PageContext, measure: Measure): TemplateResult {
  const { strings } = ctx;
  const ids = measureFieldIds(measure.id);
  const entry = ctx.state.measureEntries[measure.id] ?? emptyMeasureEntry();
  const error = ctx.errors.get(ids.group);
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" data-date-measure=${measure.id}>
    <fieldset role="group" aria-describedby=${describedBy(`${ids.group}-hint`, error && `${ids.group}-error`)}>
      <legend class="legend-m">${measure.title}</legend>
      <div class="hint" id=${`${ids.group}-hint`}>${measure.description ? html`${measure.description} ` : nothing}${measure.ifBlank ? html`${strings.dateMayBeBlank} ` : nothing}${strings.dateHint}</div>
      ${errorMessage(`${ids.group}-error`, strings, error?.message)}
      ${dateBoxes({
        base: ids.group,
        parts: { day: entry.day ?? '', month: entry.month ?? '', year: entry.year ?? '' },
        invalid: !!error,
        dataKey: 'measure',
        dataId: measure.id,
        strings,
      })}
    </fieldset>
  </div>`;
}

/**
 * An earlier reading (format 1.1), asked only for the measures the engine names in
 * `baselineMeasures`: the figure then, and the date it was taken.
 */
function renderBaseline(ctx: PageContext, measure: Measure): TemplateResult {
  const { strings } = ctx;
  const ids = measureFieldIds(measure.id);
  const entry = ctx.state.baselineEntries[measure.id] ?? emptyBaselineEntry();
  const error = ctx.errors.get(ids.baselineGroup);
  const asked = (measure as { baseline?: { title?: string; description?: string } }).baseline;
  const title = asked?.title || strings.baselineTitle(measure.title);
  const percent = isPercentageMeasure(measure);
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" data-baseline=${measure.id}>
    <fieldset aria-describedby=${describedBy(`${ids.baselineGroup}-hint`, error && `${ids.baselineGroup}-error`)}>
      <legend class="legend-m">${title}</legend>
      <div class="hint" id=${`${ids.baselineGroup}-hint`}>${asked?.description ? html`${asked.description} ` : nothing}${strings.baselineHint}</div>
      ${errorMessage(`${ids.baselineGroup}-error`, strings, error?.message)}
      <div class="form-group">
        <label class="label" for=${ids.baselineValue}>${percent ? strings.measurePercentageLabel : strings.baselineFigure}</label>
        <div class="input-wrapper">
          <input class="input input--short ${error?.fieldId === ids.baselineValue ? 'input--error' : ''}" id=${ids.baselineValue} type="text"
            inputmode="decimal" autocomplete="off" spellcheck="false"
            ${fieldInput({ kind: 'baseline', measureId: measure.id, part: 'value' })} .value=${entry.value}
            aria-invalid=${error?.fieldId === ids.baselineValue ? 'true' : 'false'} />
          ${percent ? html`<span aria-hidden="true">%</span>` : nothing}
        </div>
      </div>
      <fieldset role="group" aria-describedby=${`${ids.baselineGroup}-date-hint`}>
        <legend class="legend-s">${strings.baselineDate}</legend>
        <div class="hint" id=${`${ids.baselineGroup}-date-hint`}>${strings.dateHint}</div>
        ${dateBoxes({
          base: ids.baselineGroup,
          parts: entry,
          invalid: error?.fieldId === ids.baselineDay,
          dataKey: 'baseline',
          dataId: measure.id,
          strings,
        })}
      </fieldset>
    </fieldset>
  </div>`;
}

function renderMeasure(ctx: PageContext, measure: Measure): TemplateResult {
  if (isDateMeasure(measure)) return renderDateMeasure(ctx, measure);
  return isPercentageMeasure(measure) ? renderPercentageMeasure(ctx, measure) : renderCountMeasure(ctx, measure);
}

export const OUTCOMES_GROUP_ID = 'recorded-outcomes';
export const outcomeFieldId = (id: string) => `o-${id}`;

/**
 * Outcome ids a rule reads (`{ outcome: id }`) anywhere in the pathway; not the outcome a time
 * limit names for when it runs out or is breached (`onExpiry`, `onBreach`), which no rule reads.
 */
function outcomesRead(rule: unknown, into: Set<string>, depth = 0, timed = false): Set<string> {
  if (depth > 60 || rule === null || typeof rule !== 'object') return into;
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'outcome' && typeof value === 'string') {
      if (!timed) into.add(value);
    } else outcomesRead(value, into, depth + 1, key === 'onExpiry' || key === 'onBreach');
  }
  return into;
}

/** An outcome the school can record, with `from`: the stage or referral it is an outcome of. */
export interface RecordableOutcome {
  id: string;
  title: string;
  from: string;
}

/**
 * Outcomes that can decide where the pupil is (format 1.1): those a rule reads, and those that
 * lead to a stage (whatever their kind: the engine places a pupil by any recorded outcome with
 * a `to`), of stages, routes and referrals alike. Each once.
 */
export function recordableOutcomes(ctx: PageContext): RecordableOutcome[] {
  const definition = ctx.index.definition;
  let list = recordable.get(definition);
  if (!list) recordable.set(definition, (list = findRecordable(definition)));
  return list;
}

/** Worked out once per definition: the walk reads the whole document. */
const recordable = new WeakMap<object, RecordableOutcome[]>();

function findRecordable(definition: PageContext['index']['definition']): RecordableOutcome[] {
  if (!String((definition as { schemaVersion?: unknown }).schemaVersion ?? '').startsWith('1.1')) return [];
  const read = outcomesRead(definition, new Set());
  const list: RecordableOutcome[] = [];
  const seen = new Set<string>();
  const add = (outcomes: readonly Outcome[] | undefined, from: string) => {
    for (const outcome of outcomes ?? []) {
      if (seen.has(outcome.id) || !(read.has(outcome.id) || outcome.to !== undefined)) continue;
      seen.add(outcome.id);
      list.push({ id: outcome.id, title: outcome.title, from });
    }
  };
  for (const stage of definition.stages) {
    add(stage.outcomes, stage.title);
    for (const route of stage.routes ?? []) add(route.outcomes, stage.title);
  }
  for (const referral of definition.referrals ?? []) add(referral.outcomes, referral.title);
  return list;
}

/** "What has already happened": outcomes recorded for the pupil, which can decide the stage (format 1.1). */
function renderOutcomes(ctx: PageContext): TemplateResult | typeof nothing {
  const outcomes = recordableOutcomes(ctx);
  if (outcomes.length === 0) return nothing;
  const { strings } = ctx;
  const recorded = new Set(Array.isArray(ctx.state.extra.outcomes) ? (ctx.state.extra.outcomes as unknown[]) : []);
  return html`<div class="form-group" id=${OUTCOMES_GROUP_ID}>
    <fieldset aria-describedby="recorded-outcomes-hint">
      <legend class="legend-m">${strings.outcomesRecordedHeading}</legend>
      <div class="hint" id="recorded-outcomes-hint">${strings.outcomesRecordedHint}</div>
      <div class="choices">
        ${outcomes.map((outcome) => {
          const id = outcomeFieldId(outcome.id);
          return html`<div class="choice">
            <input type="checkbox" id=${id} value=${outcome.id} ${fieldInput({ kind: 'outcome', outcomeId: outcome.id })}
              .checked=${recorded.has(outcome.id)} aria-describedby=${`${id}-hint`} />
            <div class="choice__text">
              <label for=${id}>${outcome.title}</label>
              <div class="hint" id=${`${id}-hint`}>${strings.outcomeFromHint(outcome.from)}</div>
            </div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export const COHORTS_GROUP_ID = 'cohorts';
export const cohortFieldId = (id: string) => `c-${id}`;

function renderCohorts(ctx: PageContext): TemplateResult | typeof nothing {
  const { strings } = ctx;
  const cohorts = [...ctx.index.cohorts.values()];
  if (cohorts.length === 0) return nothing;
  return html`<div class="form-group" id=${COHORTS_GROUP_ID}>
    <fieldset aria-describedby="cohorts-hint">
      <legend class="legend-m">${strings.cohortsHeading}</legend>
      <div class="hint" id="cohorts-hint">${strings.cohortsHint}</div>
      <div class="choices">
        ${cohorts.map((cohort) => {
          const id = cohortFieldId(cohort.id);
          return html`<div class="choice">
            <input type="checkbox" id=${id} value=${cohort.id} ${fieldInput({ kind: 'cohort', cohortId: cohort.id })}
              .checked=${ctx.state.cohorts.has(cohort.id)}
              aria-describedby=${describedBy(cohort.description && `${id}-hint`)} />
            <div class="choice__text">
              <label for=${id}>${cohort.title}</label>
              ${hint(`${id}-hint`, cohort.description)}
            </div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export function renderMeasuresPage(ctx: PageContext): TemplateResult {
  const { strings } = ctx;
  const headings = measureHeadings(strings, ctx.index);
  return html`
    ${backLink(ctx)} ${errorSummary(ctx)} ${pageHeading(headings.page)}
    <p>${headings.intro}</p>
    ${askedMeasures(ctx.index).map((measure) => renderMeasure(ctx, measure))}
    ${baselineMeasures(ctx).length > 0
      ? html`<h3 class="heading-m">${strings.baselinesHeading}</h3>
          ${baselineMeasures(ctx).map((measure) => renderBaseline(ctx, measure))}`
      : nothing}
    ${renderCohorts(ctx)} ${renderOutcomes(ctx)} ${continueButton(ctx)}
  `;
}
