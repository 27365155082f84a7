/**
 * A restored draft brings the user back to the page they were on (reloading the tab should not
 * send them to the start page), or, when the pathway no longer shows that page for them, to
 * the nearest page before it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { clearStoredDrafts, forgetTabJourneys, readStoredDraft, writeStoredDraft } from '../testing/drafts.js';
import { byId, cleanup, eventually, headingOf, mountWidget, textOf } from '../testing/mount.js';
import { answer, clickField, clickLink, continueOn, throughMeasures } from '../testing/journey.js';
import type { Draft } from './draft-envelope.js';

const WIGAN_ID = seeds.wigan.id;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const mount = (pathway: unknown = seeds.wigan) => mountWidget({ pathway, attributes: { 'save-drafts': true } });

beforeEach(async () => {
  await clearStoredDrafts();
  forgetTabJourneys();
});
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
