import { LitElement, css, html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Band, Bound, Measure, Pathway } from '@pathway/schema';
import { describeFigures, stageBandGaps } from '@pathway/core';
import type { BandGap, End, Interval } from '@pathway/core';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';
import { controlStyles } from './control-styles.js';
import { labelFollowingBound, relabelledNotice } from './band-relabel.js';

interface PlacedBand {
  band: Band;
  pointer: string;
  stageTitle: string;
  stagePointer: string;
}

/** Stretches of the scale that no band covers (gaps) or more than one covers (overlaps, with each end's inclusiveness). */
export interface Coverage {
  gaps: [number, number][];
  overlaps: Interval[];
}

function inside(value: number, band: Band): boolean {
  const { lower, upper } = band;
  if (lower && !(lower.inclusive ? value >= lower.value : value > lower.value)) return false;
  if (upper && !(upper.inclusive ? value <= upper.value : value < upper.value)) return false;
  return true;
}

/**
 * Gaps and overlaps on [min, max]. Gaps are core's (`stageBandGaps`, the figures lint gives,
 * with each end's inclusiveness; here unrounded). Overlaps are exact: the scale is cut at every
 * bound into single figures and the open stretches between them, each counted once, and the
 * covered pieces joined, so an overlap ends where a band does, with that end's inclusiveness
 * (a sample between bounds used to stand for its end: "0% to 40%" for 0% to 80%).
 */
export function coverage(bands: readonly Band[], min: number, max: number, stageOf: (index: number) => unknown = (index) => index): Coverage {
  const scale = { id: 'scale', title: 'Scale', kind: 'number', minimum: min, maximum: max } as Measure;
  const gaps = stageBandGaps({} as Pathway, scale, bands).map(({ lower, upper }): [number, number] => [lower.value, upper.value]);
  return { gaps, overlaps: overlaps(bands, min, max, stageOf) };
}

/** Where bands of two or more stages cover the same figures (`stageOf` says whose each band is, as lint counts them). */
function overlaps(bands: readonly Band[], min: number, max: number, stageOf: (index: number) => unknown): Interval[] {
  const points = new Set<number>([min, max]);
  for (const band of bands) {
    if (band.lower) points.add(band.lower.value);
    if (band.upper) points.add(band.upper.value);
  }
  const sorted = [...points].filter((p) => p >= min && p <= max).sort((a, b) => a - b);
  const coveredTwice = (value: number) => {
    const stages = new Set<unknown>();
    bands.forEach((band, index) => {
      if (inside(value, band)) stages.add(stageOf(index));
    });
    return stages.size > 1;
  };
  const found: Interval[] = [];
  let open: { lower: End; upper: End } | undefined;
  const extend = (lower: End, upper: End, covered: boolean) => {
    if (!covered) open = undefined;
    else if (open) open.upper = upper;
    else found.push((open = { lower, upper }));
  };
  sorted.forEach((point, i) => {
    extend({ value: point, inclusive: true }, { value: point, inclusive: true }, coveredTwice(point));
    const next = sorted[i + 1];
    if (next !== undefined) extend({ value: point, inclusive: false }, { value: next, inclusive: false }, coveredTwice((point + next) / 2));
  });
  return found;
}

const WIDTH = 600;
const ROW = 30;
const LEFT = 8;
const RIGHT = 8;
const AXIS = 26;

/**
 * Bands on a number line: every stage's band on one measure drawn on its scale (0–100 for a
 * percentage), so gaps and overlaps show at a glance, with the gaps and overlaps also listed
 * in words. Each bound is editable by typing, and by keyboard on the line (a slider: arrow
 * keys move by 1, Page Up/Down by 5).
 *
 * @summary Threshold bands on a 0–100 line.
 */
