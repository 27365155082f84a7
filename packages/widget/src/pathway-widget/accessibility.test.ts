/**
 * Accessibility: axe-core finds nothing in any state (start, each page, errors, the summary,
 * drafts, load failures), and the whole Wigan journey can be done with the keyboard alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { copyOf, seeds, tiers } from '../testing/fixtures.js';
import { axeViolations, deepActiveElement, hasId, isButton, tabTo } from '../testing/accessibility.js';
import { cleanup, eventually, headingOf, mountWidget, settle, textOf } from '../testing/mount.js';
import {
  answer,
  chooseStage,
  clickButton,
  confirmEvidence,
  continueOn,
  enterPercentage,
  fillField,
  questionIdsOnPage,
  start,
  throughMeasures,
} from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function expectNoViolations(widget: PathwayWidget, state: string): Promise<void> {
  await settle(widget);
  expect(await axeViolations(widget), state).toEqual([]);
}

describe('axe-core: no violations', () => {
  it('in every state of the Wigan enforcement journey', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true, 'submit-url': '/api/summary' } });
    await expectNoViolations(widget, 'start');
    await start(widget);
    await expectNoViolations(widget, 'measures');
    await enterPercentage(widget, '150');
    await continueOn(widget);
    await expectNoViolations(widget, 'measures with errors');
    await enterPercentage(widget, '40');
    await continueOn(widget);
    await expectNoViolations(widget, 'stage (overlap)');
    await chooseStage(widget, 'enforcement-referral');
    await continueOn(widget);
    await expectNoViolations(widget, 'questions');
    await answer(widget, 'q-siblings-considered', 'na');
    await confirmEvidence(widget, 'management-oversight');
    await expectNoViolations(widget, 'questions with evidence note');
    await continueOn(widget);
    await fillField(widget, 'f-date-of-birth-day', '40');
    await continueOn(widget);
    await expectNoViolations(widget, 'pupil details with errors');
    await fillField(widget, 'f-date-of-birth-day', '4');
    await fillField(widget, 'f-date-of-birth-month', '5');
    await fillField(widget, 'f-date-of-birth-year', '2013');
    await continueOn(widget);
    await expectNoViolations(widget, 'check your answers');
    await clickButton(widget, 'Continue to summary');
    await expectNoViolations(widget, 'summary');
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('', { status: 500 }));
    await clickButton(widget, 'Submit summary');
    await eventually(() => expect(textOf(widget)).toContain('could not be sent'));
    await expectNoViolations(widget, 'summary after a failed submit');
  });

  it('on the gap, the looked-after exception and the other seeds', async () => {
    const wigan = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(wigan, '95');
    await expectNoViolations(wigan, 'stage gap with the stage for every pupil preselected');
    cleanup();

    const noUniversal = copyOf(seeds.wigan);
    delete noUniversal.stages[0].universal;
    const gap = await mountWidget({ pathway: noUniversal });
    await throughMeasures(gap, '95');
    await continueOn(gap);
    await expectNoViolations(gap, 'stage gap with error');
    cleanup();

    const cla = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(cla, '40', ['looked-after']);
    await chooseStage(cla, 'enforcement-referral');
    await expectNoViolations(cla, 'looked-after exception');
    cleanup();

    for (const [name, percentage] of [
      ['norfolk', '50'],
      ['southwark', '85'],
      ['county', '45'],
    ] as const) {
      const widget = await mountWidget({ pathway: seeds[name] });
      await expectNoViolations(widget, `${name} start`);
      await throughMeasures(widget, percentage, name === 'southwark' ? ['persistent-non-attendance'] : []);
      await expectNoViolations(widget, `${name} stage`);
      // Questions (when the stage has any) and pupil details (when its referral needs them).
      for (let page = 0; page < 3 && headingOf(widget) !== 'Check your answers'; page++) {
        await continueOn(widget);
        await expectNoViolations(widget, `${name}: ${headingOf(widget)}`);
      }
      await clickButton(widget, 'Continue to summary');
      await expectNoViolations(widget, `${name} summary`);
      cleanup();
    }
  });

  it('on what the pages say: what changes everything, grouped questions, readiness per referral, a redirected referral, both stages', async () => {
    const widget = await mountWidget({ pathway: tiers, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '40', ['risk-of-harm', 'family-plan']);
    await chooseStage(widget, 'tier-2');
    await chooseStage(widget, 'tier-3');
    await expectNoViolations(widget, 'stage page led by the risk of harm, with advice');
    await continueOn(widget);
    await expectNoViolations(widget, 'questions grouped by stage, missing per referral');
    await answer(widget, 'met-family', 'no');
    await fillField(widget, 'q-plan-date-day', '6');
    await fillField(widget, 'q-plan-date-month', '1');
    await fillField(widget, 'q-plan-date-year', '2025');
    await expectNoViolations(widget, 'a blocking No with its reason, a condition whose time has run out');
    // The panel referral is redirected to the MASH for this pupil: no pupil details are asked.
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    await expectNoViolations(widget, 'summary with a redirected referral, next steps and what can happen after the referral');
    cleanup();

    const chosen = await mountWidget({ pathway: seeds.norfolk });
    await throughMeasures(chosen, '50');
    await chooseStage(chosen, 'targeted-persistent-absence');
    await continueOn(chosen);
    await clickButton(chosen, 'Continue to summary');
    await expectNoViolations(chosen, 'summary explaining the stage chosen and the stage suggested');
  });

  it('names each stage choice with its subtitle as words apart ("Prevention of non-attendance UNIVERSAL")', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    await enterPercentage(widget, '88');
    await continueOn(widget);
    // Chromium's own names (a screen reader's), not Playwright's computation.
    expect(await commands.chromiumNames('radio')).toContain('Prevention of non-attendance UNIVERSAL');
  });

  it('on load errors', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('nope', { status: 404 }));
    const missing = await mountWidget({ src: '/missing.json' });
    await expectNoViolations(missing, '404');
    cleanup();
    const invalid = await mountWidget({ pathway: { schemaVersion: '1.0', id: 'x', version: '1', title: 'T', authority: { name: 'A' }, measures: [], stages: [] } });
    await expectNoViolations(invalid, 'invalid pathway');
  });
});

describe('keyboard only', () => {
  it('"Try again" that fails again leaves focus on the error panel\'s heading, not on the page', async () => {
    // A server error (a 404 offers no "Try again": the address is wrong).
    vi.spyOn(window, 'fetch').mockImplementation(async () => new Response('busy', { status: 503 }));
    const widget = await mountWidget({ src: '/busy.json', until: 'none' });
    await eventually(() => expect(widget.shadowRoot!.querySelector('[part~="error-panel"] button')).not.toBeNull());
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error-panel"] button')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(widget.shadowRoot!.activeElement?.id).toBe('page-heading'));
    expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown');
  });


  it('completes the whole Wigan journey without a mouse', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01' } });
    (document.activeElement as HTMLElement | null)?.blur();

    await tabTo(isButton('Start now'), 'Start now');
    await userEvent.keyboard('{Enter}');
    await settle(widget);
    expect(deepActiveElement()?.id).toBe('page-heading');

    await tabTo(hasId('m-attendance-percentage'), 'the percentage box');
    await userEvent.keyboard('88');
    await tabTo(hasId('c-child-in-need'), 'the Child in Need checkbox');
    await userEvent.keyboard(' ');
    await tabTo(isButton('Continue'), 'Continue');
    await userEvent.keyboard('{Enter}');
    await settle(widget);
    expect(headingOf(widget)).toBe('Which stage applies');

    await tabTo(isButton('Continue'), 'Continue');
    await userEvent.keyboard('{Enter}');
    await settle(widget);
    expect(headingOf(widget)).toBe('Identify and Understand Questions and evidence');

    for (const id of questionIdsOnPage(widget)) {
      await tabTo((element) => element instanceof HTMLInputElement && element.name === `q-${id}`, `question ${id}`);
      // Space selects the focused radio: the first option, "Yes".
      await userEvent.keyboard(' ');
      await settle(widget);
    }
    expect(textOf(widget.shadowRoot!.querySelector('.readiness__status')!)).toBe('Nothing blocking is missing at this stage.');

    await tabTo(isButton('Continue'), 'Continue');
    await userEvent.keyboard('{Enter}');
    await settle(widget);
    expect(headingOf(widget)).toBe('Check your answers');

    await tabTo(isButton('Continue to summary'), 'Continue to summary');
    await userEvent.keyboard('{Enter}');
    await settle(widget);
    expect(headingOf(widget)).toBe('A pathway for supporting non-attendance Summary');
    expect(textOf(widget.shadowRoot!.querySelector('[data-section="stage"]')!)).toContain('Identify and Understand');

    // The summary's buttons are reachable too.
    await tabTo(isButton('Download as JSON'), 'Download as JSON');
    expect(deepActiveElement()?.localName).toBe('button');
  });
});
