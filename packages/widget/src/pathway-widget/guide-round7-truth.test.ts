/**
 * What the widget tells a school on the seventh round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Ashby, Brindle, Corbridge, Dunhallow). Each is a rule for any
 * pathway: a referral an exception redirects to is the referral to make, and those it replaces
 * are one line each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import corbridgeJson from '@pathway/core/fixtures/guide-authored/corbridge-referral-packages.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, pressOn, sectionText } from '../testing/driver.js';
import { axeViolations } from '../testing/accessibility.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const corbridge = corbridgeJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const whole = (widget: PathwayWidget) => textOf(query(widget, '#summary-document')!);

/** Presses on to the summary, giving the headings of the pages passed. */
async function headingsToSummary(pathway: Pathway, pupil: PathwayCase, asOf: string): Promise<{ widget: PathwayWidget; headings: string[] }> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': asOf }, properties: { case: pupil } });
  const headings: string[] = [];
  for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) {
    headings.push(headingOf(widget));
    await pressOn(widget);
  }
  expect(query(widget, '#summary-document'), headingOf(widget)).not.toBeNull();
  return { widget, headings };
}

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
    // Next steps: "instead" inside a sentence, the MASH's how said once (in its own panel).
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
