/**
 * What the widget tells a school on the thirteenth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Blackwater, a punctuality pathway counting L and U marks
 * apart; Millbrook v1 and v2, a pathway and its next version a few weeks later). Each is a rule
 * for any pathway: a period counted from a date the author says may not have happened, left
 * blank, says it has not started; when the pathway changes under a journey (a new `.pathway`, or
 * a draft restored against a newer version) a chosen route the pathway no longer has is named and
 * chosen again, what the school entered and the change set aside is named by its title, and what
 * was typed into a referral field whose short name changed goes with it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import blackwaterJson from '@pathway/core/fixtures/guide-authored/blackwater-punctuality.json';
import millbrookV1Json from '@pathway/core/fixtures/guide-authored/millbrook-v1.json';
import millbrookV2Json from '@pathway/core/fixtures/guide-authored/millbrook-v2.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, sectionText, summaryFor, expectWalkToSummary } from '../testing/driver.js';
import { copyOf } from '../testing/fixtures.js';
import { noDraftsBeforeEach, readStoredDraft } from '../testing/drafts.js';
import { cleanup, eventually, headingOf, mountWidget, settle, textOf } from '../testing/mount.js';
import { answer, clickField, confirmEvidence, continueOn, enterPercentage, fillField, start } from '../testing/journey.js';
import { axeViolations } from '../testing/accessibility.js';
import type { PathwayWidget } from './pathway-widget.js';

noDraftsBeforeEach();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const blackwater = blackwaterJson as unknown as Pathway;
const AS_OF = '2026-11-30';
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const note = (widget: PathwayWidget) => textOf(query(widget, '[data-update-note]') ?? document.createElement('p'));

describe('the three pathways of round 13, walked by a driver that knows nothing of them', () => {
  it.each([
    ['blackwater', blackwaterJson],
    ['millbrook v1', millbrookV1Json],
    ['millbrook v2', millbrookV2Json],
  ])('%s: a pupil the driver invents reaches the summary, with no error', (_name, pathway) => expectWalkToSummary(copyOf(pathway), AS_OF));
});

describe('Blackwater: a watch period counted from a letter the school says was never sent', () => {
  const limit = (widget: PathwayWidget) => textOf(query(widget, '[data-time-limit="letter-1-watch"]')!);

  it('at a stage the school chose, not one the figures placed: it has not started, in the council’s words, on the page, the summary and the web page', async () => {
    const pupil = { measures: { 'l-marks': { value: 2 } }, stage: 'letter-1' } as PathwayCase;
    const widget = await summaryFor(blackwater, pupil, AS_OF);
    expect(sectionText(widget, 'stage')).toContain('Stage 1: First punctuality letter');
    expect(limit(widget)).toContain('has not started: No first punctuality letter has been sent.');
    const { web } = await downloadsOf(widget);
    expect(web).toContain('has not started: No first punctuality letter has been sent.');
  });

  it('at a stage the figures placed the pupil at (12 L marks): the letter’s date is asked for, not stated as never sent', async () => {
    const widget = await mountWidget({
      pathway: blackwater,
      attributes: { 'as-of': AS_OF },
      properties: { case: { measures: { 'l-marks': { value: 12 } } } as PathwayCase },
    });
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(limit(widget)).toContain('Not started yet: enter “Date the first punctuality letter was sent” to see when it runs out.');
    expect(limit(widget)).not.toContain('It runs out on');
  });

  it('with the letter’s date entered, the period runs as before: no "not started"', async () => {
    const widget = await summaryFor(blackwater, { measures: { 'l-marks': { value: 12 }, 'letter-1-date': { date: '2026-11-16' } } } as PathwayCase, AS_OF);
    expect(limit(widget)).toContain('It runs out on 14 December 2026.');
    expect(limit(widget)).not.toContain('not started');
  });
});

describe('Millbrook: a school part-way through v1 when v2 arrives', () => {
  const v1 = () => copyOf(millbrookV1Json) as Pathway;
  const v2 = () => copyOf(millbrookV2Json) as Pathway;

  /**
   * A school on v1 at 75% (Stage 3), the support plan started on `planStart`: the Family Group
   * Conference route chosen and agreed, the home visit record confirmed, and, when `details`,
   * the referral's details typed in; left on the page it reached.
   */
  async function onV1(widget: PathwayWidget, planStart: [string, string], details: boolean): Promise<void> {
    await start(widget);
    await enterPercentage(widget, '75');
    await continueOn(widget);
    await clickField(widget, 'r-family-group-conference');
    await continueOn(widget);
    await fillField(widget, 'q-plan-start-day', planStart[0]);
    await fillField(widget, 'q-plan-start-month', planStart[1]);
    await fillField(widget, 'q-plan-start-year', '2026');
    await answer(widget, 'barriers-explored', 'yes');
    await answer(widget, 'fgc-consent', 'yes');
    await confirmEvidence(widget, 'home-visit-record');
    await confirmEvidence(widget, 'plan-minutes');
    if (!details) return;
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    await fillField(widget, 'f-child-name-input', 'Sam Example');
    await fillField(widget, 'f-parent-names-input', 'Jo Example');
    // Out of the box, as a school moving on would be (the editor beside a preview has focus, not the widget).
    (widget.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    await settle(widget);
  }

  const ROUTE_GONE = 'the route you chose, "Family Group Conference", removed: choose a route again';
  const ANSWER_GONE = 'your answer to "Has the family agreed to a Family Group Conference?" removed (no longer in the pathway)';
  const EVIDENCE_GONE = 'what you entered for "A record of a home visit" removed (no longer in the pathway)';
  // The page shows the plan's new end date: the note says why it moved.
  const PLAN_SHORTER = 'time limit "Support plan" now lasts 4 school weeks (was 6 school weeks)';

  it('a new .pathway on the questions page: same page, answers kept, and the note names what was set aside, the chosen route among them', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['16', '11'], false);
    widget.pathway = v2();
    await settle(widget);
    expect(headingOf(widget)).toBe('Stage 3: Intensive support Questions and evidence');
    const said = note(widget);
    for (const phrase of [ROUTE_GONE, ANSWER_GONE, EVIDENCE_GONE, '"Stage 3: Intensive support and referral" renamed to "Stage 3: Intensive support"', PLAN_SHORTER]) {
      expect(said).toContain(phrase);
    }
    // Never an id.
    expect(said).not.toMatch(/family-group-conference|home-visit-record|fgc-consent/);
    // The stage's old title is not left in the hidden status region.
    expect(textOf(query(widget, '#stage-announcement')!)).not.toContain('Intensive support and referral');
    expect(query(widget, 'input[name="q-barriers-explored"][value="yes"]')?.matches(':checked')).toBe(true);
    // What is still missing asks for the route again, never "ready" on a route that is gone.
    const missing = textOf(query(widget, '[part~="readiness"]')!);
    expect(missing).toContain('No route chosen yet: choose between School-led support plan and Early Help assessment on the stage page.');
    expect(missing).not.toContain('Family Group Conference');
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('a new .pathway on Pupil details, the case now at the split-off Stage 4: the page stays, and the renamed field keeps what was typed', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['19', '10'], true);
    widget.pathway = v2();
    await settle(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    expect(note(widget)).toContain(ROUTE_GONE);
    expect(note(widget)).toContain('to "Stage 4: Referral to the Education Welfare Service"');
    // Followed to a field with another label: said, so the school checks it belongs there.
    expect(note(widget)).toContain(`what you typed for "Parents' names" moved to "Parents or carers with parental responsibility" (check it belongs there)`);
    expect(note(widget)).not.toContain('Jo Example');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#f-carers-with-pr-input')!.value).toBe('Jo Example');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#f-child-name-input')!.value).toBe('Sam Example');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    expect(textOf(query(widget, 'main') ?? widget.shadowRoot!)).toContain('Parents or carers with parental responsibility Jo Example');
  });

  it('a new .pathway while a Pupil details box is still being typed into: placed by the new version, not by the stage held for the typing', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['19', '10'], true);
    // Typing again, the box keeps focus: the stage is held while it is typed into.
    await fillField(widget, 'f-child-name-input', 'Sam Examples');
    expect(widget.shadowRoot!.activeElement?.id).toBe('f-child-name-input');
    widget.pathway = v2();
    await settle(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    expect(note(widget)).toContain('to "Stage 4: Referral to the Education Welfare Service"');
    // Leaving the box is not a new entry: the note stays, and so does the page.
    (widget.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    await settle(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    expect(note(widget)).toContain('to "Stage 4: Referral to the Education Welfare Service"');
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#f-child-name-input')!.value).toBe('Sam Examples');
  });

  it('a typed field the new version drops, with nothing in its place: the note names what was set aside', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['19', '10'], true);
    const next = v1();
    const referral = next.referrals!.find((candidate) => candidate.id === 'ews-referral')!;
    referral.fields = referral.fields!.filter((field) => field.id !== 'parent-names');
    widget.pathway = next;
    await settle(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    expect(note(widget)).toContain(`what you entered for "Parents' names" removed (no longer in the pathway)`);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#f-child-name-input')!.value).toBe('Sam Example');
  });

  it('a typed field whose short name changed and whose label did not: the same field, its text kept, nothing said', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['19', '10'], true);
    const next = v1();
    next.referrals!.find((candidate) => candidate.id === 'ews-referral')!.fields!.find((field) => field.id === 'parent-names')!.id = 'parents';
    widget.pathway = next;
    await settle(widget);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#f-parents-input')!.value).toBe('Jo Example');
    expect(note(widget)).not.toContain("Parents' names");
  });

  it('a field relabelled step by step under new short names (an author typing beside a preview): one line, from the first label to the last', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['19', '10'], true);
    for (const [id, label] of [['p', 'P'], ['pa', 'Pa'], ['parent-or-carer', 'Parent or carer']]) {
      const next = v1();
      const field = next.referrals!.find((candidate) => candidate.id === 'ews-referral')!.fields!.find((candidate) => candidate.id === 'parent-names')!;
      field.id = id;
      field.label = label;
      widget.pathway = next;
      await settle(widget);
    }
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('#f-parent-or-carer-input')!.value).toBe('Jo Example');
    const said = note(widget);
    expect(said).toContain(`what you typed for "Parents' names" moved to "Parent or carer" (check it belongs there)`);
    expect(said).not.toMatch(/"Pa?"/);
  });

  it('a v1 draft restored against v2: the page it was saved on, and the notice names the route to choose again', async () => {
    const first = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF, 'save-drafts': true } });
    await clickField(first, 'drafts-toggle');
    await onV1(first, ['16', '11'], false);
    await eventually(async () => {
      const draft = (await readStoredDraft('millbrook-attendance')) as { routes?: string[]; routeTexts?: Record<string, string> } | undefined;
      expect(draft?.routes).toEqual(['family-group-conference']);
      expect(draft?.routeTexts?.['family-group-conference']).toBe('Family Group Conference');
    });
    cleanup();
    const widget = await mountWidget({ pathway: v2(), attributes: { 'as-of': AS_OF, 'save-drafts': true } });
    expect(headingOf(widget)).toBe('Stage 3: Intensive support Questions and evidence');
    const notice = textOf(query(widget, '[data-draft-notice="restored"]')!);
    expect(notice).toContain('The route you chose, "Family Group Conference", is no longer in the pathway, so choose a route again on the stage page.');
    expect(notice).toContain('Has the family agreed to a Family Group Conference? You answered: Yes');
    expect(notice).toContain('A record of a home visit');
    expect(notice).toContain(`How long a time limit lasts changed: ${PLAN_SHORTER}.`);
    expect(notice).not.toMatch(/family-group-conference|home-visit-record/);
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('a route whose short name changed and whose title did not is the same choice: kept, and nothing said of it', async () => {
    const widget = await mountWidget({ pathway: v1(), attributes: { 'as-of': AS_OF } });
    await onV1(widget, ['16', '11'], false);
    const renamed = v1();
    const route = renamed.stages[2].routes!.find((candidate) => candidate.id === 'family-group-conference')!;
    route.id = 'fgc';
    widget.pathway = renamed;
    await settle(widget);
    expect(note(widget)).not.toContain('route');
    expect(textOf(query(widget, '[part~="readiness"]')!)).toContain('The route “Family Group Conference” waits for what is needed at this stage.');
  });
});

