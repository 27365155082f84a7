/**
 * What the widget tells a school, from a QA walk of pathways written from the guide (core's
 * fixtures/guide-authored) and the seeds: nothing reads as done that the school did not do, a
 * time limit that is not running is not "passed", what waits for the school says so, a referral
 * an answer rules out says which answer, each part of "Check your answers" has its own heading,
 * a count never runs to a future date, a team is listed once, and an outcome not known yet says
 * what would decide it. Each rule is read on the pathway it was found on and on one other.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import ashcombeJson from '@pathway/core/fixtures/guide-authored/ashcombe-trend.json';
import eastmereJson from '@pathway/core/fixtures/guide-authored/eastmere.json';
import marlowJson from '@pathway/core/fixtures/guide-authored/marlow-penalty.json';
import northbrookJson from '@pathway/core/fixtures/guide-authored/northbrook.json';
import saltfordJson from '@pathway/core/fixtures/guide-authored/saltford.json';
import thornburyJson from '@pathway/core/fixtures/guide-authored/thornbury-la.json';
import universalJson from '@pathway/core/fixtures/guide-authored/thornbury-universal.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { pressOn, sectionText, summaryFor } from '../testing/driver.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const ashcombe = ashcombeJson as unknown as Pathway;
const eastmere = eastmereJson as unknown as Pathway;
const marlow = marlowJson as unknown as Pathway;
const northbrook = northbrookJson as unknown as Pathway;
const saltford = saltfordJson as unknown as Pathway;
const thornbury = thornburyJson as unknown as Pathway;
const universal = universalJson as unknown as Pathway;

const AS_OF = '2026-11-30';
const summaryAt = (pathway: Pathway, pupil: PathwayCase) => summaryFor(pathway, pupil, AS_OF);
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const gateLine = (widget: PathwayWidget, id: string) => textOf(query(widget, `[data-section="gates"] [data-gate="${id}"]`)!);

describe('1. a gate held without the school doing anything does not read as done', () => {
  it('Marlow: "consulted" held because no circumstance needs it is "not needed for this pupil", with why', async () => {
    const widget = await summaryAt(marlow, { measures: { 'unauthorised-10wk': { value: 12 } } });
    const line = gateLine(widget, 'g-consulted');
    expect(line).toMatch(/^Not needed for this pupil The Attendance Legal Officer has been consulted/);
    expect(line).toContain('"Child is on a Child Protection or Child in Need plan" is not ticked');
    expect(line).not.toMatch(/\bMet\b/);
  });

  it('Marlow: held by the school’s answer, it is met', async () => {
    const widget = await summaryAt(marlow, { measures: { 'unauthorised-10wk': { value: 12 } }, cohorts: ['health'], answers: { 'q-la-consulted': 'yes' } });
    expect(gateLine(widget, 'g-consulted')).toMatch(/^Met The Attendance Legal Officer has been consulted/);
  });

  it('Wigan: an evidence gate that only some pupils need reads "not needed" for the others', async () => {
    const wigan = copyOf(seeds.wigan);
    const stage = wigan.stages.find((s) => s.id === 'enforcement-referral')!;
    const gate = stage.gates!.find((g) => g.id === 'gate-management-oversight')!;
    gate.condition = { any: [{ not: { cohort: 'looked-after' } }, { evidence: 'management-oversight' }] };
    const widget = await summaryAt(wigan, { measures: { attendance: { percentage: 45 } }, stage: 'enforcement-referral' } as PathwayCase);
    expect(gateLine(widget, 'gate-management-oversight')).toMatch(/^Not needed for this pupil Clear management oversight/);
  });
});

describe('2. a route that is not open does not show its time limit as passed', () => {
  it('Ashcombe: the "below 85%" route, closed at 88%, says its review does not apply now; the stage’s own review (recurring) gives the next one', async () => {
    const widget = await summaryAt(ashcombe, { measures: { attendance: { percentage: 88 } }, answers: { 'q-asm-date': '2025-01-10' } } as PathwayCase);
    const route = textOf(query(widget, '[data-summary-route="below-85"]')!);
    expect(route).toContain('Fortnightly review while attendance is below 85%');
    expect(route).toContain('Does not apply now');
    expect(route).not.toMatch(/Time limit passed|ran out/);
    // A review recurs ("reviewed every 4 school weeks"): never "passed", the next one is due.
    expect(sectionText(widget, 'time-limits')).toMatch(/Attendance Support Plan review: reviewed every 4 school weeks\. Next review due on /);
    expect(sectionText(widget, 'time-limits')).not.toMatch(/Time limit passed|ran out/);
  });

  it('Ashcombe: below 85% the route is open and its review gives the next one due', async () => {
    const widget = await summaryAt(ashcombe, { measures: { attendance: { percentage: 82 } }, answers: { 'q-asm-date': '2025-01-10' } } as PathwayCase);
    expect(textOf(query(widget, '[data-summary-route="below-85"]')!)).toMatch(/reviewed every 2 weeks\. Next review due on /);
  });

  it('Eastmere: the route not chosen does not say its notice ran out', async () => {
    const widget = await summaryAt(eastmere, {
      measures: { attendance: { percentage: 60 } },
      routes: ['contract'],
      answers: { 'c3-nti-date': '2025-01-10', 'c3-contract-start': '2026-11-16' },
    } as PathwayCase);
    const nti = textOf(query(widget, '[data-summary-route="nti"]')!);
    expect(nti).toContain('Improvement period');
    expect(nti).not.toMatch(/Time limit passed|ran out/);
  });
});

describe('2b. a route someone decides later keeps the clock of the case', () => {
  // The LA decides between routes after the referral; a route's limit runs from a date of the case
  // (the last unauthorised absence), so whoever refers must see that it has run out.
  const legal = {
    schemaVersion: '1.1',
    id: 'decided-later-limit',
    version: '1',
    title: 'Decided later',
    authority: { name: 'Example Council' },
    journey: { audience: 'school', role: 'school' },
    measures: [
      { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' },
      { id: 'last-absence', title: 'Date of the most recent unauthorised absence', kind: 'date' },
    ],
    roles: [
      { id: 'school', title: 'The school', kind: 'school' },
      { id: 'la', title: 'The Local Authority', kind: 'localAuthority' },
    ],
    stages: [
      {
        id: 'legal',
        title: 'Legal intervention',
        bands: [{ label: '50% and below', measure: 'attendance', upper: { value: 50, inclusive: true } }],
        routes: [
          {
            id: 'prosecution',
            title: 'Prosecution',
            chosenBy: 'la',
            timeLimits: [
              { id: 'laying', title: 'Time limit for laying information', kind: 'limit', duration: { amount: 6, unit: 'months' }, startsFrom: 'last-absence' },
            ],
          },
          { id: 'eso', title: 'Education supervision order', chosenBy: 'la' },
        ],
      },
    ],
  } as unknown as Pathway;

  it('the limit ran out six months after the absence: the route says so, with the date', async () => {
    const widget = await summaryAt(legal, { measures: { attendance: { percentage: 45 }, 'last-absence': { date: '2026-04-01' } } } as PathwayCase);
    const route = textOf(query(widget, '[data-summary-route="prosecution"]')!);
    expect(route).toContain('The Local Authority will decide');
    expect(route).toMatch(/Time limit passed Time limit for laying information/);
    expect(route).toContain('1 October 2026');
  });

  it('within the limit: the route gives its end date, not passed', async () => {
    const widget = await summaryAt(legal, { measures: { attendance: { percentage: 45 }, 'last-absence': { date: '2026-10-01' } } } as PathwayCase);
    const route = textOf(query(widget, '[data-summary-route="prosecution"]')!);
    expect(route).toContain('1 April 2027');
    expect(route).not.toContain('Time limit passed');
  });
});

describe('2c. a stage entered by an event or by its band says both ways in', () => {
  const pathway = {
    schemaVersion: '1.1',
    id: 'two-ways-in',
    version: '1',
    title: 'Two ways in',
    authority: { name: 'Example Council' },
    measures: [
      { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' },
      { id: 'unauthorised', title: 'Unauthorised sessions in 10 school weeks', kind: 'sessionCount' },
    ],
    stages: [
      { id: 'everyday', title: 'Everyday', universal: true },
      {
        id: 'concern',
        title: 'Attendance concern',
        bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 90, inclusive: true } }],
        entry: { description: '10 unauthorised sessions in a rolling 10 school weeks.', when: { measure: 'unauthorised', lower: { value: 10, inclusive: true } } },
      },
    ],
  } as unknown as Pathway;

  it('placed by the band (88%), the stage page gives the entry rule in words and the band', async () => {
    const widget = await mountWidget({ pathway, attributes: { 'as-of': AS_OF }, properties: { case: { measures: { attendance: { percentage: 88 } } } } });
    for (let step = 0; step < 10 && headingOf(widget) !== 'Which stage applies'; step++) await pressOn(widget);
    const banner = textOf(query(widget, '[data-current-stage="concern"]')!);
    expect(banner).toContain('When a pupil enters this stage 10 unauthorised sessions in a rolling 10 school weeks. A pupil also enters it by the figures: 90% and below.');
  });
});

describe('3. evidence not confirmed yet waits for the school', () => {
  it('Northbrook: the panel gate on the minutes is "Not confirmed yet", in the conditions and in what is missing', async () => {
    const widget = await summaryAt(northbrook, { measures: { attendance: { percentage: 70 } } });
    expect(gateLine(widget, 'gate-panel-ready')).toMatch(/^Not confirmed yet At least 2 support plan reviews recorded/);
    expect(sectionText(widget, 'missing')).toContain('At least 2 support plan reviews recorded: not confirmed yet');
    expect(sectionText(widget, 'missing')).not.toContain('recorded: not met');
  });

  it('Wigan: the management oversight gate is "Not confirmed yet", then "Met" once confirmed', async () => {
    const pupil = { measures: { attendance: { percentage: 45 } }, stage: 'enforcement-referral' } as PathwayCase;
    const waiting = await summaryAt(seeds.wigan, pupil);
    expect(gateLine(waiting, 'gate-management-oversight')).toMatch(/^Not confirmed yet/);
    cleanup();
    const confirmed = await summaryAt(seeds.wigan, { ...pupil, evidence: { 'management-oversight': { confirmed: true } } } as PathwayCase);
    expect(gateLine(confirmed, 'gate-management-oversight')).toMatch(/^Met/);
  });
});

describe('4. a referral an answer rules out says which answer', () => {
  it('Northbrook: "No" to discussing the pupil with the EWO holds the panel referral back: "not ready yet", with the answer (an answer can change; only a condition rules a referral out)', async () => {
    const widget = await summaryAt(northbrook, {
      measures: { attendance: { percentage: 70 } },
      answers: { 't3-ews-consulted': 'no', 't3-contract-offered': 'yes', 't3-send-consulted': 'yes' },
    } as PathwayCase);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain(
      'Refer to the Attendance Legal Panel: the referral to Attendance Legal Panel is not ready yet: Have you discussed the pupil with your link Education Welfare Officer? Answered No, but Yes is needed.',
    );
    expect(next).not.toContain('once what is still missing is done');
  });

  it('Saltford: the family saying no to Early Help rules that referral out; the other referral still waits', async () => {
    const widget = await summaryAt(saltford, { measures: { attendance: { percentage: 85 } }, answers: { 'd-early-help-consent': 'no' } } as PathwayCase);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Early Help request: the referral to Early Help Front Door cannot be made as things stand.');
    expect(next).toContain('EBSA panel referral: once what is still missing is done, refer to EBSA Panel.');
  });
});

/** Each heading of "Check your answers" with the rows under it. */
function checkSections(widget: PathwayWidget): [string, string[]][] {
  return [...widget.shadowRoot!.querySelectorAll('h3')].map((heading) => {
    const list = heading.nextElementSibling;
    const keys = list?.matches('dl') ? [...list.querySelectorAll('dt')].map((key) => textOf(key)) : [];
    return [textOf(heading), keys];
  });
}

