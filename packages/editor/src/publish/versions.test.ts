/** Version labels, the publication plan for first, imported and later publications, and the stamped file. */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import wigan from '../../../../pathways/wigan.json' with { type: 'json' };
import { embedSnippet, nextVersion, planPublication, publishedPathway, today, versionOrder } from './versions.js';

const seed = wigan as unknown as Pathway;

describe('nextVersion', () => {
  it.each([
    ['1.0', '2.0', '1.1'],
    ['1', '2.0', '1.1'],
    ['2.9', '3.0', '2.10'],
    // A year and an edition: this year's next edition, never a year to come.
    ['2024.1', '2026.1', '2026.1'],
    ['2026.0', '2026.1', '2026.1'],
    ['2026.1', '2026.2', '2026.2'],
    ['Edition A', '2.0', '1.1'],
    // A version that is a date is followed by today's date, in the same style.
    ['2023-01-16', '2026-11-30', '2026-11-30'],
    ['March 2019', 'November 2026', 'November 2026'],
    // Published already today (or dated later): still after it, never the same or before.
    ['2026-11-30', '2026-11-30.2', '2026-11-30.2'],
    ['2026-11-30.2', '2026-11-30.3', '2026-11-30.3'],
    ['2027-01-01', '2027-01-01.2', '2027-01-01.2'],
    ['November 2026', '2026-11-30', '2026-11-30'],
  ])('%s → %s (major) or %s (minor)', (current, major, minor) => {
    const now = new Date(2026, 10, 30, 12);
    expect(nextVersion(current, 'major', now)).toBe(major);
    expect(nextVersion(current, 'minor', now)).toBe(minor);
    expect(versionOrder(nextVersion(current, 'major', now), current)).toBe(current === 'Edition A' ? 'unknown' : 'after');
  });
});

describe('versionOrder', () => {
  it.each([
    ['2.0', '1.0', 'after'],
    ['1.10', '1.9', 'after'],
    ['1.0', '2.0', 'before'],
    ['1', '1.0', 'same'],
    ['2023-01-16', '2026-11-30', 'before'],
    ['2026-11-30.2', '2026-11-30', 'after'],
    ['March 2019', '2019-03-31', 'before'],
    ['2.0', '2023-01-16', 'unknown'],
    ['2.0', 'March 2019', 'unknown'],
  ])('%s is %s %s', (next, current, order) => {
    expect(versionOrder(next, current)).toBe(order);
  });
});

describe('planPublication and publishedPathway', () => {
  it('publishes the file’s own version the first time, with no change list', () => {
    const plan = planPublication(seed, undefined, 'major');
    expect(plan).toEqual({ version: '1.0', first: true, changes: [], compared: false });
    const published = publishedPathway(seed, plan, 'major', '', '2026-11-29');
    expect(published.changelog).toEqual([{ version: '1.0', published: '2026-11-29', summary: 'First published version.', changes: [] }]);
    expect([published.effectiveFrom, published.lastUpdated]).toEqual(['2026-11-29', '2026-11-29']);
  });

  it('bumps an imported file whose version its changelog already lists, with nothing here to compare', () => {
    const imported = { ...seed, version: '3.0', changelog: [{ version: '3.0', published: '2025-01-01', changes: ['x'] }] };
    expect(planPublication(imported, undefined, 'minor')).toEqual({ version: '3.1', first: false, previousVersion: '3.0', changes: [], compared: false });
  });

  it('a file that carries the date it was last updated or came into force was published elsewhere: its first publication here is a new version in its own style', () => {
    const now = new Date(2026, 10, 30, 12);
    const dated = { ...seed, version: '2023-01-16', lastUpdated: '2023-01-16' };
    expect(planPublication(dated, undefined, 'major', dated, now)).toMatchObject({ version: '2026-11-30', first: false, previousVersion: '2023-01-16', compared: true, changes: [] });
    const numbered = { ...seed, version: '4', effectiveFrom: '2024-09-01' };
    expect(planPublication(numbered, undefined, 'minor', undefined, now)).toMatchObject({ version: '4.1', first: false, previousVersion: '4', compared: false });
    // A version that is a date before today names an edition already out.
    expect(planPublication({ ...seed, version: 'March 2019' }, undefined, 'major', undefined, now)).toMatchObject({ version: 'November 2026', first: false });
    // Nothing says it was published: its own version, as before.
    expect(planPublication({ ...seed, version: '2026-11-30' }, undefined, 'major', undefined, now)).toMatchObject({ version: '2026-11-30', first: true });
  });

  it('compares the first publication here of a published seed with the seed as the author first opened it', () => {
    const opened = { ...seed, changelog: [{ version: '1.0', published: '2025-09-01', changes: [] }] };
    const edited = structuredClone(opened);
    edited.stages[2]!.title = 'Support for the family';
    const plan = planPublication(edited, undefined, 'major', opened);
    expect(plan).toMatchObject({ version: '2.0', first: false, previousVersion: '1.0', compared: true });
    expect(plan.changes.map((c) => c.text)).toEqual(['Stage "Support for the child and family" renamed "Support for the family"']);
    expect(publishedPathway(edited, plan, 'major', '', '2026-11-30').changelog![0]!.changes).toEqual(['Stage "Support for the child and family" renamed "Support for the family"']);
    // A starting point of another version is not what the changelog's version was: nothing to compare.
    expect(planPublication(edited, undefined, 'major', { ...opened, version: '0.9' })).toMatchObject({ compared: false, changes: [] });
  });

  it('bumps from the last version published here and lists the changes since; the new entry comes first', () => {
    const previous = { ...seed, changelog: [{ version: '1.0', published: '2026-01-01', changes: [] }] };
    const edited = structuredClone(previous);
    edited.stages[2]!.title = 'Support for the family';
    const plan = planPublication(edited, previous, 'minor');
    expect(plan.version).toBe('1.1');
    expect(plan.changes.map((c) => c.text)).toEqual(['Stage "Support for the child and family" renamed "Support for the family"']);
    const published = publishedPathway(edited, plan, 'minor', '  Renamed a stage.  ', '2026-11-29');
    expect(published.version).toBe('1.1');
    expect(published.changelog).toEqual([
      { version: '1.1', published: '2026-11-29', kind: 'minor', summary: 'Renamed a stage.', changes: ['Stage "Support for the child and family" renamed "Support for the family"'] },
      { version: '1.0', published: '2026-01-01', changes: [] },
    ]);
  });
});

it('today is the local date as YYYY-MM-DD; the snippet points at /pathways/<id>.json', () => {
  expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  expect(embedSnippet(seed)).toBe(
    '<script type="module" src="/pathway-widget.js"></script>\n<pathway-widget src="/pathways/wigan-supporting-non-attendance.json" save-drafts></pathway-widget>\n',
  );
});
