/**
 * Authors' notes (format 1.1): any item can carry a note for the people who write and check
 * the pathway. The engine keeps them out of everything a school is given (evaluations,
 * summaries, the public page); the outline finds every one, for the editor to show beside its
 * item; lint and the schema accept them everywhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import { createPathway } from '../create-pathway.js';
import { lintPathway } from '../lint/index.js';
import { outlinePathway } from '../outline/outline.js';
import { renderPublicPage } from '../publish/public-page.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/authors-notes.json', import.meta.url), 'utf8')) as Pathway;
const NOTE = /NOTE-[A-Z]+/g;
const allNotes = JSON.stringify(definition).match(NOTE) ?? [];

describe("authors' notes", () => {
  it('are valid on every kind of item, and lint finds nothing wrong with them', () => {
    expect(validatePathway(definition)).toBe(true);
    expect(allNotes).toHaveLength(12);
    expect(lintPathway(definition).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('are found by the outline, beside their items, for the editor to show', () => {
    const outline = outlinePathway(definition);
    const noted = outline.nodes.filter((node) => typeof node.value.authorNote === 'string').map((node) => node.pointer);
    expect(noted).toEqual([
      '',
      '/measures/0',
      '/measures/1/window',
      '/cohorts/0',
      '/stages/0/bands/0',
      '/stages/0/questions/0',
      '/stages/0/gates/0',
      '/stages/0/gates/0/condition/any/0',
      '/stages/0/actions/0/actions/0',
      '/stages/0/timeLimits/0',
      '/stages/0/outcomes/0',
      '/exceptions/0',
    ]);
  });

  it('never reach a school: not in the evaluation, the summary or the public page, whatever the case', () => {
    const model = createPathway(definition);
    const cases = [
      {},
      { measures: { attendance: { percentage: 85 }, unauthorised: { value: 12 } }, cohorts: ['looked-after'], answers: { 'q-meeting': 'yes' }, asOf: '2025-03-01' },
      { measures: { attendance: { percentage: 95 } }, answers: { 'q-meeting': 'no' } },
    ];
    for (const kase of cases) {
      expect(JSON.stringify(model.evaluate(kase)).match(NOTE)).toBeNull();
      expect(JSON.stringify(model.summarise(kase, { generatedAt: '2025-03-01T09:00:00.000Z' })).match(NOTE)).toBeNull();
    }
    expect(renderPublicPage(definition).match(NOTE)).toBeNull();
  });

  it('do not change what the engine decides', () => {
    const stripped = JSON.parse(JSON.stringify(definition, (key, value) => (key === 'authorNote' ? undefined : value))) as Pathway;
    const kase = { measures: { attendance: { percentage: 85 }, unauthorised: { value: 3 } }, answers: { 'q-meeting': 'yes' } };
    expect(createPathway(definition).evaluate(kase)).toEqual(createPathway(stripped).evaluate(kase));
  });
});

describe("authors' notes in a change list", () => {
  it('are never reported as changes, so they never reach a published changelog', async () => {
    const { diffPathways } = await import('../publish/diff.js');
    const renoted = JSON.parse(JSON.stringify(definition).replace(/NOTE-([A-Z]+)/g, 'CHANGED-$1')) as Pathway;
    expect(diffPathways(definition, renoted)).toEqual([]);
    const unnoted = JSON.parse(JSON.stringify(definition, (key, value) => (key === 'authorNote' ? undefined : value))) as Pathway;
    expect(diffPathways(definition, unnoted)).toEqual([]);
  });
});
