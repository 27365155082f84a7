/**
 * Pathways written from the guide alone (core's fixtures/guide-authored: six fictional councils,
 * each a different shape), as councils Pathway has not seen will write theirs. Each is taken
 * from Start now to the summary by the driver that knows nothing of it, and the situations in
 * which they first showed the widget saying something untrue are checked by what the page says.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import northbrookJson from '@pathway/core/fixtures/guide-authored/northbrook.json';
import harwickJson from '@pathway/core/fixtures/guide-authored/harwick.json';
import eastmereJson from '@pathway/core/fixtures/guide-authored/eastmere.json';
import saltfordJson from '@pathway/core/fixtures/guide-authored/saltford.json';
import greyfordJson from '@pathway/core/fixtures/guide-authored/greyford-after-court.json';
import wendleburyJson from '@pathway/core/fixtures/guide-authored/wendlebury-letters-year11.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { expectWalkToSummary, walkToSummary } from '../testing/driver.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import { continueOn, start } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const pathways: Record<string, Pathway> = {
  northbrook: northbrookJson as unknown as Pathway,
  harwick: harwickJson as unknown as Pathway,
  eastmere: eastmereJson as unknown as Pathway,
  saltford: saltfordJson as unknown as Pathway,
  greyford: greyfordJson as unknown as Pathway,
  wendlebury: wendleburyJson as unknown as Pathway,
};

const AS_OF = '2025-03-10';
const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const section = (widget: PathwayWidget, name: string) => textOf(query(widget, `[data-section="${name}"]`) ?? document.createElement('p'));

/** A pupil given as a case, taken to the summary; the widget as it stands there. */
async function summaryFor(pathway: Pathway, pupil: PathwayCase): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
  const walk = await walkToSummary(widget);
  expect(walk.reached, walk.stuckOn).toBe(true);
  return widget;
}

describe('pathways written from the guide alone', () => {
  it.each(Object.keys(pathways))('%s: a pupil the driver invents reaches the summary, with no error', (name) => expectWalkToSummary(pathways[name], AS_OF));

  it('Saltford: a stage redirected for the pupil takes its referral with it', async () => {
    const widget = await summaryFor(pathways.saltford, {
      measures: { attendance: { percentage: 75 }, 'warning-date': { date: '2025-02-17' }, 'unauth-after-warning': { value: 3 } },
      cohorts: ['ebsa'],
    });
    const stage = section(widget, 'stage');
    expect(stage).toContain('Referral to the Attendance Service for legal intervention');
    expect(stage).not.toContain('Ready to refer to Saltford Attendance Service');
    expect(section(widget, 'next-steps')).toContain('make a referral to EBSA Panel instead.');
    expect(section(widget, 'next-steps')).not.toContain('refer to Saltford Attendance Service');
  });

  it('Saltford: a count after the warning letter is asked for the 15 school days after it', async () => {
    const widget = await mountWidget({ pathway: pathways.saltford, attributes: { 'as-of': AS_OF } });
    await start(widget);
    expect(textOf(query(widget, '#m-unauth-after-warning-hint')!)).toBe('Count in the 15 school days after date the formal warning letter was sent.');
  });

  it('Saltford: a pupil nothing else places is where the pathway starts, said the same way on the summary', async () => {
    const widget = await summaryFor(pathways.saltford, { measures: { attendance: { percentage: 97 }, 'first-day-absent': { date: AS_OF } } });
    expect(section(widget, 'placement')).toContain('where a case starts');
    expect(section(widget, 'placement')).not.toContain('You chose this stage');
  });

  it('Northbrook: the panel’s decision, a referral outcome, can be recorded and enters the legal stage', async () => {
    const widget = await mountWidget({ pathway: pathways.northbrook, attributes: { 'as-of': AS_OF } });
    await start(widget);
    expect(textOf(query(widget, '#recorded-outcomes')!)).toContain('Panel agrees legal intervention');
    expect(textOf(query(widget, '#recorded-outcomes')!)).toContain('An outcome of Referral to the Attendance Legal Panel');
    cleanup();
    const placed = await summaryFor(pathways.northbrook, { measures: { attendance: { percentage: 60 } }, outcomes: ['panel-agreed'] });
    expect(section(placed, 'stage')).toContain(pathways.northbrook.stages.find((stage) => stage.id === 'legal')!.title);
  });

  it('Eastmere: a child looked after is not placed at the enforcement stage the pathway blocks for them', async () => {
    const widget = await mountWidget({
      pathway: pathways.eastmere,
      attributes: { 'as-of': AS_OF },
      properties: { case: { measures: { attendance: { percentage: 65 } }, cohorts: ['cla'], outcomes: ['c3-not-improved'] } },
    });
    await start(widget);
    await continueOn(widget);
    expect(query(widget, '[data-current-stage]')?.dataset.currentStage).toBe('formalise');
    expect(textOf(query(widget, '[data-placement-note]')!)).toContain('a stage that is not offered to them: Stage 4: Enforce.');
  });
});
