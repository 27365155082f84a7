/** How the widget words a time limit's extension: an extension of no time ("by up to 0") is never offered. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import durationsJson from '@pathway/core/fixtures/shapes/durations.json';
import { copyOf } from '../testing/fixtures.js';
import { summaryFor } from '../testing/driver.js';
import { cleanup, textOf } from '../testing/mount.js';

afterEach(() => cleanup());

type Extension = NonNullable<Pathway['stages'][number]['timeLimits']>[number]['extension'];

async function monitoringWith(extension: Extension): Promise<string> {
  const pathway = copyOf(durationsJson as unknown as Pathway);
  pathway.stages.find((stage) => stage.id === 'contract')!.timeLimits!.find((limit) => limit.id === 'monitoring')!.extension = extension;
  const pupil = { measures: { attendance: { percentage: 80 } }, answers: { 'contract-start': '2025-03-03', 'contract-weeks': 10 } };
  const widget = await summaryFor(pathway, pupil, '2025-03-10');
  return textOf(widget.shadowRoot!.querySelector<HTMLElement>('[data-section="time-limits"] [data-time-limit="monitoring"]')!);
}

describe('an extension of no time', () => {
  it('beside a total: only the total is said, never "extended by immediately"', async () => {
    const text = await monitoringWith({ duration: { amount: 0, unit: 'sessions' }, total: { amount: 30, unit: 'schoolDays' } });
    expect(text).toContain('Can be extended to a total of 30 school days.');
    expect(text).not.toMatch(/extended by/);
  });

  it('alone: nothing is said of an extension', async () => {
    const text = await monitoringWith({ duration: { amount: 0, unit: 'sessions' }, description: 'if the family is engaging' });
    expect(text).not.toMatch(/extended|engaging/);
  });

  it('a real length is still said', async () => {
    expect(await monitoringWith({ duration: { amount: 2, unit: 'weeks' } })).toContain('Can be extended by 2 weeks.');
  });
});
