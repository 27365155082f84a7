import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import durationsJson from '../fixtures/shapes/durations.json' with { type: 'json' };
import { createPathway } from './create-pathway.js';
import { offeredExtension } from './extension.js';
import { renderPublicPage } from './publish/public-page.js';

/** The durations shape with the monitoring period's extension replaced. */
function withExtension(extension: NonNullable<Pathway['stages'][number]['timeLimits']>[number]['extension']): Pathway {
  const pathway = structuredClone(durationsJson) as unknown as Pathway;
  const contract = pathway.stages.find((stage) => stage.id === 'contract')!;
  contract.timeLimits!.find((limit) => limit.id === 'monitoring')!.extension = extension;
  return pathway;
}

const monitoringText = (pathway: Pathway) =>
  createPathway(pathway)
    .summarise({ measures: { attendance: { percentage: 80 } } })
    .timeLimits.find((limit) => limit.id === 'monitoring')!.text;

describe('an extension of no time ("by up to 0")', () => {
  it('is not offered: the total alone is said, never "extended by immediately"', () => {
    const pathway = withExtension({ duration: { amount: 0, unit: 'sessions' }, total: { amount: 30, unit: 'schoolDays' } });
    const text = monitoringText(pathway);
    expect(text).toContain('can be extended to a total of 30 school days');
    expect(text).not.toMatch(/extended by/);
    expect(renderPublicPage(pathway)).not.toMatch(/extended by/);
  });

  it('alone, says nothing of an extension', () => {
    const pathway = withExtension({ duration: { amount: 0, unit: 'weeks' }, description: 'if the family is engaging' });
    expect(offeredExtension(pathway.stages[0].timeLimits![1].extension)).toBeUndefined();
    expect(monitoringText(pathway)).not.toMatch(/extended|engaging/);
  });

  it('a real length is still offered, with when', () => {
    const text = monitoringText(withExtension({ duration: { amount: 2, unit: 'weeks' }, description: 'if the family is engaging' }));
    expect(text).toContain('can be extended by 2 weeks (if the family is engaging)');
  });
});
