/**
 * What the widget tells a school or an LA officer on the fifteenth round of pathways written
 * from the guide alone (core's fixtures/guide-authored: Eastwick, an LA officer's fast track to
 * prosecution with a court date 12 school weeks ahead; Pendle Vale, children missing education
 * and pupils living in another LA, with no attendance figures at all). Each is a rule for any
 * pathway: the start page never asks for attendance figures a pathway does not have, nor does
 * the stage page once a stage is chosen; a redirect of referrals alone is "instead" only at a
 * stage that makes one of them; a stage an exception sends the pupil away from is not offered;
 * an outcome only a time limit names is not one to record as "already happened"; a route chosen
 * at a stage no longer offered does not hold the school on "Choose another route".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import eastwickJson from '@pathway/core/fixtures/guide-authored/eastwick-fast-track.json';
import pendleJson from '@pathway/core/fixtures/guide-authored/pendle-cme-cross-border.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor, expectWalkToSummary } from '../testing/driver.js';
import { copyOf } from '../testing/fixtures.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import { chooseStage, continueOn, start } from '../testing/journey.js';

afterEach(cleanup);

const pendle = pendleJson as unknown as Pathway;
const eastwick = eastwickJson as unknown as Pathway;
const AS_OF = '2027-01-20';

describe('the two pathways of round 15, walked by a driver that knows nothing of them', () => {
  it.each([
    ['eastwick', eastwickJson],
    ['pendle', pendleJson],
  ])('%s: a pupil the driver invents reaches the summary, with no error', (_name, pathway) => expectWalkToSummary(copyOf(pathway), AS_OF));
});

describe('Pendle Vale: a pathway with no attendance figures', () => {
  it('the start page does not ask for the pupil’s attendance figures', async () => {
    const widget = await mountWidget({ pathway: pendle, attributes: { 'as-of': AS_OF } });
    const start = textOf(widget.shadowRoot!.querySelector<HTMLElement>('main, [part~="page"]') ?? (widget.shadowRoot!.firstElementChild as HTMLElement));
    expect(start).toContain('You will need the pupil');
    expect(start).not.toContain('attendance figures');
  });

  it('nothing entered and a stage chosen: no "No attendance figures were entered. Choose the stage …"', async () => {
    const widget = await mountWidget({ pathway: pendle, attributes: { 'as-of': AS_OF } });
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    await chooseStage(widget, 'day-10');
    const notes = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('[data-placement-note]')].map(textOf).join(' ');
    expect(notes).not.toContain('attendance figures');
    expect(notes).not.toContain('Choose the stage');
    expect(textOf(widget.shadowRoot!.querySelector<HTMLElement>('[data-placement-reasons]')!)).toContain('You chose Day 10: Children Missing Education referral.');
  });
});

describe('Pendle Vale: a pupil who lives in another LA, whose CME referral goes to the home LA', () => {
  /** Absent since 4 January (Day 10 by 12 days in a row), living in another LA; Day 1 and Day 3 done. */
  const day10 = (extra: Partial<PathwayCase> = {}) =>
    ({
      measures: { 'first-day-absent': { date: '2027-01-04' }, 'days-absent': { value: 12 } },
      cohorts: ['other-la'],
      answers: { 'q-contacts-tried': 'yes', 'q-reason-given': 'no', 'q-home-visit': 'yes', 'q-child-seen': 'no', 'q-on-roll': 'yes' },
      evidence: { 'visit-record': { confirmed: true }, 'contact-log': { confirmed: true } },
      ...extra,
    }) as PathwayCase;

  it('at Day 3, no CME referral is made: the next steps never say to make one "instead"', async () => {
    const pupil = { measures: { 'first-day-absent': { date: '2027-01-18' }, 'days-absent': { value: 3 } }, cohorts: ['other-la'] } as PathwayCase;
    const widget = await summaryFor(pendle, pupil, AS_OF);
    expect(sectionText(widget, 'stage')).toContain('Day 3: Home visit');
    expect(sectionText(widget, 'next-steps')).not.toContain('make a referral to');
    // The council's words for such a pupil are still on the page.
    expect(textOf(widget.shadowRoot!.querySelector<HTMLElement>('#summary-document')!)).toContain('refer to that authority\'s CME officer');
  });

  it('at Day 10 on the "moved abroad" route, which makes no CME referral: not "instead" either', async () => {
    const widget = await summaryFor(pendle, day10({ routes: ['moved-abroad'], answers: { ...day10().answers, 'q-abroad-in-writing': 'yes' } }), AS_OF);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Pupil removed from roll: moved abroad, CME officer told: close the case.');
    expect(next).not.toContain('make a referral to');
  });

  it('at Day 10 with the CME referral’s route chosen (or none chosen yet), the home LA is where it goes', async () => {
    for (const routes of [['whereabouts-unknown'], []]) {
      const widget = await summaryFor(pendle, day10({ routes }), AS_OF);
      expect(sectionText(widget, 'next-steps')).toContain('Pupil lives in another local authority: make a referral to the CME Officer of the LA where the pupil lives instead.');
      expect(sectionText(widget, 'stage')).not.toContain('to The CME Officer');
      cleanup();
    }
  });
});

