/**
 * Pathways written from the guide alone (core's fixtures/guide-authored: Ashcombe, Kelbridge, Marlow,
 * Thornbury), walked with the pupils that showed the widget saying something untrue, run
 * together, in jargon, or twice. Each check reads what the page says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import ashcombeJson from '@pathway/core/fixtures/guide-authored/ashcombe-trend.json';
import kelbridgeJson from '@pathway/core/fixtures/guide-authored/kelbridge-cme.json';
import kelbridgeRedirectJson from '@pathway/core/fixtures/guide-authored/kelbridge-redirect-referral-only.json';
import marlowJson from '@pathway/core/fixtures/guide-authored/marlow-penalty.json';
import thornburyJson from '@pathway/core/fixtures/guide-authored/thornbury-la.json';
import universalJson from '@pathway/core/fixtures/guide-authored/thornbury-universal.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { pressOn, sectionText, summaryFor, walkToSummary } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import { start } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const ashcombe = ashcombeJson as unknown as Pathway;
const kelbridge = kelbridgeJson as unknown as Pathway;
const kelbridgeRedirect = kelbridgeRedirectJson as unknown as Pathway;
const marlow = marlowJson as unknown as Pathway;
const thornbury = thornburyJson as unknown as Pathway;
const universal = universalJson as unknown as Pathway;

const AS_OF = '2026-11-30';
/** A pupil given as a `case`, taken to the summary on that day. */
const summaryAt = (pathway: Pathway, pupil: PathwayCase) => summaryFor(pathway, pupil, AS_OF);
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);


