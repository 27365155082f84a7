import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import type { Measure, Pathway } from '@pathway/schema';
import type { CaseInput } from '@pathway/core';
import '@pathway/widget/embed';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';
import { previewDraft, previewNote } from './preview-draft.js';

/** What the author typed for the sample pupil, as text, so half-typed figures are kept. */
interface SamplePupil {
  measures: Record<string, string>;
  baselines: Record<string, string>;
  baselineDates: Record<string, string>;
  cohorts: string[];
  asOf: string;
}

const emptySample = (): SamplePupil => ({ measures: {}, baselines: {}, baselineDates: {}, cohorts: [], asOf: '' });

/** The sample pupil as the widget's `case`: only what is complete; a half-typed figure is left out. */
export function sampleCase(sample: SamplePupil, pathway: Pathway): CaseInput {
  const measures: NonNullable<CaseInput['measures']> = {};
  const baselines: NonNullable<CaseInput['baselines']> = {};
  for (const measure of pathway.measures) {
    const entered = sample.measures[measure.id]?.trim() ?? '';
    const input = measureInput(measure, entered);
    if (input !== undefined) measures[measure.id] = input;
    const earlier = measureInput(measure, sample.baselines[measure.id]?.trim() ?? '');
    if (earlier !== undefined && measure.baseline !== undefined) {
      const date = sample.baselineDates[measure.id];
      baselines[measure.id] = date ? { ...earlier, date } : earlier;
    }
  }
  const input: CaseInput = { measures, cohorts: sample.cohorts.filter((id) => (pathway.cohorts ?? []).some((c) => c.id === id)) };
  if (Object.keys(baselines).length > 0) input.baselines = baselines;
  if (/^\d{4}-\d{2}-\d{2}$/.test(sample.asOf)) input.asOf = sample.asOf;
  return input;
}