export class BandLine extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host { display: block; }
      svg { width: 100%; height: auto; max-width: 40rem; display: block; overflow: visible; }
      .bar { fill: #1d70b8; opacity: 0.35; }
      /* The stage being edited: outlined rather than darker, so its label keeps its contrast. */
      .bar.current { opacity: 0.45; stroke: #0b0c0c; stroke-width: 2; }
      .gap { fill: #d4351c; opacity: 0.25; }
      .overlap { fill: #f47738; opacity: 0.45; }
      .axis { stroke: #0b0c0c; }
      .tick { font-size: 11px; fill: #505a5f; }
      .row-label { font-size: 12px; fill: #0b0c0c; }
      .handle { fill: #fff; stroke: #0b0c0c; stroke-width: 2; cursor: ew-resize; }
      .handle:focus { outline: none; stroke: #0b0c0c; stroke-width: 4; fill: #fd0; }
      table { border-collapse: collapse; margin: 0.75rem 0; width: 100%; }
      th, td { text-align: left; padding: 0.25rem 0.5rem 0.25rem 0; border-bottom: 1px solid #b1b4b6; vertical-align: bottom; }
      .findings { margin: 0.5rem 0; padding-left: 1.25rem; }
      /* A live region stays in place, empty, so what it is given later is announced. */
      .relabel-status { margin: 0.5rem 0; }
      .relabel-status:empty { margin: 0; }
      /* A narrow pane (a phone, a 320 px window): each band's bounds stacked, each with its own label. */
      :host { container-type: inline-size; }
      @container (max-width: 30rem) {
        table, tbody, tr, th, td { display: block; }
        thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
        td { border-bottom: 0; }
        tr { border-bottom: 1px solid #b1b4b6; padding-bottom: 0.5rem; }
      }
      /* Forced colours (Windows high contrast): the chart in the user's own colours. */
      @media (forced-colors: active) {
        .bar { fill: none; stroke: CanvasText; opacity: 1; }
        .bar.current { stroke: Highlight; stroke-width: 3; }
        .gap, .overlap { fill: GrayText; opacity: 0.5; }
        .tick, .row-label { fill: CanvasText; }
        .axis { stroke: CanvasText; }
        .handle { fill: Canvas; stroke: CanvasText; }
        .handle:focus { fill: Highlight; }
      }
    `,
  ];

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  /** A stage ("/stages/1"), its bands ("/stages/1/bands"), a band, or a measure ("/measures/0"). */
  @property() pointer = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: at the window these run before autosave's own listeners, so what it saves includes the bound.
    window.addEventListener('beforeunload', this.commitTyping, true);
    window.addEventListener('pagehide', this.commitTyping, true);
    document.addEventListener('visibilitychange', this.commitTyping, true);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeunload', this.commitTyping, true);
    window.removeEventListener('pagehide', this.commitTyping, true);
    document.removeEventListener('visibilitychange', this.commitTyping, true);
    super.disconnectedCallback();
  }

  /**
   * A bound is written when its box is left (change); a figure still being typed when the page is
   * hidden, reloaded or closed is written now, as the forms do for a short name (field-writing.ts).
   */
  private readonly commitTyping = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (active instanceof HTMLInputElement && active.type === 'text') active.dispatchEvent(new Event('change'));
  };

  private get pathway(): Pathway | undefined {
    return this.editor?.draft.value as Pathway | undefined;
  }

  /** The measure shown, and whose bands are the current ones (the stage being edited). */
  private focusOf(pathway: Pathway): { measure: Measure | undefined; stagePointer: string | undefined } {
    const stageMatch = /^\/stages\/(\d+)/.exec(this.pointer);
    const measureMatch = /^\/measures\/(\d+)/.exec(this.pointer);
    if (measureMatch) return { measure: pathway.measures[Number(measureMatch[1])], stagePointer: undefined };
    const stage = stageMatch ? pathway.stages[Number(stageMatch[1])] : undefined;
    const measureId = stage?.bands?.[0]?.measure ?? pathway.measures.find((m) => m.kind === 'attendancePercentage')?.id ?? pathway.measures[0]?.id;
    return { measure: pathway.measures.find((m) => m.id === measureId), stagePointer: stageMatch ? stageMatch[0] : undefined };
  }

  private placedBands(pathway: Pathway, measure: Measure): PlacedBand[] {
    const placed: PlacedBand[] = [];
    pathway.stages.forEach((stage, s) => {
      if (stage.universal === true) return;
      (stage.bands ?? []).forEach((band, b) => {
        if (band.measure === measure.id) placed.push({ band, pointer: `/stages/${s}/bands/${b}`, stageTitle: stage.title, stagePointer: `/stages/${s}` });
      });
    });
    return placed;
  }

  private scale(measure: Measure, bands: readonly PlacedBand[]): [number, number] {
    if (measure.kind === 'attendancePercentage' || measure.kind === 'absencePercentage') return [0, 100];
    const values = bands.flatMap(({ band }) => [band.lower?.value, band.upper?.value]).filter((v): v is number => typeof v === 'number');
    return [Math.min(0, ...values), Math.max(10, ...values.map((v) => v + 5))];
  }

  /**
   * What was typed in a bound's box that is not a number, by bound pointer: kept as typed with
   * its message, and nothing written, while the bound it was typed over is unchanged.
   */
  @state() private typed = new Map<string, { text: string; error: string; base: Bound | undefined }>();

  /** A bound typed in its box: a number is written; an empty box removes the bound; anything else is kept with a message. */
  private typeBound(pointer: string, which: 'lower' | 'upper', bound: Bound | undefined, text: string): void {
    const at = `${pointer}/${which}`;
    const trimmed = text.trim();
    const typed = new Map(this.typed);
    typed.delete(at);
    if (text === '') {
      this.typed = typed;
      this.setBound(at, undefined);
      return;
    }
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) {
      typed.set(at, { text, error: `Enter the ${which} bound as a number, like 90 or 90.5, or leave the box empty for an open end`, base: bound });
      this.typed = typed;
      return;
    }
    this.typed = typed;
    this.setBound(at, { value: Number(trimmed), inclusive: bound?.inclusive ?? true });
  }

  /** What the status line under the bounds says: the label that was changed with a bound. */
  @state() private relabelNotice = '';

  /**
   * Writes a bound. A label stating the bound's old figure ("Below 90%" as 90 becomes 92) is
   * changed with it, in the same undoable step, and the status line says so: schools are shown
   * the label, so one left saying 90% would tell a pupil at 91% she is below 90%.
   */
  private setBound(pointer: string, bound: Bound | undefined): void {
    const modeling = this.editor?.modeling;
    if (modeling === undefined) return;
    const relabel = labelFollowingBound(this.editor?.draft.value, pointer, bound?.value);
    if (relabel === undefined) {
      modeling.set(pointer, bound, { label: 'change band', mergeKey: pointer });
      return;
    }
    modeling.patch(
      [
        { op: 'replace', path: pointer, value: bound },
        { op: 'replace', path: relabel.pointer, value: relabel.label },
      ],
      { label: 'change band', mergeKey: pointer },
    );
    this.relabelNotice = relabelledNotice(relabel.label);
  }

  private handleSliderKey(event: KeyboardEvent, pointer: string, bound: Bound, [min, max]: [number, number]): void {
    const steps: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 5, PageDown: -5 };
    let value: number | undefined;
    if (event.key in steps) value = bound.value + steps[event.key];
    else if (event.key === 'Home') value = min;
    else if (event.key === 'End') value = max;
    if (value === undefined) return;
    event.preventDefault();
    this.setBound(pointer, { ...bound, value: Math.max(min, Math.min(max, Math.round(value * 10) / 10)) });
  }

  private renderLine(pathway: Pathway, measure: Measure, bands: readonly PlacedBand[], current: string | undefined, range: [number, number]): TemplateResult {
    const [min, max] = range;
    const x = (value: number) => LEFT + ((Math.max(min, Math.min(max, value)) - min) / (max - min || 1)) * (WIDTH - LEFT - RIGHT);
    const height = AXIS + bands.length * ROW + 10;
    const gaps: BandGap[] = stageBandGaps(pathway, measure, bands.map((b) => b.band));
    const overlapping = overlaps(bands.map((b) => b.band), min, max, (index) => bands[index].stagePointer);
    const ticks = Array.from({ length: 11 }, (_, i) => min + ((max - min) * i) / 10);
    const unit = measure.kind.endsWith('Percentage') ? '%' : '';
    return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label=${`${measure.title}: bands from ${min}${unit} to ${max}${unit}`}>
      ${gaps.map(({ lower, upper }) => svg`<rect class="gap" x=${x(lower.value)} y="0" width=${Math.max(2, x(upper.value) - x(lower.value))} height=${height}></rect>`)}
      ${overlapping.map(({ lower, upper }) => svg`<rect class="overlap" x=${x(lower.value)} y="0" width=${Math.max(2, x(upper.value) - x(lower.value))} height=${height}></rect>`)}
      <line class="axis" x1=${LEFT} x2=${WIDTH - RIGHT} y1="16" y2="16"></line>
      ${ticks.map((t) => svg`<text class="tick" x=${x(t)} y="11" text-anchor="middle" aria-hidden="true">${Math.round(t)}</text>`)}
      ${bands.map(({ band, pointer, stageTitle, stagePointer }, i) => {
        const y = AXIS + i * ROW;
        const lo = band.lower?.value ?? min;
        const hi = band.upper?.value ?? max;
        const isCurrent = stagePointer === current;
        // A bar starting in the right half is labelled leftwards from its end, so the label stays inside the chart.
        const rightHalf = x(Math.min(lo, hi)) > (LEFT + WIDTH - RIGHT) / 2;
        return svg`<g>
          <rect class=${isCurrent ? 'bar current' : 'bar'} x=${x(Math.min(lo, hi))} y=${y} width=${Math.max(2, Math.abs(x(hi) - x(lo)))} height=${ROW - 10}></rect>
          <text class="row-label" x=${rightHalf ? x(Math.max(lo, hi)) - 4 : x(Math.min(lo, hi)) + 4} y=${y + 14}
            text-anchor=${rightHalf ? 'end' : 'start'} aria-hidden="true">${`${stageTitle}: ${band.label}`.slice(0, 60)}</text>
          ${isCurrent
            ? (['lower', 'upper'] as const).map((which) => {
                const bound = band[which];
                if (bound === undefined) return nothing;
                return svg`<circle class="handle" cx=${x(bound.value)} cy=${y + (ROW - 10) / 2} r="7" tabindex="0" role="slider"
                  aria-label=${`${which === 'lower' ? 'Lower' : 'Upper'} bound of ${band.label}`} aria-valuemin=${min} aria-valuemax=${max}
                  aria-valuenow=${bound.value} aria-valuetext=${`${bound.value}${unit}${bound.inclusive ? ', included' : ', not included'}`}
                  @keydown=${(e: KeyboardEvent) => this.handleSliderKey(e, `${pointer}/${which}`, bound, range)}></circle>`;
              })
            : nothing}
        </g>`;
      })}
    </svg>
    <ul class="findings" aria-label="Gaps and overlaps">
      ${gaps.map((gap) => html`<li>Gap: ${gap.text}</li>`)}
      ${overlapping.map((overlap) => html`<li>Overlap: more than one stage's band covers ${describeFigures(overlap, unit, { min, max })}</li>`)}
      ${gaps.length === 0 && overlapping.length === 0 ? html`<li>No gaps or overlaps.</li>` : nothing}
    </ul>`;
  }

  private renderBoundCell(pointer: string, which: 'lower' | 'upper', bound: Bound | undefined, labelText: string): TemplateResult {
    const id = `bound-${pointer.replace(/\W+/g, '-')}-${which}`;
    const kept = this.typed.get(`${pointer}/${which}`);
    // Kept only while the bound it was typed over is still there (an undo or a JSON edit replaces it).
    const typed = kept !== undefined && kept.base === bound ? kept : undefined;
    return html`<td>
      <label for=${id}>${labelText}</label>
      ${typed ? html`<p class="error-message" id=${`${id}-error`}><span class="visually-hidden">Error:</span> ${typed.error}</p>` : nothing}
      <input id=${id} type="text" inputmode="decimal" class="short" .value=${typed ? typed.text : bound ? String(bound.value) : ''}
        aria-describedby=${typed ? `${id}-error ${id}-hint` : `${id}-hint`} aria-invalid=${typed ? 'true' : 'false'}
        @change=${(e: Event) => this.typeBound(pointer, which, bound, (e.target as HTMLInputElement).value)} />
      <span class="visually-hidden" id=${`${id}-hint`}>Leave blank for an open end</span>
      <div class="check">
        <!-- Not disabled with no bound: Tab from a bound just cleared lands here, and disabling the
             focused box would drop focus to the page. It says it does nothing, and does nothing. -->
        <input type="checkbox" id=${`${id}-inc`} .checked=${live(bound?.inclusive ?? true)} aria-disabled=${bound === undefined ? 'true' : 'false'}
          @click=${(e: Event) => bound === undefined && e.preventDefault()}
          @change=${(e: Event) => bound && this.setBound(`${pointer}/${which}`, { ...bound, inclusive: (e.target as HTMLInputElement).checked })} />
        <label for=${`${id}-inc`}>Includes the figure<span class="visually-hidden">: ${labelText.charAt(0).toLowerCase()}${labelText.slice(1)}</span></label>
      </div>
    </td>`;
  }

  override render() {
    const pathway = this.pathway;
    if (pathway === undefined || !Array.isArray(pathway.stages) || !Array.isArray(pathway.measures)) return nothing;
    const { measure, stagePointer } = this.focusOf(pathway);
    if (measure === undefined) return html`<p>Add a measure first: bands range over a measure.</p>`;
    const bands = this.placedBands(pathway, measure);
    const range = this.scale(measure, bands);
    const own = bands.filter((b) => b.stagePointer === stagePointer);
    return html`
      ${this.renderLine(pathway, measure, bands, stagePointer, range)}
      ${own.length === 0
        ? nothing
        : html`<table>
            <caption class="visually-hidden">Bounds of this stage's bands</caption>
            <thead><tr><th scope="col">Band</th><th scope="col">Lower bound</th><th scope="col">Upper bound</th></tr></thead>
            <tbody>
              ${own.map(({ band, pointer }) => html`<tr>
                <th scope="row">${band.label}</th>
                ${this.renderBoundCell(pointer, 'lower', band.lower, `Lower bound of ${band.label}`)}
                ${this.renderBoundCell(pointer, 'upper', band.upper, `Upper bound of ${band.label}`)}
              </tr>`)}
            </tbody>
          </table>`}
      <p class="relabel-status" role="status" data-relabel-status>${this.relabelNotice}</p>
    `;
  }
}
