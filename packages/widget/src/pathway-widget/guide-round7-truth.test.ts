/**
 * What the widget tells a school on the seventh round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Ashby, Brindle, Corbridge, Dunhallow). Each is a rule for any
 * pathway: a referral an exception redirects to is the referral to make, and those it replaces
 * are one line each; a step down recorded before the pupil slipped back is what happened, not
 * what happens next; an outcome waiting on an earlier reading says what to enter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import corbridgeJson from '@pathway/core/fixtures/guide-authored/corbridge-referral-packages.json';
import ashbyJson from '@pathway/core/fixtures/guide-authored/ashby-consult-penalty.json';
import dunhallowJson from '@pathway/core/fixtures/guide-authored/dunhallow-step-down.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, headingsToSummary, pressOn, sectionText, summaryFor } from '../testing/driver.js';
import { axeViolations } from '../testing/accessibility.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const corbridge = corbridgeJson as unknown as Pathway;
const dunhallow = dunhallowJson as unknown as Pathway;
const ashby = ashbyJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const whole = (widget: PathwayWidget) => textOf(query(widget, '#summary-document')!);

/** Presses on to the summary, giving the headings of the pages passed. */
describe('a referral reached only by an exception\'s redirect (Corbridge: safeguarding → MASH)', () => {
  const pupil = (details: Record<string, string> = {}): PathwayCase =>
    ({
      measures: { attendance: { percentage: 70 }, unauth: { value: 20 } },
      cohorts: ['safeguarding'],
      answers: { 'q-meetings': 1, 'q-ehconsent': 'no' },
      details,
    }) as PathwayCase;

  it('asks its details, and shows its package in the summary and downloads; the referrals it replaces are one line each', async () => {
    const { widget, headings } = await headingsToSummary(corbridge, pupil({ 'child-name': 'Sam Test' }), '2025-03-10');
    expect(headings).toContain('Pupil details');

    const mash = textOf(query(widget, '[data-referral="mash"]')!);
    expect(mash).toContain('Referral: Phone the MASH');
    expect(mash).toMatch(/What the concern is: Not answered/);
    expect(mash).toContain("Child's full name: Sam Test");
    expect(mash).toContain('01632 960 111');
    // Not made: one line, saying why and where instead; no package, no criteria.
    const la = query(widget, '[data-referral="la-attendance"]')!;
    expect(textOf(la)).toBe(
      'Referral to the LA Attendance Team: this pupil is directed elsewhere instead. Why: Safeguarding concern. Refer to Multi-Agency Safeguarding Hub (MASH).',
    );
    expect(whole(widget)).not.toContain('All criteria must be met before you refer.');
    expect(query(widget, '[data-referral="early-help"]')!.tagName).toBe('P');
    // Next steps: "instead" inside a sentence.
    expect(sectionText(widget, 'next-steps')).toContain('Safeguarding concern: make a referral to Multi-Agency Safeguarding Hub (MASH) instead.');
    expect(sectionText(widget, 'next-steps')).not.toContain('Instead:');
    expect(await axeViolations(widget)).toEqual([]);

    const { json, web } = await downloadsOf(widget);
    const referrals = json.referrals as { id: string; status: string; insteadOf?: string[]; fields: { id: string }[] }[];
    expect(referrals.map((r) => [r.id, r.status, r.insteadOf])).toEqual([
      ['la-attendance', 'redirected', undefined],
      ['early-help', 'redirected', undefined],
      ['mash', 'available', ['la-attendance', 'early-help']],
    ]);
    expect(web).toContain('Referral: Phone the MASH');
    expect(web).toContain('What the concern is');
    expect(web).not.toContain('All criteria must be met before you refer.');
  });

  it('is ready on its own details, whatever the replaced referrals\' stage still lacks', async () => {
    const { widget } = await headingsToSummary(corbridge, pupil({ 'child-name': 'Sam Test', concern: 'Bruising' }), '2025-03-10');
    expect(textOf(query(widget, '[data-referral="mash"]')!)).toContain('Ready to refer to Multi-Agency Safeguarding Hub (MASH).');
  });
});

