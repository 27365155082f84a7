/**
 * Moving an item of one of a stage's lists (a question, a duty, an evidence item, a band…) to
 * the same list of another stage, as one JSON Patch "move": the item is kept exactly, id and
 * all, so whatever refers to it (a rule, a pupil's saved answer) still finds it. No DOM.
 */
import type { Outline } from '@pathway/core';
import { valueAt } from './patch.js';
import type { EditOperation } from './patch.js';

/** Where an item sits in a stage: the stage's pointer, the list's key, its index. */
export interface StagePlace {
  stage: string;
  list: string;
  index: number;
}

/** The stage and list the item at `pointer` is in, when it is an item of one of a stage's own lists. */
export function stagePlaceOf(outline: Outline | undefined, pointer: string): StagePlace | undefined {
  const match = /^(\/stages\/\d+)\/([^/]+)\/(\d+)$/.exec(pointer);
  if (match === null || outline === undefined) return undefined;
  const [, stage, list, index] = match;
  if (!outline.entities.some((entity) => entity.kind === 'stage' && entity.pointer === stage)) return undefined;
  return { stage, list, index: Number(index) };
}

/**
 * The operations that move the item at `pointer` to the end of the same list of the stage at
 * `toStage` (the list is made when that stage has none), and the item's new pointer.
 */
export function moveToStage(document: unknown, place: StagePlace, toStage: string): { operations: EditOperation[]; to: string } {
  const from = `${place.stage}/${place.list}/${place.index}`;
  const listPointer = `${toStage}/${place.list}`;
  const list = valueAt(document, listPointer);
  if (Array.isArray(list)) {
    const to = `${listPointer}/${list.length}`;
    return { operations: [{ op: 'move', from, path: to }], to };
  }
  const to = `${listPointer}/0`;
  return { operations: [{ op: 'add', path: listPointer, value: [] }, { op: 'move', from, path: to }], to };
}
