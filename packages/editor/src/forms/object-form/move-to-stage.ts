/**
 * "Move to another stage" on the form of an item of a stage's list (a question, a duty, an
 * evidence item…): a select of the other stages and a button, so an item can change stage from
 * the keyboard without the JSON view. One undoable step that keeps the item exactly, id and all
 * (modeling/move-to-stage.ts); focus then follows the item to its new place, where a notice says
 * where it came from.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { EditorContext } from '../../context.js';
import type { Modeling } from '../../modeling/index.js';
import { moveToStage, stagePlaceOf } from '../../modeling/move-to-stage.js';
import { theNamed } from '@pathway/core';
import { nameOf } from '../../naming.js';
import { clip, tryEdit } from './list-editing.js';

interface Moved {
  pointer: string;
  text: string;
  revision: number;
}

/** The last move, by document model: shown at the item's new place until the next edit. */
const lastMove = new WeakMap<Modeling, Moved>();

function stageName(context: EditorContext, pointer: string): string {
  const entity = context.outline?.entities.find((candidate) => candidate.pointer === pointer);
  return clip(nameOf(context.draft.value, pointer, entity?.node, entity?.id ?? ''), 80);
}

/** Whether the item at `pointer` was just moved there (nothing has changed since). */
export function movedHere(context: EditorContext | undefined, pointer: string): boolean {
  const moved = context === undefined ? undefined : lastMove.get(context.modeling);
  return context !== undefined && moved !== undefined && moved.pointer === pointer && moved.revision === context.modeling.state.revision;
}

/** The notice at an item just moved (focused when the selection reveals it: it carries the item's pointer). */
export function renderMovedNotice(context: EditorContext | undefined, pointer: string): TemplateResult | typeof nothing {
  if (context === undefined || !movedHere(context, pointer)) return nothing;
  return html`<p class="notice" role="status" tabindex="-1" data-pointer=${pointer}>${lastMove.get(context.modeling)!.text}</p>`;
}

/** The select of the other stages and its Move button; nothing when the item is not in a stage's list or there is no other stage. */
export function renderMoveToStage(context: EditorContext | undefined, pointer: string, what: string, id: string): TemplateResult | typeof nothing {
  const place = stagePlaceOf(context?.outline, pointer);
  if (context === undefined || place === undefined) return nothing;
  const stages = (context.outline?.entities ?? []).filter((entity) => entity.kind === 'stage' && entity.pointer !== place.stage);
  if (stages.length === 0) return nothing;
  // "Duties" is one thing made of several: "these duties were", not "this duties was".
  const plural = /[^s]s$/.test(what);
  const these = `${plural ? 'these' : 'this'} ${what}`;
  const move = (host: HTMLElement) => {
    const select = host.closest('.move-to-stage')?.querySelector('select');
    const toStage = select?.value;
    if (toStage === undefined || toStage === '') return;
    const { operations, to } = moveToStage(context.draft.value, place, toStage);
    const from = stageName(context, place.stage);
    const toName = stageName(context, toStage);
    if (!tryEdit(() => context.modeling.patch(operations, { label: `move ${what} to another stage` }))) return;
    lastMove.set(context.modeling, { pointer: to, text: `${these.charAt(0).toUpperCase()}${these.slice(1)} ${plural ? 'were' : 'was'} moved here, to the end of ${theNamed('stage', `"${toName}"`)}, from ${theNamed('stage', `"${from}"`)}. Undo puts it back.`, revision: context.modeling.state.revision });
    context.select(to, { focus: true });
  };
  return html`<div class="move-to-stage">
    <label class="label" for=${id}>Move ${these} to another stage</label>
    <div class="hint" id=${`${id}-hint`}>${plural
      ? 'They keep their short names, so everything that refers to them (and any answers already given) still finds them.'
      : 'It keeps its short name, so everything that refers to it (and any answers already given) still finds it.'}</div>
    <div class="row">
      <select id=${id} aria-describedby=${`${id}-hint`}>
        ${stages.map((stage) => html`<option value=${stage.pointer}>${stageName(context, stage.pointer)}</option>`)}
      </select>
      <button type="button" class="secondary" data-action="move-to-stage" @click=${(event: Event) => move(event.currentTarget as HTMLElement)}>
        Move<span class="visually-hidden"> ${these} to the stage chosen</span></button>
    </div>
  </div>`;
}
