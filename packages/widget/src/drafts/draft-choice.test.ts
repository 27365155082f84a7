/**
 * What tells a saved draft from the others: a stage that asks no questions (only a referral, say)
 * has no count of them ("0 of 0 questions answered" named nothing). Any pathway.
 */
import { html, nothing, render } from 'lit';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createFormatter } from '../i18n/format.js';
import { en } from '../i18n/strings.js';
import { indexPathway } from '../journey/pathway-index.js';
import { DRAFT_FORMAT, type Draft } from './draft-envelope.js';
import { renderDraftChoice } from './draft-choice.js';

const pathway: Pathway = {
  schemaVersion: '1.1',
  id: 'draft-rows',
  version: '1',
  title: 'Letters',
  authority: { name: 'Test Council' },
  measures: [{ id: 'att', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [
    { id: 'ask', title: 'Support plan', universal: true, questions: [{ id: 'met', text: 'Have you met the family?', type: 'yesNo' }] },
    { id: 'refer', title: 'Referral', entry: { byChoice: true } },
  ],
};

function rowFor(stage: string): string {
  const draft: Draft = {
    format: DRAFT_FORMAT,
    pathwayId: pathway.id,
    pathwayVersion: pathway.version,
    savedAt: '2025-06-02T09:00:00.000Z',
    questionTexts: {},
    evidenceTexts: {},
    cohortTexts: {},
    measureTexts: {},
    answers: {},
    measures: {},
    cohorts: [],
    evidence: {},
    stage,
  } as Draft;
  const host = document.createElement('div');
  const view = { choices: [{ key: 'k', draft }], removed: undefined, confirming: false };
  const handlers = { choose() {}, fresh() {}, remove() {}, confirmAll() {} };
  render(renderDraftChoice({ html, nothing }, en, createFormatter('en-GB', en), indexPathway(pathway), view, handlers), host);
  return host.querySelector('#draft-choice-0')!.textContent!.trim();
}

describe('a saved draft is told apart by its stage', () => {
  it('a stage with questions says how many are answered; one asking none says no count', () => {
    expect(rowFor('ask')).toBe('Stage chosen: Support plan, 0 of 1 question answered.');
    expect(rowFor('refer')).toBe('Stage chosen: Referral.');
  });
});
