/**
 * What the widget tells a school on the fourth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Brackley, Wexcombe, Dunmore, Felsham): a stage's own outcomes
 * are never said to follow a referral, what follows a referral is said only where it can be made,
 * the stage's exit is a next step, "why this stage" never says the user chose it when they did
 * not, a date left blank reads in the author's words, an outcome says where it leads, and a gate
 * met more than one way names each way still open. Each rule is a rule for any pathway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import brackleyJson from '@pathway/core/fixtures/guide-authored/brackley-subthreshold.json';
import dunmoreJson from '@pathway/core/fixtures/guide-authored/dunmore-la-intake.json';
import felshamJson from '@pathway/core/fixtures/guide-authored/felsham-medical.json';
import wexcombeJson from '@pathway/core/fixtures/guide-authored/wexcombe-sequence.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const brackley = brackleyJson as unknown as Pathway;
const dunmore = dunmoreJson as unknown as Pathway;
const felsham = felshamJson as unknown as Pathway;
const wexcombe = wexcombeJson as unknown as Pathway;

const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const whole = (widget: PathwayWidget) => textOf(query(widget, '#summary-document')!);

describe('a stage’s outcomes are the stage’s, not the referral’s', () => {
  it('Felsham f6: the legal escalation is what can happen next at the stage, not after the medical referral', async () => {
    const widget = await summaryFor(felsham, {
      measures: { attendance: { percentage: 70 }, 'illness-days': { value: 20 } },
      cohorts: ['medical'],
      answers: { 'q-eha-offered': 'yes' },
      evidence: { 'school-support-plan': { confirmed: true } },
    }, '2025-03-20');
    expect(sectionText(widget, 'next-steps')).toContain('refer to Medical Needs Education Service');
    expect(sectionText(widget, 'next-steps')).not.toContain('request legal intervention');
    expect(sectionText(widget, 'what-next')).toMatch(/^What can happen next .*Support not engaged with: request legal intervention: escalate to Level 4/);
    expect(whole(widget)).not.toContain('What can happen after the referral');
  });

  it('Brackley b6: a referral that cannot be made has nothing "after" it; the stage’s escalation is what can happen next', async () => {
    const widget = await summaryFor(brackley, { measures: { attendance: { percentage: 82 } }, cohorts: ['on-intensive-plan'] }, '2025-03-20');
    expect(sectionText(widget, 'next-steps')).toContain('cannot be made as things stand');
    expect(sectionText(widget, 'what-next')).toMatch(/^What can happen next .*No improvement after intensive support/);
    expect(whole(widget)).not.toContain('What can happen after the referral');
  });

  it('Wexcombe w6: a referral that cannot be made says nothing of what follows it', async () => {
    const w6 = {
      measures: { attendance: { percentage: 93 }, 'unauth-10wk': { value: 4 }, 'consecutive-days': { value: 6 }, 'support-start': { date: '2024-12-02' }, 'previous-pn-count': { value: 0 }, 'warning-date': { date: '2025-03-03' } },
      answers: { 'q-meeting-held': 'yes' },
    } as PathwayCase;
    const widget = await summaryFor(wexcombe, w6, '2025-03-14');
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain('cannot be made as things stand');
    expect(next).not.toContain('After referring to');
    expect(whole(widget)).not.toContain('What can happen after the referral');
    expect(whole(widget)).not.toContain('Request declined: advice returned to the school');
  });
});

describe('the stage’s exit is a next step on the page, in print and in both downloads', () => {
  it('Brackley b3: above 95% held for 6 school weeks, the pupil can leave Wave 2', async () => {
    const widget = await summaryFor(brackley, {
      measures: { attendance: { percentage: 96 } },
      cohorts: ['on-asp'],
      answers: { 'q-asp-meeting-date': '2024-11-04', 'q-barriers-discussed': 'yes', 'q-above-95-since': '2025-01-27' },
      evidence: { 'asp-document': { confirmed: true } },
    }, '2025-03-20');
    expect(sectionText(widget, 'next-steps')).toContain(
      'The pupil can leave "Wave 2: Attendance Support Plan": The ASP can close: attendance is above 95% and has stayed above 95% for 6 school weeks.',
    );
  });
});

describe('"why this stage" never says the user chose a stage they did not', () => {
  it('Wexcombe w5 (no ifBlank): a stage skipped for a holiday, the most intensive one offered is not "chosen"', async () => {
    const noIfBlank = structuredClone(wexcombe) as unknown as { measures: { id: string; ifBlank?: string }[] };
    for (const measure of noIfBlank.measures) delete measure.ifBlank;
    const widget = await summaryFor(noIfBlank, {
      measures: { attendance: { percentage: 93 }, 'unauth-10wk': { value: 10 }, 'previous-pn-count': { value: 0 } },
      cohorts: ['term-time-holiday'],
    }, '2025-03-14');
    const why = sectionText(widget, 'placement');
    expect(why).toContain('We have chosen the most intensive stage that is');
    expect(why).not.toContain('You chose this stage');
  });
});

describe('a date left blank that means "not happened" reads in the author’s words', () => {
  it('Brackley b1: "Since what date has attendance been above 95%?" left blank', async () => {
    const widget = await summaryFor(brackley, {
      measures: { attendance: { percentage: 84 } },
      answers: { 'q-asp-meeting-date': '2025-03-03', 'q-barriers-discussed': 'yes', 'q-home-visit-date': '2025-03-06' },
      evidence: { 'asp-document': { confirmed: true } },
    }, '2025-03-20');
    const answers = sectionText(widget, 'answers');
    expect(answers).toContain('Since what date has attendance been above 95%? Attendance has not yet been above 95% since the plan started');
    expect(answers).not.toMatch(/above 95%\? Not answered/);
  });
});

describe('an outcome of any kind says where it leads', () => {
  it('Dunmore d2: "Attendance contract agreed" goes to the contract stage', async () => {
    const widget = await summaryFor(dunmore, {
      measures: { attendance: { percentage: 80 } },
      cohorts: ['open-social-care'],
      outcomes: ['accepted'],
      answers: {
        'q-referral-received': '2025-02-10', 'q-criteria-met': 'yes', 'q-printouts': 'yes', 'q-eh-open': 'yes', 'q-meeting-date': '2025-03-03',
        'q-parents-attended': 'yes', 'q-pupil-voice': 'yes', 'q-barriers': 'yes', 'q-support-offered': 'Breakfast club and mentor', 'q-contract-agreed': 'yes',
      },
      evidence: { 'meeting-minutes': { confirmed: true } },
    } as PathwayCase, '2025-03-20');
    expect(sectionText(widget, 'next-steps')).toContain('Attendance contract agreed: go to 3. Attendance contract.');
  });
});

describe('a gate met any of several ways names each way still open', () => {
  it('Felsham f7: "support has been offered" names the written refusal and both kinds of evidence', async () => {
    const widget = await summaryFor(felsham, { measures: { attendance: { percentage: 60 } }, stage: 'level-4', answers: { 'q-eha-offered': 'no' } } as PathwayCase, '2025-03-20');
    const gate = textOf(query(widget, '[data-section="gates"] [data-gate="gate-support-offered"]')!);
    expect(gate).toContain('"Has the family declined support in writing?" is not answered');
    expect(gate).toContain('"Early Help Assessment" is not confirmed');
    expect(gate).toContain('"School attendance support plan" is not confirmed');
    expect(gate).toMatch(/one of/i);
    expect(gate).not.toMatch(/^Not met/);
  });
});
