/**
 * When the pathway changed between visits (or under an open journey), and the stage that
 * applies to the case is not the one it was at: the school is told the stage it was at, the
 * stage it is at now, and why in a few words, with a referral of the old stage no longer offered.
 * Read on the guide-authored Tarnby pathway (v1, then v2 a month later: stage 2a added, bands moved).
 */
import { afterEach, describe, expect, it } from 'vitest';
import tarnbyV1 from '@pathway/core/fixtures/guide-authored/tarnby-v1.json';
import tarnbyV2 from '@pathway/core/fixtures/guide-authored/tarnby-v2.json';
import brookvaleV1 from '@pathway/core/fixtures/guide-authored/brookvale-trust-v1.json';
import brookvaleV2 from '@pathway/core/fixtures/guide-authored/brookvale-trust-v2.json';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { axeViolations } from '../testing/accessibility.js';
import { copyOf } from '../testing/fixtures.js';
import { clearStoredDrafts, forgetTabJourneys, noDraftsBeforeEach, readStoredDraft, writeStoredDraft } from '../testing/drafts.js';
import { cleanup, eventually, headingOf, mountWidget, settle, textOf } from '../testing/mount.js';
import { answer, clickField, continueOn, enterPercentage, start } from '../testing/journey.js';
import type { Draft } from './draft-envelope.js';

const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const notice = (widget: PathwayWidget) => textOf(query(widget, '[data-draft-notice="restored"]')!);
const MOVED = 'The stage that applies changed from "Stage 3 - refer to council" to "Stage 2a - support plan": the figures that place a pupil at each stage changed.';
const REFERRAL = '"Referral to Tarnby Attendance Officer" belongs to "Stage 3 - refer to council", so it is not offered now.';
/** The bands that moved in v2, said though the case's own stage did not change. */
const BANDS = [
  '"Stage 2a - support plan" added (applies when Attendance is at most 85%)',
  '"Stage 2 - attendance meeting" now applies when Attendance is at least 86% and at most 90% (was at most 90%)',
  '"Stage 3 - refer to council" now applies when Attendance is below 75% (was below 80%)',
];

noDraftsBeforeEach();
afterEach(cleanup);

/** On v1's questions page for the stage `percentage` places the pupil at, with one question answered. */
async function onQuestions(widget: PathwayWidget, percentage: string, questionId: string): Promise<void> {
  await start(widget);
  await enterPercentage(widget, percentage, 'att');
  await continueOn(widget);
  await continueOn(widget);
  expect(headingOf(widget)).toMatch(/Questions and evidence$/);
  await answer(widget, questionId, 'yes');
}

/** Saved on v1 at `percentage` with `questionId` answered Yes; the tab is then closed. */
async function savedOnV1(percentage: string, questionId: string): Promise<void> {
  const widget = await mountWidget({ pathway: copyOf(tarnbyV1), attributes: { 'save-drafts': true } });
  await clickField(widget, 'drafts-toggle');
  await onQuestions(widget, percentage, questionId);
  await eventually(async () => {
    const draft = (await readStoredDraft('tarnby-attendance')) as Draft | undefined;
    expect(draft?.answers).toEqual({ [questionId]: 'yes' });
    expect(draft?.page).toBe('questions');
  });
  cleanup();
}

