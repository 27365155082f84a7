/**
 * Two "change of lead" exceptions for one pupil: the pathway does not say which wins, so the
 * engine names both and chooses neither (Aldermoor: open to the YJS and in alternative provision).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const aldermoor = createPathway(
  JSON.parse(readFileSync(new URL('../fixtures/guide-authored/aldermoor-cohorts.json', import.meta.url), 'utf8')) as Pathway,
);
const at85 = (cohorts: string[]) => ({ asOf: '2026-02-20', measures: { attendance: { percentage: 85 } }, cohorts });

describe('who leads', () => {
  it('names both leads, and neither as "the" lead, when two exceptions reassign it', () => {
    const current = aldermoor.evaluate(at85(['yjs', 'ap'])).current!;
    expect(current.lead).toBeUndefined();
    expect(current.leads).toEqual(['the YJS case manager', "the commissioning school's AP lead, with the AP provider"]);
    const stage = aldermoor.summarise(at85(['yjs', 'ap'])).stage!;
    expect(stage.lead).toBeUndefined();
    expect(stage.leads).toHaveLength(2);
  });

  it('one exception that reassigns it gives its lead, and none gives the stage\'s own', () => {
    expect(aldermoor.evaluate(at85(['ap'])).current).toMatchObject({ lead: "the commissioning school's AP lead, with the AP provider" });
    expect(aldermoor.evaluate(at85(['ap'])).current!.leads).toBeUndefined();
    expect(aldermoor.evaluate(at85([])).current!.lead).toBeDefined();
    expect(aldermoor.evaluate(at85([])).current!.leads).toBeUndefined();
  });
});
