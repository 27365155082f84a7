/**
 * What the widget tells a school or an LA officer on the fourteenth round of pathways written
 * from the guide alone (core's fixtures/guide-authored: Fernhill, the LA's side of elective home
 * education and children missing education up to a school attendance order; Ashgrove, a small
 * academy's terse pathway with suspensions, part-time timetables and alternative provision beside
 * its bands). Each is a rule for any pathway: the referral that is the journey's end is said once;
 * a lead shared with the stage's own lead does not replace them; a review not started is asked
 * for by when the first review is due, never "when it runs out"; and no stage "covers these
 * figures" only where the figures the bands read were entered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import fernhillJson from '@pathway/core/fixtures/guide-authored/fernhill-ehe-sao.json';
import ashgroveJson from '@pathway/core/fixtures/guide-authored/ashgrove-suspension-ap.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor, expectWalkToSummary } from '../testing/driver.js';
import { copyOf } from '../testing/fixtures.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import { continueOn, start } from '../testing/journey.js';
import { axeViolations } from '../testing/accessibility.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(cleanup);

const fernhill = fernhillJson as unknown as Pathway;
const ashgrove = ashgroveJson as unknown as Pathway;
const AS_OF = '2026-11-30';
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const statusLines = (widget: PathwayWidget) => [...widget.shadowRoot!.querySelectorAll<HTMLElement>('[data-readiness-status] [data-status]')].map(textOf);

describe('the two pathways of round 14, walked by a driver that knows nothing of them', () => {
  it.each([
    ['fernhill', fernhillJson],
    ['ashgrove', ashgroveJson],
  ])('%s: a pupil the driver invents reaches the summary, with no error', (_name, pathway) => expectWalkToSummary(copyOf(pathway), AS_OF));
});

describe('Fernhill: the request to Legal Services is the journey’s end and the stage’s one referral', () => {
  /** The order breached (14 sessions missed since it), the ESO route chosen, what the stage asks done. */
  const breach = (extra: Partial<PathwayCase> = {}) =>
    ({
      measures: { 'sao-date': { date: '2026-10-01' }, 'sessions-missed-since-order': { value: 14 } },
      routes: ['eso-route'],
      answers: { 'q-eso-considered': 'yes' },
      evidence: { 'named-school-register': { confirmed: true } },
      ...extra,
    }) as PathwayCase;

  it('not ready: said once, in the stage’s line, with what it still needs; never again as "Not ready to refer to …"', async () => {
    const widget = await mountWidget({ pathway: fernhill, attributes: { 'as-of': AS_OF }, properties: { case: breach() } });
    await start(widget);
    await continueOn(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Step 5: Order not complied with Questions and evidence');
    const lines = statusLines(widget);
    expect(lines[0]).toBe('Nothing blocking is missing at this stage. Not ready to make the request to Legal Services yet. Still needed for it: 9 items before referring to Fernhill Legal Services (Education).');
    expect(lines.join(' ')).not.toContain('Not ready to refer to');
    // What the request still needs is still listed, under its own heading.
    expect(textOf(query(widget, '[part~="readiness"]')!)).toContain('Needed before referring to Fernhill Legal Services (Education) (9 items)');
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('ready: the summary’s stage says it once; the referral’s own panel still says where it goes', async () => {
    const widget = await summaryFor(
      fernhill,
      breach({
        evidence: Object.fromEntries(['named-school-register', 'pack-preliminary-notice', 'pack-sao', 'pack-register', 'pack-chronology'].map((id) => [id, { confirmed: true }])),
        details: { 'child-name': 'Alex Example', 'child-dob': '2014-05-03', 'parents-pr': 'Sam Example', 'named-school-name': 'Fernhill Park Academy', 'order-date': '2026-10-01' },
      }),
      AS_OF,
    );
    const stage = sectionText(widget, 'stage');
    expect(stage).toContain('Nothing blocking is missing at this stage. Ready to make the request to Legal Services.');
    expect(stage).not.toContain('Ready to refer to');
    expect(textOf(query(widget, '#summary-document')!)).toContain('Ready to refer to Fernhill Legal Services (Education).');
  });
});

describe('Fernhill: a lead shared with the stage’s own lead', () => {
  it('"The child\'s social worker, with the EHE Officer" takes the lead with the EHE Officer, not "instead of" them', async () => {
    const widget = await summaryFor(fernhill, { cohorts: ['social-worker'], outcomes: ['to-enquiries'] } as PathwayCase, AS_OF);
    const stage = sectionText(widget, 'stage');
    expect(stage).toContain("Who leads: The child's social worker, with the EHE Officer");
    expect(stage).not.toContain('instead of');
  });
});

describe('Fernhill: a review counted from an order the officer has not entered', () => {
  it('at the order stage an answer placed the case at, the date is asked for by when the first review is due', async () => {
    const pupil = { outcomes: ['not-suitable'], answers: { 'q-parents-satisfied': 'no' } } as PathwayCase;
    const widget = await summaryFor(fernhill, pupil, AS_OF);
    expect(sectionText(widget, 'stage')).toContain('Step 4: School attendance order');
    const review = textOf(query(widget, '[data-time-limit="order-review"]')!);
    expect(review).toContain('Not started yet: enter “Date the school attendance order was served” to see when the first review is due.');
    expect(review).not.toContain('runs out');
    // A notice still runs out.
    expect(textOf(query(widget, '[data-time-limit="choice-period"]')!)).toContain('to see when it runs out.');
  });
});

describe('Ashgrove: figures entered, but not the one its bands read', () => {
  it('E sessions and a part-time timetable’s start entered, attendance not: the page names attendance, never "no stage covers these figures"', async () => {
    const pupil = { measures: { 'e-sess': { value: 4 }, 'ptt-start': { date: '2026-11-02' } } } as PathwayCase;
    const widget = await mountWidget({ pathway: ashgrove, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    const note = textOf(query(widget, '[data-placement-note]')!);
    expect(note).toBe('Attendance % (year to date) places pupils at a stage and was not entered. Enter it, or choose the stage you are working at.');
  });
});