describe('what the widget says on pathways written from the guide', () => {
  it('a redirect to a referral says how to make it, and the stage it replaces asks for nothing', async () => {
    const widget = await summaryAt(kelbridgeRedirect, {
      measures: { 'first-day-absent': { date: '2026-11-25' } },
      cohorts: ['no-contact', 'immediate-risk'],
    });
    const how = 'How to refer: Phone: 0300 123 4567. Phone, then follow up in writing within 24 hours.';
    expect(textOf(query(widget, '[data-important-exceptions]')!)).toContain(how);
    expect(sectionText(widget, 'next-steps')).toContain(how);
    expect(sectionText(widget, 'stage')).toContain('is not needed: this pupil is directed elsewhere instead');
    expect(sectionText(widget, 'stage')).not.toContain('still needed');
    expect(query(widget, '[data-section="missing"]')).toBeNull();
    expect(textOf(query(widget, '#summary-document')!)).not.toContain('Overdue');
  });

  it('a referral blocked for the pupil says where it would go, not how to make it', async () => {
    const widget = await summaryAt(marlow, {
      measures: { 'unauthorised-10wk': { value: 10 }, 'holiday-sessions': { value: 10 } },
      cohorts: ['holiday', 'independent'],
    });
    const panel = textOf(query(widget, '[data-referral="pn-request"]')!);
    expect(panel).toContain('Penalty notice request is not offered for this pupil.');
    expect(panel).toContain('Goes to Attendance Legal Team');
    expect(panel).not.toContain('Referred to');
    expect(panel).not.toContain('How to refer');
    expect(panel).not.toContain('penaltynotices@');
    // One status per route: none is "Open" on a stage not offered.
    for (const route of widget.shadowRoot!.querySelectorAll<HTMLElement>('[data-section="routes"] [data-route], [data-route]')) {
      const said = textOf(route);
      if (said.includes('Not open:')) expect(said).not.toMatch(/(^|\s)Open(\s|$)/);
    }
  });

  it('Marlow: the "last penalty notice (if any)" may be left blank, and blank means there was none: a first notice', async () => {
    const widget = await mountWidget({ pathway: marlow, attributes: { 'as-of': AS_OF } });
    await start(widget);
    const hint = (id: string) => textOf(query(widget, `[data-date-measure="${id}"] .hint`)!);
    expect(hint('previous-pn-date')).toContain('Leave blank if this has not happened.');
    expect(hint('nti-date')).not.toContain('Leave blank');
    cleanup();
    const summary = await summaryAt(marlow, { measures: { 'holiday-sessions': { value: 10 } }, cohorts: ['holiday'] });
    const routes = sectionText(summary, 'routes');
    expect(routes).toContain('First penalty notice (£80, rising to £160) Open No earlier penalty notice has been recorded');
    expect(routes).toContain('Second penalty notice within 3 years (£160) Not open No earlier penalty notice has been recorded');
    expect(textOf(query(summary, '#summary-document')!)).not.toContain('has no date yet');
  });

  it('a lead that names a role is shown by the role’s title', async () => {
    const widget = await summaryAt(thornbury, {
      measures: { attendance: { percentage: 70 }, 'tsm-date': { date: '2026-11-16' } },
      cohorts: ['open-early-help'],
      outcomes: ['accepted'],
    } as PathwayCase);
    expect(sectionText(widget, 'stage')).toContain('Who leads: Early Help lead professional');
    expect(textOf(query(widget, '#summary-document')!)).not.toContain('eh-lead');
  });

  it('a complete stage whose journey’s end is not ready says what the end still needs, not "Complete"; an outcome titled "close the case" says it once', async () => {
    const widget = await summaryAt(thornbury, {
      measures: { attendance: { percentage: 78 } },
      outcomes: ['accepted', 'to-contract'],
      answers: { 'q-contract-signed': 'yes', 'q-contract-start': '2026-08-24' },
    } as PathwayCase);
    const line = textOf(query(widget, '[data-section="stage"] [data-status="stage"]')!);
    expect(line).not.toContain('Complete');
    expect(line).toContain('Not ready for the Targeting Support Meeting record yet. Still needed for it: 1 item before referring to Legal Intervention Panel.');
    // Said once: not again on a line of the referral's own.
    expect(sectionText(widget, 'stage')).not.toContain('Not ready to refer to');
    // The contract term's expiry outcome "Attendance improved: close the case" has its own rule
    // (improved by 5 points): with no earlier reading it is not known, never offered (the engine's rule).
    expect(sectionText(widget, 'what-next')).toContain('Attendance improved: close the case. Not known yet: The earlier reading');
    expect(sectionText(widget, 'after-referral')).not.toContain('Attendance improved');
    cleanup();
    const improved = await summaryAt(thornbury, {
      measures: { attendance: { percentage: 78 } },
      baselines: { attendance: { percentage: 70, date: '2026-09-01' } },
      outcomes: ['accepted', 'to-contract'],
      answers: { 'q-contract-signed': 'yes', 'q-contract-start': '2026-08-24' },
    } as PathwayCase);
    // Its rule holds (triggered and improved): it is what follows now, not what can happen.
    expect(sectionText(improved, 'next-steps')).toContain('Attendance improved: close the case.');
    expect(sectionText(improved, 'next-steps')).not.toContain('close the case: close the case');
    // The case is settled here: every part of the summary says the panel referral is not to be made.
    const notNeeded = 'Referral to the Legal Intervention Panel: not needed, because "Attendance improved: close the case" applies.';
    expect(textOf(query(improved, '[data-section="stage"]')!)).toContain(notNeeded);
    expect(textOf(query(improved, '[data-section="stage"]')!)).not.toContain('Still needed for it');
    expect(textOf(query(improved, '[data-referral]')!)).toContain(notNeeded);
    expect(textOf(query(improved, '[data-referral]')!)).not.toContain('How to refer');
    expect(textOf(improved)).not.toContain('Needed before referring to');
  });

  it('a pupil nothing places is explained in one plain sentence, the same on the stage page and the summary', async () => {
    const widget = await mountWidget({ pathway: ashcombe, attributes: { 'as-of': AS_OF }, properties: { case: { measures: { attendance: { percentage: 96 } } } } });
    await start(widget);
    await pressOn(widget);
    const note = textOf(query(widget, '[data-placement-note]')!);
    expect(note).toBe('Nothing else places the pupil, so the case is at "Whole school: Expect and Monitor", which applies to every pupil. You can choose another stage.');
    expect(note).not.toContain('band');
  });

  it('a one-stage pathway with no bands asks for no figures and offers no choice of stage', async () => {
    const widget = await mountWidget({ pathway: universal, attributes: { 'as-of': AS_OF } });
    const walk = await walkToSummary(widget);
    expect(walk.reached).toBe(true);
    expect(walk.headings).not.toContain("The pupil's attendance");
    expect(walk.headings[1]).toBe('Which stage applies');
    cleanup();
    const stagePage = await mountWidget({ pathway: universal, attributes: { 'as-of': AS_OF } });
    await start(stagePage);
    expect(textOf(stagePage)).not.toContain('Which stage are you working at?');
    expect(textOf(stagePage)).not.toContain('choose another');
    expect(query(stagePage, 'input[name="stage"]')).toBeNull();
  });

  it('"Why this stage" keeps its sentences apart', async () => {
    const widget = await summaryAt(ashcombe, { measures: { attendance: { possibleSessions: 10, attendedSessions: 8 } } });
    const why = sectionText(widget, 'placement');
    expect(why).toContain('Attendance this academic year is based on only 10 possible sessions');
    expect(why).not.toMatch(/[a-z][A-Z]/);
    expect(sectionText(widget, 'cohorts')).not.toMatch(/[a-z][A-Z]/);
  });

  it('dates and day counts are not headed "Attendance"', async () => {
    const widget = await mountWidget({ pathway: kelbridge, attributes: { 'as-of': AS_OF } });
    await start(widget);
    expect(headingOf(widget)).toBe("The pupil's figures and dates");
  });

  it('a first day of absence after today is an error beside the field', async () => {
    const widget = await mountWidget({
      pathway: kelbridge,
      attributes: { 'as-of': AS_OF },
      properties: { case: { measures: { 'first-day-absent': { date: '2026-12-02' } }, cohorts: ['no-contact'] } },
    });
    await start(widget);
    await pressOn(widget);
    expect(headingOf(widget)).toBe("The pupil's figures and dates");
    expect(textOf(query(widget, '#m-first-day-absent-error') ?? query(widget, '.error-summary')!)).toContain('First day of this absence: enter a date that is not in the future');
    expect(query(widget, '#m-first-day-absent-day')!.getAttribute('aria-invalid')).toBe('true');
  });
});
