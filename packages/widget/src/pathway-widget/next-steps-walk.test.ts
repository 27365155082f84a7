/**
 * The summary's next steps and "why this stage" on pathways written from the guide (core's
 * fixtures/guide-authored) and the seeds, with the pupils a QA walk found them wrong for:
 * "refer" beside "close the case", "once what is still missing is done" when a condition rules
 * the referral out, "these figures match" for a stage no figure placed, and punctuation doubled
 * after a title. Each check reads what the page says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import harwickJson from '@pathway/core/fixtures/guide-authored/harwick.json';
import saltfordJson from '@pathway/core/fixtures/guide-authored/saltford.json';
import thornburyJson from '@pathway/core/fixtures/guide-authored/thornbury-la.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { pressOn, sectionText, summaryFor } from '../testing/driver.js';
import { seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const harwick = harwickJson as unknown as Pathway;
const saltford = saltfordJson as unknown as Pathway;
const thornbury = thornburyJson as unknown as Pathway;

const AS_OF = '2026-11-30';
/** A pupil given as a `case`, taken to the summary on that day. */
const summaryAt = (pathway: Pathway, pupil: PathwayCase) => summaryFor(pathway, pupil, AS_OF);
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const heading = (widget: PathwayWidget, name: string) => textOf(query(widget, `[data-section="${name}"] h3`) ?? document.createElement('p'));


describe('next steps say what follows now', () => {
  it('an outcome whose rule holds and closes the case is what to do next, and the referral is not advised beside it', async () => {
    const widget = await summaryAt(thornbury, {
      measures: { attendance: { percentage: 80 }, 'tsm-date': { date: '2026-10-01' } },
      outcomes: ['accepted'],
      answers: { 'q-agenda-next': 'close' },
    } as PathwayCase);
    const next = sectionText(widget, 'next-steps');
    expect(heading(widget, 'next-steps')).toBe('What to do next');
    expect(next).toContain('Attendance improving: close with a maintenance plan held by the school.');
    expect(next).toContain('Referral to the Legal Intervention Panel: not needed, because "Attendance improving: close with a maintenance plan held by the school" applies.');
    expect(next).not.toMatch(/refer to|once what is still missing/);
    expect(sectionText(widget, 'what-next')).not.toContain('close with a maintenance plan');
    expect(query(widget, '[data-section="after-referral"]')).toBeNull();
  });

  it('an outcome not yet decided stays what can happen; the referral stays the next step', async () => {
    const widget = await summaryAt(thornbury, {
      measures: { attendance: { percentage: 80 }, 'tsm-date': { date: '2026-10-01' } },
      outcomes: ['accepted'],
    } as PathwayCase);
    expect(sectionText(widget, 'next-steps')).toContain('refer to Legal Intervention Panel');
    expect(sectionText(widget, 'next-steps')).not.toContain('close with a maintenance plan');
    // It is the stage's, not known yet: what can happen next, never what follows the referral.
    expect(sectionText(widget, 'what-next')).toMatch(/close with a maintenance plan held by the school\. Not known yet/);
    expect(sectionText(widget, 'after-referral')).not.toContain('close with a maintenance plan');
  });

  it('a rise since the last review that closes the case comes before, and instead of, the referrals', async () => {
    const widget = await summaryAt(saltford, {
      measures: { attendance: { percentage: 85 } },
      baselines: { attendance: { percentage: 78, date: '2026-10-01' } },
      answers: { 'd-meeting-date': '2026-09-01', 'd-early-help-consent': 'yes' },
    } as PathwayCase);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Attendance improved by 5 points since the review: close with a maintenance plan.');
    expect(next).toContain('Early Help request: not needed');
    expect(next).toContain('EBSA panel referral: not needed');
    expect(next).not.toMatch(/refer to/);
    expect(textOf(query(widget, '#summary-document')!)).not.toContain('What can happen after the referral');
  });

  it('a referral a condition rules out says it cannot be made as things stand, and why', async () => {
    const widget = await summaryAt(harwick, {
      measures: { 'unauth-10wk': { value: 12 } },
      answers: { 's-nti-issued': 'yes', 's-previous-pn': 2 },
    } as PathwayCase);
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain(
      'Penalty notice request: the referral to SAST legal team cannot be made as things stand. A third penalty notice within 3 years is not allowed. Discuss prosecution with SAST instead.',
    );
    expect(next).not.toContain('once what is still missing is done');
  });
});

