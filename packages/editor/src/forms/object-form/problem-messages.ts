/**
 * How a form shows the problems at a field or an object, by their severity: an error in GOV.UK's
 * error style (red, "Error:" for a screen reader), a warning as its warning text ("!", "Warning:"),
 * so an author can tell from the form what stops publishing and what is only worth a look.
 * Every renderer in object-form.ts draws its problems through here.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** A message to show: a problem from the checks, or one the form makes itself (a number being typed). */
export interface Shown {
  severity: 'error' | 'warning';
  detail: string;
}

export interface FieldProblems {
  /** The messages, errors first, each paragraph with its own id when `id` is given. */
  messages: TemplateResult | typeof nothing;
  /** The ids of those paragraphs, for the control's aria-describedby. */
  describedBy: string[];
  /** Only an error makes a control invalid; a warning does not. */
  invalid: boolean;
  /** The group's bar: red for an error, grey for warnings only. */
  groupClass: '' | ' form-group--error' | ' form-group--warning';
}

export function fieldProblems(problems: readonly Shown[], id?: string): FieldProblems {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error');
  const errorId = id === undefined || errors.length === 0 ? undefined : `${id}-error`;
  const warningId = id === undefined || warnings.length === 0 ? undefined : `${id}-warning`;
  return {
    messages:
      problems.length === 0
        ? nothing
        : html`${errors.length > 0
            ? html`<p class="error-message" id=${errorId ?? nothing}>${errors.map((problem) => html`<span class="visually-hidden">Error:</span> ${problem.detail} `)}</p>`
            : nothing}${warnings.length > 0
            ? html`<p class="warning-message" id=${warningId ?? nothing}>${warnings.map(
                (problem) => html`<span class="warning-icon" aria-hidden="true">!</span><span class="visually-hidden">Warning:</span> ${problem.detail} `,
              )}</p>`
            : nothing}`,
    describedBy: [errorId, warningId].filter((at): at is string => at !== undefined),
    invalid: errors.length > 0,
    groupClass: errors.length > 0 ? ' form-group--error' : warnings.length > 0 ? ' form-group--warning' : '',
  };
}

/**
 * The problems of the object a form edits, under its heading: errors in the red "There is a
 * problem" box, warnings each as a warning text beside it.
 */
export function objectProblems(problems: readonly Shown[]): TemplateResult | typeof nothing {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error');
  if (problems.length === 0) return nothing;
  return html`${errors.length > 0
      ? html`<div class="problems" role="group" aria-labelledby="own-problems">
          <p id="own-problems">${errors.length === 1 ? 'There is a problem' : 'There are problems'}</p>
          <ul>
            ${errors.map((problem) => html`<li>${problem.detail}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${warnings.map(
      (problem) => html`<div class="warning-text">
        <span class="warning-icon" aria-hidden="true">!</span>
        <p><span class="visually-hidden">Warning:</span> ${problem.detail}</p>
      </div>`,
    )}`;
}

/** The tag on a closed item: "2 problems" when any is an error, "1 warning" when all are warnings. */
export function countTag(counts: { errors: number; warnings: number }): TemplateResult | typeof nothing {
  const total = counts.errors + counts.warnings;
  if (total === 0) return nothing;
  const text = counts.errors > 0 ? `${total} ${total === 1 ? 'problem' : 'problems'}` : `${total} ${total === 1 ? 'warning' : 'warnings'}`;
  return html`<span class="visually-hidden">, </span><span class=${counts.errors > 0 ? 'tag' : 'tag tag--warning'}>${text}</span>`;
}