describe('Pendle Vale: a stage an exception sends the pupil away from', () => {
  it('a pupil known to have moved school: Day 3, which the pathway leaves for "Closed", is not said to apply', async () => {
    const pupil = { measures: { 'first-day-absent': { date: '2027-01-11' } }, cohorts: ['moved-school'] } as PathwayCase;
    const widget = await mountWidget({ pathway: pendle, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    const hint = (id: string) => textOf(widget.shadowRoot!.querySelector<HTMLElement>(`#s-${id}-hint`)!);
    expect(hint('day-3')).toBe('Not offered for this pupil');
    expect(hint('day-1')).toBe('Applies to this pupil');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#s-moved-closed')!.checked).toBe(true);
  });
});

describe('Eastwick: an outcome a time limit names is not one to record', () => {
  it('"Attendance not improved …: refer to Legal Services", named for when the court date runs out and read by no rule, is not offered under "What has already happened"', async () => {
    const widget = await mountWidget({ pathway: eastwick, attributes: { 'as-of': '2026-10-05' } });
    await start(widget);
    expect(headingOf(widget)).toBe("The pupil's figures and dates");
    expect(widget.shadowRoot!.querySelector('#o-not-improved')).toBeNull();
    expect(textOf(widget.shadowRoot!.querySelector<HTMLElement>('#page-heading')!.parentElement!)).not.toContain('What has already happened');
  });
});

describe('Pendle Vale: a child at risk of harm, sent to the MASH by its referral and its contact of the same name', () => {
  it('says the MASH once, and its phone once, in the warning and the next steps', async () => {
    const pupil = { measures: { 'first-day-absent': { date: AS_OF } }, cohorts: ['at-risk'] } as PathwayCase;
    const widget = await summaryFor(pendle, pupil, AS_OF);
    const warning = textOf(widget.shadowRoot!.querySelector<HTMLElement>('[data-important-exceptions] [data-exception="at-risk-mash"]')!);
    expect(warning).toContain('Instead: make a referral to Pendle Vale MASH.');
    expect(warning).not.toContain('contact Pendle Vale MASH');
    expect(warning.split('01632 960 900').length).toBe(2);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Child at risk of harm: make a referral to Pendle Vale MASH instead.');
    expect(next).not.toContain('How to contact them');
  });
});

describe('Pendle Vale: a route chosen, then the child found to be at risk of harm', () => {
  it('the stage, redirected to the MASH, does not hold the school on "Choose another route" when no route can be chosen', async () => {
    const pupil = {
      measures: { 'first-day-absent': { date: '2027-01-04' }, 'days-absent': { value: 12 } },
      cohorts: ['at-risk'],
      routes: ['whereabouts-unknown'],
    } as PathwayCase;
    const widget = await mountWidget({ pathway: pendle, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(textOf(widget.shadowRoot!.querySelector<HTMLElement>('[data-stage-routes]')!)).toContain('Chosen, but not open');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Day 10: Children Missing Education referral Questions and evidence');
    expect(widget.shadowRoot!.querySelector('[data-route-closed]')).toBeNull();
  });

  it('living in another LA too: the MASH is where to go, not the home LA’s CME officer as well', async () => {
    const pupil = {
      measures: { 'first-day-absent': { date: '2027-01-04' }, 'days-absent': { value: 12 } },
      cohorts: ['other-la', 'at-risk'],
      routes: ['whereabouts-unknown'],
    } as PathwayCase;
    const widget = await summaryFor(pendle, pupil, AS_OF);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Child at risk of harm: make a referral to Pendle Vale MASH instead.');
    expect(next).not.toContain('CME Officer of the LA where the pupil lives');
    expect(widget.shadowRoot!.querySelector('[data-referral="home-la-cme-referral"]')).toBeNull();
    // The council's words for a pupil living elsewhere stay, without an "instead" the MASH has replaced.
    const other = textOf(widget.shadowRoot!.querySelector<HTMLElement>('[data-exception="other-la-home-cme"]')!);
    expect(other).toContain("refer to that authority's CME officer");
    expect(other).not.toContain('Instead:');
  });
});
