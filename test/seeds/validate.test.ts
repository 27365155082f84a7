import { describe, expect, it } from 'vitest';
import { validatePathway, type Pathway } from '@pathway/schema';
import { loadSeed, readSeedJson, seedFiles } from './load-seed.js';

/** Where and what, so a failure names the broken place instead of printing `false`. */
function schemaErrors(data: unknown): string[] {
  if (validatePathway(data)) return [];
  return (validatePathway.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.keyword} ${JSON.stringify(error.params)}`,
  );
}

/** Non-universal stages that no band, entry rule or outcome (of a stage, route or referral) leads to. */
function unreachableStages(pathway: Pathway): string[] {
  const outcomes = [
    ...pathway.stages.flatMap((s) => [...(s.outcomes ?? []), ...(s.routes ?? []).flatMap((r) => r.outcomes ?? [])]),
    ...(pathway.referrals ?? []).flatMap((r) => r.outcomes ?? []),
  ];
  const ledTo = new Set(outcomes.map((o) => o.to));
  return pathway.stages
    .filter((s) => !s.universal && !s.bands?.length && !s.entry?.when && !ledTo.has(s.id))
    .map((s) => s.title);
}

/** Every address in the pathway, wherever it is. */
function urls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urls);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'url' && typeof inner === 'string' ? [inner] : urls(inner),
    );
  }
  return [];
}

describe('the seed pathways', () => {
  it('include the four published seeds', () => {
    expect(seedFiles()).toEqual(
      expect.arrayContaining([
        'county-chronic-non-attendance.json',
        'norfolk.json',
        'southwark.json',
        'wigan.json',
      ]),
    );
  });

  it.each(seedFiles())('%s passes the full schema validator', (file) => {
    expect(schemaErrors(readSeedJson(file))).toEqual([]);
  });

  it.each(seedFiles())('%s can reach every stage', (file) => {
    expect(unreachableStages(loadSeed(file))).toEqual([]);
  });

  it.each(seedFiles())('%s links only to https: addresses', (file) => {
    for (const url of urls(readSeedJson(file))) expect(url).toMatch(/^https:\/\/[^\s]+$/);
  });

  it('have distinct pathway ids', () => {
    const ids = seedFiles().map((file) => loadSeed(file).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