async function checkPage(pathway: Pathway, pupil: PathwayCase): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
  for (let step = 0; step < 10 && headingOf(widget) !== 'Check your answers'; step++) await pressOn(widget);
  expect(headingOf(widget)).toBe('Check your answers');
  return widget;
}

describe('5. "Check your answers" gives the figures, the circumstances and the stage each their own heading', () => {
  it('Marlow: figures and dates, circumstances and the stage are three sections', async () => {
    const sections = checkSections(await checkPage(marlow, { measures: { 'unauthorised-10wk': { value: 12 } } }));
    const [figures, circumstances, stage] = sections;
    expect(figures[0]).toBe('Figures and dates');
    expect(figures[1]).not.toContain('Circumstances');
    expect(figures[1]).not.toContain('Stage');
    expect(circumstances).toEqual(["The pupil's circumstances", ['Circumstances']]);
    // Outcomes already recorded can place the pupil, so they sit with the stage.
    expect(stage).toEqual(['Which stage applies', ['What has already happened', 'Stage']]);
    for (const [heading, keys] of sections) if (!/^Questions/.test(heading)) expect(keys.length, heading).toBeGreaterThan(0);
  });

  it('Thornbury universal (no figures, no circumstances): no empty section, the stage under its own heading', async () => {
    const sections = checkSections(await checkPage(universal, {}));
    expect(sections[0]).toEqual(['Which stage applies', ['Stage']]);
    for (const [heading, keys] of sections) expect(keys.length, heading).toBeGreaterThan(0);
  });
});

