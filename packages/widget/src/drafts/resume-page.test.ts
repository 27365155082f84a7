/**
 * A restored draft brings the user back to the page they were on (reloading the tab should not
 * send them to the start page), or, when the pathway no longer shows that page for them, to
 * the nearest page before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { clearStoredDrafts, forgetTabJourneys, noDraftsBeforeEach, readStoredDraft, writeStoredDraft } from '../testing/drafts.js';
import { byId, cleanup, eventually, headingOf, mountWidget, textOf } from '../testing/mount.js';
import { answer, clickField, clickLink, continueOn, throughMeasures } from '../testing/journey.js';
import type { Draft } from './draft-envelope.js';

const WIGAN_ID = seeds.wigan.id;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const mount = (pathway: unknown = seeds.wigan) => mountWidget({ pathway, attributes: { 'save-drafts': true } });

noDraftsBeforeEach();
afterEach(cleanup);

/** Saving on, through to the questions page with one question answered; resolves once that page is saved. */
async function savedOnQuestionsPage(): Promise<Draft> {
  const widget = await mount();
  await clickField(widget, 'drafts-toggle');
  await throughMeasures(widget, '88');
  await continueOn(widget);
  expect(headingOf(widget)).toMatch(/Questions and evidence$/);
  await answer(widget, 'q-reasons-listened-to', 'yes');
  let draft: Draft | undefined;
  await eventually(async () => {
    draft = (await readStoredDraft(WIGAN_ID)) as Draft | undefined;
    expect(draft?.page).toBe('questions');
    expect(draft?.answers).toEqual({ 'q-reasons-listened-to': 'yes' });
  });
  return draft!;
}

describe('a restored draft', () => {
  it('returns to the page the user was on, with its answers and the message about them', async () => {
    await savedOnQuestionsPage();
    cleanup(); // the tab is reloaded

    const widget = await mount();
    expect(headingOf(widget)).toMatch(/Questions and evidence$/);
    expect(query(widget, 'input[name="q-q-reasons-listened-to"][value="yes"]')).toHaveProperty('checked', true);
    expect(textOf(query(widget, '[data-draft-notice="restored"]')!)).toMatch(/^Saved answers We found answers you saved on .+ and have put them back\.$/);
    // The journey goes on from there: Back is the stage page, with what was entered.
    await clickLink(widget, 'Back');
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(query(widget, '[data-draft-notice="restored"]')).toBeNull();
  });

  it('goes to the nearest page before it when the changed pathway no longer shows that page', async () => {
    await savedOnQuestionsPage();
    cleanup();

    // The stage now asks nothing: this journey has no questions page.
    const changed = copyOf(seeds.wigan) as Pathway;
    changed.version = 'next';
    const identify = changed.stages.find((stage) => stage.id === 'identify-and-understand')!;
    delete identify.questions;
    const widget = await mount(changed);
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull();
  });

  it('from before pages were kept, starts on the start page', async () => {
    const { page: _page, ...older } = await savedOnQuestionsPage();
    cleanup();
    await clearStoredDrafts();
    forgetTabJourneys();
    await writeStoredDraft(WIGAN_ID, older, 'an-earlier-journey');

    const widget = await mount();
    await eventually(() => expect(query(widget, '[data-draft-choice="offered"]')).not.toBeNull());
    await page.elementLocator(query(widget, '[data-draft-choose="0"]')!).click();
    await eventually(() => expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull());
    expect(headingOf(widget)).toContain(seeds.wigan.title);
    // The button chosen has gone: focus is on the heading, not lost.
    expect(widget.shadowRoot!.activeElement).toBe(byId(widget, 'page-heading'));
  });

  it('chosen from several saved drafts, takes the user to its page, with focus on its heading', async () => {
    const draft = await savedOnQuestionsPage();
    cleanup();
    await clearStoredDrafts();
    forgetTabJourneys();
    await writeStoredDraft(WIGAN_ID, draft, 'journey-a');
    await writeStoredDraft(WIGAN_ID, { ...draft, page: 'measures', savedAt: new Date(Date.parse(draft.savedAt) - 60_000).toISOString() }, 'journey-b');

    const widget = await mount();
    await eventually(() => expect(query(widget, '[data-draft-choice="offered"]')).not.toBeNull());
    await page.elementLocator(query(widget, '[data-draft-choose="0"]')!).click();
    await eventually(() => expect(headingOf(widget)).toMatch(/Questions and evidence$/));
    expect(widget.shadowRoot!.activeElement).toBe(byId(widget, 'page-heading'));
  });
});

describe('a restored draft on a stage with routes the school chooses', () => {
  it('brings back the route chosen and the page (the routes were saved, then dropped on restore)', async () => {
    const eastmere = (await import('@pathway/core/fixtures/guide-authored/eastmere.json')).default as unknown as Pathway;
    const widget = await mount(eastmere);
    await clickField(widget, 'drafts-toggle');
    await throughMeasures(widget, '65');
    expect(headingOf(widget)).toBe('Which stage applies');
    await clickField(widget, 'r-nti');
    await continueOn(widget);
    expect(headingOf(widget)).toMatch(/Questions and evidence$/);
    let first: Draft | undefined;
    await eventually(async () => {
      first = (await readStoredDraft(eastmere.id)) as Draft | undefined;
      expect(first?.routes).toEqual(['nti']);
      expect(first?.page).toBe('questions');
    });
    // A later save moves the time on.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await clickField(widget, 'q-c3-nti-date-day');
    await page.elementLocator(byId(widget, 'q-c3-nti-date-day')).fill('3');
    await eventually(async () => {
      const later = (await readStoredDraft(eastmere.id)) as Draft | undefined;
      expect(later?.savedAt).not.toBe(first!.savedAt);
    });
    const saved = (await readStoredDraft(eastmere.id)) as Draft;
    cleanup(); // the tab is reloaded

    const again = await mount(eastmere);
    expect(headingOf(again)).toMatch(/Questions and evidence$/);
    const notice = textOf(query(again, '[data-draft-notice="restored"]')!);
    expect(notice).toContain('We found answers you saved on');
    await clickLink(again, 'Back');
    expect(headingOf(again)).toBe('Which stage applies');
    expect(byId<HTMLInputElement>(again, 'r-nti').checked).toBe(true);
    expect(saved.routes).toEqual(['nti']);
  });
});
