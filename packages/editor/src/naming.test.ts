/**
 * An untitled thing is called the same in the outline, the pickers and the problems: "Stage 2",
 * "Question 1", never its id in one place and its position in another.
 */
import { describe, expect, it } from 'vitest';
import { outlinePathway, checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import { basePathway } from './forms/testing/fixtures.js';
import { buildTree } from './outline-tree/tree-model.js';
import type { TreeItem } from './outline-tree/tree-model.js';
import { nameOf } from './naming.js';

function untitled(): Record<string, unknown> {
  const pathway = basePathway() as Record<string, unknown> & { stages: Record<string, unknown>[] };
  const { title: _title, ...stage } = pathway.stages[1]!;
  pathway.stages[1] = { ...stage, id: 'tier-2', questions: [{ id: 'met-family', type: 'yesNo', text: '' }] };
  return pathway;
}

const find = (item: TreeItem, pointer: string): TreeItem | undefined =>
  item.pointer === pointer ? item : item.children.map((child) => find(child, pointer)).find((found) => found !== undefined);

describe('naming an untitled thing', () => {
  it('the outline calls it what the problems call it', () => {
    const pathway = untitled();
    const problems = checkPathway(pathway, { validate: validatePathway }).problems;
    const missingTitle = problems.find((problem) => problem.pointer === '/stages/1');
    expect(missingTitle?.where).toBe('Stage 2');
    const tree = buildTree(outlinePathway(pathway), problems);
    expect(find(tree, '/stages/1')?.label).toBe('Stage 2');
    expect(find(tree, '/stages/1/questions/0')?.label).toBe('Question 1');
    // A thing with a name keeps it, whole.
    expect(find(tree, '/stages/0')?.label).toBe('Universal');
  });

  it('is the thing’s own name first, then its place, then the fallback', () => {
    const pathway = untitled();
    expect(nameOf(pathway, '/stages/0', { title: 'Universal' })).toBe('Universal');
    expect(nameOf(pathway, '/stages/1', { id: 'tier-2', title: '  ' }, 'tier-2')).toBe('Stage 2');
    expect(nameOf(pathway, '', {}, 'Pathway')).toBe('Pathway');
  });
});
