/**
 * "Where is this used?" on a named thing's form: every place in the pathway that refers to it,
 * each a link that opens that place, so an author knows before renaming or removing it. Read
 * from core's outline, the one reading of references the editor already has (no second walk).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Outline, OutlineReference } from '@pathway/core';
import { childPointer, describeLocation } from '@pathway/schema';
import type { EditorContext } from '../../context.js';

/** A place that refers to something: how the problems name it, and the pointer that opens its field. */
export interface Use {
  text: string;
  pointer: string;
}

/** The field (or list) that holds a reference's id. */
export function referencePointer(reference: OutlineReference): string {
  return reference.pointer === reference.from.pointer ? childPointer(reference.pointer, reference.property) : reference.pointer;
}

/** Every place that refers to the named thing at `pointer` (once each, in document order). */
export function usesOf(document: unknown, outline: Outline | undefined, pointer: string): Use[] | undefined {
  const entity = outline?.entities.find((candidate) => candidate.pointer === pointer);
  if (outline === undefined || entity === undefined) return undefined;
  const seen = new Set<string>();
  const uses: Use[] = [];
  for (const reference of outline.references) {
    if (reference.id !== entity.id || !reference.kinds.includes(entity.kind)) continue;
    const at = referencePointer(reference);
    if (seen.has(at)) continue;
    seen.add(at);
    uses.push({ text: describeLocation(document, at), pointer: at });
  }
  return uses;
}

/** A link to a place in the pathway: opens its form with focus on its field. */
export function placeLink(context: EditorContext | undefined, use: Use): TemplateResult {
  return html`<button type="button" class="link" data-goes-to=${use.pointer} @click=${() => context?.select(use.pointer, { focus: true })}>${use.text}</button>`;
}

/** The closed "Where is this used?" list, its summary saying how many places. */
export function renderUsedBy(context: EditorContext | undefined, pointer: string, what: string): TemplateResult | typeof nothing {
  const uses = usesOf(context?.draft.value, context?.outline, pointer);
  if (uses === undefined) return nothing;
  return html`<details class="used-by" data-used-by=${pointer}>
    <summary>Where is this used? <span class="hint">(${uses.length === 0 ? 'nowhere yet' : uses.length === 1 ? '1 place' : `${uses.length} places`})</span></summary>
    ${uses.length === 0
      ? html`<p class="hint">Nothing in the pathway refers to this ${what} yet.</p>`
      : html`<p class="hint">These refer to this ${what} by its short name; renaming it updates them, removing it leaves them to fix.</p>
          <ul>
            ${uses.map((use) => html`<li>${placeLink(context, use)}</li>`)}
          </ul>`}
  </details>`;
}