describe('Blackwater: the journey ends in a request, and the stage’s one referral is that request', () => {
  it('what stands between the stage and the request is said once, not as the request and again as the referral of the same name', async () => {
    const widget = await mountWidget({
      pathway: blackwater,
      attributes: { 'as-of': AS_OF },
      properties: {
        case: {
          measures: { 'unauthorised-10wk': { value: 12 }, 'letter-2-date': { date: '2026-10-01' } },
          answers: { 'support-offered': 'yes', 'previous-notice': 'no' },
          evidence: { 'register-printout': { confirmed: true, date: '2026-11-27' } },
        } as PathwayCase,
      },
    });
    await start(widget);
    await continueOn(widget);
    await continueOn(widget);
    const lines = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('[data-readiness-status] p')].map(textOf);
    expect(headingOf(widget)).toBe('Stage 3: Penalty notice Questions and evidence');
    expect(lines).toEqual([
      'Nothing blocking is missing at this stage. Not ready to make the penalty notice request yet. Still needed for it: 4 items before referring to Attendance and Welfare Service.',
    ]);
    // The referral's own list is still there, under its heading, with the same count.
    expect(textOf(query(widget, '[data-readiness-group="referral:penalty-notice-request"] h4')!)).toBe('Needed before referring to Attendance and Welfare Service (4 items)');
  });
});
