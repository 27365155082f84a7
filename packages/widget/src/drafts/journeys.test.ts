/**
 * A draft belongs to one journey: two pupils' answers on one pathway (two tabs, two widgets on
 * a page) never replace each other, a reloaded tab gets its own back, and a fresh tab with
 * saved drafts offers them without personal details, or a fresh start.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { seeds } from '../testing/fixtures.js';
import { clearStoredDrafts, forgetTabJourneys, noDraftsBeforeEach, readStoredDrafts, writeStoredDraft } from '../testing/drafts.js';
import { page } from 'vitest/browser';
import { byId, cleanup, eventually, headingOf, mountWidget, settle, textOf } from '../testing/mount.js';
import { clickField, enterPercentage } from '../testing/journey.js';
import type { Draft } from './draft-envelope.js';

const WIGAN_ID = seeds.wigan.id;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const percentages = async () =>
  (await readStoredDrafts(WIGAN_ID)).map((record) => (record.value as Draft).measures.attendance).map((m) => (m as { percentage: number }).percentage).sort();

noDraftsBeforeEach();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const mount = () => mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });

/** Presses a button of this widget (two widgets on the page have the same buttons). */
async function clickButton(widget: PathwayWidget, name: string): Promise<void> {
  const button = [...widget.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}"`);
  await page.elementLocator(button).click();
  await settle(widget);
}
const start = (widget: PathwayWidget) => clickButton(widget, 'Start now');

/** A journey with saving ticked and a figure entered. */
async function saving(widget: PathwayWidget, percentage: string): Promise<void> {
  await clickField(widget, 'drafts-toggle');
  await start(widget);
  await enterPercentage(widget, percentage);
}

/** Two journeys of one pathway on the page, each saving its own draft (45% and 85%). */
async function twoSavedJourneys(): Promise<[PathwayWidget, PathwayWidget]> {
  const first = await mount();
  const second = await mount();
  await saving(first, '45');
  await saving(second, '85');
  await eventually(async () => expect(await percentages()).toEqual([45, 85]));
  return [first, second];
}

async function figureShown(widget: PathwayWidget): Promise<string> {
  await start(widget);
  return byId<HTMLInputElement>(widget, 'm-attendance-percentage').value;
}