describe('6. a count whose period is still running is counted to date', () => {
  it('Marlow: sessions since the Notice to Improve, 6 weeks from 1 November, on 30 November', async () => {
    const widget = await summaryAt(marlow, {
      measures: { 'unauthorised-10wk': { value: 12 }, 'nti-date': { date: '2026-11-01' }, 'unauthorised-after-nti': { value: 3 } },
    });
    const figures = sectionText(widget, 'measures');
    expect(figures).toContain('3 sessions (since 1 November 2026)');
    expect(figures).not.toContain('December 2026');
  });

  it('Saltford: sessions in the 15 school days after the warning letter, the letter sent a week ago', async () => {
    const widget = await summaryAt(saltford, {
      measures: { attendance: { percentage: 85 }, 'warning-date': { date: '2026-11-23' }, 'unauth-after-warning': { value: 2 } },
    } as PathwayCase);
    expect(sectionText(widget, 'measures')).toContain('2 sessions (since 23 November 2026)');
    expect(sectionText(widget, 'measures')).not.toMatch(/December 2026|2027/);
  });
});

describe('7. a team that is both a resource and a contact is listed once, as the contact', () => {
  for (const [percentage, stage] of [
    [80, 'targeted persistent absence'],
    [40, 'acute severe absence'],
  ] as const) {
    it(`Norfolk, ${stage}: the Attendance Team and CADS are contacts, not resources too`, async () => {
      const widget = await summaryAt(seeds.norfolk, { measures: { attendance: { percentage } } } as PathwayCase);
      expect(sectionText(widget, 'contacts')).toContain('Attendance Team');
      expect(sectionText(widget, 'contacts')).toContain('CADS');
      // By title: a resource's description may mention the team (Norfolk's toolkit is "produced by the Attendance Team").
      const titles = [...query(widget, '[data-section="resources"]')!.querySelectorAll('li')].map((item) => item.firstElementChild?.textContent ?? '');
      expect(titles.join(' | ')).not.toMatch(/Attendance Team|CADS/);
    });
  }
});