function measureInput(measure: Measure, entered: string): NonNullable<CaseInput['measures']>[string] | undefined {
  if (entered === '') return undefined;
  if (measure.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(entered) ? { date: entered } : undefined;
  const number = Number(entered);
  if (!Number.isFinite(number)) return undefined;
  return measure.kind === 'attendancePercentage' || measure.kind === 'absencePercentage' ? { percentage: number } : { value: number };
}

/**
 * The live preview: the real `<pathway-widget>` on the current draft, as a school will see
 * it, kept on its page as the author types, and a sample pupil (figures, earlier figures,
 * dates, circumstances) the author can change to see which stage applies and what a school
 * would be told. While the widget would refuse the draft (invalid JSON, a structure it cannot
 * read, a reference that names nothing) it keeps the last version it could show, and names the
 * problem it waits for (preview-draft.ts).
 *
 * @summary The widget on the draft, with a sample pupil.
 */
export class EditorPreview extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; color: inherit; }
    h2 { font-size: 1.1875rem; margin: 0 0 0.5rem; }
    details { margin: 0 0 1rem; border: 1px solid #b1b4b6; padding: 0.5rem 0.75rem; }
    summary { cursor: pointer; color: #1d70b8; font-weight: 700; }
    summary:focus-visible { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
    .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.75rem; margin-top: 0.75rem; }
    label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
    input[type='text'], input[type='date'] { font: inherit; width: 100%; box-sizing: border-box; padding: 0.3rem; border: 2px solid #0b0c0c; }
    input:focus-visible { outline: 3px solid #fd0; box-shadow: inset 0 0 0 2px #0b0c0c; }
    fieldset { border: 0; padding: 0; margin: 0.75rem 0 0; }
    legend { font-weight: 700; }
    .check { display: flex; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
    .check input { width: 1.5rem; height: 1.5rem; margin: 0; }
    .note { border-left: 5px solid #1d70b8; padding: 0.25rem 0.75rem; margin: 0 0 1rem; }
    .frame { border: 2px dashed #b1b4b6; padding: 0.75rem; }
  `;

  @consume({ context: editorContext, subscribe: true })
  @state()
  private editor?: EditorContext;

  @state() private sample: SamplePupil = emptySample();
  /** The last draft the widget could be given. */
  @state() private shown: Pathway | undefined;
  /** The problem that keeps the current draft from being the one shown. */
  @state() private waitingFor: string | undefined;
  private checked: EditorContext['draft'] | undefined;

  override willUpdate(changed: PropertyValues): void {
    if (!changed.has('editor') || this.editor === undefined || this.editor.draft === this.checked) return;
    this.checked = this.editor.draft;
    const preview = previewDraft(this.editor.draft);
    if (preview.ok) {
      this.shown = preview.pathway;
      this.waitingFor = undefined;
    } else {
      this.waitingFor = preview.problem;
    }
  }

  private caseMemo: { sample: SamplePupil; measures: unknown; cohorts: unknown; value: CaseInput } | undefined;

  /**
   * The case for the widget, the same object until the sample pupil or the pathway's measures
   * or circumstances change: the widget re-seeds its journey from a new case, so a new object
   * on every keystroke would undo the answers given in the preview.
   */
  private caseFor(pathway: Pathway): CaseInput {
    const memo = this.caseMemo;
    if (memo && memo.sample === this.sample && memo.measures === pathway.measures && memo.cohorts === pathway.cohorts) return memo.value;
    const value = sampleCase(this.sample, pathway);
    this.caseMemo = { sample: this.sample, measures: pathway.measures, cohorts: pathway.cohorts, value };
    return value;
  }

  private update_(change: (sample: SamplePupil) => void): void {
    const next: SamplePupil = structuredClone(this.sample);
    change(next);
    this.sample = next;
  }

  private renderMeasure(measure: Measure) {
    const id = `sample-${measure.id}`;
    const isDate = measure.kind === 'date';
    const unit = measure.kind.endsWith('Percentage') ? ' (%)' : '';
    return html`<div>
        <label for=${id}>${measure.title}${unit}</label>
        <input id=${id} type=${isDate ? 'date' : 'text'} inputmode=${isDate ? nothing : 'decimal'} .value=${this.sample.measures[measure.id] ?? ''}
          @change=${(e: Event) => this.update_((s) => (s.measures[measure.id] = (e.target as HTMLInputElement).value))} />
      </div>
      ${measure.baseline === undefined
        ? nothing
        : html`<div>
              <label for=${`${id}-earlier`}>${measure.baseline.title}${unit}</label>
              <input id=${`${id}-earlier`} type="text" inputmode="decimal" .value=${this.sample.baselines[measure.id] ?? ''}
                @change=${(e: Event) => this.update_((s) => (s.baselines[measure.id] = (e.target as HTMLInputElement).value))} />
            </div>
            <div>
              <label for=${`${id}-earlier-date`}>Date of the earlier reading</label>
              <input id=${`${id}-earlier-date`} type="date" .value=${this.sample.baselineDates[measure.id] ?? ''}
                @change=${(e: Event) => this.update_((s) => (s.baselineDates[measure.id] = (e.target as HTMLInputElement).value))} />
            </div>`}`;
  }

  override render() {
    const pathway = this.shown;
    return html`
      <h2>Preview</h2>
      <p class="note" role="status" ?hidden=${this.waitingFor === undefined}>${this.waitingFor === undefined ? '' : previewNote(this.waitingFor, pathway !== undefined)}</p>
      ${pathway === undefined
        ? nothing
        : html`<details open>
              <summary>Sample pupil</summary>
              <div class="fields">
                ${pathway.measures.map((measure) => this.renderMeasure(measure))}
                <div>
                  <label for="sample-as-of">Today's date, for time limits</label>
                  <input id="sample-as-of" type="date" .value=${this.sample.asOf}
                    @change=${(e: Event) => this.update_((s) => (s.asOf = (e.target as HTMLInputElement).value))} />
                </div>
              </div>
              ${(pathway.cohorts ?? []).length === 0
                ? nothing
                : html`<fieldset>
                    <legend>Circumstances</legend>
                    ${(pathway.cohorts ?? []).map(
                      (cohort) => html`<div class="check">
                        <input type="checkbox" id=${`sample-cohort-${cohort.id}`} .checked=${this.sample.cohorts.includes(cohort.id)}
                          @change=${(e: Event) =>
                            this.update_((s) => {
                              const on = (e.target as HTMLInputElement).checked;
                              s.cohorts = on ? [...s.cohorts, cohort.id] : s.cohorts.filter((c) => c !== cohort.id);
                            })} />
                        <label for=${`sample-cohort-${cohort.id}`}>${cohort.title}</label>
                      </div>`,
                    )}
                  </fieldset>`}
            </details>
            <div class="frame">
              <pathway-widget .pathway=${pathway} .case=${this.caseFor(pathway)}></pathway-widget>
            </div>`}
    `;
  }
}
