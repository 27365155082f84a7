/**
 * The input contract between the pages and the element: what each form control means, typed.
 *
 * A page marks a control with `${fieldInput({ kind: 'answer', questionId, control: 'number' })}`
 * (or, for controls built with createElement, `writeFieldInput(input, …)`); the element listens
 * once for every `input` and `change` on the page and reads the control back with
 * `readFieldInput(target)`. Both sides use these types, so a page cannot mark a control with
 * something the element does not understand, and the element never parses loose strings.
 *
 * On the element, the meaning is kept in the `data-*` attributes the widget has always used
 * (`data-measure` + `data-part`, `data-answer` + `data-kind`…), which tests, the benchmark probe
 * and pages that drive the widget rely on.
 */
import { noChange, nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

export type DatePart = 'day' | 'month' | 'year';
export type MeasurePart = 'mode' | 'percentage' | 'possible' | 'counted' | 'value' | DatePart;
/** A box of an earlier reading (format 1.1): the figure, or the date it was taken. */
export type BaselinePart = 'value' | DatePart;

/** What one form control enters. */
export type FieldInput =
  /** One box (or the mode radios) of a figure. */
  | { kind: 'measure'; measureId: string; part: MeasurePart }
  /** A circumstance's checkbox. */
  | { kind: 'cohort'; cohortId: string }
  /** A stage's radio (its value is the stage id). */
  | { kind: 'stage' }
  /** A route's radio, for routes the user chooses at a stage (format 1.1; its value is the route id). */
  | { kind: 'route'; stageId: string }
  /** An outcome already recorded for the pupil (format 1.1), e.g. "not improved at the review". */
  | { kind: 'outcome'; outcomeId: string }
  /** A box of a measure's earlier reading (format 1.1). */
  | { kind: 'baseline'; measureId: string; part: BaselinePart }
  /** A question's control: radios (value is the option), a number box, a date box, a textarea. */
  | { kind: 'answer'; questionId: string; control: 'choice' }
  | { kind: 'answer'; questionId: string; control: 'number' | 'text' }
  | { kind: 'answer'; questionId: string; control: 'date'; part: DatePart }
  /** An evidence item's checkbox, or its note. */
  | { kind: 'evidence'; evidenceId: string; part: 'confirmed' | 'note' }
  /** A pupil detail (referral field): a text box, or one of a date's boxes. Personal. */
  | { kind: 'detail'; fieldId: string; control: 'text' }
  | { kind: 'detail'; fieldId: string; control: 'date'; part: DatePart }
  /** "Save my answers on this device". */
  | { kind: 'drafts-toggle' };

/** Every attribute this contract writes, so a control that changes meaning loses the old ones. */
const ATTRIBUTES = ['measure', 'part', 'cohort', 'stageChoice', 'routeChoice', 'baseline', 'outcome', 'answer', 'kind', 'evidence', 'detail', 'draftsToggle'] as const;
type AttributeKey = (typeof ATTRIBUTES)[number];

/**
 * `data-*` attribute names, by the `dataset` key `readFieldInput` reads them with; worked out
 * once, not per control (a 2000-question page writes some 10,000 of them).
 */
const ATTRIBUTE_NAMES = Object.fromEntries(
  ATTRIBUTES.map((name) => [name, `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`]),
) as Record<AttributeKey, string>;

const mark = (element: HTMLElement, name: AttributeKey, value: string) => element.setAttribute(ATTRIBUTE_NAMES[name], value);

/**
 * Marks `element` (a new control, not yet marked) as the control for `input`. Written with
 * setAttribute, not `dataset`: reading `dataset` keeps an object alive per control (about
 * 40 KB over a 500-question page), and only the control the user touches is read back.
 */
export function writeFieldInput(element: HTMLElement, input: FieldInput): void {
  switch (input.kind) {
    case 'measure':
      mark(element, 'measure', input.measureId);
      mark(element, 'part', input.part);
      break;
    case 'cohort':
      mark(element, 'cohort', input.cohortId);
      break;
    case 'stage':
      mark(element, 'stageChoice', '');
      break;
    case 'route':
      mark(element, 'routeChoice', input.stageId);
      break;
    case 'baseline':
      mark(element, 'baseline', input.measureId);
      mark(element, 'part', input.part);
      break;
    case 'outcome':
      mark(element, 'outcome', input.outcomeId);
      break;
    case 'answer':
      mark(element, 'answer', input.questionId);
      if (input.control !== 'choice') mark(element, 'kind', input.control);
      if (input.control === 'date') mark(element, 'part', input.part);
      break;
    case 'evidence':
      mark(element, 'evidence', input.evidenceId);
      mark(element, 'part', input.part);
      break;
    case 'detail':
      mark(element, 'detail', input.fieldId);
      if (input.control === 'date') {
        mark(element, 'kind', 'date');
        mark(element, 'part', input.part);
      }
      break;
    case 'drafts-toggle':
      mark(element, 'draftsToggle', '');
      break;
  }
}

const isDatePart = (part: string | undefined): part is DatePart => part === 'day' || part === 'month' || part === 'year';
const isMeasurePart = (part: string | undefined): part is MeasurePart =>
  part === 'mode' || part === 'percentage' || part === 'possible' || part === 'counted' || part === 'value' || isDatePart(part);

/** What `element` enters, or undefined when it is not one of the widget's controls. */
export function readFieldInput(element: HTMLElement): FieldInput | undefined {
  const { measure, part, cohort, stageChoice, routeChoice, baseline, outcome, answer, kind, evidence, detail, draftsToggle } = element.dataset;
  if (measure !== undefined) return isMeasurePart(part) ? { kind: 'measure', measureId: measure, part } : undefined;
  if (cohort !== undefined) return { kind: 'cohort', cohortId: cohort };
  if (stageChoice !== undefined) return { kind: 'stage' };
  if (routeChoice !== undefined) return { kind: 'route', stageId: routeChoice };
  if (outcome !== undefined) return { kind: 'outcome', outcomeId: outcome };
  if (baseline !== undefined) return part === 'value' || isDatePart(part) ? { kind: 'baseline', measureId: baseline, part } : undefined;
  if (answer !== undefined) {
    if (kind === undefined) return { kind: 'answer', questionId: answer, control: 'choice' };
    if (kind === 'number' || kind === 'text') return { kind: 'answer', questionId: answer, control: kind };
    if (kind === 'date' && isDatePart(part)) return { kind: 'answer', questionId: answer, control: 'date', part };
    return undefined;
  }
  if (evidence !== undefined) return part === 'confirmed' || part === 'note' ? { kind: 'evidence', evidenceId: evidence, part } : undefined;
  if (detail !== undefined) {
    if (kind === undefined) return { kind: 'detail', fieldId: detail, control: 'text' };
    return kind === 'date' && isDatePart(part) ? { kind: 'detail', fieldId: detail, control: 'date', part } : undefined;
  }
  if (draftsToggle !== undefined) return { kind: 'drafts-toggle' };
  return undefined;
}

/**
 * Whether the control is typed into (a box or textarea) rather than clicked: its `input` events
 * come one per keystroke, and what it holds is complete only at its `change` (blur or Enter).
 */
export function isTypedInput(input: FieldInput): boolean {
  switch (input.kind) {
    case 'measure':
      return input.part !== 'mode';
    case 'baseline':
      return true;
    case 'answer':
      return input.control !== 'choice';
    case 'evidence':
      return input.part === 'note';
    case 'detail':
      return true;
    default:
      return false;
  }
}

/** A string that is the same for the same input, to tell when a control's meaning changed. */
function keyOf(input: FieldInput): string {
  return JSON.stringify(input);
}

class FieldInputDirective extends Directive {
  private key: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fieldInput() belongs on an element, e.g. <input ${fieldInput(…)}>');
  }

  render(_input: FieldInput): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [input]: [FieldInput]): typeof noChange {
    const key = keyOf(input);
    if (key !== this.key) {
      const element = part.element as HTMLElement;
      // A control that changes meaning loses what it meant before.
      if (this.key !== undefined) for (const name of ATTRIBUTES) element.removeAttribute(ATTRIBUTE_NAMES[name]);
      this.key = key;
      writeFieldInput(element, input);
    }
    return noChange;
  }
}

/** Marks the element it is placed on as the control for a `FieldInput`. */
export const fieldInput = directive(FieldInputDirective);
