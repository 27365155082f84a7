/**
 * Saved drafts of journeys no longer open are offered, never carried on with unasked: even one
 * may be another pupil's (day 2, starting Ben, must not land in Amy's questions). Each can be
 * removed on its own; removing them all says how many and is confirmed first; focus always
 * lands on what says what happened.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import { seeds } from '../testing/fixtures.js';
import { axeViolations } from '../testing/accessibility.js';
import { forgetTabJourneys, noDraftsBeforeEach, readStoredDrafts } from '../testing/drafts.js';
import { byId, cleanup, eventually, headingOf, mountWidget, settle, textOf } from '../testing/mount.js';
import { clickField, enterPercentage } from '../testing/journey.js';
import type { Draft } from './draft-envelope.js';

const WIGAN_ID = seeds.wigan.id;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const percentages = async () =>
  (await readStoredDrafts(WIGAN_ID)).map((record) => ((record.value as Draft).measures.attendance as { percentage: number }).percentage).sort();

noDraftsBeforeEach();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const mount = () => mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });

function button(widget: PathwayWidget, name: string | RegExp): HTMLButtonElement {
  const found = [...widget.shadowRoot!.querySelectorAll('button')].find((candidate) => {
    const text = candidate.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

async function press(widget: PathwayWidget, name: string | RegExp): Promise<void> {
  await page.elementLocator(button(widget, name)).click();
  await settle(widget);
}

/** Journeys saved on this device (one per figure), then a new tab: none of them is its own. */
async function savedEarlier(...figures: string[]): Promise<PathwayWidget> {
  const widgets: PathwayWidget[] = [];
  for (const figure of figures) {
    const widget = await mount();
    widgets.push(widget);
    await clickField(widget, 'drafts-toggle');
    await press(widget, 'Start now');
    await enterPercentage(widget, figure);
  }
  await eventually(async () => expect(await percentages()).toEqual(figures.map(Number).sort()));
  cleanup();
  forgetTabJourneys();
  const widget = await mount();
  await eventually(() => expect(query(widget, '[data-draft-choice="offered"]')).not.toBeNull());
  return widget;
}

const active = (widget: PathwayWidget) => widget.shadowRoot!.activeElement;

describe('one saved draft of another journey', () => {
  it('is offered, not carried on with: "Start now" starts a new pupil and the draft stays saved', async () => {
    const widget = await savedEarlier('45');
    expect(query(widget, '[data-draft-notice="restored"]')).toBeNull();
    const offer = textOf(query(widget, '[data-draft-choice="offered"]')!);
    expect(offer).toContain('Answers to this pathway were saved on this device earlier. Carry on with them, or start afresh for another pupil: they stay saved until you remove them.');
    // Not chosen: the stage the figures placed the pupil at, and how far its questions got.
    expect(offer).toContain('Stage: Prevention of non-attendance, 0 of 5 questions answered. Figures: Attendance 45%.');
    expect(widget.shadowRoot!.querySelectorAll('[data-draft-choose]')).toHaveLength(1);
    // One draft: nothing to remove "all" of.
    expect(query(widget, '#draft-remove-all')).toBeNull();
    expect(await axeViolations(widget)).toEqual([]);
    await press(widget, 'Start now');
    expect(headingOf(widget)).toMatch(/The pupil's attendance$/);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('');
    expect(await percentages()).toEqual([45]);
  });

  it('"Start afresh" keeps it, and puts focus on the start page heading', async () => {
    const widget = await savedEarlier('45');
    await press(widget, 'Start afresh');
    expect(query(widget, '[data-draft-choice="offered"]')).toBeNull();
    expect(active(widget)).toBe(byId(widget, 'page-heading'));
    expect(await percentages()).toEqual([45]);
  });

  it('carrying on with it (by keyboard) restores it as this journey’s own: one record, not a copy', async () => {
    const widget = await savedEarlier('45');
    button(widget, /^Carry on with the answers saved on/).focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(query(widget, '[data-draft-notice="restored"]')).not.toBeNull());
    await eventually(() => expect(headingOf(widget)).toMatch(/The pupil's attendance$/));
    expect(active(widget)).toBe(byId(widget, 'page-heading'));
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('45');
    await enterPercentage(widget, '50');
    await eventually(async () => expect(await percentages()).toEqual([50]));
  });

  it('can be removed on its own; focus goes to the message that says which', async () => {
    const widget = await savedEarlier('45');
    const when = textOf(button(widget, /^Carry on with the answers saved on/)).replace('Carry on with the answers saved on ', '');
    await press(widget, `Remove the answers saved on ${when} from this device`);
    await eventually(async () => expect(await percentages()).toEqual([]));
    await eventually(() => expect(active(widget)).toBe(query(widget, '#draft-choice-removed')));
    expect(textOf(query(widget, '#draft-choice-removed')!)).toBe(`The answers saved on ${when} have been removed from this device.`);
    expect(query(widget, '[data-draft-choice="offered"]')).toBeNull();
    expect(await axeViolations(widget)).toEqual([]);
  });
});

describe('several saved drafts', () => {
  it('removing one leaves the others offered', async () => {
    const widget = await savedEarlier('45', '85');
    const removeFirst = query(widget, '[data-draft-remove="0"]')!;
    const kept = textOf(query(widget, '#draft-choice-1')!);
    await page.elementLocator(removeFirst).click();
    await eventually(async () => expect(await percentages()).toHaveLength(1));
    await eventually(() => expect(active(widget)).toBe(query(widget, '#draft-choice-removed')));
    expect(widget.shadowRoot!.querySelectorAll('[data-draft-choose]')).toHaveLength(1);
    expect(textOf(query(widget, '#draft-choice-0')!)).toBe(kept);
    expect(query(widget, '#draft-remove-all')).toBeNull();
  });

  it('removing them all says how many and asks first; Cancel keeps them, Yes removes them, focus on each step', async () => {
    const widget = await savedEarlier('45', '85');
    await press(widget, 'Remove all 2 sets of saved answers from this device');
    await eventually(() => expect(active(widget)).toBe(query(widget, '#draft-remove-confirm')));
    expect(textOf(query(widget, '#draft-remove-confirm')!)).toBe(
      "This removes all 2 sets of saved answers from this device, not only one pupil's. They cannot be got back.",
    );
    expect(await axeViolations(widget)).toEqual([]);
    expect(await percentages()).toEqual([45, 85]);
    await press(widget, 'Cancel');
    await eventually(() => expect(active(widget)).toBe(query(widget, '#draft-remove-all')));
    expect(query(widget, '#draft-remove-confirm')).toBeNull();
    expect(await percentages()).toEqual([45, 85]);

    await press(widget, 'Remove all 2 sets of saved answers from this device');
    await press(widget, 'Yes, remove all 2');
    await eventually(async () => expect(await percentages()).toEqual([]));
    await eventually(() => expect(active(widget)).toBe(query(widget, '#draft-choice-removed')));
    expect(textOf(query(widget, '#draft-choice-removed')!)).toBe('2 sets of saved answers have been removed from this device.');
    expect(query(widget, '[data-draft-choice="offered"]')).toBeNull();
    expect(await axeViolations(widget)).toEqual([]);
  });
});
