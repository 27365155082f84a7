/**
 * "What is still missing": blocking items first, then advisory ones, then every condition
 * (gate) met or not with its reasons. Long lists show their first few items and a count, so
 * the panel stays readable (and cheap to redraw) with thousands of questions.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { GateResult, ItemStatus } from '@pathway/core';
import { reasonText } from '../i18n/strings.js';
import { openReferrals } from '../journey/pages.js';
import type { PageId } from '../journey/pages.js';
import type { PageContext } from './page-context.js';
import { detailFocusId } from './details-page.js';
import { evidenceFocusId, questionFocusId } from './question-fields.js';
import { tag } from './shared.js';

/** How many items of each list are shown before "And N more." */
export const READINESS_LIST_LIMIT = 10;

export interface Readiness {
  ready: boolean;
  blocked: boolean;
  blocking: ItemStatus[];
  advisory: ItemStatus[];
  gates: GateResult[];
  answered: number;
  total: number;
}

/** The current stage's readiness together with that of the referrals it can make. */
export function readinessOf(ctx: PageContext): Readiness | undefined {
  const current = ctx.evaluation.current;
  if (!current) return undefined;
  // Ids seen, by kind: called for every outstanding item on every answer, so no key strings are built.
  const seen = new Map<string, Set<string>>();
  const blocking: ItemStatus[] = [];
  const advisory: ItemStatus[] = [];
  const add = (list: ItemStatus[], item: ItemStatus) => {
    let ids = seen.get(item.kind);
    if (!ids) seen.set(item.kind, (ids = new Set()));
    if (ids.has(item.id)) return;
    ids.add(item.id);
    list.push(item);
  };
  for (const item of current.missing.blocking) add(blocking, item);
  for (const item of current.missing.advisory) add(advisory, item);
  const gates = [...current.gates];
  const referrals = openReferrals(ctx.evaluation);
  for (const referral of referrals) {
    for (const item of [...referral.fields, ...referral.include]) {
      if (item.state !== 'unmet' && item.state !== 'missing') continue;
      add(item.severity === 'blocking' && item.required ? blocking : advisory, item);
    }
    gates.push(...referral.gates);
  }
  return {
    ready: current.ready && referrals.every((referral) => referral.ready),
    blocked: current.status === 'blocked',
    blocking,
    advisory,
    gates,
    answered: current.progress.answered,
    total: current.progress.total,
  };
}

/** Where an item lives, so its link can take the user there. */
export function itemTarget(ctx: PageContext, item: ItemStatus): { page: PageId; fieldId: string } {
  if (item.kind === 'field') return { page: 'details', fieldId: detailFocusId(ctx.index.fields.get(item.id), item.id) };
  if (item.kind === 'evidence') return { page: 'questions', fieldId: evidenceFocusId(item.id) };
  const question = ctx.index.questions.get(item.id)?.question;
  return { page: 'questions', fieldId: question ? questionFocusId(question) : `q-${item.id}` };
}

function itemList(ctx: PageContext, items: ItemStatus[]): TemplateResult {
  const shown = items.slice(0, READINESS_LIST_LIMIT);
  const currentStage = ctx.evaluation.current?.stageId;
  return html`<ul>
      ${shown.map((item) => {
        const target = itemTarget(ctx, item);
        return html`<li>
          <a href=${`#${target.fieldId}`} data-field=${target.fieldId} data-page=${target.page} @click=${ctx.actions.focusField}
            >${item.text}</a
          >${item.ownerId !== currentStage ? html` <span class="secondary body-s">(${item.ownerTitle})</span>` : nothing}
          ${item.state === 'unmet' && item.advice ? html` <span class="block body-s">${item.advice}</span>` : nothing}
        </li>`;
      })}
    </ul>
    ${items.length > shown.length
      ? html`<p class="body-s">${ctx.strings.readinessMore(ctx.format.number(items.length - shown.length))}</p>`
      : nothing}`;
}

export function renderGates(ctx: PageContext, gates: readonly GateResult[]): TemplateResult {
  const { strings } = ctx;
  return html`<ul class="list-plain">
    ${gates.map(
      (gate) => html`<li data-gate=${gate.id} data-holds=${gate.holds ? 'true' : 'false'}>
        ${tag(gate.holds ? strings.met : strings.notMet, gate.holds ? 'green' : 'red')} ${gate.title}
        ${gate.severity === 'advisory' ? html` <span class="secondary">(${strings.readinessAdvisory.toLowerCase()})</span>` : nothing}
        <ul class="gate-reasons">
          ${gate.reasons.map((reason) => html`<li>${reasonText(strings, reason)}</li>`)}
          ${!gate.holds && gate.advice ? html`<li>${gate.advice}</li>` : nothing}
        </ul>
      </li>`,
    )}
  </ul>`;
}

export function renderReadiness(ctx: PageContext): TemplateResult | typeof nothing {
  const readiness = readinessOf(ctx);
  if (!readiness) return nothing;
  const { strings, format } = ctx;
  return html`<section class="readiness" part="readiness" aria-labelledby="readiness-title" data-ready=${readiness.ready ? 'true' : 'false'}>
    <h3 class="heading-m" id="readiness-title">${strings.readinessTitle}</h3>
    <p class="readiness__status">
      ${readiness.blocked ? strings.readinessStageBlocked : readiness.ready ? strings.readinessReady : strings.readinessNotReady}
    </p>
    <p class="secondary">${strings.readinessProgress(format.number(readiness.answered), format.number(readiness.total))}</p>
    <h4 class="heading-s">${strings.readinessBlocking}</h4>
    <div data-readiness="blocking">
      ${readiness.blocking.length > 0 ? itemList(ctx, readiness.blocking) : html`<p>${strings.readinessNothing}</p>`}
    </div>
    <h4 class="heading-s">${strings.readinessAdvisory}</h4>
    <div data-readiness="advisory">
      ${readiness.advisory.length > 0 ? itemList(ctx, readiness.advisory) : html`<p>${strings.readinessNothing}</p>`}
    </div>
    ${readiness.gates.length > 0
      ? html`<h4 class="heading-s">${strings.readinessGates}</h4>
          <div data-readiness="gates">${renderGates(ctx, readiness.gates)}</div>`
      : nothing}
  </section>`;
}
