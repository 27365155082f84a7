/**
 * <pathway-widget> in real Chromium: the school journey, step by step, on each of the four
 * seed pathways, with the situations their documents describe (exceptions, overlapping and
 * missing bands, blocking and advisory items), check your answers, the summary, print,
 * downloads, submit and the events a page hears.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import type { PathwayWidget } from './pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { byId, cleanup, eventually, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import { onFramePrint } from '../testing/print-frame.js';
import {
  answer,
  chooseStage,
  clickButton,
  clickField,
  clickLink,
  confirmEvidence,
  continueOn,
  enterPercentage,
  enterSessions,
  fillField,
  questionIdsOnPage,
  start,
  throughMeasures,
  tickCohort,
} from '../testing/journey.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const shadow = (widget: PathwayWidget) => widget.shadowRoot!;
const query = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => shadow(widget).querySelector<T>(selector);
const queryAll = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => [...shadow(widget).querySelectorAll<T>(selector)];
const texts = (nodes: Element[]) => nodes.map((node) => textOf(node));
const activeId = (widget: PathwayWidget) => shadow(widget).activeElement?.id;

async function answerAll(widget: PathwayWidget, value = 'yes'): Promise<void> {
  for (const id of questionIdsOnPage(widget)) await answer(widget, id, value);
}

describe('Wigan: the journey step by step', () => {
  it('starts with the title and the authority, and moves focus to each page heading', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01' } });
    expect(headingOf(widget)).toBe('Wigan Council A pathway for supporting non-attendance');
    expect(textOf(widget)).toContain('Attendance Support Team');

    await start(widget);
    expect(headingOf(widget)).toBe("The pupil's attendance");
    expect(activeId(widget)).toBe('page-heading');
    expect(texts(queryAll(widget, 'label[for^="c-"]'))).toEqual(['Child Looked After (CLA)', 'Child in Need', 'Child Protection', 'Early Help']);
  });

  it('88% is persistently absent: Identify and Understand, with the reason in plain words', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await throughMeasures(widget, '88');
    expect(headingOf(widget)).toBe('Which stage applies');
    expect(texts(queryAll(widget, '[data-placement-reasons] li'))).toContain(
      '88% is persistently absent (90% and under): Identify and Understand',
    );
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('identify-and-understand');
    expect(byId<HTMLInputElement>(widget, 's-identify-and-understand').checked).toBe(true);
    expect(stageChanges.map((event) => event.detail)).toEqual([{ stageId: 'identify-and-understand', title: 'Identify and Understand' }]);
    expect(textOf(byId(widget, 'stage-announcement'))).toBe('Stage: Identify and Understand');
  });

  it('works the percentage out from session counts', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    await enterSessions(widget, '200', '170');
    await continueOn(widget);
    expect(texts(queryAll(widget, '[data-placement-reasons] li'))).toContain(
      '85% is persistently absent (90% and under): Identify and Understand',
    );
  });

  it('95% is in no stage’s band: the stage for every pupil is preselected, and said so', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '95');
    expect(texts(queryAll(widget, '[data-placement-note]'))).toEqual([
      'Nothing else places the pupil, so the case is at "Prevention of non-attendance", which applies to every pupil. You can choose another stage.',
    ]);
    expect(textOf(widget)).not.toContain('No stage of this pathway covers these figures');
    expect(byId<HTMLInputElement>(widget, 's-prevention-of-non-attendance').checked).toBe(true);
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('prevention-of-non-attendance');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Prevention of non-attendance Questions and evidence');
  });

  it('95% on a pathway with no stage for every pupil: the gap is explained and the school chooses the stage', async () => {
    const noUniversal = copyOf(seeds.wigan);
    delete noUniversal.stages[0].universal;
    const widget = await mountWidget({ pathway: noUniversal });
    await throughMeasures(widget, '95');
    expect(texts(queryAll(widget, '[data-placement-note]'))).toContain(
      'No stage of this pathway covers these figures. Choose the stage you are working at.',
    );
    // Never "applies to every pupil" beside "no stage covers these figures".
    expect(textOf(widget)).not.toContain('Applies to every pupil');
    expect(query(widget, '[data-current-stage]')).toBeNull();

    await continueOn(widget);
    expect(textOf(byId(widget, 'error-summary'))).toBe('There is a problem Choose the stage you are working at');
    expect(activeId(widget)).toBe('error-summary');

    await clickLink(widget, 'Choose the stage you are working at');
    expect(activeId(widget)).toBe('s-prevention-of-non-attendance');
    await chooseStage(widget, 'prevention-of-non-attendance');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Prevention of non-attendance Questions and evidence');
  });

  it('rejects impossible figures with a message linked to the field', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    await enterPercentage(widget, '120');
    await continueOn(widget);
    const summary = textOf(byId(widget, 'error-summary'));
    expect(summary).toBe('There is a problem Attendance must be a percentage from 0 to 100, not 120');
    expect(query(widget, '.form-group--error .error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Error: Attendance must be a percentage from 0 to 100, not 120',
    );
    // The box itself is described by the error (GOV.UK), not only the group around it.
    const box = query<HTMLInputElement>(widget, 'input[inputmode="decimal"][aria-invalid="true"]')!;
    const describedBy = box.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => textOf(byId(widget, id))).join(' ')).toContain('Attendance must be a percentage from 0 to 100, not 120');

    await enterPercentage(widget, 'eighty');
    await continueOn(widget);
    expect(textOf(byId(widget, 'error-summary'))).toBe('There is a problem Attendance must be a number, like 88.5');

    await enterSessions(widget, '100', '120');
    await continueOn(widget);
    expect(textOf(byId(widget, 'error-summary'))).toBe(
      'There is a problem Attendance: 120 sessions attended is more than the 100 possible sessions',
    );
    await clickLink(widget, /120 sessions attended/);
    expect(activeId(widget)).toBe('m-attendance-counted');
  });

  it('lists what is still missing, blocking first, and updates it on every answer', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Identify and Understand Questions and evidence');
    const blocking = () => texts(queryAll(widget, '[data-readiness="blocking"] li a'));
    const advisory = () => texts(queryAll(widget, '[data-readiness="advisory"] li a'));
    expect(blocking()).toHaveLength(6);
    expect(advisory()).toEqual(['Are children approaching or classed as persistently absence (90% and under)?']);
    expect(query(widget, '[data-ready]')?.dataset.ready).toBe('false');

    await answer(widget, 'q-reasons-listened-to', 'yes');
    expect(blocking()).toHaveLength(5);
    expect(blocking()).not.toContain(
      'Have conversations taken place to listen and understand the children and families’ reasons for declining attendance?',
    );

    // An unfavourable answer keeps the item blocking.
    await answer(widget, 'q-barriers-identified', 'no');
    expect(blocking()).toContain(
      'Have the barriers impacting attendance been identified, explored, and have appropriate interventions been put in place?',
    );

    for (const id of ['q-barriers-identified', 'q-school-support-implemented', 'q-individual-assessments', 'q-reasonable-adjustments-considered', 'q-smart-targets-in-place']) {
      await answer(widget, id, 'yes');
    }
    expect(blocking()).toEqual([]);
    expect(advisory()).toHaveLength(1);
    expect(query(widget, '[data-ready]')?.dataset.ready).toBe('true');
    expect(textOf(query(widget, '.readiness__status')!)).toBe('Nothing blocking is missing at this stage.');

    // A readiness link takes the user to the field.
    await clickLink(widget, 'Are children approaching or classed as persistently absence (90% and under)?');
    expect(activeId(widget)).toBe('q-q-approaching-persistent-absence-0');
  });

  it('goes through check your answers to the summary, and Change returns to the field', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '88', ['child-in-need']);
    await continueOn(widget);
    await answerAll(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const rows = queryAll(widget, '.summary-list__row');
    const row = (key: string) => rows.find((node) => textOf(node.querySelector('dt')!) === key);
    expect(textOf(row('Attendance')!.querySelector('.summary-list__value')!)).toBe('88%');
    expect(textOf(row('Circumstances')!.querySelector('.summary-list__value')!)).toBe('Child in Need');
    expect(textOf(row('Stage')!.querySelector('.summary-list__value')!)).toBe('Identify and Understand');
    expect(textOf(row('Has school implemented appropriate support to address barriers?')!.querySelector('.summary-list__value')!)).toBe('Yes');

    // Change an answer: back to that field, then Continue returns to the check page.
    await page.getByRole('link', { name: 'Change Has school implemented appropriate support to address barriers?' }).click();
    await settle(widget);
    expect(headingOf(widget)).toBe('Identify and Understand Questions and evidence');
    expect(activeId(widget)).toBe('q-q-school-support-implemented-0');
    await answer(widget, 'q-school-support-implemented', 'no');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const changed = queryAll(widget, '.summary-list__row').find(
      (node) => textOf(node.querySelector('dt')!) === 'Has school implemented appropriate support to address barriers?',
    );
    expect(textOf(changed!.querySelector('.summary-list__value')!)).toBe('No');

    // Change the attendance figure.
    await page.getByRole('link', { name: 'Change Attendance' }).click();
    await settle(widget);
    expect(activeId(widget)).toBe('m-attendance-percentage');
    await enterPercentage(widget, '45');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');

    await clickButton(widget, 'Continue to summary');
    expect(headingOf(widget)).toBe('A pathway for supporting non-attendance Summary');
  });

  it('the enforcement referral: earlier stages’ questions grouped by stage, the gate, pupil details and referral instructions', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '40');
    // 40% is in both Identify and Understand (90% and under) and Formalise support (50% and under).
    expect(byId<HTMLInputElement>(widget, 's-formalise-support').checked).toBe(true);
    await chooseStage(widget, 'enforcement-referral');
    expect(textOf(byId(widget, 'stage-announcement'))).toBe('Stage: Enforcement Referral');
    await continueOn(widget);

    expect(texts(queryAll(widget, '[data-questions] h3'))).toEqual([
      'Prevention of non-attendance',
      'Identify and Understand',
      'Support for the child and family',
      'Formalise support.',
      'Enforcement Referral',
      'Include in the referral: Referral to enforcement action',
    ]);
    expect(questionIdsOnPage(widget)).toHaveLength(26);
    const gate = () => query(widget, '[data-gate="gate-management-oversight"]')!;
    expect(gate().dataset.holds).toBe('false');
    // Evidence not confirmed yet waits for the school: not a "no".
    expect(textOf(gate())).toContain('Not confirmed yet Clear management oversight is evidenced within the plan');

    await answerAll(widget);
    await confirmEvidence(widget, 'management-oversight');
    expect(gate().dataset.holds).toBe('true');
    await confirmEvidence(widget, 'clear-offer-of-support');
    expect(texts(queryAll(widget, '[data-readiness="blocking"] li a'))).toEqual(["Child's name", 'Date of birth', 'The school they are on roll at']);

    await continueOn(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    await fillField(widget, 'f-child-name-input', 'Sam Example');
    await fillField(widget, 'f-date-of-birth-day', '31');
    await fillField(widget, 'f-date-of-birth-month', '2');
    await fillField(widget, 'f-date-of-birth-year', '2012');
    await continueOn(widget);
    expect(textOf(byId(widget, 'error-summary'))).toBe('There is a problem Date of birth: enter a real date, for example 27 3 2024');
    await fillField(widget, 'f-date-of-birth-day', '29');
    await fillField(widget, 'f-date-of-birth-year', '2012');
    await fillField(widget, 'f-school-input', 'Example Primary School');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    await clickButton(widget, 'Continue to summary');

    const referral = query(widget, '[data-referral="enforcement-pathway-meeting"]')!;
    expect(textOf(referral)).toContain('Referral: Referral to enforcement action');
    expect(textOf(referral)).toContain('Ready to refer to Attendance pathway meeting.');
    expect(textOf(referral)).toContain('Attendance pathway meeting');
    const email = referral.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(email.getAttribute('href')).toBe('mailto:AttendancePathway@wigan.gov.uk');
    expect(textOf(referral)).toContain("Child's name: Sam Example");
    expect(textOf(referral)).toContain('Date of birth: 29 February 2012');
    expect(textOf(referral)).toContain('The school they are on roll at: Example Primary School');
    expect(textOf(referral)).toContain('A time/date will be emailed to you to inform acceptance of this request.');
    // What the meeting can decide is what can happen after the referral, not a next step.
    const after = query(widget, '[data-section="after-referral"]')!;
    expect(textOf(after.querySelector('h3')!)).toBe('What can happen after the referral');
    const outcomes = texts([...after.querySelectorAll('li')]).filter((text) => /^(Approval|Agree)/.test(text));
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).toBe('Approval to submit a referral for escalation to enforcement');
    expect(outcomes[1]).toBe(
      'Agree further recommendations to consider and review within your existing plan This could include escalation within wider service involvement.',
    );
    expect(query(widget, '[data-section="stage"] [data-ready]')?.dataset.ready).toBe('true');
  });

  it('a child looked after at an earlier stage is told now that enforcement will not be offered', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '88', ['looked-after']);
    const banner = textOf(query(widget, '[data-current-stage]')!);
    expect(banner).toContain('Identify and Understand');
    expect(banner).toContain('Exceptions for this pupil at other stages');
    expect(banner).toContain(
      "Warning: Child Looked After (CLA) Please note we do not proceed to legal enforcement for CLA but would look to escalate within children's social care. This changes: Enforcement Referral, Referral to enforcement action.",
    );
  });

  it('a child who is not looked after sees no enforcement exception at an earlier stage', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '88');
    expect(textOf(query(widget, '[data-current-stage]')!)).not.toContain('legal enforcement for CLA');
  });

  it('figures that point to a stage not offered for the pupil preselect the most intensive stage that is, and say why', async () => {
    const banded = copyOf(seeds.wigan) as unknown as { stages: { id: string; bands?: unknown[] }[] };
    banded.stages.find((stage) => stage.id === 'enforcement-referral')!.bands = [
      { id: 'very-severe', label: 'very severe absence (30% and under)', measure: 'attendance', upper: { value: 30, inclusive: true } },
    ];
    const notLookedAfter = await mountWidget({ pathway: banded });
    await throughMeasures(notLookedAfter, '25');
    expect(query(notLookedAfter, '[data-current-stage]')?.dataset.currentStage).toBe('enforcement-referral');
    cleanup();

    const widget = await mountWidget({ pathway: banded });
    await throughMeasures(widget, '25', ['looked-after']);
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('formalise-support');
    expect(byId<HTMLInputElement>(widget, 's-formalise-support').checked).toBe(true);
    expect(texts(queryAll(widget, '[data-placement-note]'))).toEqual([
      'The pathway places this pupil at a stage that is not offered to them: Enforcement Referral. We have chosen the most intensive stage that is: Formalise support. You can choose another stage.',
    ]);
    // The school can still choose the stage the figures point to, and is told it is not offered.
    await chooseStage(widget, 'enforcement-referral');
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('enforcement-referral');
    expect(textOf(query(widget, '[data-current-stage]')!)).toContain('Enforcement Referral is not offered for this pupil.');
  });

  it('a child looked after is not offered enforcement, and is told what to do instead', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '40', ['looked-after']);
    expect(textOf(byId(widget, 's-enforcement-referral-hint'))).toBe('Not offered for this pupil');
    await chooseStage(widget, 'enforcement-referral');
    const banner = textOf(query(widget, '[data-current-stage]')!);
    // What to do instead is in the exception above, named: never "below", where nothing says it.
    expect(banner).toContain('Warning: Enforcement Referral is not offered for this pupil. What to do instead is under "Child Looked After (CLA)" above.');
    // What stops the stage leads the page.
    expect(textOf(query(widget, '[data-important-exceptions]')!)).toContain(
      "Warning: Child Looked After (CLA) Please note we do not proceed to legal enforcement for CLA but would look to escalate within children's social care.",
    );
    await continueOn(widget);
    expect(textOf(query(widget, '[data-status="stage"]')!)).toBe('This stage is not offered for this pupil.');
    // Its questions are not asked, nor counted.
    expect(query(widget, '[data-questions]')).toBeNull();
    expect(query(widget, '[data-progress]')).toBeNull();
    expect(textOf(query(widget, '[data-blocked-questions]')!)).toBe('You do not need to answer anything for Enforcement Referral: it is not offered for this pupil.');
    expect(textOf(query(widget, '[data-status="referral:enforcement-pathway-meeting"]')!)).toBe(
      'Referral to enforcement action is not offered for this pupil.',
    );
    // The blocked referral asks for no pupil details: straight to check your answers.
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    await clickButton(widget, 'Continue to summary');
    expect(textOf(query(widget, '#summary-document [data-important-exceptions]')!)).toContain('we do not proceed to legal enforcement for CLA');
    expect(textOf(query(widget, '[data-referral="enforcement-pathway-meeting"]')!)).toContain('Referral to enforcement action is not offered for this pupil.');
    expect(query(widget, '[data-section="stage"] [data-ready]')?.dataset.ready).toBe('false');
    // Nothing is asked of a stage not offered: no "still missing", conditions, duties or time limits.
    for (const part of ['missing', 'gates', 'duties', 'time-limits']) expect(query(widget, `[data-section="${part}"]`), part).toBeNull();
  });
});

describe('Norfolk: levels of need', () => {
  it('50% is in two overlapping bands: the most intensive is chosen and the school can choose the other', async () => {
    const widget = await mountWidget({ pathway: seeds.norfolk });
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await throughMeasures(widget, '50');
    expect(texts(queryAll(widget, '[data-placement-note]'))).toContain(
      'More than one stage matches. We have chosen Acute: Severe Absence 50% and below, the most intensive; you can choose another.',
    );
    expect(byId<HTMLInputElement>(widget, 's-acute-severe-absence').checked).toBe(true);
    expect(textOf(byId(widget, 's-targeted-persistent-absence-hint'))).toBe('Matches these figures');
    await chooseStage(widget, 'targeted-persistent-absence');
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('targeted-persistent-absence');
    expect(stageChanges.map((event) => event.detail.stageId)).toEqual(['acute-severe-absence', 'targeted-persistent-absence']);
  });

  it('90% is Targeted Persistent Absence, with the school, LA and partner lists and resource links', async () => {
    const widget = await mountWidget({ pathway: seeds.norfolk });
    await throughMeasures(widget, '90');
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('targeted-persistent-absence');
    const duties = texts(queryAll(widget, '[data-current-stage] details > summary'));
    expect(duties.length).toBeGreaterThanOrEqual(3);
    const links = queryAll<HTMLAnchorElement>(widget, '[data-current-stage] a[href]');
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^(https:|mailto:|[^:]*$)/);
      if (link.getAttribute('href')!.startsWith('https:')) {
        expect(link.target).toBe('_blank');
        expect(link.rel).toBe('noopener noreferrer');
        expect(textOf(link)).toMatch(/\(opens in new tab\)$/);
      }
    }
    // The stage has nothing to answer or confirm: no empty questions page.
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    await clickButton(widget, 'Continue to summary');
    expect(textOf(query(widget, '[data-section="duties"]')!).length).toBeGreaterThan(100);
    expect(textOf(query(widget, '[data-section="classifications"]')!)).toContain('Persistent absence (90% and below)');
  });
});

describe('Southwark: stage one', () => {
  it('asks the six components as evidence, and a family open to social care passes the lead to the case responsible officer', async () => {
    const widget = await mountWidget({ pathway: seeds.southwark });
    await throughMeasures(widget, '85', ['persistent-non-attendance', 'open-to-social-care', 'first-language-not-english', 'parent-literacy-or-learning-needs']);
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('stage-one');
    const banner = textOf(query(widget, '[data-current-stage]')!);
    expect(banner).toContain('the case responsible officer will assume responsibility for attendance action at stage one and two');
    expect(banner).toContain('First language not English');
    await continueOn(widget);
    expect(queryAll(widget, '[data-evidence-item]')).toHaveLength(6);
    expect(questionIdsOnPage(widget)).toEqual(['q-communication-translated', 'q-information-shared-accessibly', 'q-advocacy-support-sought']);
    await confirmEvidence(widget, 'taf-convened');
    // Confirming evidence reveals the optional note.
    await fillField(widget, 'e-taf-convened-note', 'TAF minutes, 3 March, in the pupil file');
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    expect(textOf(query(widget, '[data-section="evidence"]')!)).toContain('TAF minutes, 3 March, in the pupil file');
  });
});

describe('County flowchart', () => {
  it('below 50% the County Attendance Team acts; immediate risk of harm goes to the MASH instead of LCSS', async () => {
    const widget = await mountWidget({ pathway: seeds.county });
    await throughMeasures(widget, '45', ['immediate-risk-of-harm']);
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('county-attendance-team');
    await chooseStage(widget, 'contact-lcss');
    expect(textOf(query(widget, '[data-important-exceptions]')!)).toContain('If the child is at immediate risk of harm you should contact the MASH.');
    await continueOn(widget);
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    expect(textOf(query(widget, '[data-referral="lcss"]')!)).toContain('Contact LCSS: this pupil is directed elsewhere instead.');
  });

  it('a pupil at immediate risk of harm is told on the summary to contact the MASH, whatever the stage', async () => {
    const widget = await mountWidget({ pathway: seeds.county });
    await throughMeasures(widget, '45', ['immediate-risk-of-harm']);
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('county-attendance-team');
    await continueOn(widget);
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    // It changes everything: it leads the summary, whatever the stage.
    const important = textOf(query(widget, '#summary-document [data-important-exceptions]')!);
    expect(important).toContain('This changes: Contact LCSS.');
    expect(important).toContain('If the child is at immediate risk of harm you should contact the MASH.');
    // Where to go instead names where the referral goes, not the referral's own title.
    expect(important).toContain('Instead: make a referral to MASH.');
    expect(textOf(query(widget, '[data-section="next-steps"]')!)).toContain('make a referral to MASH instead.');
    // The MASH referral's only instructions are the exception's own message: said once, not again as "How to refer".
    const summary = textOf(query(widget, '#summary-document')!);
    expect(summary.split('If the child is at immediate risk of harm you should contact the MASH.').length - 1).toBe(1);
    expect(summary).not.toContain('How to refer: If the child');
  });

  it('without that risk the summary has no such section', async () => {
    const widget = await mountWidget({ pathway: seeds.county });
    await throughMeasures(widget, '45');
    await continueOn(widget);
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    expect(query(widget, '[data-section="exceptions-elsewhere"]')).toBeNull();
    expect(query(widget, '[data-important-exceptions]')).toBeNull();
  });

  it('shows the Early Help time limit in words', async () => {
    const widget = await mountWidget({ pathway: seeds.county });
    await throughMeasures(widget, '45');
    await chooseStage(widget, 'early-help-lead-professional');
    expect(textOf(query(widget, '[data-time-limit="early-help-intervention"]')!)).toMatch(/up to 6 months/);
  });
});

describe('the summary: print, download, submit', () => {
  async function toSummary(attributes: Record<string, string | boolean> = {}): Promise<PathwayWidget> {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01', ...attributes } });
    await throughMeasures(widget, '88', ['child-in-need']);
    await continueOn(widget);
    await answer(widget, 'q-reasons-listened-to', 'yes');
    await answer(widget, 'q-barriers-identified', 'no');
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    return widget;
  }

  it('shows stage, measures, answers, what is missing and the pathway version', async () => {
    const widget = await toSummary();
    const summary = textOf(byId(widget, 'summary-document'));
    expect(summary).toContain('Wigan Council. A pathway for supporting non-attendance, version');
    expect(textOf(query(widget, '[data-section="stage"]')!)).toContain('Identify and Understand');
    expect(textOf(query(widget, '[data-section="stage"]')!)).toContain('Not complete 5 things are still needed at this stage.');
    expect(textOf(query(widget, '[data-section="measures"]')!)).toBe('Attendance Attendance 88%');
    expect(textOf(query(widget, '[data-section="cohorts"]')!)).toBe('Circumstances Child in Need');
    const answers = textOf(query(widget, '[data-section="answers"]')!);
    expect(answers).toContain('Have conversations taken place to listen and understand the children and families’ reasons for declining attendance? Yes');
    expect(answers).toContain('Have the barriers impacting attendance been identified, explored, and have appropriate interventions been put in place? No');
    expect(textOf(query(widget, '[data-section="missing"]')!)).toContain('Has school implemented appropriate support to address barriers?');
    expect(textOf(query(widget, '[data-section="exceptions"]')!)).toContain('Existing plan in place');
  });

  it('prints the summary alone, from a frame of its own, not the page around it; focus returns to Print', async () => {
    // The council's page around the widget: none of it is printed.
    const header = document.body.insertBefore(document.createElement('header'), document.body.firstChild);
    header.textContent = 'Council header and menus';
    const widget = await toSummary();
    widget.style.setProperty('--pathway-font', 'Georgia');
    const pagePrint = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const headBefore = document.head.children.length;
    // What the print would show, read as the frame is printed, under print media.
    let printed: { title: string; lang: string; text: string; summary: boolean[]; around: boolean[]; font: string } | undefined;
    onFramePrint((copy, frameWindow) => {
      const shown = (selector: string) =>
        [...copy.querySelectorAll(selector)].map((element) => frameWindow.getComputedStyle(element).display !== 'none');
      printed = {
        title: frameWindow.document.title,
        lang: frameWindow.document.documentElement.lang,
        text: (copy.textContent ?? '').replace(/\s+/g, ' '),
        summary: shown('#summary-document'),
        around: shown('.button-group, .back-link, .no-print, button'),
        font: frameWindow.getComputedStyle(copy.host).fontFamily,
      };
    });
    const printButton = queryAll<HTMLButtonElement>(widget, 'button').find((button) => textOf(button) === 'Print')!;
    await commands.emulateMedia('print');
    try {
      // Under print media the button itself is hidden (display: none), so it is clicked from script.
      printButton.click();
    } finally {
      await commands.emulateMedia(null);
      header.remove();
    }
    expect(pagePrint).not.toHaveBeenCalled();
    expect(printed).toBeDefined();
    expect(printed!.title).toBe('Summary: A pathway for supporting non-attendance');
    expect(printed!.lang).toBe('en');
    expect(printed!.text).toContain('A pathway for supporting non-attendance Summary');
    expect(printed!.text).toContain('Have the barriers impacting attendance been identified');
    expect(printed!.text).not.toContain('Council header and menus');
    // The summary shows; the buttons and links around it do not, as in the widget's print view.
    expect(printed!.summary).toEqual([true]);
    expect(printed!.around.length).toBeGreaterThan(3);
    expect(printed!.around.filter((visible) => visible)).toEqual([]);
    expect(printed!.font).toBe('Georgia');
    // The frame is gone and the page's head untouched.
    expect(query(widget, 'iframe')).toBeNull();
    expect(document.head.children.length).toBe(headBefore);
    // Printed by a user: focus is back on Print afterwards.
    printed = undefined;
    await clickButton(widget, 'Print');
    expect(printed).toBeDefined();
    expect(query(widget, 'iframe')).toBeNull();
    expect(shadow(widget).activeElement).toBe(printButton);
  });

  it('downloads the summary as JSON and as a web page with no script', async () => {
    const widget = await toSummary();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    await clickButton(widget, 'Download as JSON');
    const json = JSON.parse(await blobs[0].text());
    expect(json.format).toBe('pathway-summary/1');
    expect(json.pathway.id).toBe(seeds.wigan.id);
    expect(json.pathway.version).toBe(seeds.wigan.version);
    expect(json.stage.id).toBe('identify-and-understand');
    expect(json.answers.find((a: { questionId: string }) => a.questionId === 'q-barriers-identified').answer).toBe('no');
    // Worked out as at 1 March 2025 (as-of), not today: named by that one day, as the page says it, without a time.
    expect(json.asOf).toBe('2025-03-01');
    const day = '2025-03-01';
    expect(names[0]).toBe(`${seeds.wigan.id}-summary-${day}.json`);

    await clickButton(widget, 'Download as a web page');
    const htmlText = await blobs[1].text();
    expect(blobs[1].type).toBe('text/html;charset=utf-8');
    expect(names[1]).toBe(`${seeds.wigan.id}-summary-${day}.html`);
    expect(htmlText.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(htmlText).not.toMatch(/<script/i);
    expect(htmlText).not.toMatch(/<button/i);
    expect(htmlText).not.toMatch(/\son[a-z]+=/i);
    expect(htmlText).toContain("default-src 'none'");
    const doc = new DOMParser().parseFromString(htmlText, 'text/html');
    expect(doc.title).toBe('Summary: A pathway for supporting non-attendance');
    expect(doc.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('A pathway for supporting non-attendance Summary');
    expect(doc.body.textContent).toContain('Have the barriers impacting attendance been identified');
    expect(doc.querySelector('style')?.textContent).toContain('body');
  });

  it('submits to submit-url: a failure keeps the answers and offers a retry that succeeds', async () => {
    const widget = await toSummary({ 'submit-url': '/api/referrals' });
    const errors = recordEvents(widget, 'pathway-error');
    const calls: { url: string; init: RequestInit }[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      return calls.length === 1 ? new Response('busy', { status: 503 }) : new Response('{}', { status: 201 });
    });

    await clickButton(widget, 'Submit summary');
    await eventually(() => expect(query(widget, '#submit-status')).not.toBeNull());
    expect(textOf(byId(widget, 'submit-status'))).toContain('Your summary could not be sent (the server answered 503). Your answers are still here.');
    expect(activeId(widget)).toBe('submit-status');
    expect(errors.map((event) => event.detail.code)).toEqual(['submit-failed']);
    // The answers are still there.
    expect(textOf(query(widget, '[data-section="answers"]')!)).toContain('No');

    await clickButton(widget, 'Try again');
    await eventually(() => expect(textOf(byId(widget, 'submit-status'))).toBe('Your summary has been sent.'));
    expect(calls).toHaveLength(2);
    expect(calls[0].url).toBe('/api/referrals');
    expect(calls[0].init.method).toBe('POST');
    const headers = new Headers(calls[0].init.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Idempotency-Key')).toBe(new Headers(calls[1].init.headers).get('Idempotency-Key'));
    const body = JSON.parse(String(calls[1].init.body));
    expect(body.format).toBe('pathway-summary/1');
    expect(body.answers.find((a: { questionId: string }) => a.questionId === 'q-reasons-listened-to').answer).toBe('yes');
  });

  it('a network failure on submit says so inside the widget', async () => {
    const widget = await toSummary({ 'submit-url': '/api/referrals' });
    vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await clickButton(widget, 'Submit summary');
    await eventually(() =>
      expect(textOf(byId(widget, 'submit-status'))).toContain('Your summary could not be sent. Your answers are still here.'),
    );
  });

  it('does not POST when the page calls preventDefault on pathway-submit', async () => {
    const widget = await toSummary({ 'submit-url': '/api/referrals' });
    const fetchSpy = vi.spyOn(window, 'fetch');
    const submitted: unknown[] = [];
    widget.addEventListener('pathway-submit', (event) => {
      submitted.push(event.detail.summary);
      event.preventDefault();
    });
    await clickButton(widget, 'Submit summary');
    expect(submitted).toHaveLength(1);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('offers no Submit button and sends nothing without submit-url or submit-event', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const widget = await toSummary();
    expect(page.getByRole('button', { name: 'Submit summary' }).query()).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(widget.submitUrl).toBeUndefined();
  });

  it('with submit-event, hands the summary to the page', async () => {
    const widget = await toSummary({ 'submit-event': true });
    const fetchSpy = vi.spyOn(window, 'fetch');
    const submitted = recordEvents(widget, 'pathway-submit');
    await clickButton(widget, 'Submit summary');
    expect(submitted[0].detail.summary.stage?.id).toBe('identify-and-understand');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(textOf(byId(widget, 'submit-status'))).toBe('Your summary has been sent.');
  });
});

describe('events', () => {
  it('pathway-ready, then pathway-change with everything entered (answers, figures, circumstances, evidence, chosen stage) but never pupil details', async () => {
    const element = document.createElement('pathway-widget');
    const ready = recordEvents(element, 'pathway-ready');
    const changes = recordEvents(element, 'pathway-change');
    element.pathway = seeds.wigan;
    document.body.append(element);
    await eventually(() => expect(ready).toHaveLength(1));
    expect(ready[0].detail).toEqual({ pathwayId: seeds.wigan.id, version: seeds.wigan.version });
    await settle(element);

    await throughMeasures(element, '40', ['child-in-need']);
    await chooseStage(element, 'enforcement-referral');
    await continueOn(element);
    await answer(element, 'q-attendance-discussed-with-parent', 'yes');
    const last = changes[changes.length - 1].detail;
    expect(last).toEqual({
      answers: { 'q-attendance-discussed-with-parent': 'yes' },
      measures: { attendance: { percentage: 40 } },
      cohorts: ['child-in-need'],
      evidence: {},
      stage: 'enforcement-referral',
    });
    await confirmEvidence(element, 'management-oversight');
    expect(changes[changes.length - 1].detail.evidence).toEqual({ 'management-oversight': { confirmed: true } });
    const before = changes.length;
    await continueOn(element);
    await fillField(element, 'f-child-name-input', 'Sam Example');
    expect(changes).toHaveLength(before);
    expect(JSON.stringify(changes.map((event) => event.detail))).not.toContain('Sam Example');
    element.remove();
  });

  it('events bubble out of the shadow root to the page', async () => {
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(event.type);
    document.addEventListener('pathway-ready', listener);
    await mountWidget({ pathway: seeds.norfolk });
    document.removeEventListener('pathway-ready', listener);
    expect(heard).toEqual(['pathway-ready']);
  });
});

describe('loading and errors as content', () => {
  it('fetches src with same-origin credentials and nothing else', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    // The test server serves the repository, so this is the real seed file.
    const widget = await mountWidget({ src: '/pathways/wigan.json' });
    expect(headingOf(widget)).toBe('Wigan Council A pathway for supporting non-attendance');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0];
    expect(url).toBe('/pathways/wigan.json');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method ?? 'GET').toBe('GET');
    expect(init?.body).toBeUndefined();
    await throughMeasures(widget, '88');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('asks for src as it connects, once; again when src changes, not when it is moved', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const element = document.createElement('pathway-widget');
    element.src = '/pathways/wigan.json';
    document.body.append(element);
    // Before its first update, so the download overlaps the first paint's work.
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await eventually(() => expect(headingOf(element)).toBe('Wigan Council A pathway for supporting non-attendance'));
    document.body.prepend(element);
    await settle(element);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    element.src = '/pathways/norfolk.json';
    await eventually(() => expect(headingOf(element)).toContain('A Staged Intervention Pathway'));
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual(['/pathways/wigan.json', '/pathways/norfolk.json']);
    element.remove();
  });

  it('a src set just after the element is put on the page loads without an error first', async () => {
    const element = document.createElement('pathway-widget');
    const errors = recordEvents(element, 'pathway-error');
    document.body.append(element);
    element.src = '/pathways/wigan.json';
    await eventually(() => expect(headingOf(element)).toBe('Wigan Council A pathway for supporting non-attendance'));
    expect(errors).toEqual([]);
    element.remove();
  });

  it('retrying after a failed download loads the pathway', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch').mockResolvedValueOnce(new Response('busy', { status: 503 }));
    const widget = await mountWidget({ src: '/pathways/norfolk.json' });
    expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown');
    await clickButton(widget, 'Try again');
    await eventually(() => expect(headingOf(widget)).toContain('A Staged Intervention Pathway'));
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('a 404 shows a message, no retry (the address is wrong: load-errors.test.ts), and fires pathway-error', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('Not found', { status: 404 }));
    const consoleError = vi.spyOn(console, 'error');
    const element = document.createElement('pathway-widget');
    const errors = recordEvents(element, 'pathway-error');
    element.src = '/missing.json';
    document.body.append(element);
    await eventually(() => expect(errors).toHaveLength(1));
    await settle(element);
    expect(errors[0].detail.code).toBe('http-error');
    expect(errors[0].detail.message).toMatch(/^The pathway was not found at its address \(the server answered 404\)\. Tell the council, so that they can fix it\.\n/);
    expect(textOf(element)).toContain('The pathway was not found at its address (the server answered 404).');
    expect(page.getByRole('button', { name: 'Try again' }).query()).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
    element.remove();
  });

  it('a file that is not JSON gets a message (no retry: the same file fails the same way), and a network failure a retry', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('<html>oops</html>', { status: 200 }));
    const widget = await mountWidget({ src: '/not-json.json' });
    expect(textOf(widget)).toContain('The pathway file is not valid JSON, so it cannot be read.');
    expect(page.getByRole('button', { name: 'Try again' }).query()).toBeNull();
    fetchSpy.mockRejectedValue(new TypeError('Failed to fetch'));
    widget.src = '/elsewhere.json';
    await eventually(() => expect(textOf(widget)).toContain('The pathway could not be downloaded. Check your connection and try again.'));
  });

  it('an invalid pathway lists its problems in plain English, naming the stage by its title', async () => {
    const broken = structuredClone(seeds.wigan) as unknown as { stages: { title: string; bands?: unknown[] }[] };
    // A structural error: the widget checks structure only (lint is the CLI's and editor's job).
    broken.stages[1].bands = [{ label: 'broken band', measure: 'attendance', lower: { value: 'ninety-two', inclusive: true }, upper: { value: 80, inclusive: true } }];
    const widget = await mountWidget({ pathway: broken });
    expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown');
    const problems = texts(queryAll(widget, '[data-problems] li'));
    expect(problems).toContain('Stage "Identify and Understand" › band "broken band" › lower bound › value: must be a number, not text');
    expect(problems.some((problem) => problem.includes('Stage "Identify and Understand"'))).toBe(true);
    expect(problems.join(' ')).not.toMatch(/\/stages\/1/);
    expect(page.getByRole('button', { name: 'Try again' }).query()).toBeNull();
  });

  it('a document that is not a pathway at all', async () => {
    const widget = await mountWidget({ pathway: { hello: 'world' } });
    expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown');
    expect(queryAll(widget, '[data-problems] li').length).toBeGreaterThan(0);
  });

  it('no src and no pathway', async () => {
    const widget = await mountWidget({});
    expect(textOf(widget)).toContain('No pathway was given to this page.');
  });
});

describe('embedding', () => {
  it('loading the script twice is harmless', async () => {
    const first = customElements.get('pathway-widget');
    await import('../embed.js?again' as string);
    expect(customElements.get('pathway-widget')).toBe(first);
  });

  it('localises the widget’s own words and numbers', async () => {
    const widget = await mountWidget({
      pathway: seeds.wigan,
      attributes: { lang: 'cy' },
      properties: {
        strings: {
          startButton: 'Dechrau nawr',
          stageHeading: 'Pa gam sy’n berthnasol',
          reasons: { 'placement.band': (params) => `Mae ${params.value} yn ${params.band}: ${params.stage}` },
        },
      },
    });
    expect(page.getByRole('button', { name: 'Dechrau nawr' }).query()).not.toBeNull();
    await clickButton(widget, 'Dechrau nawr');
    await enterPercentage(widget, '88.5');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Pa gam sy’n berthnasol');
    // The engine's reasons are translated by code; codes the table lacks are in the widget's English.
    const reasons = texts(queryAll(widget, '[data-placement-reasons] li'));
    expect(reasons).toEqual(['Mae 88.5% yn persistently absent (90% and under): Identify and Understand']);
  });
});

describe('many questions', () => {
  it('keeps every question in the DOM and redraws only the answered one', async () => {
    const big = structuredClone(seeds.wigan) as unknown as { stages: { id: string; questions?: unknown[] }[] };
    big.stages[1].questions = Array.from({ length: 300 }, (_, i) => ({ id: `bulk-${i}`, text: `Bulk question ${i}?`, type: 'yesNoNa' }));
    const widget = await mountWidget({ pathway: big });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    expect(queryAll(widget, '[data-question]')).toHaveLength(300);
    const untouched = query(widget, '[data-question="bulk-200"] legend')!;
    const marker = document.createComment('kept');
    untouched.append(marker);
    await answer(widget, 'bulk-5', 'yes');
    expect(untouched.isConnected).toBe(true);
    expect(untouched.lastChild).toBe(marker);
    expect(textOf(query(widget, '.readiness .secondary')!)).toBe('1 of 300 answered.');
  });
});

describe('number and date questions', () => {
  it('checks a number against its limits and a date for being real', async () => {
    const custom = structuredClone(seeds.wigan) as unknown as { stages: { questions?: unknown[] }[] };
    custom.stages[1].questions = [
      { id: 'sessions-missed', text: 'How many sessions were missed?', type: 'number', minimum: 0, maximum: 380 },
      { id: 'meeting-date', text: 'When was the review meeting?', type: 'date' },
      { id: 'notes', text: 'What has been tried?', type: 'text', required: false },
      { id: 'route', text: 'Which route?', type: 'choice', options: [{ value: 'a', label: 'Route A' }, { value: 'b', label: 'Route B' }] },
    ];
    const widget = await mountWidget({ pathway: custom });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    await fillField(widget, 'q-sessions-missed-input', '400');
    await fillField(widget, 'q-meeting-date-day', '31');
    await fillField(widget, 'q-meeting-date-month', '4');
    await fillField(widget, 'q-meeting-date-year', '2024');
    await continueOn(widget);
    expect(texts(queryAll(widget, '#error-summary li'))).toEqual([
      'How many sessions were missed?: enter 380 or less',
      'When was the review meeting?: enter a real date, for example 27 3 2024',
    ]);
    await fillField(widget, 'q-sessions-missed-input', '12');
    await fillField(widget, 'q-meeting-date-day', '30');
    await fillField(widget, 'q-notes-input', 'Mentoring and a part-time timetable');
    await answer(widget, 'route', 'b');
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const value = (key: string) =>
      textOf(queryAll(widget, '.summary-list__row').find((row) => textOf(row.querySelector('dt')!) === key)!.querySelector('.summary-list__value')!);
    expect(value('How many sessions were missed?')).toBe('12');
    expect(value('When was the review meeting?')).toBe('30 April 2024');
    expect(value('What has been tried?')).toBe('Mentoring and a part-time timetable');
    expect(value('Which route?')).toBe('Route B');
    void clickField;
    void tickCohort;
  });
});
