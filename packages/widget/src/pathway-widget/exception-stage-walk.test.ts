/**
 * Exceptions that take a stage away from a pupil, on pathways written from the guide (core's
 * fixtures/guide-authored), with the pupils a guide-only author found them wrong for: a child
 * looked after whose legal stage the pathway redirects to the virtual school head was still
 * shown "Penalty notice" and "Prosecution" as what can happen next; a stage skipped while a
 * family travels still offered its referral and asked for the pupil's details.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import oakfieldJson from '@pathway/core/fixtures/guide-authored/oakfield-virtual-school.json';
import carrowJson from '@pathway/core/fixtures/guide-authored/carrow-ptt-ap.json';
import marlowJson from '@pathway/core/fixtures/guide-authored/marlow-penalty.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { pressOn, sectionText } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const oakfield = oakfieldJson as unknown as Pathway;
const carrow = carrowJson as unknown as Pathway;
const marlow = marlowJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

/** Presses on to the summary, giving the widget and the headings of the pages passed. */
async function toSummary(pathway: Pathway, pupil: PathwayCase, asOf: string): Promise<{ widget: PathwayWidget; headings: string[]; stagePage: string }> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': asOf }, properties: { case: pupil } });
  const headings: string[] = [];
  let stagePage = '';
  for (let step = 0; step < 12 && !query(widget, '#summary-document'); step++) {
    headings.push(headingOf(widget));
    if (query(widget, '[data-placement-note], [data-placement-reasons]')) stagePage = textOf(query(widget, 'main, [part="page"]') ?? widget.shadowRoot!.firstElementChild as HTMLElement);
    await pressOn(widget);
  }
  expect(query(widget, '#summary-document'), headingOf(widget)).not.toBeNull();
  return { widget, headings, stagePage };
}

describe('a stage an exception redirects to another stage (Oakfield: children looked after go to the virtual school head)', () => {
  const cla = { measures: { attendance: { percentage: 45 }, 'unauthorised-10wks': { value: 14 } }, cohorts: ['cla'] } as PathwayCase;

  it('the case is at the stage it is redirected to, the page says why, and no legal outcome is offered', async () => {
    const { widget, stagePage } = await toSummary(oakfield, cla, '2025-03-20');
    expect(stagePage).toContain('For this pupil, the pathway goes to Escalation to the Virtual School Head instead of Stage 5: Legal intervention.');
    // Not the school's choice: the pathway sent the pupil there.
    expect(stagePage).not.toContain('You chose this stage');
    expect(textOf(query(widget, '#summary-document')!)).toContain('"Child looked after" applies to this pupil, so the pathway goes here instead of Stage 5: Legal intervention.');
    const summary = textOf(query(widget, '#summary-document')!);
    expect(summary).toContain('Escalation to the Virtual School Head');
    expect(summary).not.toMatch(/Penalty notice|Prosecution/);
    expect(sectionText(widget, 'next-steps')).not.toMatch(/go to the stage/i);
  });
});

describe('an exception about another stage (Oakfield: consult the social worker before any legal intervention)', () => {
  it('is not listed as applying at an earlier stage, only among those at other stages', async () => {
    const { stagePage } = await toSummary(oakfield, { measures: { attendance: { percentage: 75 } }, cohorts: ['cin'] } as PathwayCase, '2025-03-20');
    const [here, elsewhere = ''] = stagePage.split('Exceptions for this pupil at other stages');
    expect(here).toContain('Stage 4: Escalation');
    expect(here).not.toContain('Consult the allocated social worker');
    expect(elsewhere).toContain('Consult the allocated social worker');
  });
});

describe('a stage an exception skips (Carrow: no LA inclusion review on attendance alone while the family travels)', () => {
  const travelling = { measures: { attendance: { percentage: 40 } }, cohorts: ['grt-travelling'] } as PathwayCase;

  it('offers no referral of the skipped stage and asks for no pupil details for it', async () => {
    const { widget, headings } = await toSummary(carrow, travelling, '2025-03-05');
    expect(headings).not.toContain('Pupil details');
    expect(sectionText(widget, 'next-steps')).not.toMatch(/Request an LA inclusion review|once what is still missing/);
    // The summary says why the case is not at the review, as the stage page did.
    expect(sectionText(widget, 'placement')).toContain('The pathway places this pupil at a stage that is not offered to them: LA inclusion review.');
  });
});

describe('stages an exception skips are not counted as matching (Marlow: a term-time holiday skips support first and the Notice to Improve)', () => {
  it('says no "more than one stage matches" and no "of the 3 stages that apply" when only one is offered', async () => {
    const holiday = { measures: { 'unauthorised-10wk': { value: 12 }, 'holiday-sessions': { value: 12 } }, cohorts: ['holiday'] } as PathwayCase;
    const { widget, stagePage } = await toSummary(marlow, holiday, '2026-11-30');
    expect(stagePage).toContain('Step 3: Penalty notice');
    expect(stagePage).not.toContain('More than one stage');
    expect(textOf(query(widget, '#summary-document')!)).not.toMatch(/Of the \d+ stages/);
  });
});
