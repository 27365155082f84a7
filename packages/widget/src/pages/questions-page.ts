/**
 * The stage's reflective questions and evidence, with those of earlier stages it requires
 * grouped under their stage's name, and the referral's "include" items. Answers given to other
 * stages' questions that decided the stage (core's `decidingAnswers`) come first, under their own
 * heading: an answer that moved the pupil stays where it was given, and can be changed there
 * without choosing its stage. Each group's heading
 * says how much of it is still to do, and a list at the top goes to each group. Every question
 * stays in the DOM (moving between groups loses nothing). The rows are plain DOM, not Lit
 * templates (row-list.ts, rows/): each is keyed and touched only when its own answer, state or
 * error changes, so one answer costs one row plus the readiness panel, and a row costs little
 * more memory than its elements. "What is still missing" follows the questions it summarises.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ItemStatus } from '@pathway/core';
import { openReferrals } from '../journey/pages.js';
import type { PageContext } from './page-context.js';
import { questionGroupId } from './question-fields.js';
import { renderReadiness } from './readiness-panel.js';
import { rowList } from './row-list.js';
import type { RowModel } from './row-list.js';
import { evidenceRow } from './rows/evidence-row.js';
import { headingRow } from './rows/heading-row.js';
import { questionRow } from './rows/question-row.js';
import { backLink, continueButton, errorSummary, pageHeading, warning } from './shared.js';
import { blockingTitles, renderImportantExceptions } from './exceptions.js';
import { renderClosedChoice } from './routes.js';

type Row =
  | { kind: 'heading'; key: string; text: string; left: number; total: number }
  | { kind: 'question'; item: ItemStatus }
  | { kind: 'evidence'; item: ItemStatus };

interface Owner {
  id: string;
  title: string;
}

/**
 * The answers that decided the stage, as rows: those the engine lists now, and any shown since
 * the page was entered (`ctx.decidingShown`), so a date or figure being retyped, briefly not an
 * answer, keeps its field.
 */
function decidingRows(ctx: PageContext): Row[] {
  const current = ctx.evaluation.current;
  const listed = ctx.evaluation.decidingAnswers ?? [];
  const kept = ctx.decidingShown ?? [];
  if (!current || (listed.length === 0 && kept.length === 0)) return [];
  const wanted = new Set([...listed.map((item) => item.id), ...kept]);
  for (const item of current.questions) if (item.state !== 'notApplicable') wanted.delete(item.id);
  const rows: Row[] = [];
  for (const stage of ctx.evaluation.stages) {
    for (const item of stage.questions) {
      if (!wanted.delete(item.id) || item.state === 'notApplicable') continue;
      rows.push({ kind: 'question', item });
    }
  }
  return rows.length > 0 ? [{ kind: 'heading', key: 'deciding', text: ctx.strings.decidingAnswers, left: 0, total: 0 }, ...rows] : [];
}

/** The page's rows in reading order: each owner's questions, each followed by its evidence. */
export function questionRows(ctx: PageContext): Row[] {
  const current = ctx.evaluation.current;
  if (!current) return [];
  const { index, strings } = ctx;
  const rows: Row[] = decidingRows(ctx);
  const evidenceAfterQuestion = new Map<string, ItemStatus[]>();
  const evidenceOfOwner = new Map<string, ItemStatus[]>();
  // A chosen route's own items (format 1.1) are grouped under the route, not the stage.
  const routeOwner = new Map<string, Owner>();
  for (const route of current.routes) {
    if (route.choice !== 'user' || !route.open) continue;
    const owner = { id: `route:${route.id}`, title: route.title };
    for (const item of [...(route.questions ?? []), ...(route.evidence ?? [])]) routeOwner.set(`${item.kind}:${item.id}`, owner);
  }
  // This runs on every answer, for every row: one owner object per owner, and no key to build when no route is chosen.
  const stageOwners = new Map<string, Owner>();
  const ownerOf = (item: ItemStatus): Owner => {
    const route = routeOwner.size > 0 ? routeOwner.get(`${item.kind}:${item.id}`) : undefined;
    if (route) return route;
    let owner = stageOwners.get(item.ownerId);
    if (!owner) stageOwners.set(item.ownerId, (owner = { id: item.ownerId, title: item.ownerTitle }));
    return owner;
  };
  for (const item of current.evidence) {
    if (item.state === 'notApplicable') continue;
    const questionId = index.evidence.get(item.id)?.questionId;
    const bucket = questionId !== undefined ? evidenceAfterQuestion : evidenceOfOwner;
    const key = questionId ?? ownerOf(item).id;
    const list = bucket.get(key);
    if (list) list.push(item);
    else bucket.set(key, [item]);
  }
  const owners: Owner[] = [];
  const questionsOf = new Map<string, ItemStatus[]>();
  const noteOwner = (id: string, title: string) => {
    if (!questionsOf.has(id)) {
      questionsOf.set(id, []);
      owners.push({ id, title });
    }
  };
  for (const item of current.questions) {
    if (item.state === 'notApplicable') continue;
    const owner = ownerOf(item);
    noteOwner(owner.id, owner.title);
    questionsOf.get(owner.id)!.push(item);
  }
  for (const item of current.evidence) {
    if (item.state === 'notApplicable' || index.evidence.get(item.id)?.questionId !== undefined) continue;
    const owner = ownerOf(item);
    noteOwner(owner.id, owner.title);
  }
  const grouped = owners.length > 1 || rows.length > 0;
  for (const owner of owners) {
    if (grouped) rows.push({ kind: 'heading', key: `h:${owner.id}`, text: owner.title, left: 0, total: 0 });
    for (const item of questionsOf.get(owner.id) ?? []) {
      rows.push({ kind: 'question', item });
      for (const evidence of evidenceAfterQuestion.get(item.id) ?? []) rows.push({ kind: 'evidence', item: evidence });
    }
    for (const evidence of evidenceOfOwner.get(owner.id) ?? []) rows.push({ kind: 'evidence', item: evidence });
  }
  for (const referral of openReferrals(ctx.evaluation)) {
    const include = referral.include.filter((item) => item.state !== 'notApplicable');
    if (include.length === 0) continue;
    rows.push({ kind: 'heading', key: `r:${referral.referralId}`, text: strings.referralIncludeTitle(referral.title), left: 0, total: 0 });
    for (const item of include) rows.push({ kind: 'evidence', item });
  }
  // Each heading counts the rows under it, and those still to do (not yet answered or confirmed).
  // An optional item is not to do: counted, it read "1 of 5 still to do" beside "Ready to refer".
  let heading: Extract<Row, { kind: 'heading' }> | undefined;
  for (const row of rows) {
    if (row.kind === 'heading') heading = row;
    else if (heading && row.item.required) {
      heading.total++;
      if (row.item.state === 'missing') heading.left++;
    }
  }
  return rows;
}

