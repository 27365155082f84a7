/**
 * What the widget tells a school on pathways written from the guide alone (core's
 * fixtures/guide-authored), round 3 of a guide-only author's walk: a review that recurs read as
 * one that ran out (Fenwick); resource descriptions (phone numbers) lost from the summary and its
 * downloads (Redbank); the pupil named nowhere in the summary (Redbank, Oakfield); and words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import fenwickJson from '@pathway/core/fixtures/guide-authored/fenwick-ebsa.json';
import redbankJson from '@pathway/core/fixtures/guide-authored/redbank-plain.json';
import oakfieldJson from '@pathway/core/fixtures/guide-authored/oakfield-virtual-school.json';
import carrowJson from '@pathway/core/fixtures/guide-authored/carrow-ptt-ap.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';
import { axeViolations } from '../testing/accessibility.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const fenwick = fenwickJson as unknown as Pathway;
const redbank = redbankJson as unknown as Pathway;
const oakfield = oakfieldJson as unknown as Pathway;
const carrow = carrowJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

describe('a time limit of kind review recurs (Fenwick: the plan is reviewed every 6 school weeks)', () => {
  const planAgreed = { measures: { attendance: { percentage: 85 }, 'plan-start': { date: '2025-01-13' } } } as PathwayCase;

  it('plan agreed 13 January, as of 20 March: the next review is due on 7 April, and nothing "ran out"', async () => {
    const widget = await summaryFor(fenwick, planAgreed, '2025-03-20');
    const limit = query(widget, '[data-time-limit="plan-review-cycle"]')!;
    expect(limit.dataset.passed).toBe('false');
    expect(textOf(limit)).toContain('Next review due on 7 April 2025.');
    expect(textOf(limit)).toContain('At each review: Review the plan with the family');
    const summary = textOf(query(widget, '#summary-document')!);
    expect(summary).not.toMatch(/Time limit passed|ran out|runs out/);
    expect(sectionText(widget, 'next-steps')).not.toMatch(/ran out/);
    // The duty to review the plan, every 6 school weeks from the plan: next due then too, not overdue.
    const duty = query(widget, '[data-duty="Review the plan with the family."]')!;
    expect(duty.dataset.overdue).toBe('false');
    expect(textOf(duty)).toContain('Due by 7 April 2025');
  });
});

describe('a resource’s description (Redbank: "Redbank MASH – Tel: 0161 496 0999")', () => {
  it('is kept in the summary, its printed copy and both downloads, as on the stage page', async () => {
    const widget = await summaryFor(redbank, { measures: { attendance: { percentage: 65 } } } as PathwayCase, '2025-03-20');
    const phone = 'Tel: 0161 496 0999 (out of hours 0161 496 0000)';
    expect(sectionText(widget, 'resources')).toContain(`Redbank MASH ${phone}`);
    const { json, web: page } = await downloadsOf(widget);
    expect(json.resources).toContainEqual(expect.objectContaining({ title: 'Redbank MASH', description: phone }));
    expect(page).toContain(phone);
  });
});

describe('words', () => {
  it('a referral whose title says its action is not said twice (Fenwick: "Refer to Healthy Minds Fenwick")', async () => {
    const widget = await summaryFor(fenwick, { measures: { attendance: { percentage: 65 }, 'plan-start': { date: '2025-01-13' } } } as PathwayCase, '2025-03-20');
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Refer to Healthy Minds Fenwick once what is still missing is done.');
    expect(next).not.toMatch(/Refer to Healthy Minds Fenwick: .*refer to Healthy Minds Fenwick/i);
  });

  it('one route decided by someone else is not "between" (Oakfield: the allocated social worker and Route A)', async () => {
    const widget = await summaryFor(oakfield, { measures: { attendance: { percentage: 75 } } } as PathwayCase, '2025-03-20');
    const summary = textOf(query(widget, '#summary-document')!);
    expect(summary).toMatch(/will decide whether to take Route A: Social worker calls a multi-agency meeting\./);
    expect(summary).not.toMatch(/the route Route A/);
    expect(summary).not.toMatch(/decide between Route A: [^,]*\./);
  });

  it('dates a duty is counted from or due by are named alike, each quoted (Carrow)', async () => {
    const widget = await summaryFor(carrow, { measures: { attendance: { percentage: 75 }, 'ptt-start': { date: '2025-03-03' } }, cohorts: ['on-ptt'] } as PathwayCase, '2025-03-20');
    const duties = sectionText(widget, 'duties');
    expect(duties).toContain('Within 2 school days of "Date the part-time timetable started"');
    expect(duties).toContain('By "Date of the agreed review"');
  });

  it('a stage whose referral an exception blocks says what to do next in the exception’s words (Fenwick: CAMHS assessment pending)', async () => {
    const pupil = { measures: { attendance: { percentage: 65 }, 'plan-start': { date: '2025-01-13' } }, cohorts: ['camhs-pending'] } as PathwayCase;
    const widget = await summaryFor(fenwick, pupil, '2025-03-20');
    expect(sectionText(widget, 'next-steps')).toContain('CAMHS assessment pending: Please do not refer to Healthy Minds while a CAMHS assessment is pending. Continue the Wave 2 plan and share it with CAMHS.');
  });
});

describe('the pupil the summary is about', () => {
  const events = ['pathway-ready', 'pathway-change', 'pathway-stage-change', 'pathway-error'];

  it('a pathway that asks no pupil details (Redbank): the summary page offers optional fields for the user’s own copy, shown on screen and in both downloads, never in an event', async () => {
    const widget = await summaryFor(redbank, { measures: { attendance: { percentage: 65 } } } as PathwayCase, '2025-03-20');
    const heard: string[] = [];
    for (const name of events) widget.addEventListener(name, (event) => heard.push(JSON.stringify((event as CustomEvent).detail ?? null)));
    const own = query(widget, '[data-own-copy]')!;
    expect(own.classList.contains('no-print')).toBe(true);
    expect(own.querySelector('summary')?.textContent).toContain('Add the pupil’s details to your copy');
    own.querySelector('summary')!.click();
    const name = own.querySelector<HTMLInputElement>('#f-_name-input')!;
    expect(own.querySelector(`label[for="${name.id}"]`)?.textContent).toContain('Pupil’s name');
    name.value = 'Alex Smith';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (const [part, value] of [['day', '4'], ['month', '9'], ['year', '2014']]) {
      const box = own.querySelector<HTMLInputElement>(`#f-_dob-${part}`)!;
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await widget.updateComplete;
    expect(sectionText(widget, 'pupil')).toContain('Pupil’s name Alex Smith');
    expect(sectionText(widget, 'pupil')).toContain('Date of birth 4 September 2014');
    expect(await axeViolations(widget)).toEqual([]);
    const { json, web: page } = await downloadsOf(widget);
    expect(json.pupil).toEqual([
      { id: '_name', label: 'Pupil’s name', value: 'Alex Smith' },
      { id: '_dob', label: 'Date of birth', value: '2014-09-04' },
    ]);
    expect(page).toContain('Alex Smith');
    expect(page).not.toContain('Add the pupil’s details');
    expect(heard.join(' ')).not.toContain('Alex');
  });

  it('a pathway that asks pupil details offers no fields of its own (Oakfield, the referral to the Virtual School Head asks the child’s name)', async () => {
    const widget = await summaryFor(oakfield, { measures: { attendance: { percentage: 45 } }, cohorts: ['cla'], details: { 'child-name': 'Sam Jones' } } as PathwayCase, '2025-03-20');
    expect(query(widget, '[data-own-copy]')).toBeNull();
    expect(sectionText(widget, 'pupil')).toContain('Child’s name Sam Jones'.replace('’', "'"));
  });

  it('details given for a referral not offered for this pupil name the pupil alike on screen and in the JSON (Fenwick: CAMHS pending blocks Healthy Minds)', async () => {
    const pupil = { measures: { attendance: { percentage: 65 } }, cohorts: ['camhs-pending'], details: { 'child-name': 'Sam Jones' } } as PathwayCase;
    const widget = await summaryFor(fenwick, pupil, '2025-03-20');
    const { json, web: page } = await downloadsOf(widget);
    expect(json.pupil).toEqual([{ id: 'child-name', label: 'Young person\'s full name', value: 'Sam Jones' }]);
    expect(sectionText(widget, 'pupil')).toContain("Young person's full name Sam Jones");
    expect(page).toContain('Sam Jones');
  });
});
