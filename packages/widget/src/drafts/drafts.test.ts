/**
 * Drafts in real IndexedDB: opt-in by the page and the user, restored on return, never
 * holding pupil details, cleared on request, and handled plainly when corrupt, unavailable,
 * or saved against an older version of the pathway.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { clearStoredDrafts, readStoredDraft, writeStoredDraft } from '../testing/drafts.js';
import { byId, cleanup, eventually, headingOf, mountWidget, recordEvents, textOf } from '../testing/mount.js';
import { answer, clickButton, clickField, clickLink, continueOn, enterPercentage, fillField, start, throughMeasures, tickCohort } from '../testing/journey.js';
import type { Draft } from './draft-envelope.js';

const WIGAN_ID = seeds.wigan.id;

beforeEach(clearStoredDrafts);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

async function savedDraft(pathwayId = WIGAN_ID): Promise<Draft> {
  let draft: Draft | undefined;
  await eventually(async () => {
    draft = (await readStoredDraft(pathwayId)) as Draft | undefined;
    expect(draft).toBeDefined();
  });
  return draft!;
}

/** Answers part of the Wigan journey with saving switched on, and waits until it is stored. */
async function answerSomeWithDrafts(): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
  await clickField(widget, 'drafts-toggle');
  await throughMeasures(widget, '88', ['child-in-need']);
  await continueOn(widget);
  await answer(widget, 'q-reasons-listened-to', 'yes');
  await answer(widget, 'q-barriers-identified', 'no');
  await eventually(async () => {
    const draft = (await readStoredDraft(WIGAN_ID)) as Draft | undefined;
    expect(draft?.answers).toEqual({ 'q-reasons-listened-to': 'yes', 'q-barriers-identified': 'no' });
  });
  return widget;
}

