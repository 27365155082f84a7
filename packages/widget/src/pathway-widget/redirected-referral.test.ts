/**
 * Personal data is asked only for a referral the school will make: a referral an exception
 * redirects elsewhere for this pupil (Kelbridge's CME referral when the child is at immediate
 * risk: the MASH instead) asks no pupil details.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import kelbridgeRedirectJson from '@pathway/core/fixtures/guide-authored/kelbridge-redirect-referral-only.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { headingsToSummary } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const kelbridgeRedirect = kelbridgeRedirectJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

/** Presses on to the summary, giving the headings of the pages passed. */
describe('a referral redirected elsewhere for the pupil', () => {
  const day10 = { measures: { 'consecutive-days': { value: 12 } } };

  it('asks for pupil details when the school will make the referral', async () => {
    const { headings } = await headingsToSummary(kelbridgeRedirect, day10, '2026-11-30');
    expect(headings).toContain('Pupil details');
  });

  it('asks for no pupil details when an exception sends the pupil elsewhere instead', async () => {
    const { widget, headings } = await headingsToSummary(kelbridgeRedirect, { ...day10, cohorts: ['immediate-risk'] }, '2026-11-30');
    expect(headings).not.toContain('Pupil details');
    const check = textOf(query(widget, '#summary-document')!);
    expect(check).not.toContain('Date of birth');
    expect(check).toContain('Children Missing Education referral: this pupil is directed elsewhere instead.');
  });
});
