/**
 * "What is still missing": where the stage and each of its referrals stand, then what each
 * still needs, each list headed by its own count, then every condition, met or not. On the
 * questions page it follows the questions it summarises, and its items link to their fields;
 * the summary shows the same lists as plain text. Long lists show their first few items and
 * "And N more.", so the panel stays readable (and cheap to redraw) with thousands of questions.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { GateResult, ItemStatus } from '@pathway/core';
import { reasonText } from '../i18n/strings.js';
import type { PageId } from '../journey/pages.js';
import type { PageContext } from './page-context.js';
import { detailFocusId } from './details-page.js';
import { evidenceFocusId, questionFocusId } from './question-fields.js';
import { readinessOf } from './readiness.js';
import type { MissingEntry, Readiness, ReadinessGroup, ReferralReadiness, RouteReadiness } from './readiness.js';
import { tag } from './shared.js';
import { gateTag, gateWord } from './gate-state.js';
import { settlingOutcome } from './next-steps.js';
import { bareTitle } from './joined-text.js';

export { readinessOf } from './readiness.js';
export type { Readiness } from './readiness.js';

/** How many items of each list are shown before "And N more." */
export const READINESS_LIST_LIMIT = 10;

/** Where an item lives, so its link can take the user there. */
export function itemTarget(ctx: PageContext, item: ItemStatus): { page: PageId; fieldId: string } {
  if (item.kind === 'field') return { page: 'details', fieldId: detailFocusId(ctx.index.fields.get(item.id), item.id) };
  if (item.kind === 'evidence') return { page: 'questions', fieldId: evidenceFocusId(item.id) };
  const question = ctx.index.questions.get(item.id);
  return { page: 'questions', fieldId: question ? questionFocusId(question) : `q-${item.id}` };
}

/** A condition's time limit has run out ("that ran out on 3 March 2025"). */
export function gateTimePassed(gate: GateResult): boolean {
  return !gate.holds && gate.reasons.some((reason) => reason.code === 'condition.elapsedPast');
}

/** Why a blocking answer blocks: "Answered No, but Yes is needed", then the pathway's advice. */
function whyUnmet(ctx: PageContext, item: ItemStatus): TemplateResult | typeof nothing {
  if (item.state !== 'unmet') return nothing;
  const why = reasonText(ctx.strings, item.reason);
  return html`<span class="block body-s" data-why>${why ? ctx.strings.readinessWhy(why) : nothing}${item.advice
      ? html` <span class="block">${item.advice}</span>`
      : nothing}</span>`;
}

