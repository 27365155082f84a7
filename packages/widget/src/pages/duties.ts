/**
 * Duties as the engine states them (format 1.1, `DutyStatus`): each with its own role or roles,
 * its force (must / should / may / consider, only when the pathway gives one: never inferred
 * from a heading), when it is due and whether that has passed, how often, whether it applies to
 * this pupil, and the conditions it waits for. Grouped under the pathway's headings, but a
 * heading never stands in for a duty's own force or roles.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DutyStatus } from '@pathway/core';
import { reasonText } from '../i18n/strings.js';
import type { PageContext } from './page-context.js';
import { tag } from './shared.js';
import { taggedSentence } from './joined-text.js';

type Group = { heading?: string; role?: string; force?: string; actions?: { id?: string; text: string }[] };

/** The authored action groups where a duty is written: its stage, route, requirement or the pathway. */
function groupsAt(ctx: PageContext, source: DutyStatus['source']): readonly Group[] {
  const definition = ctx.index.definition as unknown as { actions?: Group[]; requirements?: { id: string; actions?: Group[] }[] };
  switch (source.kind) {
    case 'stage':
      return (ctx.index.stages.get(source.id)?.actions ?? []) as Group[];
    case 'route':
      return (ctx.index.routes.get(source.id)?.actions ?? []) as Group[];
    case 'requirement':
      return definition.requirements?.find((requirement) => requirement.id === source.id)?.actions ?? [];
    default:
      return definition.actions ?? [];
  }
}

/**
 * The heading as the pathway writes it; where it writes none, made in the page's language from
 * the group's role and force (the engine's is English).
 */
function headingOf(ctx: PageContext, duty: DutyStatus): { heading: string; role?: string } {
  const group = groupsAt(ctx, duty.source).find((candidate) =>
    (candidate.actions ?? []).some((action) => (duty.id !== undefined ? action.id === duty.id : action.text === duty.text)),
  );
  const role = group?.role ? (ctx.index.roles.get(group.role)?.title ?? group.role) : undefined;
  if (!group || group.heading || !role) return { heading: duty.heading, role };
  return { heading: ctx.strings.dutyHeading(role, group.force), role };
}

/** Consecutive duties under the same heading and source, in the pathway's order. */
export function dutyHeadings(ctx: PageContext, duties: readonly DutyStatus[]): { heading: string; role?: string; duties: DutyStatus[] }[] {
  const groups: { heading: string; role?: string; key: string; duties: DutyStatus[] }[] = [];
  for (const duty of duties) {
    const key = `${duty.source.kind}:${duty.source.id}:${duty.heading}`;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.duties.push(duty);
    else groups.push({ ...headingOf(ctx, duty), key, duties: [duty] });
  }
  return groups;
}

/**
 * Whether a duty's "By: …" line says nothing its heading has not: its one role is its group's,
 * and the heading names that role ("Schools are expected to:" over "By: Schools" each time).
 */
function saidByHeading(duty: DutyStatus, heading: string, role: string | undefined): boolean {
  return role !== undefined && duty.roles.length === 1 && duty.roles[0] === role && heading.toLocaleLowerCase().includes(role.toLocaleLowerCase());
}

function forceWord(ctx: PageContext, force: DutyStatus['force']): string | undefined {
  const { strings } = ctx;
  switch (force) {
    case 'must':
      return strings.forceMust;
    case 'should':
      return strings.forceShould;
    case 'may':
      return strings.forceMay;
    case 'consider':
      return strings.forceConsider;
    default:
      return undefined;
  }
}

/** The current stage is where the pupil's figures (a band or an entry rule) place them, not only where the school chose. */
export function placedByFigures(ctx: PageContext): boolean {
  const current = ctx.evaluation.current;
  return current !== undefined && ctx.evaluation.placement.stages.some((placed) => placed.stageId === current.stageId && (placed.via === 'band' || placed.via === 'entry'));
}

/**
 * Why the due date is not known. A date left blank is said in the author's "if blank" words ("The
 * pupil is not currently absent"), except for a duty that applies at a stage the figures placed the
 * pupil at: there those words may contradict the figures (10 days absent), so the date is asked for.
 */
function notKnownText(ctx: PageContext, duty: DutyStatus, reason: NonNullable<DutyStatus['due']>['reason']): string {
  const date = reason?.code === 'duty.notStarted' ? reason.params?.date : undefined;
  if (typeof date === 'string' && duty.applies && placedByFigures(ctx)) return ctx.strings.dutyEnterDate(date);
  return reason ? reasonText(ctx.strings, reason) : '';
}

/** When it is due, in the page's words: the date first where it is known, then the terms; else the terms and why it is not known. */
function dueText(ctx: PageContext, duty: DutyStatus): string {
  const due = duty.due!;
  const terms = due.terms.length > 0 ? due.terms.map((term) => reasonText(ctx.strings, term)).join(', ') : due.text;
  return due.date && !due.overdue ? ctx.strings.dutyDueBy(ctx.format.date(due.date), terms) : ctx.strings.dutyDue(terms, notKnownText(ctx, duty, due.reason));
}

