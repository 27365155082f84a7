/**
 * The stage's reflective questions and evidence, with those of earlier stages it requires
 * grouped under their stage's name, and the referral's "include" items. Every question stays
 * in the DOM; each row is keyed and redrawn only when its own answer, state or error changes
 * (row-list.ts), so one answer costs one row plus the readiness panel.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ItemStatus } from '@pathway/core';
import { datePartsFrom } from '../journey/entries.js';
import { openReferrals } from '../journey/pages.js';
import type { PageContext } from './page-context.js';
import { evidenceGroupId, questionGroupId, renderEvidence, renderQuestion } from './question-fields.js';
import { renderReadiness } from './readiness-panel.js';
import { rowList } from './row-list.js';
import { backLink, continueButton, errorSummary, pageHeading, warning } from './shared.js';

type Row =
  | { kind: 'heading'; key: string; text: string }
  | { kind: 'question'; key: string; item: ItemStatus }
  | { kind: 'evidence'; key: string; item: ItemStatus };

/** The page's rows in reading order: each owner's questions, each followed by its evidence. */
export function questionRows(ctx: PageContext): Row[] {
  const current = ctx.evaluation.current;
  if (!current) return [];
  const { index, strings } = ctx;
  const rows: Row[] = [];
  const evidenceAfterQuestion = new Map<string, ItemStatus[]>();
  const evidenceOfOwner = new Map<string, ItemStatus[]>();
  for (const item of current.evidence) {
    if (item.state === 'notApplicable') continue;
    const questionId = index.evidence.get(item.id)?.questionId;
    const bucket = questionId !== undefined ? evidenceAfterQuestion : evidenceOfOwner;
    const key = questionId ?? item.ownerId;
    const list = bucket.get(key);
    if (list) list.push(item);
    else bucket.set(key, [item]);
  }
  const owners: { id: string; title: string }[] = [];
  const questionsOf = new Map<string, ItemStatus[]>();
  const noteOwner = (id: string, title: string) => {
    if (!questionsOf.has(id)) {
      questionsOf.set(id, []);
      owners.push({ id, title });
    }
  };
  for (const item of current.questions) {
    if (item.state === 'notApplicable') continue;
    noteOwner(item.ownerId, item.ownerTitle);
    questionsOf.get(item.ownerId)!.push(item);
  }
  for (const item of current.evidence) {
    if (item.state !== 'notApplicable' && index.evidence.get(item.id)?.questionId === undefined) noteOwner(item.ownerId, item.ownerTitle);
  }
  const grouped = owners.length > 1;
  for (const owner of owners) {
    if (grouped) rows.push({ kind: 'heading', key: `h:${owner.id}`, text: owner.title });
    for (const item of questionsOf.get(owner.id) ?? []) {
      rows.push({ kind: 'question', key: `q:${item.id}`, item });
      for (const evidence of evidenceAfterQuestion.get(item.id) ?? []) rows.push({ kind: 'evidence', key: `e:${evidence.id}`, item: evidence });
    }
    for (const evidence of evidenceOfOwner.get(owner.id) ?? []) rows.push({ kind: 'evidence', key: `e:${evidence.id}`, item: evidence });
  }
  for (const referral of openReferrals(ctx.evaluation)) {
    const include = referral.include.filter((item) => item.state !== 'notApplicable');
    if (include.length === 0) continue;
    rows.push({ kind: 'heading', key: `r:${referral.referralId}`, text: strings.referralIncludeTitle(referral.title) });
    for (const item of include) rows.push({ kind: 'evidence', key: `e:${item.id}`, item });
  }
  return rows;
}

const rowKey = (row: Row): string => row.key;

/** What a row shows depends on these alone: it is redrawn only when one of them changes. */
function rowDeps(ctx: PageContext, row: Row): unknown[] {
  if (row.kind === 'heading') return [row.text];
  const { state, strings } = ctx;
  const { item } = row;
  if (row.kind === 'question') {
    const id = item.id;
    return [
      ctx.index.questions.get(id)?.question,
      item.state,
      item.advice,
      state.answers[id],
      state.numberText[id],
      state.dateParts[id],
      ctx.errors.get(questionGroupId(id)),
      strings,
    ];
  }
  return [
    ctx.index.evidence.get(item.id)?.evidence,
    item.state,
    item.advice,
    state.evidence[item.id],
    ctx.errors.get(evidenceGroupId(item.id)),
    strings,
    ctx.format,
  ];
}

function renderRow(ctx: PageContext, row: Row): unknown {
  const { state, strings, format } = ctx;
  if (row.kind === 'heading') return html`<h3 class="heading-m">${row.text}</h3>`;
  const { item } = row;
  if (row.kind === 'question') {
    const question = ctx.index.questions.get(item.id)?.question;
    if (!question) return nothing;
    const value = state.answers[item.id];
    const dateParts = state.dateParts[item.id];
    return renderQuestion({
      question,
      item,
      value,
      numberText: state.numberText[item.id],
      dateParts: dateParts ?? datePartsFrom(typeof value === 'string' ? value : undefined),
      error: ctx.errors.get(questionGroupId(item.id)),
      strings,
    });
  }
  const evidence = ctx.index.evidence.get(item.id)?.evidence;
  if (!evidence) return nothing;
  return renderEvidence({ evidence, item, state: state.evidence[item.id], strings, format });
}

export function renderQuestionsPage(ctx: PageContext): TemplateResult {
  const { strings, evaluation } = ctx;
  const current = evaluation.current;
  const rows = questionRows(ctx);
  return html`
    ${backLink(ctx)} ${errorSummary(ctx)} ${pageHeading(strings.questionsHeading, current?.title)}
    ${current?.status === 'blocked' ? warning(strings.stageBlockedText(current.title), strings) : nothing}
    <p>${rows.length > 0 ? strings.questionsIntro : strings.questionsNone}</p>
    ${renderReadiness(ctx)}
    <div class="questions" data-questions>${rowList(rows, rowKey, (row: Row) => rowDeps(ctx, row), (row: Row) => renderRow(ctx, row))}</div>
    ${continueButton(ctx)}
  `;
}
