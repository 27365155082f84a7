/**
 * Duties that do not apply to this pupil are never dropped (schemas/README.md, "Duties as
 * councils write them"), but they do not bury the few that do: those that apply come first, and
 * the others follow together under one closed disclosure, on the stage page and the summary. On
 * paper (print) and in the downloaded web page they are listed, not hidden behind it.
 * Aldermoor (guide-authored) adds duties for seven circumstances at its levels.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import aldermoorJson from '@pathway/core/fixtures/guide-authored/aldermoor-cohorts.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { downloadsOf, pressOn } from '../testing/driver.js';
import { axeViolations } from '../testing/accessibility.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import { onFramePrint } from '../testing/print-frame.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const aldermoor = aldermoorJson as unknown as Pathway;
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const queryAll = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

const EHCP = 'For pupils with an EHCP, ask the SEN Casework Team for an early annual review.';
const PLAN = 'Put in place an Attendance Support Plan and review it every 4 school weeks.';

async function atLevel3(cohorts: string[] = []): Promise<PathwayWidget> {
  const pupil: PathwayCase = { measures: { attendance: { percentage: 85 } }, cohorts };
  const widget = await mountWidget({ pathway: aldermoor, attributes: { 'as-of': '2026-02-20' }, properties: { case: pupil } });
  for (let step = 0; step < 10 && !query(widget, '[data-stage-duties]'); step++) await pressOn(widget);
  expect(headingOf(widget)).toBe('Which stage applies');
  expect(textOf(widget.shadowRoot!)).toContain('Level 3: Targeted support');
  return widget;
}

/** In `list`: the duties that apply all come before the disclosure, which holds every one that does not. */
function expectOthersAfter(list: HTMLElement, others: number, example = { text: EHCP, circumstance: 'Education, Health and Care Plan (EHCP)' }): HTMLDetailsElement {
  const disclosures = queryAll(list, 'details[data-duties-other]');
  expect(disclosures).toHaveLength(1);
  const disclosure = disclosures[0] as HTMLDetailsElement;
  expect(disclosure.open).toBe(false);
  expect(textOf(disclosure.querySelector('summary')!)).toBe(`${others} duties that do not apply now`);
  const applying = queryAll(list, '[data-applies="true"]');
  const notApplying = queryAll(list, '[data-applies="false"]');
  expect(applying.length).toBeGreaterThan(0);
  expect(notApplying).toHaveLength(others);
  for (const duty of applying) {
    expect(disclosure.contains(duty)).toBe(false);
    expect(duty.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }
  for (const duty of notApplying) expect(disclosure.contains(duty)).toBe(true);
  // Each keeps its reason: never dropped, only put aside.
  expect(textOf(disclosure)).toContain(example.text);
  expect(textOf(disclosure)).toContain(`"${example.circumstance}" is not ticked`);
  return disclosure;
}

describe('duties for other circumstances', () => {
  it('on the stage page: the duties that apply first, the other five together under one closed disclosure after them', async () => {
    const widget = await atLevel3();
    const list = query(widget, '[data-stage-duties]')!;
    expectOthersAfter(list, 5);
    expect(textOf(list)).toContain(PLAN);
    expect(await axeViolations(widget)).toEqual([]);
    // Opened, it lists them under their own headings.
    const disclosure = list.querySelector<HTMLDetailsElement>('details[data-duties-other]')!;
    disclosure.querySelector('summary')!.click();
    await widget.updateComplete;
    expect(disclosure.open).toBe(true);
    expect(textOf(disclosure)).toContain('The YJS case manager will:');
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('on the summary, likewise; a duty for a circumstance the school ticked is among those that apply', async () => {
    const widget = await atLevel3(['ehcp']);
    for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) await pressOn(widget);
    const list = query(widget, '[data-section="duties"]')!;
    expectOthersAfter(list, 4, { text: 'Include attendance in the YJS intervention plan.', circumstance: 'Open to the Youth Justice Service (has a YJS worker)' });
    // EHCP is ticked: its duty applies, outside the disclosure.
    const ehcp = queryAll(list, '[data-applies="true"]').find((duty) => textOf(duty).includes('For pupils with an EHCP'));
    expect(ehcp).toBeDefined();
    expect(await axeViolations(widget)).toEqual([]);
  });

  it('one that does not apply is "1 duty that does not apply now"', async () => {
    const widget = await atLevel3(['ehcp', 'sen-support', 'refugee', 'yjs']);
    const list = query(widget, '[data-stage-duties]')!;
    expect(textOf(list.querySelector('details[data-duties-other] summary')!)).toBe('1 duty that does not apply now');
    expect(queryAll(list, 'details[data-duties-other] [data-applies="false"]')).toHaveLength(1);
  });

  it('every duty applies: no disclosure', async () => {
    const widget = await atLevel3(['ehcp', 'sen-support', 'refugee', 'yjs', 'ap']);
    expect(query(widget, '[data-stage-duties] details[data-duties-other]')).toBeNull();
    expect(query(widget, '[data-stage-duties] [data-applies="false"]')).toBeNull();
  });

  it('the downloaded web page lists them: the disclosure is open there', async () => {
    const widget = await atLevel3();
    for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) await pressOn(widget);
    const { web } = await downloadsOf(widget);
    const page = new DOMParser().parseFromString(web, 'text/html');
    const disclosures = [...page.querySelectorAll('details')];
    expect(disclosures.length).toBeGreaterThan(0);
    for (const disclosure of disclosures) expect(disclosure.open).toBe(true);
    expect(page.body.textContent).toContain(EHCP);
  });

  it('printed, they are listed: the closed disclosure hides nothing on paper', async () => {
    const widget = await atLevel3();
    for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) await pressOn(widget);
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    let shown: boolean[] | undefined;
    onFramePrint((copy) => {
      shown = queryAll(copy, '[data-section="duties"] li').map((duty) => duty.checkVisibility() && duty.getClientRects().length > 0);
    });
    const print = queryAll(widget.shadowRoot!, 'button').find((button) => textOf(button) === 'Print')!;
    await commands.emulateMedia('print');
    try {
      // Under print media the button itself is hidden (display: none), so it is clicked from script.
      print.click();
    } finally {
      await commands.emulateMedia(null);
    }
    expect(shown).toHaveLength(7);
    expect(shown!.every(Boolean)).toBe(true);
  });

  it("printed from the page itself (the browser's own Print), they show too", async () => {
    const widget = await atLevel3();
    for (let step = 0; step < 10 && !query(widget, '#summary-document'); step++) await pressOn(widget);
    const other = query(widget, '[data-section="duties"] details[data-duties-other] li')!;
    expect(other.checkVisibility()).toBe(false);
    await commands.emulateMedia('print');
    try {
      expect(other.checkVisibility()).toBe(true);
    } finally {
      await commands.emulateMedia(null);
    }
  });
});
