import { LitElement, css, html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { STAGE_MAP_LABEL_LINE, stageMap } from '@pathway/core';
import type { StageMap } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';

/**
 * The stage map: core's `stageMap` drawn as SVG. Each stage is one stop for the keyboard
 * (Tab reaches the map, arrow keys move between stages, Enter opens the stage's form), and
 * the same drawing is given as text beneath it. A box's lines are separate `<text>`s with a
 * space between them, so its text reads as its label says it ("Below 80% Route A…", not "80%Route").
 *
 * @summary Stages, routes and outcomes as a diagram.
 */
export class StageMapView extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; }
    h2 { font-size: 1.1875rem; margin: 0 0 0.5rem; }
    svg { display: block; max-width: 100%; height: auto; }
    .box rect { fill: #fff; stroke: #0b0c0c; stroke-width: 2; }
    .box.selected rect { fill: #f3f2f1; stroke: #1d70b8; stroke-width: 4; }
    .box:focus { outline: none; }
    .box:focus rect { stroke: #0b0c0c; stroke-width: 4; fill: #fd0; }
    .title { font-weight: 700; font-size: 15px; fill: #0b0c0c; }
    .line { font-size: 13px; fill: #0b0c0c; }
    .line.muted { fill: #505a5f; }
    .arrow { fill: none; stroke: #1d70b8; stroke-width: 2; }
    .arrow-head { fill: #1d70b8; }
    .arrow-label { font-size: 12px; fill: #1d70b8; }
    details { margin-top: 0.5rem; }
    summary { color: #1d70b8; cursor: pointer; }
    summary:focus-visible { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
  `;

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  @state() private active = 0;
  private map: StageMap | undefined;
  private mapFor: unknown;

  override willUpdate(changed: PropertyValues): void {
    if (!changed.has('editor')) return;
    // The map shows more than the stages (the starting stage, referral titles), so it is
    // redrawn whenever the pathway changes; the keyboard's stop stays on a stage that exists.
    const value = this.editor?.draft.value as Pathway | undefined;
    if (value !== undefined && value !== this.mapFor) {
      this.map = stageMap(value);
      this.mapFor = value;
      this.active = Math.max(0, Math.min(this.active, this.map.boxes.length - 1));
    }
  }

  private async focusBox(index: number): Promise<void> {
    this.active = index;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-index="${index}"]`)?.focus();
  }

  private handleKeydown(event: KeyboardEvent, index: number, pointer: string): void {
    const count = this.map?.boxes.length ?? 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') void this.focusBox(Math.min(count - 1, index + 1));
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') void this.focusBox(Math.max(0, index - 1));
    else if (event.key === 'Home') void this.focusBox(0);
    else if (event.key === 'End') void this.focusBox(count - 1);
    else if (event.key === 'Enter' || event.key === ' ') this.editor?.select(pointer, { focus: true });
    else return;
    event.preventDefault();
  }

  override render() {
    const map = this.map;
    if (map === undefined || map.boxes.length === 0) return nothing;
    const selected = this.editor?.selection.pointer ?? '';
    return html`
      <h2 id="stage-map-heading">Stage map</h2>
      <svg viewBox="0 0 ${map.width} ${map.height}" role="group" aria-labelledby="stage-map-heading">
        <defs>
          <marker id="arrow-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path class="arrow-head" d="M 0 0 L 10 5 L 0 10 z"></path>
          </marker>
        </defs>
        ${map.arrows.map(
          (arrow) => svg`<g aria-hidden="true">
            <polyline class="arrow" points=${arrow.points.map((p) => p.join(',')).join(' ')} marker-end="url(#arrow-head)"></polyline>
            ${arrow.labels.map((label, i) => svg`<text class="arrow-label" x=${arrow.labelAt[0]} y=${arrow.labelAt[1] + i * STAGE_MAP_LABEL_LINE}>${label}</text>`)}
          </g>`,
        )}
        ${map.boxes.map(
          (box, index) => svg`<g class=${selected === box.pointer || selected.startsWith(`${box.pointer}/`) ? 'box selected' : 'box'}
            data-index=${index} role="button" tabindex=${index === this.active ? '0' : '-1'} aria-label=${box.description}
            @keydown=${(e: KeyboardEvent) => this.handleKeydown(e, index, box.pointer)}
            @click=${() => this.editor?.select(box.pointer)}>
            <rect x=${box.x} y=${box.y} width=${box.width} height=${box.height}></rect>
            <text class="title" x=${box.x + 10} y=${box.y + 22} aria-hidden="true">${box.title}</text>
            ${box.lines.map((line, i) => svg` <text class=${line.muted ? 'line muted' : 'line'} x=${box.x + 10} y=${box.y + 44 + i * 20} aria-hidden="true">${line.text}</text>`)}
          </g>`,
        )}
      </svg>
      <details>
        <summary>The stage map as text</summary>
        <ul>${map.textAlternative.map((line) => html`<li>${line}</li>`)}</ul>
      </details>
    `;
  }
}
