/**
 * How recent a piece of evidence must be is part of what a referral package is judged by: the
 * summary page, its printed copy and both downloads say it, as the questions page does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import corbridgeJson from '@pathway/core/fixtures/guide-authored/corbridge-referral-packages.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';

afterEach(() => cleanup());

const pupil: PathwayCase = {
  measures: { attendance: { percentage: 88 }, unauth: { value: 12 } },
  answers: { 'q-meetings': 2, 'q-last-meeting': '2025-02-01', 'q-ehconsent': 'yes' },
  evidence: { 'printout-this-year': { confirmed: true }, letters: { confirmed: true } },
};

describe('an item to include that must be recent', () => {
  it('says how recent on the summary, in the web-page download and in the JSON', async () => {
    const widget = await summaryFor(corbridgeJson, pupil, '2025-03-10');
    const referral = textOf(widget.shadowRoot!.querySelector('[data-referral="la-attendance"]')!);
    expect(referral).toMatch(/Attendance printout for this school year\s*Confirmed\s*No older than 2 school weeks\./);
    // An item with no recency says none.
    expect(referral).toMatch(/Copies of all attendance letters sent to the family\s*Confirmed\s*Minutes/);
    const { json, web } = await downloadsOf(widget);
    const include = (json.referrals as { id: string; include: { id: string; recency?: unknown }[] }[]).find((r) => r.id === 'la-attendance')!.include;
    expect(include.find((item) => item.id === 'printout-this-year')?.recency).toEqual({ amount: 2, unit: 'schoolWeeks' });
    expect(include.find((item) => item.id === 'letters')).not.toHaveProperty('recency');
    expect(web).toContain('No older than 2 school weeks.');
  });
});
