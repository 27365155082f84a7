/**
 * A stage's routes (format 1.1), each with its description, who chooses it, what it involves
 * (its own questions, evidence, conditions, referrals, duties and time limits) and its status:
 *
 * - Routes the user chooses (`choice: "user"`): GOV.UK radios, recorded in the case's `routes`.
 *   A route that is not open for this pupil cannot be picked: its radio is disabled and the
 *   reason shown. A route whose rule waits on answers the user has not given yet (questions on
 *   the next page) is not judged "not open": it says so, and can be chosen; if the answers then
 *   close it, the questions page and the summary say so, and the stage page will not go on.
 * - Routes decided later by someone else (`choice: "later"`): "The Local Authority will decide
 *   between …", each with what it involves.
 * - Routes nobody chooses (`choice: "rule"`, as in format 1.0): open or not, with why.
 *
 * A route's actions and time limits are shown with the route, never merged into the stage.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { RouteStatus, TimeLimitStatus } from '@pathway/core';
import type { Route } from '@pathway/schema';
import { reasonText } from '../i18n/strings.js';
import { renderDutyList, routeDuties } from './duties.js';
import { referralTarget } from './exceptions.js';
import { fieldInput } from './field-input.js';
import { gateTag } from './gate-state.js';
import type { FieldError, PageContext } from './page-context.js';
import { describedBy, errorMessage, tag } from './shared.js';
import { renderTimeLimit } from './stage-page.js';

export const routeFieldId = (id: string) => `r-${id}`;
export const routeGroupId = (stageId: string) => `routes-${stageId}`;

/** The authored route of the current stage. */
export function routeDefinition(ctx: PageContext, routeId: string): Route | undefined {
  const stageId = ctx.evaluation.current?.stageId;
  const stage = stageId !== undefined ? ctx.index.stages.get(stageId) : undefined;
  return stage?.routes?.find((route) => route.id === routeId);
}

/** Question ids a rule reads (`{ answer: id, … }` anywhere in it). */
function answersRead(rule: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > 50 || rule === null || typeof rule !== 'object') return into;
  if (Array.isArray(rule)) {
    for (const part of rule) answersRead(part, into, depth + 1);
    return into;
  }
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'answer' && typeof value === 'string') into.add(value);
    else answersRead(value, into, depth + 1);
  }
  return into;
}

/** The route's rule reads answers not given yet: whether it is open is not known until they are. */
export function waitsForAnswers(ctx: PageContext, route: RouteStatus): boolean {
  if (route.available !== false || route.reason.code === 'route.stageUnavailable') return false;
  const definition = routeDefinition(ctx, route.id);
  if (!definition?.when) return false;
  // An exception that closes the route decides it whatever the answers.
  if ((route.exceptions ?? []).some((exception) => exception.effect === 'block' || exception.effect === 'skip')) return false;
  for (const id of answersRead(definition.when, new Set())) if (ctx.state.answers[id] === undefined) return true;
  return false;
}

/** Not open for this pupil, whatever is answered later. */
export const closedNow = (ctx: PageContext, route: RouteStatus) => route.available === false && !waitsForAnswers(ctx, route);

export const userRoutes = (ctx: PageContext): RouteStatus[] => (ctx.evaluation.current?.routes ?? []).filter((route) => route.choice === 'user');
/** Left for someone to decide; one not open for this pupil (its stage sends them elsewhere, say) is nobody's to decide. */
const decidedLater = (route: RouteStatus) => route.choice === 'later' && route.available !== false;
const laterRoutes = (ctx: PageContext) => (ctx.evaluation.current?.routes ?? []).filter(decidedLater);
const ruleRoutes = (ctx: PageContext) => (ctx.evaluation.current?.routes ?? []).filter((route) => route.choice !== 'user' && !decidedLater(route));

/**
 * A chosen route that is not open: the stage page will not go on until another is chosen. Not
 * where the stage itself is not offered (a redirect to the MASH, say): no route can be chosen
 * then, and nothing the stage asks is needed.
 */
const closedChoice = (ctx: PageContext, route: RouteStatus) => route.chosen && closedNow(ctx, route) && route.reason.code !== 'route.stageUnavailable';

