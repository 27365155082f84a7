/**
 * What the widget tells a school on pathways written from the guide alone (core's
 * fixtures/guide-authored), round 3 of a guide-only author's walk: a review that recurs read as
 * one that ran out (Fenwick); resource descriptions (phone numbers) lost from the summary and its
 * downloads (Redbank); the pupil named nowhere in the summary (Redbank, Oakfield); and words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import fenwickJson from '@pathway/core/fixtures/guide-authored/fenwick-ebsa.json';
import redbankJson from '@pathway/core/fixtures/guide-authored/redbank-plain.json';
import oakfieldJson from '@pathway/core/fixtures/guide-authored/oakfield-virtual-school.json';
import carrowJson from '@pathway/core/fixtures/guide-authored/carrow-ptt-ap.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';
import { clickButton } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const fenwick = fenwickJson as unknown as Pathway;
const redbank = redbankJson as unknown as Pathway;
const oakfield = oakfieldJson as unknown as Pathway;
const carrow = carrowJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

/** The JSON and the web page the summary's two download buttons save. */
async function downloads(widget: PathwayWidget): Promise<{ json: Record<string, unknown>; page: string }> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await clickButton(widget, 'Download as JSON');
  await clickButton(widget, 'Download as a web page');
  vi.restoreAllMocks();
  return { json: JSON.parse(await blobs[0].text()) as Record<string, unknown>, page: await blobs[1].text() };
}

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
    const { json, page } = await downloads(widget);
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
    expect(summary).toMatch(/will decide whether to take the route Route A: Social worker calls a multi-agency meeting\./);
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
