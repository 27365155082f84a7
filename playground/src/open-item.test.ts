/**
 * The open item follows a rename of the thing it is in, one edit at a time, and never takes up
 * another thing put in its place.
 */
import { expect, it } from 'vitest';
import { followRename, openItem, reopen } from './open-item.js';

/** Stages by id and title, each with a question whose id goes with the title (so a rename keeps it). */
const pathway = (stages: { id: string; title: string }[]) => ({ id: 'p', stages: stages.map((stage) => ({ ...stage, questions: [{ id: `${stage.title.toLowerCase()}-q`, text: '?' }] })) });
const before = pathway([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }]);

it('is kept under the new id when the stage it is open at is renamed', () => {
  const item = openItem(before, '/stages/0');
  const after = pathway([{ id: 'early', title: 'A' }, { id: 'b', title: 'B' }]);
  const renamed = followRename(before, after, item);
  expect(renamed).toEqual({ pointer: '/stages/0', id: 'early' });
  expect(reopen(after, renamed)).toBe('/stages/0');
  // Without following it, the reload would have opened the top of the outline.
  expect(reopen(after, item)).toBe('');
});

it('follows a short name that follows its title, as a new stage’s does', () => {
  const was = { id: 'p', stages: [{ id: 'new-stage', title: 'New stage', bands: [{ id: 'band', label: 'Below 90%' }] }] };
  const now = { id: 'p', stages: [{ id: 'early-concern', title: 'Early concern', bands: [{ id: 'band', label: 'Below 90%' }] }] };
  expect(followRename(was, now, openItem(was, '/stages/0'))).toEqual({ pointer: '/stages/0', id: 'early-concern' });
});

it('is not moved to another stage that took its place, then or at a later edit', () => {
  const item = openItem(before, '/stages/0');
  // Stage "a" removed: "b" (already in the pathway) is now where it was.
  const removed = pathway([{ id: 'b', title: 'B' }]);
  expect(followRename(before, removed, item)).toBeUndefined();
  expect(reopen(removed, item)).toBe('');
  // A new stage moved to that place later is not it either.
  const added = pathway([{ id: 'c', title: 'C' }, { id: 'b', title: 'B' }]);
  expect(followRename(removed, added, item)).toBeUndefined();
  expect(reopen(added, item)).toBe('');
});

it('is not moved to a new stage put in its place in one edit, though its id is new too', () => {
  const item = openItem(before, '/stages/0');
  const replaced = { id: 'p', stages: [{ id: 'newcomer', title: 'A stage put in its place', bands: [] }, before.stages[1]] };
  expect(followRename(before, replaced, item)).toBeUndefined();
  expect(reopen(replaced, item)).toBe('');
});

it('an item inside a stage keeps its own id when the stage is renamed', () => {
  const item = openItem(before, '/stages/1/questions/0');
  expect(item).toEqual({ pointer: '/stages/1/questions/0', id: 'b-q' });
  const after = pathway([{ id: 'a', title: 'A' }, { id: 'late', title: 'B' }]);
  expect(followRename(before, after, item)).toBeUndefined();
  expect(reopen(after, item)).toBe('/stages/1/questions/0');
});

it('a rename to an id the pathway already had is not followed (the same id twice is a problem to fix, not a rename to trust)', () => {
  const item = openItem(before, '/stages/0');
  const after = pathway([{ id: 'b', title: 'A' }, { id: 'b', title: 'B' }]);
  expect(followRename(before, after, item)).toBeUndefined();
});