export function routeErrors(ctx: PageContext): FieldError[] {
  const current = ctx.evaluation.current;
  if (!current) return [];
  return userRoutes(ctx)
    .filter((route) => closedChoice(ctx, route))
    .map((route) => ({
      key: routeGroupId(current.stageId),
      fieldId: routeFieldId(route.id),
      message: ctx.strings.routeChosenClosed(route.title, reasonText(ctx.strings, route.reason)),
    }));
}

/** Open for this pupil (the engine closes the routes of a stage not offered to them). */
export function routeOpen(route: RouteStatus): boolean {
  return route.open && route.available !== false;
}

/**
 * A route's description as the page says it: where the route is not open to this pupil (its
 * rule does not hold, or it cannot be taken), introduced, so it is not read as a fact about them.
 */
function routeDescription(ctx: PageContext, route: RouteStatus, description: string | undefined): string | undefined {
  if (!description || routeOpen(route) || (route.choice !== 'rule' && route.available !== false)) return description;
  return ctx.strings.routeIfOpens(description);
}

/** Where a route stands, as a tag and a sentence. */
export function routeStatus(ctx: PageContext, route: RouteStatus): { text: string; colour: 'green' | 'grey' | 'red' | 'blue'; key: string } {
  const { strings } = ctx;
  if (decidedLater(route)) return { text: strings.routeDecidedLater(route.decidedBy ?? ''), colour: 'grey', key: 'later' };
  if (route.choice === 'user') {
    if (waitsForAnswers(ctx, route)) return { text: strings.routeWaitsForAnswers, colour: 'blue', key: 'waits' };
    if (route.available === false) return { text: route.chosen ? strings.routeChosenNotOpen : strings.stageRouteClosed, colour: 'red', key: 'closed' };
    if (!route.chosen) return { text: strings.routeNotChosen, colour: 'grey', key: 'not-chosen' };
    return route.ready ? { text: strings.routeReady, colour: 'green', key: 'ready' } : { text: strings.routeChosen, colour: 'blue', key: 'chosen' };
  }
  return routeOpen(route) ? { text: strings.stageRouteOpen, colour: 'green', key: 'open' } : { text: strings.stageRouteClosed, colour: 'grey', key: 'closed' };
}

/** What a route involves: its own questions, evidence, conditions, referrals, duties, time limits, outcomes. */
export function renderRouteInvolves(ctx: PageContext, route: RouteStatus): TemplateResult | typeof nothing {
  const { strings, index } = ctx;
  const definition = routeDefinition(ctx, route.id);
  if (!definition) return nothing;
  const questions = (definition.questions ?? []).map((question) => question.text);
  const evidence = (definition.evidence ?? []).map((item) => item.title);
  const referrals = (definition.referrals ?? []).map((id) => referralTarget(index, id));
  const duties = routeDuties(ctx, route.id);
  const limits = route.timeLimits ?? [];
  const outcomes = (definition.outcomes ?? []).map((outcome) => outcome.title);
  const gates = route.gates ?? [];
  const list = (title: string, items: readonly (string | TemplateResult)[], key: string) =>
    items.length > 0
      ? html`<p class="body-s" data-route-part=${key}><strong>${title}</strong></p>
          <ul class="body-s">
            ${items.map((item) => html`<li>${item}</li> `)}
          </ul>`
      : nothing;
  const parts = [
    list(strings.routeQuestions, questions, 'questions'),
    list(strings.routeEvidence, evidence, 'evidence'),
    list(
      strings.readinessGates,
      gates.map((gate) => (routeOpen(route) ? html`${gateTag(strings, gate)} ${gate.title}` : gate.title)),
      'gates',
    ),
    list(strings.routeReferrals, referrals, 'referrals'),
    duties.length > 0
      ? html`<p class="body-s" data-route-part="duties"><strong>${strings.stageDuties}</strong></p>
          <div class="body-s">${renderDutyList(ctx, duties, 5)}</div>`
      : nothing,
    limits.length > 0
      ? html`<p class="body-s" data-route-part="time-limits"><strong>${strings.stageTimeLimits}</strong></p>
          <ul class="body-s">
            ${limits.map((limit) => renderTimeLimitStatus(ctx, limit, route))}
          </ul>`
      : nothing,
    list(strings.routeOutcomes, outcomes, 'outcomes'),
  ].filter((part) => part !== nothing);
  if (parts.length === 0) return nothing;
  return html`<details class="route__involves" data-route-involves=${route.id}>
    <summary>${strings.routeInvolves}</summary>
    <div class="details__text">${parts}</div>
  </details>`;
}

