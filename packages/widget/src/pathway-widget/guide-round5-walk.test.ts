/**
 * What the widget tells a school on the fifth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Ravensholme, Castlebridge, Hollinsford, Dunsmoor): the
 * journey's end is named only where it can be reached, an act is never a step to take now while
 * what it depends on is missing, a breach that leads nowhere for this pupil says so, the stage
 * that applies without a choice is the one "suggested", a period that ran out unbreached ended
 * (it did not fail), a referral not to be made asks for nothing, and routes read once. Each rule
 * is a rule for any pathway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import castlebridgeJson from '@pathway/core/fixtures/guide-authored/castlebridge-legal.json';
import hollinsfordJson from '@pathway/core/fixtures/guide-authored/hollinsford-six-stages.json';
import ravensholmeJson from '@pathway/core/fixtures/guide-authored/ravensholme-leave.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, pressOn, sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const castlebridge = castlebridgeJson as unknown as Pathway;
const hollinsford = hollinsfordJson as unknown as Pathway;
const ravensholme = ravensholmeJson as unknown as Pathway;

const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const whole = (widget: PathwayWidget) => textOf(query(widget, '#summary-document')!);
const stageLine = (widget: PathwayWidget) => textOf(query(widget, '[data-section="stage"] [data-status="stage"]')!);

/** Every page's words from the start to the summary, for a pupil given as the case. */
async function everyPage(pathway: Pathway, pupil: PathwayCase, asOf: string): Promise<{ widget: PathwayWidget; pages: string[] }> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': asOf }, properties: { case: pupil } });
  const pages = [textOf(widget.shadowRoot!)];
  for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) {
    await pressOn(widget);
    pages.push(textOf(widget.shadowRoot!));
  }
  return { widget, pages };
}

const holiday = { 'holiday-first-day': { date: '2025-03-03' }, 'holiday-last-day': { date: '2025-03-14' } };
/** R1: a first penalty notice, everything given but the headteacher's refusal. */
const r1 = {
  measures: { 'g-sessions': { value: 12 }, ...holiday, attendance: { percentage: 93 } },
  answers: { 'q-leave-applied': 'yes', 'q-parent-told-policy': 'yes', 'q-other-parent': 'na' },
  evidence: { 'register-printout': { confirmed: true }, 'refusal-letter': { confirmed: true } },
} as PathwayCase;
/** Castlebridge's legal case after a contract was not agreed (C-scenarios). */
const legalCase = (measures: Record<string, unknown>, rest: Partial<PathwayCase> = {}) =>
  ({
    measures: { attendance: { percentage: 62 }, 'attendance-last-year': { percentage: 80 }, 'unauth-10wk': { value: 14 }, 'referral-received': { date: '2025-06-02' }, ...measures },
    answers: { 'q-support-offered': 'yes', 'q-parents-identified': 'yes', 'q-codes-checked': 'yes' },
    evidence: { 'reg-this-year': { confirmed: true }, 'reg-last-year': { confirmed: true }, letters: { confirmed: true }, minutes: { confirmed: true } },
    outcomes: ['contract-not-agreed'],
    ...rest,
  }) as PathwayCase;

describe('the journey’s end is named only at a stage that offers a referral, where the pathway has referrals', () => {
  it('Ravensholme R5: an independent school’s pupil at "support first" is never "Ready to make the penalty notice request"', async () => {
    const widget = await summaryFor(ravensholme, { measures: { 'g-sessions': { value: 12 }, ...holiday, attendance: { percentage: 85 } }, cohorts: ['independent-school'] }, '2025-03-20');
    expect(whole(widget)).not.toContain('penalty notice request.');
    expect(stageLine(widget)).toBe('Complete Nothing blocking is missing at this stage.');
  });

  it('Ravensholme R6 and the leave-request stage: no referral there, no end line on any page', async () => {
    const { pages } = await everyPage(ravensholme, { measures: { 'g-sessions': { value: 8 }, attendance: { percentage: 85 } } }, '2025-03-20');
    for (const page of pages) expect(page).not.toMatch(/ready to make the penalty notice request/i);
    cleanup();
    const leave = await everyPage(ravensholme, { stage: 'leave-requests' }, '2025-03-20');
    for (const page of leave.pages) expect(page).not.toMatch(/ready to make the penalty notice request/i);
  });

  it('the stage that makes the request still names it; Castlebridge names its legal planning decision only where the instruction is made', async () => {
    expect(stageLine(await summaryFor(ravensholme, r1, '2025-03-20'))).toContain('Not ready to make the penalty notice request yet.');
    cleanup();
    const nti = await summaryFor(castlebridge, legalCase({ 'last-offence': { date: '2025-05-23' }, 'nti-issued': { date: '2025-04-01' }, 'unauth-since-nti': { value: 0 } }), '2025-06-10');
    expect(stageLine(nti)).not.toContain('legal planning decision');
    cleanup();
    const prosecution = await summaryFor(
      castlebridge,
      legalCase(
        { 'last-offence': { date: '2025-05-23' }, 'nti-issued': { date: '2025-03-01' }, 'unauth-since-nti': { value: 4 } },
        { outcomes: ['contract-not-agreed', 'nti-breached', 'pn-unpaid'], routes: ['s444-1'] } as Partial<PathwayCase>,
      ),
      '2025-06-10',
    );
    expect(stageLine(prosecution)).toContain('Not ready for the legal planning decision yet.');
  });
});