describe('8. an outcome not known yet says what would decide it', () => {
  it('Saltford: with no earlier reading, "improved by 5 points" is listed under what can happen next, with what to enter', async () => {
    const widget = await summaryAt(saltford, { measures: { attendance: { percentage: 85 } } } as PathwayCase);
    const next = sectionText(widget, 'what-next');
    expect(next).toContain('Attendance improved by 5 points since the review: close with a maintenance plan.');
    expect(next).toContain('Not known yet: The earlier reading of Attendance has not been entered');
    expect(sectionText(widget, 'next-steps')).not.toContain('close with a maintenance plan');
  });

  it('Thornbury: before the next step is agreed, what each answer would lead to is what can happen, never what to do', async () => {
    const widget = await summaryAt(thornbury, {
      measures: { attendance: { percentage: 80 }, 'tsm-date': { date: '2026-10-01' } },
      outcomes: ['accepted'],
    } as PathwayCase);
    expect(sectionText(widget, 'what-next')).toMatch(/^What can happen next .*close with a maintenance plan held by the school\. Not known yet: .* is not answered/);
    expect(sectionText(widget, 'next-steps')).not.toContain('close with a maintenance plan');
    expect(sectionText(widget, 'after-referral')).not.toContain('close with a maintenance plan');
  });
});