describe('why this stage is said by what placed the pupil', () => {
  it('a stage placed by a recorded outcome is not "matched by these figures"', async () => {
    const widget = await summaryAt(seeds.wigan, {
      measures: { attendance: { percentage: 70 } },
      cohorts: ['early-help-plan'],
      outcomes: ['no-improvements-evident'],
    } as PathwayCase);
    const why = sectionText(widget, 'placement');
    expect(why).toContain('applies because the outcome');
    expect(why).not.toContain('these figures match');
    expect(why).toContain('Of the 2 stages that apply, this is the most intensive: Formalise support.');
    // The title's own full stop is not doubled by what follows it.
    expect(textOf(query(widget, '#summary-document')!)).not.toMatch(/[a-z]{3}\.[:,]/);
  });

  it('with no figure entered, the summary never says "these figures" nor "the figures suggest"', async () => {
    const widget = await summaryAt(seeds.wigan, { stage: 'support-for-the-child-and-family' } as PathwayCase);
    const why = sectionText(widget, 'placement');
    expect(why).not.toMatch(/figures/i);
    expect(sectionText(widget, 'stage')).not.toMatch(/figures/i);
  });

  it('on the stage page, a stage placed by a circumstance says it applies, not that it matches the figures', async () => {
    const widget = await mountWidget({
      pathway: seeds.norfolk,
      attributes: { 'as-of': AS_OF },
      properties: { case: { measures: { attendance: { percentage: 93 } }, cohorts: ['at-risk-of-pa'] } as PathwayCase },
    });
    for (let step = 0; step < 5 && !query(widget, '[name="stage"]'); step++) await pressOn(widget);
    const chosen = query(widget, 'input[name="stage"]:checked')!;
    const hint = textOf(query(widget, `#${chosen.id}-hint`)!);
    expect(hint).toBe('Applies to this pupil');
  });

  it('a title ending in a full stop is not followed by another mark', async () => {
    const widget = await summaryAt(seeds.wigan, {
      measures: { attendance: { percentage: 45 } },
      cohorts: ['looked-after'],
      outcomes: ['no-improvements-evident', 'referral-to-enforcement-can-be-considered'],
    } as PathwayCase);
    expect(sectionText(widget, 'outcomes-recorded')).toContain('Formalise support: A referral to enforcement can be considered');
    cleanup();
    const stagePage = await mountWidget({
      pathway: seeds.wigan,
      attributes: { 'as-of': AS_OF },
      properties: { case: { measures: { attendance: { percentage: 70 } }, outcomes: ['no-improvements-evident'] } as PathwayCase },
    });
    for (let step = 0; step < 5 && !query(stagePage, '[name="stage"]'); step++) await pressOn(stagePage);
    const page = textOf(stagePage);
    expect(page).toContain('We have chosen Formalise support, the most intensive');
    expect(page).not.toMatch(/[a-z]{3}\.[:,]/);
  });

  it('a ready referral says "Ready" once', async () => {
    const widget = await summaryAt(harwick, { measures: { 'unauth-10wk': { value: 0 }, 'consecutive-days': { value: 12 } } } as PathwayCase);
    const status = textOf(query(widget, '[data-section="stage"] [data-status="referral:cme-referral"]')!);
    expect(status).toBe('Ready to refer to CME Officer.');
    expect(textOf(query(widget, '#summary-document')!)).not.toMatch(/\bReady Ready\b/);
  });
});