/**
 * One time limit of a route, as the stage's are shown; a route not open for this pupil starts no
 * clock, except one someone decides later (the LA after the referral): its clock runs from dates
 * of the case (the last unauthorised absence), and whoever decides needs to know it has run out.
 */
export function renderTimeLimitStatus(ctx: PageContext, limit: TimeLimitStatus, route: RouteStatus): TemplateResult {
  const idle = routeOpen(route) || decidedLater(route) ? undefined : route.available === false ? 'closed' : 'waiting';
  return renderTimeLimit(ctx, limit.id, limit.text, ctx.index.timeLimits.get(limit.id), limit, idle);
}

function radioHint(ctx: PageContext, route: RouteStatus, description: string | undefined): TemplateResult {
  const status = routeStatus(ctx, route);
  const why = reasonText(ctx.strings, route.reason);
  return html`${description ? html`<span class="block">${description}</span>` : nothing}
    <span class="block" data-route-status=${status.key}>${tag(status.text, status.colour)}${why && status.key === 'closed' ? html` ${why}` : nothing}</span>`;
}

/** The radios for routes the user chooses, at the current stage. */
function renderRouteChoice(ctx: PageContext, routes: RouteStatus[]): TemplateResult {
  const { strings } = ctx;
  const stageId = ctx.evaluation.current!.stageId;
  const groupId = routeGroupId(stageId);
  const error = ctx.errors.get(groupId);
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" data-route-choice=${stageId}>
    <fieldset aria-describedby=${describedBy(`${groupId}-hint`, error && `${groupId}-error`)}>
      <legend class="legend-s">${strings.routeChooseLegend}</legend>
      <div class="hint" id=${`${groupId}-hint`}>${strings.routeChooseHint}</div>
      ${errorMessage(`${groupId}-error`, strings, error?.message)}
      <div class="choices">
        ${routes.map((route) => {
          const id = routeFieldId(route.id);
          const definition = routeDefinition(ctx, route.id);
          // A route not open cannot be picked; one already chosen stays enabled so its error can be reached.
          const disabled = !route.chosen && closedNow(ctx, route);
          return html`<div class="choice" data-route=${route.id}>
            <input type="radio" id=${id} name=${`route-${stageId}`} value=${route.id} ${fieldInput({ kind: 'route', stageId })}
              .checked=${route.chosen === true} ?disabled=${disabled} aria-describedby=${`${id}-hint`} />
            <div class="choice__text">
              <label for=${id}>${route.title}</label>
              <div class="hint" id=${`${id}-hint`}>${radioHint(ctx, route, routeDescription(ctx, route, definition?.description))}</div>
              ${renderRouteInvolves(ctx, route)}
            </div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** "The Local Authority will decide between …", each with what it involves. */
function renderLaterRoutes(ctx: PageContext, routes: RouteStatus[]): TemplateResult | typeof nothing {
  if (routes.length === 0) return nothing;
  const { strings } = ctx;
  const byWhom = new Map<string, RouteStatus[]>();
  for (const route of routes) byWhom.set(route.decidedBy ?? '', [...(byWhom.get(route.decidedBy ?? '') ?? []), route]);
  return html`${[...byWhom].map(
    ([by, list]) => html`<div data-routes-later>
      <p>${strings.routesDecidedLater(by, list.map((route) => route.title))}</p>
      <ul>
        ${list.map((route) => {
          const definition = routeDefinition(ctx, route.id);
          return html`<li data-route=${route.id}>
            <strong>${route.title}</strong>${definition?.description ? html` <span class="block secondary">${definition.description}</span>` : nothing}
            ${renderRouteInvolves(ctx, route)}
          </li> `;
        })}
      </ul>
    </div>`,
  )}`;
}

function renderRuleRoutes(ctx: PageContext, routes: RouteStatus[]): TemplateResult | typeof nothing {
  if (routes.length === 0) return nothing;
  const { strings } = ctx;
  return html`<ul>
    ${routes.map((route) => {
      const definition = routeDefinition(ctx, route.id);
      return html`<li data-route=${route.id}>
        ${route.title} ${tag(routeOpen(route) ? strings.stageRouteOpen : strings.stageRouteClosed, routeOpen(route) ? 'green' : 'grey')}
        <span class="secondary body-s">${reasonText(strings, route.reason)}</span>
        ${definition?.description ? html`<span class="block secondary body-s">${routeDescription(ctx, route, definition.description)}</span>` : nothing}
        ${renderRouteInvolves(ctx, route)}
      </li> `;
    })}
  </ul>`;
}

/** The stage page's routes: the choice, what each involves, what is decided later. */
export function renderStageRoutes(ctx: PageContext): TemplateResult | typeof nothing {
  const routes = ctx.evaluation.current?.routes ?? [];
  if (routes.length === 0) return nothing;
  const user = userRoutes(ctx);
  return html`<div data-stage-routes>
    <h4 class="heading-s">${ctx.strings.stageRoutes}</h4>
    ${user.length > 0 ? renderRouteChoice(ctx, user) : nothing} ${renderRuleRoutes(ctx, ruleRoutes(ctx))}
    ${renderLaterRoutes(ctx, laterRoutes(ctx))}
  </div>`;
}

/** On the questions page: a chosen route that the answers have closed says so. */
export function renderClosedChoice(ctx: PageContext): TemplateResult | typeof nothing {
  const closed = userRoutes(ctx).filter((route) => closedChoice(ctx, route));
  if (closed.length === 0) return nothing;
  return html`${closed.map(
    (route) => html`<div class="notification notification--error" role="alert" data-route-closed=${route.id}>
      <p class="notification__title">${ctx.strings.routeChosenClosed(route.title, reasonText(ctx.strings, route.reason))}</p>
    </div>`,
  )}`;
}

/** The summary's routes: each with who chooses it, what was chosen, what is decided later. */
export function renderSummaryRoutes(ctx: PageContext): TemplateResult | typeof nothing {
  const routes = ctx.evaluation.current?.routes ?? [];
  if (routes.length === 0) return nothing;
  const { strings } = ctx;
  const user = userRoutes(ctx);
  const chosen = user.filter((route) => route.chosen);
  return html`<section data-section="routes">
    <h3 class="heading-m">${strings.stageRoutes}</h3>
    ${user.length > 0
      ? html`<p data-routes-chosen>${chosen.length > 0 ? strings.routesChosen(chosen.map((route) => route.title)) : strings.routesNoneChosen}</p>`
      : nothing}
    ${routes.some((route) => route.choice === 'rule') ? html`<p class="secondary" data-routes-by-rule>${strings.routeByRule}</p>` : nothing}
    <dl class="summary-list">
      ${routes.map((route) => {
        const status = routeStatus(ctx, route);
        const definition = routeDefinition(ctx, route.id);
        const why = reasonText(strings, route.reason);
        return html`<div class="summary-list__row" data-summary-route=${route.id} data-status=${status.key}>
          <dt class="summary-list__key">${route.title}</dt>
          <dd class="summary-list__value">
            ${tag(status.text, status.colour)} ${why && (status.key === 'closed' || route.choice === 'rule') ? why : nothing}
            ${route.choice === 'user' ? html`<span class="block secondary">${strings.routeChosenByYou}</span>` : nothing}
            ${definition?.description ? html`<span class="block">${routeDescription(ctx, route, definition.description)}</span>` : nothing}
            ${(route.timeLimits ?? []).length > 0
              ? html`<ul class="body-s">
                  ${route.timeLimits!.map((limit) => renderTimeLimitStatus(ctx, limit, route))}
                </ul>`
              : nothing}
            ${routeDuties(ctx, route.id).length > 0 ? html`<div class="body-s">${renderDutyList(ctx, routeDuties(ctx, route.id), 4)}</div>` : nothing}
          </dd>
        </div>`;
      })}
    </dl>
    ${renderLaterSentence(ctx)}
  </section>`;
}

function renderLaterSentence(ctx: PageContext): TemplateResult | typeof nothing {
  const later = laterRoutes(ctx);
  if (later.length === 0) return nothing;
  const by = later[0].decidedBy ?? '';
  return html`<p data-routes-later-summary>${ctx.strings.routesDecidedLater(by, later.map((route) => route.title))}</p>`;
}
