/**
 * Issue 8, items 5 and 6: the stage never moves under the user, and a default stage.
 *
 * Typing a figure or a date never switches the stage or removes the box being typed into; the
 * stage may move when the entry is complete (its change: blur or Enter), and a move is
 * announced once. When no band matches, the stage for every pupil is preselected, and the
 * page never says "applies to every pupil" beside "no stage covers these figures".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import { axeViolations, deepActiveElement } from '../testing/accessibility.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { byId, cleanup, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import { clickField, continueOn, questionIdsOnPage, start, throughMeasures } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(cleanup);

/** Tier 3 applies once the plan agreed at Tier 2 is six weeks old: the stage depends on a date being typed. */
const timeDriven = {
  schemaVersion: '1.0',
  id: 'time-driven',
  version: '1',
  title: 'Attendance support',
  authority: { name: 'Testshire Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [
    { id: 'tier-1', title: 'Tier 1', universal: true },
    {
      id: 'tier-2',
      title: 'Tier 2',
      bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      questions: [
        { id: 'met-family', text: 'Have you met the family?', type: 'yesNo' },
        { id: 'plan-date', text: 'When was the plan agreed?', type: 'date' },
      ],
    },
    {
      id: 'tier-3',
      title: 'Tier 3',
      entry: { when: { since: 'plan-date', atLeast: { amount: 6, unit: 'weeks' } } },
      questions: [{ id: 'panel-asked', text: 'Has the panel been asked?', type: 'yesNo' }],
    },
  ],
} as unknown as Pathway;

/** Records each distinct text the stage live region is given. */
function watchAnnouncements(widget: PathwayWidget): { said: string[]; stop(): void } {
  const region = byId(widget, 'stage-announcement');
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = textOf(region);
    if (text && said.at(-1) !== text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

async function typeInto(widget: PathwayWidget, id: string, text: string): Promise<void> {
  byId(widget, id).focus();
  for (const key of text) {
    await userEvent.keyboard(key);
    await settle(widget);
  }
}

describe('the stage never moves under the user', () => {
  it('typing a date that changes the stage keeps the stage and the box until the date is complete, then announces once', async () => {
    const widget = await mountWidget({ pathway: copyOf(timeDriven), attributes: { 'as-of': '2025-03-01' } });
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await throughMeasures(widget, '88');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Tier 2 Questions and evidence');
    expect(stageChanges.map((event) => event.detail.stageId)).toEqual(['tier-2']);
    const announcements = watchAnnouncements(widget);
    try {
      await typeInto(widget, 'q-plan-date-day', '1');
      await userEvent.keyboard('{Tab}');
      await typeInto(widget, 'q-plan-date-month', '1');
      await userEvent.keyboard('{Tab}');
      await typeInto(widget, 'q-plan-date-year', '2025');
      // The date is complete and more than six weeks old, but the user is still in the box.
      expect(headingOf(widget)).toBe('Tier 2 Questions and evidence');
      expect(deepActiveElement()?.id).toBe('q-plan-date-year');
      expect(byId<HTMLInputElement>(widget, 'q-plan-date-year').value).toBe('2025');
      expect(stageChanges).toHaveLength(1);
      expect(announcements.said).toEqual([]);

      // Leaving the box completes the entry: now the stage moves, announced once.
      await userEvent.keyboard('{Tab}');
      await settle(widget);
      expect(headingOf(widget)).toBe('Tier 3 Questions and evidence');
      expect(stageChanges.map((event) => event.detail.stageId)).toEqual(['tier-2', 'tier-3']);
      expect(announcements.said).toEqual(['Stage: Tier 3']);
      // The date that moved the stage stays on the page, under "Answers that decided the stage", before Tier 3's own question.
      expect(questionIdsOnPage(widget)).toEqual(['plan-date', 'panel-asked']);
    } finally {
      announcements.stop();
    }
  });

  it('typing a figure announces the stage once, when the figure is complete, not on every keystroke', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await start(widget);
    const announcements = watchAnnouncements(widget);
    try {
      // 4 → Identify and Understand (90% and under); 45 → also Formalise support (50% and under).
      await typeInto(widget, 'm-attendance-percentage', '45');
      expect(stageChanges).toEqual([]);
      expect(announcements.said).toEqual([]);
      await userEvent.keyboard('{Tab}');
      await settle(widget);
      expect(stageChanges.map((event) => event.detail.stageId)).toEqual(['formalise-support']);
      expect(announcements.said).toEqual(['Stage: Formalise support.']);
    } finally {
      announcements.stop();
    }
  });

  it('a click (a circumstance, a stage) is complete at once and announced at once', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '40');
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await clickField(widget, 's-enforcement-referral');
    expect(stageChanges.map((event) => event.detail.stageId)).toEqual(['enforcement-referral']);
    expect(textOf(byId(widget, 'stage-announcement'))).toBe('Stage: Enforcement Referral');
  });
});

describe('a default stage', () => {
  it('with no figures yet, the stage for every pupil is preselected and said so, quietly', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(byId<HTMLInputElement>(widget, 's-prevention-of-non-attendance').checked).toBe(true);
    expect(textOf(widget.shadowRoot!.querySelector('[data-placement-note]')!)).toBe(
      'Nothing else places the pupil, so the case is at "Prevention of non-attendance", which applies to every pupil. You can choose another stage.',
    );
    // Where the journey starts is not news.
    expect(stageChanges).toEqual([]);
    expect(await axeViolations(widget)).toEqual([]);
  });

  it("without a stage for every pupil, the pathway's starting stage is preselected", async () => {
    const started = copyOf(seeds.wigan) as Pathway & { start?: string };
    delete started.stages[0].universal;
    started.start = 'identify-and-understand';
    const widget = await mountWidget({ pathway: started });
    await throughMeasures(widget, '95');
    expect(byId<HTMLInputElement>(widget, 's-identify-and-understand').checked).toBe(true);
    expect(textOf(widget.shadowRoot!.querySelector('[data-placement-note]')!)).toBe(
      'Nothing else places the pupil, so the case is at "Identify and Understand", where a case starts. You can choose another stage.',
    );
    expect(textOf(widget)).not.toContain('No stage of this pathway covers these figures');
  });

  it('a stage the user chose is kept, and the gap note does not contradict the stage for every pupil', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '95');
    await clickField(widget, 's-support-for-the-child-and-family');
    expect(byId<HTMLInputElement>(widget, 's-support-for-the-child-and-family').checked).toBe(true);
    expect(textOf(widget)).not.toContain('No stage of this pathway covers these figures');
    expect(widget.shadowRoot!.querySelector('[data-placement-note]')).toBeNull();
  });
});
