/**
 * What the widget tells a school or an officer on the eleventh round of pathways written from the
 * guide alone (core's fixtures/guide-authored: Greyford, the LA's side after the court; Wendlebury,
 * a secondary pathway counting letters and meetings). Each is a rule for any pathway: a case moved
 * on by recorded outcomes is where the last of them led; an outcome into a stage the pupil is sent
 * away from is not offered; "carry on" that leads elsewhere says where; a count of one of the
 * author's unit is singular; an outcome's title that already says where it goes is said once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import greyfordJson from '@pathway/core/fixtures/guide-authored/greyford-after-court.json';
import wendleburyJson from '@pathway/core/fixtures/guide-authored/wendlebury-letters-year11.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { sectionText, summaryFor } from '../testing/driver.js';
import { cleanup } from '../testing/mount.js';

afterEach(() => cleanup());

const greyford = greyfordJson as unknown as Pathway;
const wendlebury = wendleburyJson as unknown as Pathway;
const AS_OF = '2026-11-30';

describe('Greyford: what can follow a hearing', () => {
  it('g7: a breach proved leads back to the order: the page is at the parenting order, and says one stage applies', async () => {
    const widget = await summaryFor(
      greyford,
      {
        measures: { attendance: { percentage: 85 }, 'order-date': { date: '2026-03-01' } },
        outcomes: ['convicted', 'parenting-order-made', 'report-breach', 'breach-proved'],
      } as PathwayCase,
      AS_OF,
    );
    expect(sectionText(widget, 'stage')).toContain('Stage 4: Parenting order');
    expect(sectionText(widget, 'placement')).not.toContain('most intensive');
  });

  it('g4: a child looked after is not told to consider further legal action, which the council sends to the Virtual School', async () => {
    const widget = await summaryFor(
      greyford,
      {
        measures: { attendance: { percentage: 60 }, 'hearing-date': { date: '2026-08-03' }, 'unauthorised-since-hearing': { value: 12 } },
        outcomes: ['convicted', 'fine-or-discharge'],
        cohorts: ['cla'],
      } as PathwayCase,
      AS_OF,
    );
    expect(sectionText(widget, 'stage')).toContain('Stage 5: Monitoring after sentence');
    expect(sectionText(widget, 'next-steps')).not.toContain('consider further legal action');
    expect(sectionText(widget, 'next-steps')).toContain('contact Greyford Virtual School instead');
  });

  it('g1: an adjournment that leads to its own stage says where it goes; "go to sentence" is said once', async () => {
    const widget = await summaryFor(greyford, { measures: { attendance: { percentage: 72 } } } as PathwayCase, AS_OF);
    const next = sectionText(widget, 'what-next');
    expect(next).toContain('Adjourned for the parent to improve attendance: go to Stage 2: Adjourned for improvement.');
    expect(next).not.toContain('improve attendance: continue at this stage');
    expect(next).toContain('Convicted (guilty plea or found guilty): go to sentence.');
    expect(next).not.toContain('go to sentence: go to');
  });
});

describe('Wendlebury: letters and meetings counted in the council\'s own unit', () => {
  it('w2: one letter sent is "1 letter", on the summary as on Check your answers', async () => {
    const widget = await summaryFor(wendlebury, { measures: { attendance: { percentage: 93 }, 'letters-sent': { value: 1 }, 'meetings-held': { value: 2 } } } as PathwayCase, AS_OF);
    const figures = sectionText(widget, 'measures');
    expect(figures).toContain('Attendance letters sent this year 1 letter ');
    expect(figures).toContain('Attendance meetings held with parents this year 2 meetings');
    expect(figures).not.toContain('1 letters');
  });

  it('w2: outcomes titled "No improvement: move to Stage 3" and "Improved: step down" name where they go once', async () => {
    const pupil = (earlier: number) =>
      ({
        measures: { attendance: { percentage: 93 }, 'letters-sent': { value: 1 } },
        baselines: { attendance: { percentage: earlier, date: '2026-09-01' } },
        answers: { 'q-meeting-held': 'yes', 'q-meeting-date': '2026-10-12' },
      }) as PathwayCase;
    const improved = await summaryFor(wendlebury, pupil(80), AS_OF);
    expect(sectionText(improved, 'next-steps')).toContain('Improved: step down to Stage 0 - Universal.');
    expect(sectionText(improved, 'next-steps')).not.toContain('step down: step down');
    cleanup();
    const notImproved = await summaryFor(wendlebury, pupil(95), AS_OF);
    expect(sectionText(notImproved, 'next-steps')).toContain('No improvement: move to Stage 3.');
    expect(sectionText(notImproved, 'next-steps')).not.toContain('escalate to Stage 3');
  });

  it('w5: a stage with nothing missing has no "What is still missing" heading over nothing', async () => {
    const widget = await summaryFor(wendlebury, { measures: { attendance: { percentage: 96 }, 'letters-sent': { value: 0 } } } as PathwayCase, AS_OF);
    expect(sectionText(widget, 'stage')).toContain('Nothing blocking is missing at this stage.');
    expect(widget.shadowRoot!.querySelector('[data-section="missing"]')).toBeNull();
  });
});