describe('stepped down, then back at the earlier stage by the figures (Dunhallow)', () => {
  const pupil = {
    measures: { attendance: { percentage: 89 } },
    baselines: { attendance: { percentage: 80, date: '2024-12-02' } },
    answers: { 'q-stepdown-date': '2025-02-10', 'q-plan-start': '2024-12-02' },
    outcomes: ['improved'],
  } as unknown as PathwayCase;

  it('the recorded step down is under what has already happened only, and "Why this stage" says the pupil is back, once', async () => {
    const widget = await summaryFor(dunhallow, pupil, '2025-03-10');
    expect(sectionText(widget, 'outcomes-recorded')).toContain('Support plan: Improved: step down to a maintenance plan');
    expect(sectionText(widget, 'what-next')).not.toContain('step down to a maintenance plan');
    expect(sectionText(widget, 'next-steps')).not.toContain('step down to a maintenance plan');
    const back = 'The pupil is back at Support plan: "Improved: step down to a maintenance plan" was recorded (a step down to Maintenance plan), but the figures now place them here';
    expect(sectionText(widget, 'placement')).toContain(back);
    expect(whole(widget).split('The pupil is back at').length - 1).toBe(1);
  });
});

describe('an outcome not known for an earlier reading not entered (Dunhallow, after the first review)', () => {
  it('the next steps say which reading to enter, and what it decides', async () => {
    const pupil = { measures: { attendance: { percentage: 88 } }, answers: { 'q-plan-start': '2025-02-24', 'q-reviews': 'no' } } as PathwayCase;
    const widget = await summaryFor(dunhallow, pupil, '2025-03-11');
    expect(sectionText(widget, 'next-steps')).toContain('Enter "Attendance when the support plan started" to see whether to step down.');
    const entered = await summaryFor(dunhallow, { ...pupil, baselines: { attendance: { percentage: 80, date: '2025-02-24' } } } as unknown as PathwayCase, '2025-03-11');
    expect(sectionText(entered, 'next-steps')).not.toContain('Enter "Attendance when');
  });
});

describe('a route not open to the pupil (Ashby: no third notice within 3 years, no notice issued yet)', () => {
  const pupil = {
    measures: { attendance: { percentage: 70 }, 'unauthorised-10wk': { value: 14 } },
    answers: { 'q-meeting-held': 'yes', 'q-support-plan': 'yes', 'q-nti-issued': 'yes' },
  } as PathwayCase;
  const description = 'Two notices have already been issued to this parent for this child within 3 years.';

  it('gives its description as what it would mean, never as a fact about this pupil, on the stage page and the summary', async () => {
    const { widget, headings } = await headingsToSummary(ashby, pupil, '2025-03-10');
    expect(headings.some((heading) => heading.includes('Which stage'))).toBe(true);
    const route = textOf(query(widget, '[data-summary-route="no-third-notice"]')!);
    expect(route).toContain(`If this route opens: ${description}`);
    expect(route.replace(`If this route opens: ${description}`, '')).not.toContain(description);
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('is said as written where the route is open (two notices already issued)', async () => {
    const twice = { ...pupil, measures: { ...pupil.measures, 'last-pn-date': { date: '2024-06-01' }, 'earlier-pn-date': { date: '2023-01-15' } } } as PathwayCase;
    const { widget } = await headingsToSummary(ashby, twice, '2025-03-10');
    const route = textOf(query(widget, '[data-summary-route="no-third-notice"]')!);
    expect(route).toContain(description);
    expect(route).not.toContain('If this route opens');
  });

  it('on the stage page too', async () => {
    const widget = await mountWidget({ pathway: ashby, attributes: { 'as-of': '2025-03-10' }, properties: { case: pupil } });
    for (let step = 0; step < 6 && !query(widget, '[data-stage-routes] [data-route="no-third-notice"]'); step++) await pressOn(widget);
    const route = textOf(query(widget, '[data-stage-routes] [data-route="no-third-notice"]')!);
    expect(route).toContain(`If this route opens: ${description}`);
  });
});

describe('an outcome whose title already says what it does is said once (Dunhallow)', () => {
  it('"Attendance at 95% or above: close the case.", never "close: close the case"', async () => {
    const pupil = { measures: { attendance: { percentage: 96 } }, answers: { 'q-stepdown-date': '2025-02-10' }, outcomes: ['improved'] } as unknown as PathwayCase;
    const widget = await summaryFor(dunhallow, pupil, '2025-03-10');
    expect(sectionText(widget, 'next-steps')).toContain('Attendance at 95% or above: close the case.');
    expect(whole(widget)).not.toContain('close: close the case');
  });

  it('"Improved: step down to a maintenance plan.", never followed by "step down to Maintenance plan"', async () => {
    const pupil = {
      measures: { attendance: { percentage: 92 } },
      baselines: { attendance: { percentage: 80, date: '2025-01-27' } },
      answers: { 'q-plan-start': '2025-01-27', 'q-reviews': 'yes' },
      stage: 'support-plan',
    } as unknown as PathwayCase;
    const widget = await summaryFor(dunhallow, pupil, '2025-03-10');
    expect(whole(widget)).toContain('Improved: step down to a maintenance plan.');
    expect(whole(widget)).not.toContain('step down to Maintenance plan');
  });
});
