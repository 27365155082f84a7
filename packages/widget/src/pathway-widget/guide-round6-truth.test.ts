/**
 * What the widget tells a school on the sixth round of pathways written from the guide alone
 * (core's fixtures/guide-authored: Pellingham, Riverside, Aldermoor): a gate met by a figure is
 * met, the answers that decided the stage stay in the record, a blank date that means something
 * says what it means, a referral waits for what is still missing, and two leads are both named.
 * Each is a rule for any pathway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import pellinghamJson from '@pathway/core/fixtures/guide-authored/pellingham-flowchart.json';
import type { PathwayCase } from '../journey/case-seed.js';
import { summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => cleanup());

const pellingham = pellinghamJson as unknown as Pathway;
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
