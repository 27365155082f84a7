/**
 * What the widget tells a school on the twelfth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Dyffryn, a Welsh council's pathway written in Welsh; Hartmoor,
 * dual registration at a pupil referral unit). Each is a rule for any pathway: an exception that
 * closes a route of this stage is about this stage and says which route it closes; an authored
 * title inside the widget's sentence keeps its own capitals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import hartmoorJson from '@pathway/core/fixtures/guide-authored/hartmoor-dual-registration.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import { start } from '../testing/journey.js';

afterEach(() => cleanup());

const hartmoor = hartmoorJson as unknown as Pathway;
const AS_OF = '2026-11-30';

describe('Hartmoor: a route closed for the pupil is about the stage that offers it', () => {
  it('h5: the EHCP exception closing "Request a permanent place" is listed at Stage 3, not "at other stages"', async () => {
    const widget = await summaryFor(
      hartmoor,
      { measures: { 'home-attendance': { percentage: 70 }, 'ap-attendance': { percentage: 60 } }, cohorts: ['ehcp'], routes: ['reintegration'] } as PathwayCase,
      AS_OF,
    );
    expect(sectionText(widget, 'stage')).toContain("Stage 3: Decide the placement's future");
    expect(sectionText(widget, 'exceptions')).toContain('A change of placement for a pupil with an EHCP is made through an early annual review');
    expect(widget.shadowRoot!.querySelector('[data-section="exceptions-elsewhere"]')).toBeNull();
  });

  it('h5: at another stage, what the exception changes names the route it closes as well as the referral', async () => {
    const widget = await summaryFor(
      hartmoor,
      { measures: { 'home-attendance': { percentage: 88 }, 'ap-attendance': { percentage: 95 } }, cohorts: ['ehcp'] } as PathwayCase,
      AS_OF,
    );
    expect(sectionText(widget, 'stage')).toContain('Stage 2: Attendance concern at either setting');
    expect(sectionText(widget, 'exceptions-elsewhere')).toContain('This changes: Request a permanent place at the PRU, Referral to the AP Panel.');
  });
});

describe('authored titles inside the widget’s sentences', () => {
  it('h1: "How do you want to enter …" keeps the PRU’s capitals: only a plain first word is lowered', async () => {
    const widget = await mountWidget({ pathway: hartmoor, attributes: { 'as-of': AS_OF } });
    await start(widget);
    const page = textOf(widget);
    expect(page).toContain('How do you want to enter attendance at the PRU?');
    expect(page).not.toContain('the pru');
  });
});