describe('drafts', () => {
  it('are off unless the page opts in, and then only when the user ticks the box', async () => {
    const plain = await mountWidget({ pathway: seeds.wigan });
    expect(query(plain, '#drafts-toggle')).toBeNull();
    await throughMeasures(plain, '88');
    cleanup();

    const optedIn = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
    const toggle = byId<HTMLInputElement>(optedIn, 'drafts-toggle');
    expect(toggle.checked).toBe(false);
    expect(textOf(optedIn)).toContain("Pupil details (such as the child's name and date of birth) are never saved.");
    await throughMeasures(optedIn, '88');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readStoredDraft(WIGAN_ID)).toBeUndefined();
  });

  it('restore the answers when the user comes back', async () => {
    await answerSomeWithDrafts();
    cleanup();

    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
    // Back on the questions page, where the answers were given (resume-page.test.ts).
    expect(headingOf(widget)).toMatch(/Questions and evidence$/);
    expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull();
    expect(textOf(query(widget, '[data-draft-notice="restored"]')!)).toMatch(/^Saved answers We found answers you saved on .+ and have put them back\.$/);
    expect(byId<HTMLInputElement>(widget, 'drafts-toggle').checked).toBe(true);
    expect(query(widget, 'input[name="q-q-reasons-listened-to"][value="yes"]')).toHaveProperty('checked', true);
    expect(query(widget, 'input[name="q-q-barriers-identified"][value="no"]')).toHaveProperty('checked', true);
    await clickLink(widget, 'Back');
    await clickLink(widget, 'Back');
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('88');
    expect(byId<HTMLInputElement>(widget, 'c-child-in-need').checked).toBe(true);
  });

  it('never contain pupil details', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
    await clickField(widget, 'drafts-toggle');
    await throughMeasures(widget, '40');
    await clickField(widget, 's-enforcement-referral');
    await continueOn(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    await fillField(widget, 'f-child-name-input', 'Sam Example');
    await fillField(widget, 'f-school-input', 'Example Primary School');
    await continueOn(widget);
    const draft = await savedDraft();
    await widget.updateComplete;
    expect(JSON.stringify(draft)).not.toContain('Sam Example');
    expect(JSON.stringify(draft)).not.toContain('Example Primary School');
    expect(Object.keys(draft).sort()).toEqual(
      ['answers', 'cohortTexts', 'cohorts', 'evidence', 'evidenceTexts', 'format', 'measureTexts', 'measures', 'page', 'pathwayId', 'pathwayVersion', 'placedAt', 'questionTexts', 'routeTexts', 'savedAt', 'stage', 'stageBands', 'stageTexts', 'timeLimitLengths'].sort(),
    );
    // Stage bands are the pathway's figures and bounds, never the pupil's.
    expect(JSON.stringify(draft.stageBands)).not.toMatch(/Sam|Example/);
    expect(draft.stage).toBe('enforcement-referral');
    // The stage the case was at (a stage id, never a pupil detail), so a later version can say if that changed.
    expect(draft.placedAt).toBe('enforcement-referral');
  });

  it('"Clear saved answers" removes the draft but keeps the answers on screen', async () => {
    const widget = await answerSomeWithDrafts();
    await clickButton(widget, 'Clear saved answers');
    await eventually(async () => expect(await readStoredDraft(WIGAN_ID)).toBeUndefined());
    expect(byId<HTMLInputElement>(widget, 'drafts-toggle').checked).toBe(false);
    expect(textOf(query(widget, '[data-draft-notice="cleared"]')!)).toBe(
      'Your saved answers have been removed from this device. The answers on this page stay until you close it.',
    );
    expect(query(widget, 'input[name="q-q-barriers-identified"][value="no"]')).toHaveProperty('checked', true);
    // Nothing is saved afterwards either.
    await answer(widget, 'q-smart-targets-in-place', 'yes');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readStoredDraft(WIGAN_ID)).toBeUndefined();
  });

  it('unticking the box removes the draft', async () => {
    const widget = await answerSomeWithDrafts();
    await page.elementLocator(byId(widget, 'drafts-toggle')).click();
    await eventually(async () => expect(await readStoredDraft(WIGAN_ID)).toBeUndefined());
  });

  it('a corrupt draft gets a message, is removed, and the user starts afresh', async () => {
    await writeStoredDraft(WIGAN_ID, { format: 'pathway-draft/1', pathwayId: WIGAN_ID, answers: 'not an object' });
    const element = document.createElement('pathway-widget');
    const errors = recordEvents(element, 'pathway-error');
    element.setAttribute('save-drafts', '');
    element.pathway = seeds.wigan;
    document.body.append(element);
    await eventually(() => expect(query(element, '[data-draft-notice="corrupt"]')).not.toBeNull());
    expect(textOf(query(element, '[data-draft-notice="corrupt"]')!)).toBe(
      'Your saved answers could not be read, so they have been removed and you are starting afresh. Nothing else is affected.',
    );
    expect(headingOf(element)).toBe('Wigan Council A pathway for supporting non-attendance');
    expect(errors.map((event) => event.detail.code)).toEqual(['draft-unreadable']);
    expect(await readStoredDraft(WIGAN_ID)).toBeUndefined();
    await start(element);
    expect(byId<HTMLInputElement>(element, 'm-attendance-percentage').value).toBe('');
    element.remove();
  });

  it('something that is not a draft at all is handled the same way', async () => {
    await writeStoredDraft(WIGAN_ID, 'garbage');
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
    await eventually(() => expect(query(widget, '[data-draft-notice="corrupt"]')).not.toBeNull());
  });

  it('when the pathway changed since: keeps unchanged answers and says exactly what changed', async () => {
    await answerSomeWithDrafts();
    cleanup();

    const changed = copyOf(seeds.wigan) as Pathway;
    changed.version = `${seeds.wigan.version}-revised`;
    const identify = changed.stages.find((stage) => stage.id === 'identify-and-understand')!;
    // Reword the question answered "no"; add a new question.
    identify.questions = identify.questions!.map((question) =>
      question.id === 'q-barriers-identified' ? { ...question, text: 'Have the barriers to attendance been identified?' } : question,
    );
    identify.questions.push({ id: 'q-new-question', text: 'Has the pupil been asked what would help?', type: 'yesNo' });

    const widget = await mountWidget({ pathway: changed, attributes: { 'save-drafts': true } });
    const notice = query(widget, '[data-draft-notice="restored"]')!;
    expect(textOf(notice)).toContain(
      `The pathway has changed since you saved your answers (version ${seeds.wigan.version}, now ${changed.version}).`,
    );
    expect(textOf(notice)).toContain(
      'These questions have changed, so your earlier answers were not used. Please answer them again: Have the barriers to attendance been identified? You answered: No',
    );
    expect(textOf(notice)).toContain('This question is new: Has the pupil been asked what would help?');
    expect(textOf(notice)).toContain(
      'This answer was kept: Have conversations taken place to listen and understand the children and families’ reasons for declining attendance?',
    );
    expect(headingOf(widget)).toMatch(/Questions and evidence$/);
    expect(query(widget, 'input[name="q-q-reasons-listened-to"][value="yes"]')).toHaveProperty('checked', true);
    expect(query(widget, 'input[name="q-q-barriers-identified"][value="no"]')).toHaveProperty('checked', false);
  });

  it('when a question was removed, its answer is named, not silently dropped', async () => {
    await answerSomeWithDrafts();
    cleanup();
    const changed = copyOf(seeds.wigan) as Pathway;
    changed.version = 'next';
    const identify = changed.stages.find((stage) => stage.id === 'identify-and-understand')!;
    identify.questions = identify.questions!.filter((question) => question.id !== 'q-barriers-identified');
    const widget = await mountWidget({ pathway: changed, attributes: { 'save-drafts': true } });
    expect(textOf(query(widget, '[data-draft-notice="restored"]')!)).toContain(
      'These questions are no longer in the pathway, so your answers to them were not used: Have the barriers impacting attendance been identified, explored, and have appropriate interventions been put in place? You answered: No',
    );
  });

  it('a pathway reworded mid-journey: the saved draft follows it, so coming back keeps the answers', async () => {
    const widget = await answerSomeWithDrafts();
    const reworded = copyOf(seeds.wigan) as Pathway;
    const identify = reworded.stages.find((stage) => stage.id === 'identify-and-understand')!;
    identify.questions = identify.questions!.map((question) =>
      question.id === 'q-barriers-identified' ? { ...question, text: 'Have the barriers to attendance been identified?' } : question,
    );
    widget.pathway = reworded;
    await widget.updateComplete;
    expect(query(widget, 'input[name="q-q-barriers-identified"][value="no"]')).toHaveProperty('checked', true);
    await eventually(async () => {
      const draft = (await readStoredDraft(WIGAN_ID)) as Draft | undefined;
      expect(draft?.questionTexts['q-barriers-identified']?.text).toBe('Have the barriers to attendance been identified?');
    });
    cleanup();

    const back = await mountWidget({ pathway: reworded, attributes: { 'save-drafts': true } });
    expect(textOf(query(back, '[data-draft-notice="restored"]')!)).toMatch(/^Saved answers We found answers you saved on .+ and have put them back\.$/);
    expect(headingOf(back)).toMatch(/Questions and evidence$/);
    expect(query(back, 'input[name="q-q-barriers-identified"][value="no"]')).toHaveProperty('checked', true);
  });

  it('where IndexedDB is unavailable, the checkbox explains that answers cannot be saved here', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
    await eventually(() => expect(query(widget, '[data-drafts="unavailable"]')).not.toBeNull());
    expect(byId<HTMLInputElement>(widget, 'drafts-toggle').disabled).toBe(true);
    expect(textOf(byId(widget, 'drafts-hint'))).toBe(
      'Answers cannot be saved on this device: this browser does not allow it (for example in private browsing). Your answers are kept only while this page is open.',
    );
    // The journey works all the same.
    await start(widget);
    await enterPercentage(widget, '88');
    await tickCohort(widget, 'looked-after');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
  });
});
