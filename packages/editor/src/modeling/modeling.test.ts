import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import { Modeling, EditRejected } from './modeling.js';
import { formatJson } from './draft.js';
import { removalOf, uniqueId } from './behaviours.js';
import { valueAt } from './patch.js';

const wiganText = readFileSync(new URL('../../../../pathways/wigan.json', import.meta.url), 'utf8');
const wigan = JSON.parse(wiganText);

const minimal = {
  schemaVersion: '1.1',
  id: 'p',
  version: '1',
  title: 'P',
  authority: { name: 'A' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  roles: [{ id: 'school', title: 'School' }],
  stages: [
    { id: 'tier-1', title: 'Tier 1', questions: [{ id: 'q1', text: 'Met?', type: 'yesNo' }] },
    {
      id: 'tier-2',
      title: 'Tier 2',
      requires: { stages: ['tier-1'] },
      gates: [{ id: 'g', title: 'G', condition: { all: [{ stageComplete: 'tier-1' }, { answer: 'q1', in: ['yes'] }] } }],
      outcomes: [{ id: 'back', title: 'Back', kind: 'stepDown', to: 'tier-1' }],
    },
  ],
  exceptions: [{ id: 'e', title: 'E', when: { cohort: 'x' }, effect: 'skip', stages: ['tier-1', 'tier-2'], message: 'M' }],
};

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('Modeling', () => {
  it('applies a form edit as JSON Patch, writes the text, and undoes and redoes it exactly', () => {
    const modeling = new Modeling(wiganText);
    modeling.set('/stages/1/title', 'Identify, and understand');
    expect((modeling.state.value as typeof wigan).stages[1].title).toBe('Identify, and understand');
    expect(JSON.parse(modeling.state.text).stages[1].title).toBe('Identify, and understand');
    modeling.undo();
    expect(modeling.state.value).toEqual(wigan);
    modeling.redo();
    expect((modeling.state.value as typeof wigan).stages[1].title).toBe('Identify, and understand');
  });

  it('keeps untouched parts of the document as the same objects (structural sharing)', () => {
    const modeling = new Modeling(wiganText);
    const before = modeling.state.value as typeof wigan;
    modeling.set('/stages/1/title', 'X');
    const after = modeling.state.value as typeof wigan;
    expect(after.stages[0]).toBe(before.stages[0]);
    expect(after.stages[1]).not.toBe(before.stages[1]);
    expect(before.stages[1].title).not.toBe('X');
  });

  it('undoes and redoes every kind of edit: set, add, remove, insert, move, text', () => {
    const modeling = new Modeling(formatJson(minimal));
    const snapshots = [modeling.state.text];
    modeling.set('/title', 'New title');
    snapshots.push(modeling.state.text);
    modeling.set('/summary', 'Added');
    snapshots.push(modeling.state.text);
    modeling.set('/summary', undefined);
    snapshots.push(modeling.state.text);
    modeling.insert('/stages', { id: 'tier-3', title: 'Tier 3' }, 1);
    snapshots.push(modeling.state.text);
    modeling.insert('/cohorts', { id: 'x', title: 'X' });
    snapshots.push(modeling.state.text);
    modeling.move('/stages', 0, 2);
    snapshots.push(modeling.state.text);
    modeling.remove('/stages/1');
    snapshots.push(modeling.state.text);
    modeling.setText('{ "not": "finished",');
    snapshots.push(modeling.state.text);
    for (let i = snapshots.length - 2; i >= 0; i--) {
      modeling.undo();
      expect(modeling.state.text).toBe(snapshots[i]);
    }
    expect(modeling.canUndo).toBe(false);
    for (let i = 1; i < snapshots.length; i++) {
      modeling.redo();
      expect(modeling.state.text).toBe(snapshots[i]);
    }
  });

  it('keeps invalid JSON exactly as typed, reports where it is wrong, and refuses form edits until it is fixed', () => {
    const modeling = new Modeling(formatJson(minimal));
    const broken = '{\n  "title": "P",\n  "stages": [\n';
    modeling.setText(broken);
    expect(modeling.state.text).toBe(broken);
    expect(modeling.state.value).toBeUndefined();
    expect(modeling.state.syntax?.message).toMatch(/^Line 4, column 1: /);
    expect(() => modeling.set('/title', 'X')).toThrow(EditRejected);
    modeling.setText(formatJson(minimal));
    expect(modeling.state.syntax).toBeUndefined();
    modeling.set('/title', 'X');
    expect((modeling.state.value as typeof minimal).title).toBe('X');
  });

  it('merges consecutive typing into one undo step, but not across a pause or another field', () => {
    const time = clock();
    const modeling = new Modeling(formatJson(minimal), { now: time.now, mergeWindowMs: 1000 });
    for (const title of ['T', 'Ti', 'Tie', 'Tier']) {
      modeling.set('/stages/0/title', title, { mergeKey: '/stages/0/title' });
      time.advance(100);
    }
    time.advance(2000);
    modeling.set('/stages/0/title', 'Tier!', { mergeKey: '/stages/0/title' });
    modeling.set('/stages/1/title', 'Other', { mergeKey: '/stages/1/title' });
    modeling.undo();
    modeling.undo();
    expect((modeling.state.value as typeof minimal).stages[0].title).toBe('Tier');
    modeling.undo();
    expect((modeling.state.value as typeof minimal).stages[0].title).toBe('Tier 1');
    expect(modeling.canUndo).toBe(false);
  });

  it('renaming an id updates every reference to it, and one undo reverts it all', () => {
    const modeling = new Modeling(formatJson(minimal));
    modeling.set('/stages/0/id', 'universal', { label: 'rename stage' });
    const value = modeling.state.value as typeof minimal;
    expect(value.stages[1].requires).toEqual({ stages: ['universal'] });
    expect(value.stages[1].gates?.[0].condition.all[0]).toEqual({ stageComplete: 'universal' });
    expect(value.stages[1].outcomes?.[0].to).toBe('universal');
    expect(value.exceptions[0].stages).toEqual(['universal', 'tier-2']);
    modeling.set('/stages/0/questions/0/id', 'met');
    expect((modeling.state.value as typeof minimal).stages[1].gates?.[0].condition.all[1]).toEqual({ answer: 'met', in: ['yes'] });
    modeling.undo();
    modeling.undo();
    expect(modeling.state.value).toEqual(minimal);
  });

  it('renames across the seeds with no reference left behind: the result still lints clean of dangling references', async () => {
    const { lintPathway } = await import('@pathway/core');
    const modeling = new Modeling(wiganText);
    const before = lintPathway(modeling.state.value as never).filter((p) => p.code === 'lint.dangling-reference');
    for (let i = 0; i < wigan.stages.length; i++) modeling.set(`/stages/${i}/id`, `renamed-${i}`);
    const after = lintPathway(modeling.state.value as never).filter((p) => p.code === 'lint.dangling-reference');
    expect(after).toEqual(before);
    expect(validatePathway(modeling.state.value)).toBe(true);
  });

  it('saves and restores its history, dropping steps that do not fit', () => {
    const modeling = new Modeling(formatJson(minimal));
    modeling.set('/title', 'One');
    modeling.set('/title', 'Two');
    const saved = JSON.parse(JSON.stringify(modeling.history()));
    const restored = new Modeling(modeling.state.text);
    restored.restoreHistory(saved);
    restored.undo();
    expect((restored.state.value as typeof minimal).title).toBe('One');
    restored.restoreHistory({ undo: [{ kind: 'nonsense' }], redo: 'x' } as never);
    expect((restored.state.value as typeof minimal).title).toBe('One');
  });
});

describe('behaviours', () => {
  it('makes unique, readable ids from titles', () => {
    expect(uniqueId(minimal, 'Tier 2')).toBe('tier-2-2');
    expect(uniqueId(minimal, 'Formalise support: stage 3')).toBe('formalise-support-stage-3');
    expect(uniqueId(minimal, '  !!! ')).toBe('item');
    expect(uniqueId(minimal, 'Éarly Hélp')).toBe('early-help');
  });

  it('removing a stage drops it from lists that name it and reports the rules that still do', () => {
    const removal = removalOf(minimal, '/stages/0');
    const modeling = new Modeling(formatJson(minimal));
    modeling.patch(removal.operations, { label: 'remove stage' });
    const value = modeling.state.value as typeof minimal;
    expect(value.stages.map((s) => s.id)).toEqual(['tier-2']);
    expect(value.exceptions[0].stages).toEqual(['tier-2']);
    expect(valueAt(value, '/stages/0/requires/stages')).toEqual([]);
    expect(removal.remaining.map((r) => `${r.property}@${r.pointer}`)).toEqual([
      'stageComplete@/stages/1/gates/0/condition/all/0',
      'to@/stages/1/outcomes/0',
    ]);
    modeling.undo();
    expect(modeling.state.value).toEqual(minimal);
  });
});

describe('edge cases of undo and of references', () => {
  it('undoes a move onto an object key that held something, restoring what it overwrote', () => {
    const modeling = new Modeling(formatJson({ ...minimal, summary: 'kept', authorNote: 'note' }));
    modeling.patch([{ op: 'move', from: '/summary', path: '/authorNote' }]);
    expect((modeling.state.value as Record<string, unknown>).authorNote).toBe('kept');
    modeling.undo();
    expect(modeling.state.value).toEqual({ ...minimal, summary: 'kept', authorNote: 'note' });
  });

  it('undoes a move to the end of a list ("-")', () => {
    const modeling = new Modeling(formatJson(minimal));
    modeling.patch([{ op: 'move', from: '/stages/0', path: '/stages/-' }]);
    expect((modeling.state.value as typeof minimal).stages.map((s) => s.id)).toEqual(['tier-2', 'tier-1']);
    modeling.undo();
    expect(modeling.state.value).toEqual(minimal);
  });

  it('leaves references alone while an id is shared, or when the new id is taken', () => {
    const duplicated = structuredClone(minimal);
    duplicated.stages[1].id = 'tier-1';
    const modeling = new Modeling(formatJson(duplicated));
    // Renaming one of two "tier-1" stages must not move references meant for the other.
    modeling.set('/stages/1/id', 'tier-2');
    expect((modeling.state.value as typeof minimal).exceptions[0].stages).toEqual(['tier-1', 'tier-2']);
    const clean = new Modeling(formatJson(minimal));
    clean.set('/stages/0/id', 'tier-2');
    expect((clean.state.value as typeof minimal).stages[1].requires).toEqual({ stages: ['tier-1'] });
  });

  it('keeps references to a removed thing when another of that id remains', () => {
    const duplicated = structuredClone(minimal);
    duplicated.stages.push({ id: 'tier-1', title: 'Tier 1 again' } as never);
    const removal = removalOf(duplicated, '/stages/0');
    expect(removal.operations).toEqual([{ op: 'remove', path: '/stages/0' }]);
  });

  it('caps the text the undo history holds, dropping the oldest steps', () => {
    const modeling = new Modeling('{}', { historyTextLimit: 1000 });
    for (let i = 0; i < 20; i++) modeling.setText(`{"title": "${'x'.repeat(100)}${i}"}`);
    let steps = 0;
    while (modeling.canUndo) {
      modeling.undo();
      steps++;
    }
    expect(steps).toBeGreaterThan(1);
    expect(steps).toBeLessThan(20);
  });
});
