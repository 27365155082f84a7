/**
 * What the widget tells a school on the twelfth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Dyffryn, a Welsh council's pathway written in Welsh; Hartmoor,
 * dual registration at a pupil referral unit). Each is a rule for any pathway: an exception that
 * closes a route of this stage is about this stage and says which route it closes; an authored
 * title inside the widget's sentence keeps its own capitals; a stage the pupil is sent away from
 * lists none of its duties as applying, on the page or in the downloads; a duty done every so often
 * from a date the author says may not have happened has no due date while it is blank.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import dyffrynJson from '@pathway/core/fixtures/guide-authored/dyffryn-cymraeg.json';
import hartmoorJson from '@pathway/core/fixtures/guide-authored/hartmoor-dual-registration.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, pressOn, sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import { start } from '../testing/journey.js';

afterEach(() => cleanup());

const hartmoor = hartmoorJson as unknown as Pathway;
const dyffryn = dyffrynJson as unknown as Pathway;
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

  it('h5: at another stage, what the exception changes names the route it closes, and whose it is, as well as the referral', async () => {
    const widget = await summaryFor(
      hartmoor,
      { measures: { 'home-attendance': { percentage: 88 }, 'ap-attendance': { percentage: 95 } }, cohorts: ['ehcp'] } as PathwayCase,
      AS_OF,
    );
    expect(sectionText(widget, 'stage')).toContain('Stage 2: Attendance concern at either setting');
    expect(sectionText(widget, 'exceptions-elsewhere')).toContain(
      "This changes: Request a permanent place at the PRU (at Stage 3: Decide the placement's future), Referral to the AP Panel.",
    );
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

describe('Dyffryn: a child looked after is sent to the council’s own team, not referred to the Education Welfare Service', () => {
  const pupil = { measures: { presenoldeb: { percentage: 45 } }, cohorts: ['pdg'] } as PathwayCase;

  it('d3: the stage page does not say the school must refer to the service the pupil is sent away from', async () => {
    const widget = await mountWidget({ pathway: dyffryn, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await pressOn(widget);
    const duties = textOf(widget.shadowRoot!.querySelector('[data-stage-duties]')!);
    expect(duties).toContain('Atgyfeirio at y Gwasanaeth Lles Addysg o fewn 5 diwrnod ysgol.');
    expect(duties).toContain('Does not apply: this stage is redirected elsewhere for this pupil');
    // Listed, as any duty that does not apply is, apart from those that do: none does here.
    expect(duties).toMatch(/^2 duties that do not apply now /);
  });

  it('d3: neither download lists the stage’s duties as the school’s to do', async () => {
    const widget = await summaryFor(dyffryn, pupil, AS_OF);
    const { json, web } = await downloadsOf(widget);
    expect(json.duties ?? []).toEqual([]);
    expect(json.actions).toEqual([]);
    expect(web).not.toContain('Atgyfeirio at y Gwasanaeth Lles Addysg o fewn 5 diwrnod ysgol.');
  });
});

describe('Dyffryn: a review counted from a letter that was never sent', () => {
  it('d2: at a stage a recorded outcome led to, the duty has no due date, in the council’s words, not "not known until it has a date"', async () => {
    const widget = await summaryFor(
      dyffryn,
      { measures: { presenoldeb: { percentage: 94.5 }, llythyrau: { value: 1 } }, outcomes: ['dim-gwella-cam-2'] } as PathwayCase,
      AS_OF,
    );
    expect(sectionText(widget, 'stage')).toContain("Cam 3: Cymorth wedi'i dargedu");
    const duties = sectionText(widget, 'duties');
    expect(duties).toContain("No due date: Nid yw'r ail lythyr wedi'i anfon");
    expect(duties).not.toContain('is not known until');
    // Where the figures placed the pupil, a blank date is asked for instead, as for any duty (duties.ts's notKnownText).
    cleanup();
    const placed = await summaryFor(dyffryn, { measures: { presenoldeb: { percentage: 85 } } } as PathwayCase, AS_OF);
    expect(sectionText(placed, 'duties')).toContain('No due date yet: enter "Dyddiad yr ail lythyr presenoldeb" to see when it is due.');
  });
});
