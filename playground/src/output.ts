/**
 * The Output pane: what the engine makes of the same definition and the same entries as the
 * preview. The entries are the widget's own (its `pathway-change` detail: every answer, figure,
 * circumstance, evidence item and chosen stage), over the Input pane's case, so the two always
 * agree; the engine is the one the widget runs.
 */
import { createPathway, type CaseInput, type Evaluation, type Summary } from '@pathway/core';
import type { Pathway } from '@pathway/schema';

export interface Output {
  evaluation: Evaluation;
  summary: Summary;
}

export type OutputResult = { ok: true; output: Output } | { ok: false; message: string };

/** Today as YYYY-MM-DD, as the widget takes it when the case gives no `asOf`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function computeOutput(pathway: Pathway, input: CaseInput & Record<string, unknown>, generatedAt: string): OutputResult {
  try {
    const model = createPathway(pathway);
    const asOf = typeof input.asOf === 'string' ? input.asOf : today();
    const full = { ...input, asOf } as CaseInput;
    return { ok: true, output: { evaluation: model.evaluate(full), summary: model.summarise(full, { generatedAt }) } };
  } catch (error) {
    return { ok: false, message: `The engine could not evaluate this pathway: ${(error as Error).message}` };
  }
}

/**
 * Where the stage, its routes and its referrals stand, each said of itself: readiness belongs to
 * a referral or a route, never to the stage alone (a stage complete beside a chosen route that is
 * not ready is not "Ready").
 */
export function readinessRows(summary: Summary): [string, string[]][] {
  const missing = summary.missing.blocking.length;
  const rows: [string, string[]][] = [['Stage complete', [summary.ready ? 'Yes' : `No: ${missing === 1 ? '1 thing' : `${missing} things`} still needed`]]];
  const routes = summary.routes ?? [];
  if (routes.length > 0) {
    rows.push(['Routes', routes.map((route) => `${route.title}: ${routeStanding(route)}`)]);
  }
  if (summary.referrals.length > 0) {
    rows.push([
      'Referrals',
      summary.referrals.map((referral) => `${referral.title}: ${referral.status !== 'available' ? `not offered (${referral.status})` : referral.ready ? 'ready' : 'not ready'}`),
    ]);
  }
  return rows;
}

function routeStanding(route: NonNullable<Summary['routes']>[number]): string {
  if (route.choice === 'later') return `decided later${route.decidedBy ? ` by ${route.decidedBy}` : ''}`;
  if (route.choice === 'user' && !route.chosen) return 'not chosen';
  if (!route.open) return route.chosen ? `chosen, but not open: ${route.reason}` : `not open: ${route.reason}`;
  return route.ready ? 'ready' : `not ready: ${route.missing.join('; ') || route.reason}`;
}

/** Adds a `<div><dt>…</dt><dd>…</dd></div>` row to a GOV.UK-style summary list. */
function row(list: HTMLElement, key: string, values: string[]): void {
  const wrapper = document.createElement('div');
  wrapper.className = 'pg-summary-row';
  const dt = document.createElement('dt');
  dt.textContent = key;
  const dd = document.createElement('dd');
  if (values.length <= 1) dd.textContent = values[0] ?? 'None';
  else {
    const ul = document.createElement('ul');
    for (const value of values) {
      const li = document.createElement('li');
      li.textContent = value;
      ul.append(li);
    }
    dd.append(ul);
  }
  wrapper.append(dt, dd);
  list.append(wrapper);
}

function jsonBlock(title: string, value: unknown, id: string): HTMLElement {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = title;
  const pre = document.createElement('pre');
  pre.id = id;
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', title);
  pre.textContent = JSON.stringify(value, null, 2);
  details.append(summary, pre);
  return details;
}

/** Draws the output: the key facts as a summary list, then the evaluation and summary as JSON. Text only, never HTML. */
export function renderOutput(target: HTMLElement, result: OutputResult, open: { evaluation: boolean; summary: boolean }): void {
  if (!result.ok) {
    const p = document.createElement('p');
    p.className = 'pg-error-message';
    p.textContent = result.message;
    target.replaceChildren(p);
    return;
  }
  const { evaluation, summary } = result.output;
  const list = document.createElement('dl');
  list.className = 'pg-summary-list';
  list.id = 'pg-output-facts';
  row(list, 'Stage', [summary.stage?.title ?? 'None']);
  for (const [key, values] of readinessRows(summary)) row(list, key, values);
  row(list, 'Measures', summary.measures.map((measure) => `${measure.title}: ${measure.display}`));
  row(list, 'Circumstances', summary.cohorts.map((cohort) => cohort.title));
  // Every exception that applies to this pupil, at any stage (e.g. no enforcement for a child looked after).
  row(list, 'Exceptions', evaluation.exceptions.map((exception) => `${exception.title}: ${exception.message}`));
  row(list, 'Still missing', summary.missing.blocking.map((item) => item.text));
  row(list, 'Next steps', summary.nextSteps);
  if (summary.canHappen) row(list, 'What can happen next', summary.canHappen);
  const evaluationBlock = jsonBlock('The evaluation (JSON)', evaluation, 'pg-output-evaluation');
  const summaryBlock = jsonBlock('The summary (JSON)', summary, 'pg-output-summary');
  (evaluationBlock as HTMLDetailsElement).open = open.evaluation;
  (summaryBlock as HTMLDetailsElement).open = open.summary;
  target.replaceChildren(list, evaluationBlock, summaryBlock);
}