/** The id of a group's heading, for the links to it. */
export const groupHeadingId = (key: string) => `group-${key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;

function progressText(ctx: PageContext, left: number, total: number): string {
  // At a stage the pupil is not offered nothing is needed ("5 of 5 still to do" said otherwise).
  const current = ctx.evaluation.current;
  if (current && current.standing !== 'available') return ctx.strings.gateNotNeeded;
  if (total === 0) return '';
  return ctx.strings.groupProgress(ctx.format.number(left), ctx.format.number(total), left, ctx.format.plural(total));
}

/** Links to each group, with what is left in it: only on a page with more than one group. */
function renderGroupLinks(ctx: PageContext, rows: readonly Row[]): TemplateResult | typeof nothing {
  const headings = rows.filter((row): row is Extract<Row, { kind: 'heading' }> => row.kind === 'heading');
  if (headings.length < 2) return nothing;
  return html`<nav class="group-links no-print" aria-labelledby="group-links-title" data-group-links>
    <p id="group-links-title">${ctx.strings.questionsGroupsIntro(ctx.format.number(headings.length))}</p>
    <ul>
      ${headings.map((row) => {
        const id = groupHeadingId(row.key);
        const progress = progressText(ctx, row.left, row.total);
        return html`<li>
          <a href=${`#${id}`} data-field=${id} @click=${ctx.actions.focusField}>${row.text}</a>
          ${progress ? html`<span class="secondary body-s">(${progress})</span>` : nothing}
        </li> `;
      })}
    </ul>
  </nav>`;
}

/** The model of each row the list draws (row-list.ts): what it shows, and nothing else. */
function rowModel(ctx: PageContext, row: Row): RowModel | undefined {
  const { state, strings } = ctx;
  if (row.kind === 'heading') {
    return headingRow(groupHeadingId(row.key), row.text, row.left, progressText(ctx, row.left, row.total));
  }
  const { item } = row;
  const advice = item.state === 'unmet' && item.advice ? item.advice : undefined;
  if (row.kind === 'question') {
    const question = ctx.index.questions.get(item.id);
    if (!question) return undefined;
    // This runs for every row on every answer: only the lookups the question's type needs.
    const id = item.id;
    const numberText = question.type === 'number' ? state.numberText[id] : undefined;
    const dateParts = question.type === 'date' ? state.dateParts[id] : undefined;
    const error = ctx.errors.size > 0 ? ctx.errors.get(questionGroupId(id))?.message : undefined;
    return questionRow(question, strings, state.answers[id], numberText, dateParts, error, advice);
  }
  const evidence = ctx.index.evidence.get(item.id)?.evidence;
  if (!evidence) return undefined;
  const entry = state.evidence[item.id];
  return evidenceRow(evidence, strings, ctx.format, entry?.confirmed === true, entry?.note ?? '', advice);
}

function rowModels(ctx: PageContext, rows: readonly Row[]): RowModel[] {
  const models: RowModel[] = [];
  for (const row of rows) {
    const model = rowModel(ctx, row);
    if (model) models.push(model);
  }
  return models;
}

export function renderQuestionsPage(ctx: PageContext): TemplateResult {
  const { strings, evaluation } = ctx;
  const current = evaluation.current;
  const rows = questionRows(ctx);
  const blocked = current?.status === 'blocked';
  return html`
    ${backLink(ctx)} ${errorSummary(ctx)} ${pageHeading(strings.questionsHeading, current?.title)}
    ${ctx.stageMoved ? html`<div class="notification" data-stage-moved><p>${strings.stageMovedByAnswer(ctx.stageMoved.title)}</p></div>` : nothing}
    ${renderImportantExceptions(ctx)}
    ${blocked ? warning(strings.stageBlockedText(current.title, blockingTitles(ctx)), strings) : nothing} ${renderClosedChoice(ctx)}
    ${blocked && rows.length > 0
      ? // A stage not offered asks nothing: its questions would ask for what must not be done.
        html`<p data-blocked-questions>${strings.questionsBlocked(current.title)}</p>`
      : html`<p>${rows.length > 0 ? strings.questionsIntro : strings.questionsNone}</p>
          ${renderGroupLinks(ctx, rows)}
          <div class="questions" data-questions ${rowList(rowModels(ctx, rows))}></div>`}
    ${renderReadiness(ctx)} ${continueButton(ctx)}
  `;
}
