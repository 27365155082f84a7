/**
 * A band's label that states the figure of a bound being changed ("Below 90%" as 90 becomes 92)
 * is changed with it: schools are shown the label and placed by the bounds (lint's band-label
 * warns when they differ). Used by the band line's bounds and the band form's Value boxes, so
 * both write the bound and the label as one undoable step. No DOM.
 */
import { figureStyle, relabelled } from '@pathway/core';
import type { Band, Pathway } from '@pathway/schema';
import { valueAt } from '../modeling/index.js';

const boundAt = /^(.*\/bands\/\d+)\/(lower|upper)(\/value)?$/;

/**
 * The label the band should have once the bound at `pointer` (a band's lower or upper bound, or
 * its value) becomes `value`, with the label's pointer; undefined when it keeps its label.
 */
export function labelFollowingBound(document: unknown, pointer: string, value: number | undefined): { pointer: string; label: string } | undefined {
  const match = boundAt.exec(pointer);
  if (match === null || value === undefined) return undefined;
  const band = valueAt(document, match[1]!) as Band | undefined;
  const before = (valueAt(document, `${match[1]}/${match[2]}`) as { value?: unknown } | undefined)?.value;
  const measure = (document as Pathway | undefined)?.measures?.find((m) => m.id === band?.measure);
  const style = figureStyle(measure?.kind);
  if (typeof band?.label !== 'string' || style === undefined || typeof before !== 'number') return undefined;
  const label = relabelled(band.label, style, before, value);
  return label === undefined ? undefined : { pointer: `${match[1]}/label`, label };
}

/** What a status line says when a label was changed with its bound. */
export const relabelledNotice = (label: string): string => `The band's label now reads "${label}", to match. Undo puts back both.`;