/** The figure a restored journey shows: these journeys were saved on the measures page, so they come back to it. */
async function figureRestored(widget: PathwayWidget): Promise<string> {
  await eventually(() => expect(headingOf(widget)).toMatch(/The pupil's attendance$/));
  return byId<HTMLInputElement>(widget, 'm-attendance-percentage').value;
}

describe('a draft belongs to one journey', () => {
  it('two widgets on one pathway keep a draft each, and after a reload each gets its own back', async () => {
    const first = await mount();
    const second = await mount();
    await saving(first, '45');
    await saving(second, '85');
    await enterPercentage(first, '45'); // the first journey saves again after the second
    await eventually(async () => expect(await percentages()).toEqual([45, 85]));
    cleanup();

    // The same tab again: widgets come back in the same order, each to its own journey.
    const again = await mount();
    const againSecond = await mount();
    expect(await figureRestored(again)).toBe('45');
    expect(await figureRestored(againSecond)).toBe('85');
  });

  it("never restores or writes over a draft another open tab is working on", async () => {
    const other: Draft = await (async () => {
      const widget = await mount();
      await saving(widget, '85');
      let saved: Draft | undefined;
      await eventually(async () => {
        saved = (await readStoredDrafts(WIGAN_ID))[0]?.value as Draft | undefined;
        expect(saved).toBeDefined();
      });
      cleanup();
      return saved!;
    })();
    await clearStoredDrafts();
    forgetTabJourneys();
    await writeStoredDraft(WIGAN_ID, other, 'other-tab');
    // The other tab holds its journey's lock for as long as it is open.
    let closeOtherTab!: () => void;
    const held = new Promise<void>((resolve) => {
      void navigator.locks.request('pathway-widget-journey:other-tab', () => {
        resolve();
        return new Promise<void>((done) => (closeOtherTab = done));
      });
    });
    await held;
    try {
      const widget = await mount();
      expect(query(widget, '[data-draft-notice="restored"]')).toBeNull();
      await saving(widget, '45');
      await eventually(async () => expect(await percentages()).toEqual([45, 85]));
    } finally {
      closeOtherTab();
    }
  });

  it('a new tab with one saved draft offers it (it may be another pupil’s) and, chosen, carries on with it as its own', async () => {
    const widget = await mount();
    await saving(widget, '45');
    await eventually(async () => expect(await percentages()).toEqual([45]));
    cleanup();
    forgetTabJourneys();

    const back = await mount();
    expect(query(back, '[data-draft-notice="restored"]')).toBeNull();
    await page.elementLocator(query(back, '[data-draft-choose="0"]')!).click();
    await eventually(() => expect(query(back, '[data-draft-notice="restored"]')).not.toBeNull());
    expect(await figureRestored(back)).toBe('45');
    await enterPercentage(back, '50');
    // One record, not a copy beside the original.
    await eventually(async () => expect(await percentages()).toEqual([50]));
  });

  it('a new tab with several saved drafts offers them by when they were saved and how far they got, and restores the one chosen', async () => {
    await twoSavedJourneys();
    cleanup();
    forgetTabJourneys();

    const widget = await mount();
    const offer = query(widget, '[data-draft-choice="offered"]')!;
    expect(offer).not.toBeNull();
    expect(query(widget, '[data-draft-notice="restored"]')).toBeNull();
    const text = textOf(offer);
    expect(text).toContain('Answers to this pathway have been saved on this device more than once.');
    // Told apart by the stage reached and what was entered, never by the whole pathway's questions ("0 of 26").
    expect(text).not.toMatch(/of 26 questions answered/);
    const rows = [...offer.querySelectorAll('li [id^="draft-choice-"]')].map((row) => textOf(row as HTMLElement));
    expect(rows.sort()).toEqual([
      'Stage: Prevention of non-attendance, 0 of 5 questions answered. Figures: Attendance 45%.',
      'Stage: Prevention of non-attendance, 0 of 5 questions answered. Figures: Attendance 85%.',
    ]);
    // Two saved within the same minute give the time to the second.
    const saved = (await readStoredDrafts(WIGAN_ID)).map((record) => (record.value as Draft).savedAt.slice(0, 16));
    const buttons = [...offer.querySelectorAll('[data-draft-choose]')].map((button) => textOf(button as HTMLElement));
    for (const button of buttons) expect(button).toMatch(saved[0] === saved[1] ? /\d{2}:\d{2}:\d{2}$/ : /\d{2}:\d{2}$/);
    expect(offer.querySelectorAll('[data-draft-choose]')).toHaveLength(2);

    const drafts = (await readStoredDrafts(WIGAN_ID)).map((record) => record.value as Draft);
    const newest = drafts.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))[0];
    const newestFigure = String((newest.measures.attendance as { percentage: number }).percentage);
    await page.elementLocator(offer.querySelector('[data-draft-choose="0"]')!).click();
    await eventually(() => expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull());
    expect(query(widget, '[data-draft-choice="offered"]')).toBeNull();
    expect(byId<HTMLInputElement>(widget, 'drafts-toggle').checked).toBe(true);
    expect(await figureRestored(widget)).toBe(newestFigure);
    // Still two drafts: the chosen one is this journey's now; the other is untouched.
    await eventually(async () => expect(await percentages()).toEqual([45, 85]));
  });

  it('"Start afresh" restores nothing and keeps the saved drafts; removing them all (confirmed) empties the device', async () => {
    await twoSavedJourneys();
    cleanup();
    forgetTabJourneys();

    const fresh = await mount();
    await clickButton(fresh, 'Start afresh');
    expect(query(fresh, '[data-draft-choice="offered"]')).toBeNull();
    expect(await figureShown(fresh)).toBe('');
    expect(await percentages()).toEqual([45, 85]);
    cleanup();
    forgetTabJourneys();

    const again = await mount();
    await clickButton(again, 'Remove all 2 sets of saved answers from this device');
    await clickButton(again, 'Yes, remove all 2');
    await eventually(async () => expect(await readStoredDrafts(WIGAN_ID)).toEqual([]));
    expect(textOf(query(again, '[data-draft-choice="removed"]')!)).toBe('2 sets of saved answers have been removed from this device.');
  });

  it('"Clear saved answers" clears only this journey\'s draft', async () => {
    const [first] = await twoSavedJourneys();
    await clickButton(first, 'Clear saved answers');
    await eventually(async () => expect(await percentages()).toEqual([85]));
  });
});