/** What the duty waits for, or that its gates hold; a gate held only because the pupil does not need it is not "met". */
function gatesText(ctx: PageContext, duty: DutyStatus, waitingFor: DutyStatus['gates']): string {
  const titles = (gates: DutyStatus['gates']) => gates.map((gate) => gate.title).join('; ');
  if (waitingFor.length > 0) return ctx.strings.dutyWaitsFor(titles(waitingFor));
  const notNeeded = duty.gates.filter((gate) => gate.notNeeded);
  const met = duty.gates.filter((gate) => !gate.notNeeded);
  return [
    met.length > 0 ? ctx.strings.dutyGatesMet(titles(met)) : '',
    notNeeded.length > 0 ? ctx.strings.dutyGatesNotNeeded(titles(notNeeded)) : '',
  ].filter(Boolean).join(' ');
}

/** `byHeading`: the heading above it already says who does it, so no "By: …" line. */
export function renderDuty(ctx: PageContext, duty: DutyStatus, byHeading = false): TemplateResult {
  const { strings } = ctx;
  const force = forceWord(ctx, duty.force);
  const waitingFor = duty.gates.filter((gate) => !gate.holds);
  // A duty written "Consider a referral…" says its force once: its first word becomes the tag.
  return html`<li data-duty=${duty.id ?? duty.text} data-force=${duty.force ?? 'none'} data-applies=${duty.applies ? 'true' : 'false'}
    data-overdue=${duty.due?.overdue ? 'true' : 'false'}>
    ${force ? taggedSentence(force, duty.force === 'must' ? 'red' : duty.force === 'should' ? 'blue' : 'grey', duty.text) : duty.text}
    ${duty.due?.overdue ? html` ${tag(strings.dutyOverdue, 'red')}` : nothing}
    ${!duty.applies ? html` ${tag(strings.dutyNotApplies, 'grey')}` : nothing}
    ${byHeading ? nothing : html`<span class="block secondary body-s" data-duty-roles>${strings.dutyBy(duty.roles)}</span>`}
    ${duty.due ? html`<span class="block body-s" data-duty-due>${dueText(ctx, duty)}</span>` : nothing}
    ${duty.every ? html`<span class="block body-s" data-duty-every>${strings.dutyEvery(reasonText(strings, duty.every))}</span>` : nothing}
    ${!duty.applies ? html`<span class="block body-s secondary" data-duty-when>${reasonText(strings, duty.reason)}</span>` : nothing}
    ${duty.gates.length > 0 ? html`<span class="block body-s" data-duty-gates>${gatesText(ctx, duty, waitingFor)}</span>` : nothing}
  </li> `;
}

/** Duties under their headings: `level` is the heading level, or "details" for a disclosure per heading. */
function renderGroups(ctx: PageContext, duties: readonly DutyStatus[], level: 4 | 5 | 'details'): TemplateResult[] {
  return dutyHeadings(ctx, duties).map((group) => {
    const list = html`<ul class="duties">
      ${group.duties.map((duty) => renderDuty(ctx, duty, saidByHeading(duty, group.heading, group.role)))}
    </ul>`;
    return level === 'details'
      ? html`<details>
          <summary>${group.heading}</summary>
          <div class="details__text">${list}</div>
        </details>`
      : html`${level === 4 ? html`<h4 class="heading-s">${group.heading}</h4>` : html`<h5 class="heading-s">${group.heading}</h5>`}${list}`;
  });
}

/**
 * Duties under their headings; `level` is the heading level (4 or 5), or "details" for a
 * disclosure per heading (the stage page, where the lists are long). Those that apply come
 * first; those that do not apply to this pupil are never dropped (the guide's rule) but follow,
 * together, in one closed disclosure, so a pathway with duties for many circumstances does not
 * bury the few that apply. Printed and downloaded, it is open.
 */
export function renderDutyList(ctx: PageContext, duties: readonly DutyStatus[], level: 4 | 5 | 'details' = 4): TemplateResult | typeof nothing {
  if (duties.length === 0) return nothing;
  const others = duties.filter((duty) => !duty.applies);
  return html`${renderGroups(
    ctx,
    duties.filter((duty) => duty.applies),
    level,
  )}${others.length > 0
    ? html`<details data-duties-other>
        <summary>${ctx.strings.dutiesNotApplying(others.length)}</summary>
        <div class="details__text">${renderGroups(ctx, others, level === 4 ? 4 : 5)}</div>
      </details>`
    : nothing}`;
}

/** The stage's own duties and its requirements' (a route's duties are shown with the route). */
export function stageDuties(ctx: PageContext): DutyStatus[] | undefined {
  const duties = ctx.evaluation.current?.duties;
  return duties ? duties.filter((duty) => duty.source.kind !== 'route') : undefined;
}

export function routeDuties(ctx: PageContext, routeId: string): DutyStatus[] {
  return (ctx.evaluation.current?.duties ?? []).filter((duty) => duty.source.kind === 'route' && duty.source.id === routeId);
}

/** The pathway's standing duties (not about one pupil), at the start page and in every summary. */
export function renderStandingDuties(ctx: PageContext, headingLevel: 3 | 2 = 3): TemplateResult | typeof nothing {
  const duties = ctx.evaluation.standingDuties ?? [];
  if (duties.length === 0) return nothing;
  return html`<section data-section="standing-duties" aria-labelledby="standing-duties-title">
    ${headingLevel === 3
      ? html`<h3 class="heading-m" id="standing-duties-title">${ctx.strings.standingDutiesTitle}</h3>`
      : html`<h2 class="heading-m" id="standing-duties-title">${ctx.strings.standingDutiesTitle}</h2>`}
    <p class="secondary">${ctx.strings.standingDutiesIntro}</p>
    ${renderDutyList(ctx, duties)}
  </section>`;
}