describe('an outcome that acts is done once what it depends on is complete', () => {
  it('Ravensholme R1: "Issue a first penalty notice" waits for the headteacher’s refusal, on the page and in both downloads', async () => {
    const widget = await summaryFor(ravensholme, r1, '2025-03-20');
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('Issue a first penalty notice (£80 within 21 days, £160 within 28 days) once what is still missing is done.');
    const { json, web } = await downloadsOf(widget);
    expect(web).toContain('Issue a first penalty notice (£80 within 21 days, £160 within 28 days) once what is still missing is done.');
    expect(json.nextSteps).toContain('Issue a first penalty notice (£80 within 21 days, £160 within 28 days) once what is still missing is done.');
  });

  it('Ravensholme R1 answered in full: the notice is a step to take now', async () => {
    const widget = await summaryFor(ravensholme, { ...r1, answers: { ...r1.answers, 'q-leave-refused': 'yes' } } as PathwayCase, '2025-03-20');
    expect(sectionText(widget, 'next-steps')).toContain('Issue a first penalty notice (£80 within 21 days, £160 within 28 days).');
    expect(sectionText(widget, 'next-steps')).not.toContain('28 days) once what is still missing is done');
  });

  it('Castlebridge C4b: laying information waits for the witness statement', async () => {
    const widget = await summaryFor(
      castlebridge,
      legalCase(
        { 'last-offence': { date: '2025-05-23' }, 'nti-issued': { date: '2025-03-01' }, 'unauth-since-nti': { value: 4 } },
        { outcomes: ['contract-not-agreed', 'nti-breached', 'pn-unpaid'], routes: ['s444-1'] } as Partial<PathwayCase>,
      ),
      '2025-06-10',
    );
    expect(sectionText(widget, 'next-steps')).toMatch(/Lay information at the magistrates' court[^.]* once what is still missing is done\./);
  });
});

describe('a breach whose outcome is not offered for this pupil says so, and why', () => {
  it('Castlebridge C7b: a child looked after, the Notice to Improve breached: "move to a penalty notice" is not offered', async () => {
    const widget = await summaryFor(
      castlebridge,
      legalCase({ 'last-offence': { date: '2025-05-23' }, 'nti-issued': { date: '2025-05-01' }, 'unauth-since-nti': { value: 3 } }, { cohorts: ['looked-after'] }),
      '2025-06-10',
    );
    expect(sectionText(widget, 'time-limits')).toContain('move to a penalty notice. This is not offered for this pupil: Child looked after.');
  });
});

describe('the stage that applies when no band does is what the figures suggest', () => {
  it('Hollinsford H2: a stage chosen by judgement names "Expect", which applies to every pupil, never "None"', async () => {
    const widget = await summaryFor(hollinsford, { measures: { attendance: { percentage: 88 } }, answers: { 'q-met-family': 'yes' }, stage: 'listen' }, '2025-02-03');
    const why = sectionText(widget, 'placement');
    expect(why).not.toContain('None');
    expect(why).not.toContain('do not place the pupil at any stage');
    expect(why).toContain('Expect');
    expect(sectionText(widget, 'stage')).not.toContain('do not suggest a stage');
  });
});

describe('a period that ran out without a breach ended; "passed" is for a limit', () => {
  it('Castlebridge C3: the improvement period ended without a breach; C4: the time for laying information passed', async () => {
    const c3 = await summaryFor(castlebridge, legalCase({ 'last-offence': { date: '2025-05-23' }, 'nti-issued': { date: '2025-04-01' }, 'unauth-since-nti': { value: 0 } }, {
      answers: { 'q-support-offered': 'yes', 'q-parents-identified': 'yes', 'q-codes-checked': 'yes', 'q-improvement-defined': 'yes' },
    }), '2025-06-10');
    const period = textOf(query(c3, '[data-section="time-limits"] [data-time-limit="nti-period"]')!);
    expect(period).not.toContain('Time limit passed');
    expect(period).toContain('Ended');
    expect(period).toContain('It ended on 13 May 2025 without a breach.');
    cleanup();
    const c4 = await summaryFor(
      castlebridge,
      legalCase(
        { 'last-offence': { date: '2024-11-01' }, 'nti-issued': { date: '2024-09-01' }, 'unauth-since-nti': { value: 4 } },
        { outcomes: ['contract-not-agreed', 'nti-breached', 'pn-unpaid'], routes: ['s444-1a'] } as Partial<PathwayCase>,
      ),
      '2025-06-10',
    );
    expect(textOf(query(c4, '[data-time-limit="laying-information"]')!)).toContain('Time limit passed');
  });
});

describe('a referral that will not be made asks for nothing', () => {
  it('Castlebridge C4 (out of time): no page lists "Include in the referral" for the instruction that is not needed', async () => {
    const { widget, pages } = await everyPage(
      castlebridge,
      legalCase(
        { 'last-offence': { date: '2024-11-01' }, 'nti-issued': { date: '2024-09-01' }, 'unauth-since-nti': { value: 4 } },
        {
          answers: { 'q-support-offered': 'yes', 'q-parents-identified': 'yes', 'q-codes-checked': 'yes', 'q-pn-paid': 'no', 'q-pace-interview': 'yes' },
          outcomes: ['contract-not-agreed', 'nti-breached', 'pn-unpaid'],
          routes: ['s444-1a'],
        } as Partial<PathwayCase>,
      ),
      '2025-06-10',
    );
    expect(sectionText(widget, 'stage')).toContain('not needed');
    for (const page of pages) expect(page).not.toContain('Include in the referral');
  });
});

describe('routes read once', () => {
  it('Ravensholme: "when its conditions hold" is said at most once a page, and the disclosure does not wrap a long title', async () => {
    const { pages } = await everyPage(ravensholme, r1, '2025-03-20');
    for (const page of pages) {
      expect(page.match(/when its conditions hold/giu)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(page).not.toContain('What First penalty notice');
    }
  });
});