describe('a saved case opened on a newer version', () => {
  it('says the stage it was at, the stage it is at now, why, and the referral no longer offered', async () => {
    await savedOnV1('78', 'q4');
    const widget = await mountWidget({ pathway: copyOf(tarnbyV2), attributes: { 'save-drafts': true } });
    expect(headingOf(widget)).toBe('Stage 2a - support plan Questions and evidence');
    const text = notice(widget);
    expect(text).toContain(`The pathway has changed since you saved your answers (version 1, now 2). ${MOVED} ${REFERRAL}`);
    // "Targets agreed?" was never answered: no answer of the school's was set aside.
    expect(text).not.toContain('Targets agreed?');
    expect(text).not.toContain('were not used');
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('says nothing of the stage when the case is at the same stage (its id renamed), and lists a removed question only when answered', async () => {
    await savedOnV1('88', 'q3');
    const widget = await mountWidget({ pathway: copyOf(tarnbyV2), attributes: { 'save-drafts': true } });
    const text = notice(widget);
    expect(text).not.toContain('The stage that applies changed');
    // A pupil at 88% near a moved bound: the stages whose bands moved are said, once.
    expect(textOf(query(widget, '[data-draft-bands]')!)).toBe(`The figures that place a pupil at each stage changed: ${BANDS.join('; ')}.`);
    expect(text).toMatch(/These questions are no longer in the pathway, so your answers to them were not used: Targets agreed\? You answered: Yes/);
  });

  it('from before the stage was kept in a draft, claims nothing about the stage it was at', async () => {
    await savedOnV1('78', 'q4');
    const { placedAt, ...older } = (await readStoredDraft('tarnby-attendance')) as Draft;
    expect(placedAt).toBe('s3');
    await clearStoredDrafts();
    forgetTabJourneys();
    await writeStoredDraft('tarnby-attendance', older, 'an-earlier-journey');
    const widget = await mountWidget({ pathway: copyOf(tarnbyV2), attributes: { 'save-drafts': true } });
    // Another journey's draft is offered, not restored: carry on with it.
    await eventually(() => expect(query(widget, '[data-draft-choice="offered"]')).not.toBeNull());
    const carryOn = [...widget.shadowRoot!.querySelectorAll('button')].find((button) => /^Carry on with the answers saved on/.test(textOf(button)));
    carryOn!.click();
    await eventually(() => expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull());
    expect(notice(widget)).toContain('The pathway has changed since you saved your answers (version 1, now 2).');
    expect(notice(widget)).not.toContain('The stage that applies');
  });
});

describe('a saved case opened on a version that renamed its stage and reworded a question (Brookvale, v2 a fortnight later)', () => {
  /** Saved on v1 at `percentage` (Letter 2) with "Parent phoned?" answered Yes. */
  async function savedOnBrookvaleV1(percentage: string): Promise<void> {
    const widget = await mountWidget({ pathway: copyOf(brookvaleV1), attributes: { 'save-drafts': true } });
    await clickField(widget, 'drafts-toggle');
    await onQuestions(widget, percentage, 'q2');
    expect(headingOf(widget)).toBe('Letter 2 Questions and evidence');
    await eventually(async () => expect(((await readStoredDraft('bvt-att')) as Draft | undefined)?.answers).toEqual({ q2: 'yes' }));
    cleanup();
  }

  it('a case moved to another stage: the old stage by both its names, and the reworded question not asked there is not "answer again"', async () => {
    await savedOnBrookvaleV1('82');
    const widget = await mountWidget({ pathway: copyOf(brookvaleV2), attributes: { 'save-drafts': true } });
    expect(headingOf(widget)).toBe('Letter 3 + mtg Questions and evidence');
    expect(textOf(query(widget, '[data-draft-stage-moved]')!)).toBe(
      'The stage that applies changed from "Letter 2" (now called "Second letter") to "Letter 3 + mtg": the figures that place a pupil at each stage changed.',
    );
    expect(notice(widget)).not.toContain('Please answer them again');
    expect(textOf(query(widget, '[data-draft-list="changed-not-asked"]')!)).toBe(
      'These questions have changed, so your earlier answers were not used. They are not asked at the stage that applies now:',
    );
    expect(notice(widget)).toContain('Parent phoned and call logged on MIS? You answered: Yes');
    expect(widget.shadowRoot!.querySelector('[data-question="q2"]')).toBeNull();
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('a case still at the renamed stage: the reworded question is on the page, so the school is asked to answer it again', async () => {
    await savedOnBrookvaleV1('87');
    const widget = await mountWidget({ pathway: copyOf(brookvaleV2), attributes: { 'save-drafts': true } });
    expect(headingOf(widget)).toBe('Second letter Questions and evidence');
    expect(query(widget, '[data-draft-stage-moved]')).toBeNull();
    expect(query(widget, '[data-draft-list="changed-not-asked"]')).toBeNull();
    expect(textOf(query(widget, '[data-draft-list="changed"]')!)).toContain('Please answer them again');
    expect(widget.shadowRoot!.querySelector('[data-question="q2"]')).not.toBeNull();
  });
});

describe('a pathway replaced under an open journey (src swapped)', () => {
  it('the update note says the stage that applies changed, from what to what, and why', async () => {
    const widget = await mountWidget({ src: '/packages/core/fixtures/guide-authored/tarnby-v1.json' });
    await onQuestions(widget, '78', 'q4');
    expect(headingOf(widget)).toBe('Stage 3 - refer to council Questions and evidence');
    widget.src = '/packages/core/fixtures/guide-authored/tarnby-v2.json';
    await eventually(() => expect(query(widget, '[data-update-note]')).not.toBeNull());
    await settle(widget);
    const note = textOf(query(widget, '[data-update-note]')!);
    expect(note).toContain(MOVED);
    expect(note).toContain(REFERRAL);
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('the update note says which stages\' bands moved when the case stays at its stage', async () => {
    const widget = await mountWidget({ src: '/packages/core/fixtures/guide-authored/tarnby-v1.json' });
    await onQuestions(widget, '88', 'q2');
    widget.src = '/packages/core/fixtures/guide-authored/tarnby-v2.json';
    await eventually(() => expect(query(widget, '[data-update-note]')).not.toBeNull());
    await settle(widget);
    const note = textOf(query(widget, '[data-update-note]')!);
    expect(headingOf(widget)).toBe('Stage 2 - attendance meeting Questions and evidence');
    expect(note).not.toContain('The stage that applies changed');
    for (const phrase of BANDS) expect(note).toContain(phrase);
    expect(note).not.toContain('Stage 1 - school monitoring');
  });
});