function renderEntry(ctx: PageContext, entry: MissingEntry, linked: boolean): TemplateResult {
  const { strings } = ctx;
  if (entry.kind === 'gate') {
    const { gate } = entry;
    return html`<li data-missing-gate=${gate.id}>
      ${strings.readinessGate(gate.title, gateWord(strings, gate))}${gateTimePassed(gate) ? html` ${tag(strings.gateTimePassed, 'red')}` : nothing}
      ${gate.advice ? html`<span class="block body-s">${gate.advice}</span>` : nothing}
    </li> `;
  }
  const { item } = entry;
  const currentStage = ctx.evaluation.current?.stageId;
  const owner =
    item.ownerId !== currentStage && item.kind !== 'field' && !ctx.index.referrals.has(item.ownerId)
      ? html` <span class="secondary body-s">(${item.ownerTitle})</span>`
      : nothing;
  let label: TemplateResult | string = item.text;
  if (linked) {
    const target = itemTarget(ctx, item);
    label = html`<a href=${`#${target.fieldId}`} data-field=${target.fieldId} data-page=${target.page} @click=${ctx.actions.focusField}
      >${item.text}</a
    >`;
  }
  return html`<li data-missing-item=${item.id}>${label}${owner} ${whyUnmet(ctx, item)}</li> `;
}

function entryList(ctx: PageContext, entries: readonly MissingEntry[], linked: boolean): TemplateResult {
  // The live panel is redrawn on every answer and shows the first few; the summary lists all.
  const shown = linked ? entries.slice(0, READINESS_LIST_LIMIT) : entries;
  return html`<ul>
      ${shown.map((entry) => renderEntry(ctx, entry, linked))}
    </ul>
    ${entries.length > shown.length
      ? html`<p class="body-s" data-more=${entries.length - shown.length}>${ctx.strings.readinessMore(ctx.format.number(entries.length - shown.length))}</p>`
      : nothing}`;
}

function countText(ctx: PageContext, count: number): string {
  return ctx.strings.readinessCount(ctx.format.number(count), ctx.format.plural(count));
}

/**
 * A group's lists, each under its heading and count: none with nothing in it ("Needed at this
 * stage (0 items) Nothing." named nothing to do; the status line above already says so).
 */
function renderGroup(ctx: PageContext, group: ReadinessGroup, title: string, linked: boolean): TemplateResult {
  const { strings } = ctx;
  return html`<div class="readiness__group" data-readiness-group=${group.key}>
    ${group.blocking.length > 0
      ? html`<h4 class="heading-s">${title} <span class="secondary" data-count=${group.blocking.length}>(${countText(ctx, group.blocking.length)})</span></h4>
          <div data-readiness="blocking">${entryList(ctx, group.blocking, linked)}</div>`
      : nothing}
    ${group.advisory.length > 0
      ? html`<h4 class="heading-s">${strings.readinessAdvisory} <span class="secondary" data-count=${group.advisory.length}>(${countText(ctx, group.advisory.length)})</span></h4>
          <div data-readiness="advisory">${entryList(ctx, group.advisory, linked)}</div>`
      : nothing}
  </div>`;
}

/** One line each for the stage and its referrals: where they stand, named. */
export interface StatusLine {
  key: string;
  text: string;
  ready: boolean;
  offered: boolean;
  /** The stage line only: the stage is complete, but the journey's end it names is not ready yet. */
  endPending?: boolean;
}

export function statusLines(ctx: PageContext, readiness: Readiness): StatusLine[] {
  const { strings, format } = ctx;
  const { stage } = readiness;
  const lines: StatusLine[] = [];
  const stageText =
    stage.status === 'blocked'
      ? strings.readinessStageBlocked
      : stage.status === 'skipped'
        ? strings.readinessStageSkipped
        : stage.status === 'redirected'
          ? strings.readinessStageRedirected
        : stage.ready
          ? strings.readinessStageReady
          : strings.readinessStageNotReady(format.number(stage.blocking.length), format.plural(stage.blocking.length));
  // An outcome that settles the case here (closes it, or moves it on) means the stage's referrals are not to be made.
  const settled = settlingOutcome(ctx);
  const withEndText = settled ? stageText : withEnd(ctx, stageText, readiness);
  // A complete stage whose journey's end is not ready is not called done: the line says what the end still needs.
  const endPending = withEndText !== stageText && stage.ready && !readiness.ready;
  // Where all the end waits for is one referral with nothing else to say, the stage's line says it
  // for that referral, not again on a line of its own ("… the penalty notice request yet. Still
  // needed for it: Penalty notice request (3 items)." then "Not ready to refer to … yet.").
  const folded = endPending ? foldedReferral(readiness) : undefined;
  const needed = () =>
    folded
      ? strings.readinessEndStillNeededFor(countText(ctx, folded.blocking.length), folded.target)
      : strings.readinessEndStillNeeded(stillNeeded(ctx, readiness));
  lines.push({
    key: 'stage',
    text: endPending ? `${withEndText} ${needed()}`.trim() : withEndText,
    ready: stage.ready && !endPending,
    offered: stage.status === 'available',
    ...(endPending ? { endPending } : {}),
  });
  const routes = readiness.routes;
  if (routes.length > 0 && !routes.some((route) => route.chosen)) {
    const open = routes.filter((route) => route.route.available !== false).map((route) => route.route.title);
    lines.push({ key: 'routes', text: strings.readinessRouteNotChosen(open.length > 0 ? open : routes.map((route) => route.route.title)), ready: false, offered: false });
  }
  for (const route of routes) {
    if (!route.chosen) continue;
    const text = route.closed
      ? strings.readinessRouteClosed(route.route.title)
      : route.ready
        ? strings.readinessRouteReady(route.route.title)
        : route.blocking.length > 0
          ? strings.readinessRouteNotReady(route.route.title, format.number(route.blocking.length), format.plural(route.blocking.length))
          : strings.readinessRouteWaitsForStage(route.route.title);
    lines.push({ key: route.key, text, ready: route.ready, offered: !route.closed });
  }
  // The referral the stage's line already names as the journey's end (its title, case aside: "request to Legal Services") is said there, once.
  const plain = (title: string) => bareTitle(title).toLowerCase();
  const end = withEndText === stageText ? undefined : plain(endLabel(ctx)!);
  for (const referral of readiness.referrals) {
    if (referral === folded || (referral.status === 'available' && end === plain(referral.referral.title))) continue;
    if (settled && referral.status === 'available') {
      lines.push({ key: referral.key, text: strings.nextReferralNotNeeded(bareTitle(referral.referral.title), settled.title), ready: false, offered: false });
    } else lines.push({ key: referral.key, text: referralStatus(ctx, referral), ready: referral.ready, offered: referral.status === 'available' });
  }
  return lines;
}

export function referralStatus(ctx: PageContext, referral: ReferralReadiness): string {
  const { strings } = ctx;
  if (referral.status === 'blocked') return strings.readinessReferralBlocked(referral.referral.title);
  if (referral.status === 'redirected') return strings.readinessReferralRedirected(referral.referral.title);
  if (referral.ready) return strings.readinessReferralReady(referral.target);
  const notReady = strings.readinessReferralNotReady(referral.target);
  if (referral.waitsForRoute !== undefined) return `${notReady} ${strings.readinessReferralWaitsForRoute(referral.waitsForRoute)}`;
  return referral.waitsForStage ? `${notReady} ${strings.readinessReferralWaitsForStage}` : notReady;
}

/** What stands between a complete stage and the journey's end: each chosen route and offered referral not ready. */
function endWaitsFor(readiness: Readiness): { routes: RouteReadiness[]; referrals: ReferralReadiness[] } {
  return {
    routes: readiness.routes.filter((route) => route.chosen && !route.ready),
    referrals: readiness.referrals.filter((referral) => referral.status === 'available' && !referral.ready),
  };
}

/** The one referral all a pending end waits for, when its own line would only say it is not ready. */
function foldedReferral(readiness: Readiness): ReferralReadiness | undefined {
  const { routes, referrals } = endWaitsFor(readiness);
  const [only] = referrals;
  return routes.length === 0 && referrals.length === 1 && only.blocking.length > 0 && only.waitsForRoute === undefined && !only.waitsForStage ? only : undefined;
}

/** What stands between a complete stage and the journey's end, in words: each route or referral not ready, with its count. */
function stillNeeded(ctx: PageContext, readiness: Readiness): string[] {
  const { strings, format } = ctx;
  const named = (title: string, count: number) => (count > 0 ? `${title} (${strings.readinessCount(format.number(count), format.plural(count))})` : title);
  const { routes, referrals } = endWaitsFor(readiness);
  return [
    ...routes.map((route) => named(route.route.title, route.blocking.length)),
    ...referrals.map((referral) => named(referral.referral.title, referral.blocking.length)),
  ];
}

/**
 * Whose journey (format 1.1): where the pathway's end is not a referral (a request, a case
 * review, a plan), the stage's line names it: "Ready for the legal planning review." Where the
 * pathway has referrals, its end is reached through them, so only a stage that offers one (its
 * own or a route's) names it; without referrals the end is the stage's own.
 */
function withEnd(ctx: PageContext, stageText: string, readiness: Readiness): string {
  const end = ctx.evaluation.journey?.end;
  if (!end || end.kind === 'referral' || end.kind === 'record' || readiness.stage.status !== 'available') return stageText;
  if (ctx.index.referrals.size > 0 && !readiness.referrals.some((referral) => referral.status === 'available')) return stageText;
  const { strings } = ctx;
  const label = endLabel(ctx)!;
  return `${stageText} ${readiness.ready ? strings.readinessEndReady(end.kind, label) : strings.readinessEndNotReady(end.kind, label)}`;
}

/** What the journey's end is called: the pathway's own label, else the table's word for its kind. */
function endLabel(ctx: PageContext): string | undefined {
  const end = ctx.evaluation.journey?.end;
  return end && (end.labelFromPathway ? end.label : (ctx.strings.journeyEnds[end.kind] ?? end.label));
}

export function renderGates(ctx: PageContext, gates: readonly GateResult[]): TemplateResult {
  const { strings } = ctx;
  return html`<ul class="list-plain">
    ${gates.map(
      (gate) => html`<li data-gate=${gate.id} data-holds=${gate.holds ? 'true' : 'false'} data-severity=${gate.severity}>
        ${gateTag(strings, gate)} ${gate.title}
        ${gateTimePassed(gate) ? html` ${tag(strings.gateTimePassed, 'red')}` : nothing}
        ${gate.severity === 'advisory' ? html` <span class="secondary">(${strings.readinessAdvisory.toLowerCase()})</span>` : nothing}
        <ul class="gate-reasons">
          ${gate.reasons.map((reason) => html`<li>${reasonText(strings, reason)}</li> `)}
          ${!gate.holds && gate.advice ? html`<li>${gate.advice}</li> ` : nothing}
        </ul>
      </li> `,
    )}
  </ul>`;
}

/** Every condition of the stage (and its required stages) and of the referrals it can make. */
export function allGates(readiness: Readiness): GateResult[] {
  return [
    ...readiness.stage.gates,
    ...readiness.routes.flatMap((route) => route.gates),
    ...readiness.referrals.filter((referral) => referral.status === 'available').flatMap((referral) => referral.gates),
  ];
}

/**
 * The lists, one group for the stage, each open route and each offered referral (none when an
 * outcome settles the case: they are not to be made), each only with something in it; nothing
 * at all when nothing is missing, so the summary has no "What is still missing" over nothing.
 */
export function renderMissingGroups(ctx: PageContext, readiness: Readiness, linked: boolean): TemplateResult[] {
  const { strings } = ctx;
  const groups: [ReadinessGroup, string][] = [
    ...(readiness.stage.status === 'available' ? [[readiness.stage, strings.readinessStageTitle] as [ReadinessGroup, string]] : []),
    ...readiness.routes.filter((route) => route.route.open).map((route): [ReadinessGroup, string] => [route, strings.readinessRouteTitle(route.route.title)]),
    ...(settlingOutcome(ctx) ? [] : readiness.referrals.filter((referral) => referral.status === 'available'))
      .map((referral): [ReadinessGroup, string] => [referral, strings.readinessReferralTitle(referral.target)]),
  ];
  return groups.filter(([group]) => group.blocking.length + group.advisory.length > 0).map(([group, title]) => renderGroup(ctx, group, title, linked));
}

export function renderStatusLines(ctx: PageContext, readiness: Readiness): TemplateResult {
  return html`<div class="readiness__status" data-readiness-status>
    ${statusLines(ctx, readiness).map((line) => html`<p data-status=${line.key} data-ready=${line.ready ? 'true' : 'false'}>${line.text}</p>`)}
  </div>`;
}

export function renderReadiness(ctx: PageContext): TemplateResult | typeof nothing {
  const readiness = readinessOf(ctx);
  if (!readiness) return nothing;
  const { strings, format } = ctx;
  // A stage not offered asks nothing: no count of answers, no "questions above", and no
  // conditions (each "Not needed for this pupil"), as in the summary.
  const offered = readiness.stage.status === 'available';
  const gates = offered ? allGates(readiness) : [];
  return html`<section class="readiness" part="readiness" aria-labelledby="readiness-title" data-ready=${readiness.ready ? 'true' : 'false'}>
    <h3 class="heading-m" id="readiness-title">${strings.readinessTitle}</h3>
    ${offered
      ? html`${readiness.total > 0
            ? // Nothing to answer (a stage with only a referral): no "0 of 0 answered".
              html`<p class="secondary" data-progress>${strings.readinessProgress(format.number(readiness.answered), format.number(readiness.total))}</p>`
            : nothing}
          <p class="secondary">${strings.readinessIntro}</p>`
      : nothing}
    ${renderStatusLines(ctx, readiness)} ${renderMissingGroups(ctx, readiness, true)}
    ${gates.length > 0
      ? html`<h4 class="heading-s">${strings.readinessGates}</h4>
          <div data-readiness="gates">${renderGates(ctx, gates)}</div>`
      : nothing}
  </section>`;
}
