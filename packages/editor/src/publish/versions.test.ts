/** Version labels, the publication plan for first, imported and later publications, and the stamped file. */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import wigan from '../../../../pathways/wigan.json' with { type: 'json' };
import { embedSnippet, nextVersion, planPublication, publishedPathway, today } from './versions.js';

const seed = wigan as unknown as Pathway;

describe('nextVersion', () => {
  it.each([
    ['1.0', '2.0', '1.1'],
    ['1', '2.0', '1.1'],
    ['2.9', '3.0', '2.10'],
    ['2024.1', '2025.0', '2024.2'],
    ['March 2019', '2.0', '1.1'],
    ['2023-01-16', '2.0', '1.1'],
  ])('%s → %s (major) or %s (minor)', (current, major, minor) => {
    expect(nextVersion(current, 'major')).toBe(major);
    expect(nextVersion(current, 'minor')).toBe(minor);
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
    '<script type="module" src="pathway-widget.js"></script>\n<pathway-widget src="/pathways/wigan-supporting-non-attendance.json" save-drafts></pathway-widget>\n',
  );
});
