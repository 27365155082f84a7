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
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';
import { clickButton } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const fenwick = fenwickJson as unknown as Pathway;
const redbank = redbankJson as unknown as Pathway;
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
