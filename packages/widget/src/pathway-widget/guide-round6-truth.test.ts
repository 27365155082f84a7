/**
 * What the widget tells a school on the sixth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Pellingham, Riverside, Aldermoor): a gate met by a figure is
 * met, the answers that decided the stage stay in the record, a blank date that means something
 * says what it means, a referral waits for what is still missing, and two leads are both named.
 * Each is a rule for any pathway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import pellinghamJson from '@pathway/core/fixtures/guide-authored/pellingham-flowchart.json';
import riversideJson from '@pathway/core/fixtures/guide-authored/riverside-trust-letters.json';
import aldermoorJson from '@pathway/core/fixtures/guide-authored/aldermoor-cohorts.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, pressOn, summaryFor } from '../testing/driver.js';
import { axeViolations } from '../testing/accessibility.js';
import { answer, continueOn, questionIdsOnPage, throughMeasures } from '../testing/journey.js';
import { cleanup, headingOf, mountWidget, settle, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const pellingham = pellinghamJson as unknown as Pathway;
const riverside = riversideJson as unknown as Pathway;
const aldermoor = aldermoorJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const whole = (widget: PathwayWidget) => textOf(query(widget, '#summary-document')!);

describe('a gate met by a figure the school entered', () => {
  const pupil = (days: number): PathwayCase => ({
    measures: { attendance: { percentage: 78 }, 'unauth-days': { value: days } },
    answers: { 'q-risk': 'no', 'q-csc': 'no', 'q-medical': 'no', 'q-anxiety': 'no', 'q-parents-engaging': 'no', 'q-10-days': 'no' },
  });

  it('is "Met", never "Not needed for this pupil"', async () => {
    const widget = await summaryFor(pellingham, pupil(12), '2026-02-20');
    const gate = textOf(query(widget, '[data-gate="g-10-days"]') ?? query(widget, '#summary-document')!);
    expect(whole(widget)).toContain('10 or more school days missed without permission');
    expect(whole(widget)).not.toContain('Not needed for this pupil');
    expect(gate).toMatch(/Met/);
  });
});

describe('answers that decided the stage stay in the record', () => {
  it('an answer that moves the stage says so on the page, and the check page, summary and downloads keep it', async () => {
    const widget = await mountWidget({ pathway: pellingham, attributes: { 'as-of': '2026-02-20' } });
    await throughMeasures(widget, '85');
    await continueOn(widget);
    expect(headingOf(widget)).toContain('START');
    expect(query(widget, '[data-stage-moved]')).toBeNull();
    await answer(widget, 'q-risk', 'no');
    await answer(widget, 'q-csc', 'yes');
    const notice = query(widget, '[data-stage-moved]');
    expect(headingOf(widget)).toContain('Speak to the allocated social worker first');
    expect(textOf(notice!)).toContain('Your answer changed the stage: now Speak to the allocated social worker first.');
    expect(await axeViolations(widget)).toEqual([]);

    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const check = textOf(widget.shadowRoot!);
    expect(check).toContain('Answers that decided the stage');
    expect(check).toMatch(/Do you think the child is at risk of significant harm\?\s*No/);
    expect(check).toMatch(/Is the child known to children's social care \(CIN, CP or CLA\)\?\s*Yes/);
    expect(await axeViolations(widget)).toEqual([]);

    await pressOn(widget);
    const decided = textOf(query(widget, '[data-section="deciding-answers"]')!);
    expect(decided).toContain('Answers that decided the stage');
    expect(decided).toMatch(/at risk of significant harm\?\s*No/);
    const { json, web } = await downloadsOf(widget);
    expect((json.decidingAnswers as { questionId: string; answerText: string }[]).map((a) => `${a.questionId}=${a.answerText}`)).toEqual([
      'q-risk=No',
      'q-csc=Yes',
    ]);
    expect(web).toContain('Answers that decided the stage');
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('an answer that moved the stage keeps its field on the page, and "Change" goes back to it, not to choosing its stage', async () => {
    const widget = await mountWidget({ pathway: pellingham, attributes: { 'as-of': '2026-02-20' } });
    await throughMeasures(widget, '85');
    await continueOn(widget);
    await answer(widget, 'q-risk', 'no');
    await answer(widget, 'q-csc', 'yes');
    expect(headingOf(widget)).toContain('Speak to the allocated social worker first');
    // The answer just given is still on the page, under its own heading, before the new stage's questions.
    expect(questionIdsOnPage(widget).slice(0, 2)).toEqual(['q-risk', 'q-csc']);
    expect(textOf(widget.shadowRoot!)).toMatch(/Answers that decided the stage[\s\S]*children's social care/);
    expect((query(widget, 'input[name="q-q-csc"][value="yes"]') as HTMLInputElement).checked).toBe(true);

    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const change = [...widget.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-field]')].find((link) =>
      textOf(link).includes("known to children's social care"),
    );
    expect(change?.dataset.page).toBe('questions');
    await page.elementLocator(change!).click();
    await settle(widget);
    expect(headingOf(widget)).toContain('Speak to the allocated social worker first');
    await answer(widget, 'q-csc', 'no');
    // Nothing was chosen: the figures and answers place the pupil again, and the page says so.
    expect(headingOf(widget)).toContain('START');
    expect(textOf(query(widget, '[data-stage-moved]')!)).toContain('Your answer changed the stage: now');
    expect(questionIdsOnPage(widget)).toContain('q-csc');
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('leaving the page ends the notice', async () => {
    const widget = await mountWidget({ pathway: pellingham, attributes: { 'as-of': '2026-02-20' } });
    await throughMeasures(widget, '85');
    await continueOn(widget);
    await answer(widget, 'q-csc', 'yes');
    expect(query(widget, '[data-stage-moved]')).not.toBeNull();
    await continueOn(widget);
    expect(query(widget, '[data-stage-moved]')).toBeNull();
  });
});

describe('a blank date whose "if left blank" words say what it means', () => {
  it('is said in those words on the check page, the summary and the web page, never "Not entered"', async () => {
    const pupil: PathwayCase = {
      measures: { attendance: { percentage: 88 }, 'letter-1-date': { date: '2025-12-01' } },
      cohorts: ['sibling-in-trust'],
    };
    const widget = await mountWidget({ pathway: riverside, attributes: { 'as-of': '2026-01-20' }, properties: { case: pupil } });
    for (let step = 0; step < 10 && headingOf(widget) !== 'Check your answers'; step++) await pressOn(widget);
    expect(textOf(widget.shadowRoot!)).toMatch(/Date Letter 2 was sent\s*Letter 2 has not been sent/);
    await pressOn(widget);
    const figures = textOf(query(widget, '[data-section="measures"]')!);
    expect(figures).toMatch(/Date Letter 2 was sent\s*Letter 2 has not been sent/);
    expect(figures).not.toMatch(/Date Letter 2 was sent\s*Not entered/);
    const { json, web } = await downloadsOf(widget);
    expect((json.measures as { id: string; status: string }[]).find((m) => m.id === 'letter-2-date')).toMatchObject({ status: 'notHappened', display: 'Letter 2 has not been sent' });
    expect(web).toMatch(/Date Letter 2 was sent\s*<\/dt>\s*<dd[^>]*>\s*Letter 2 has not been sent/);
  });
});

describe('an outcome that makes a referral', () => {
  const pupil = (evidence: Record<string, { confirmed: boolean }> = {}): PathwayCase => ({
    measures: { attendance: { percentage: 80 }, 'letter-1-date': { date: '2025-12-01' }, 'letter-2-date': { date: '2026-01-05' } },
    baselines: { attendance: { percentage: 85, date: '2025-12-01' } },
    answers: { 'q-letter-3-sent': 'yes', 'q-parents-attended': 'no', 'q-meeting-date': '2026-01-20' },
    evidence,
  } as PathwayCase);
  // The address is a link; its hidden words say it opens in a new tab.
  const HOW = 'How to refer: Online: https://www.westholme.gov.uk/schools/attendance-referral (opens in new tab). Use the online referral form. The Trust Attendance Lead must approve the referral first.';

  it('is not a step to take now while the stage still needs something, and says how the referral is made', async () => {
    const widget = await summaryFor(riverside, pupil(), '2026-02-20');
    const next = textOf(query(widget, '[data-section="next-steps"]')!);
    expect(textOf(query(widget, '[data-section="missing"]')!)).toContain('Notes of the Attendance Support Meeting');
    expect(next).toContain('No improvement at the plan review: refer to Westholme Council: once what is still missing is done, refer to School Attendance Support Team.');
    expect(next).toContain(HOW);
    // The address is a link the school can follow, as in the referral panel.
    const link = query(widget, '[data-section="next-steps"] a[href="https://www.westholme.gov.uk/schools/attendance-referral"]');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('two "change of lead" exceptions for one pupil', () => {
  it('names both leads and asks the school to agree which one leads, on the stage page and the summary', async () => {
    const pupil: PathwayCase = { measures: { attendance: { percentage: 85 } }, cohorts: ['yjs', 'ap'] };
    const widget = await mountWidget({ pathway: aldermoor, attributes: { 'as-of': '2026-02-20' }, properties: { case: pupil } });
    for (let step = 0; step < 10 && !query(widget, '[data-leads]'); step++) await pressOn(widget);
    const said =
      "This pathway names two leads for this pupil: the YJS case manager (Open to the Youth Justice Service); the commissioning school's AP lead, with the AP provider (Attending alternative provision). Agree which one leads.";
    expect(textOf(query(widget, '[data-leads]')!)).toContain(said);
    expect(await axeViolations(widget)).toEqual([]);
    for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) await pressOn(widget);
    const banner = textOf(query(widget, '[data-section="stage"]')!);
    expect(banner).toContain(`Who leads: ${said}`);
    expect(banner).not.toMatch(/Who leads: the commissioning school's AP lead, with the AP provider\s/);
  });
});
