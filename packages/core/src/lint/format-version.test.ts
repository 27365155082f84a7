/**
 * format-version: a file that says format 1.0 but uses a part 1.1 added. The parts are one table
 * (format-1-1.ts); the guide's list and its "1.1" markers are checked against it here, and every
 * part is found on a real fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { outlinePathway } from '../outline/outline.js';
import { format11Features, usesFeature, type FormatFeature } from './format-1-1.js';
import { lintPathway } from './index.js';

const root = new URL('../../../../', import.meta.url);
const guide = readFileSync(new URL('schemas/README.md', root), 'utf8');
const schema = JSON.parse(readFileSync(new URL('schemas/pathway.schema.json', root), 'utf8')) as unknown;
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Pathway;
const folder = (path: string) => {
  const url = new URL(path, root);
  return readdirSync(url)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => ({ name: `${path}${f}`, pathway: readJson(new URL(f, url)) }));
};
const onePointOne = [...folder('packages/core/fixtures/shapes/'), ...folder('packages/core/fixtures/guide-authored/')];
const fixture = { name: 'lint/format-version.json', pathway: readJson(new URL('packages/core/fixtures/lint/format-version.json', root)) };
const formatFindings = (pathway: Pathway) => lintPathway(pathway).filter((p) => p.code === 'lint.format-version');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A heading's anchor, as GitHub makes it: "Authors' notes (1.1)" → "authors-notes-11". */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
const headings = [...guide.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]);

describe('the parts format 1.1 added: one table, and the guide agrees with it', () => {
  it('the guide lists exactly the table\'s parts, in its order', () => {
    const section = guide.split(/^## What 1\.1 added$/m)[1]?.split(/^## /m)[0] ?? '';
    const listed = [...section.matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    expect(listed).toEqual(format11Features.map((f) => f.title));
  });

  it('points each part at a section of the guide, and every section marked 1.1 at a part', () => {
    const anchors = new Set(headings.map(anchor));
    for (const feature of format11Features) expect(anchors, feature.title).toContain(feature.section);
    const sections = new Set(format11Features.map((f) => f.section));
    for (const heading of headings.filter((h) => h.endsWith('(1.1)'))) expect(sections, heading).toContain(anchor(heading));
  });

  it('has every property and value the guide\'s tables mark "1.1:"', () => {
    const marked = [...guide.matchAll(/^\| `(\w+)` \|[^|\n]*\| 1\.1:/gm), ...guide.matchAll(/^\| `(\w+)` \| 1\.1:/gm)].map((m) => m[1]);
    expect(marked.length).toBeGreaterThan(5);
    const known = new Set<string | number>(format11Features.flatMap((f) => [f.property, ...(f.values ?? [])]));
    for (const name of marked) expect(known, name).toContain(name);
  });

  it('has every property the schema describes as 1.1', () => {
    const marked: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: unknown }> }).properties;
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (typeof property.description === 'string' && property.description.startsWith('1.1:')) marked.push(name);
      }
      Object.values(node).forEach(walk);
    };
    walk(schema);
    expect(marked).toContain('agreedWhen');
    for (const name of marked) expect(format11Features.map((f) => f.property), name).toContain(name);
  });
});

describe('format-version', () => {
  const describedAs = (feature: FormatFeature) => `uses ${lowerFirst(feature.labels?.noun ?? feature.title)}`;

  it.each(format11Features.map((feature) => [feature.title, feature] as const))('finds %s on a fixture that says 1.0', (_, feature) => {
    const using = [...onePointOne, fixture].find(({ pathway }) =>
      outlinePathway(pathway).nodes.some((node) => usesFeature(feature, node.definition, node.value)),
    );
    if (using === undefined) throw new Error(`no fixture uses ${feature.title}`);
    const found = formatFindings({ ...using.pathway, schemaVersion: '1.0' }).filter((p) => p.detail.startsWith(describedAs(feature)));
    expect(found, using.name).toHaveLength(1);
    // A part that cannot work at all in a 1.0 file is an error, and says why.
    expect(found[0].severity).toBe(feature.neverIn10 === undefined ? 'warning' : 'error');
    const why = feature.neverIn10 === undefined ? '' : ` \\(${feature.neverIn10}\\)`;
    expect(found[0].detail).toMatch(new RegExp(`which needs format 1\\.1, but the pathway declares format 1\\.0${why}: set the pathway's "Format version" to 1\\.1`));
    expect(found[0].where).not.toBe('');
    expect(found[0].where).not.toMatch(/\/\d/);
  });

  it('finds nothing in a file that says 1.1, whatever it uses', () => {
    for (const { name, pathway } of [...onePointOne, { ...fixture, pathway: { ...fixture.pathway, schemaVersion: '1.1' as const } }]) {
      expect(pathway.schemaVersion, name).toBe('1.1');
      expect(formatFindings(pathway), name).toEqual([]);
    }
  });

  it('finds nothing in the seeds and the fixtures that say 1.0: they use no part of 1.1', () => {
    const onePointOh = [...folder('pathways/'), ...folder('packages/schema/fixtures/valid/'), ...folder('packages/core/fixtures/lint/')].filter(
      ({ name, pathway }) => pathway.schemaVersion === '1.0' && name !== 'packages/core/fixtures/lint/format-version.json',
    );
    expect(onePointOh.map(({ name }) => name)).toContain('pathways/norfolk.json');
    for (const { name, pathway } of onePointOh) expect(formatFindings(pathway), name).toEqual([]);
  });

  it('reports each part once, at its first use, and counts the other places', () => {
    const every = formatFindings(fixture.pathway).filter((p) => p.detail.startsWith('uses a duty\'s "How often"'));
    expect(every.map((p) => [p.pointer, p.detail.endsWith('(1 other place uses it too)')])).toEqual([['/stages/0/actions/0/actions/1/every', true]]);
  });
});
