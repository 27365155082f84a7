/**
 * A question's radios (`<div class="choices">` with one `.choice` per option), built with
 * createElement once and afterwards only re-checked. A stage can hold thousands of questions:
 * as a Lit template each option costs a template instance and six bindings that live as long
 * as the page (about 1 MB of the JS heap at 500 questions), although after the first render
 * only `checked` ever changes. Authored text goes in as text (textContent / setAttribute),
 * never as markup.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ChildPart, PartInfo } from 'lit/directive.js';
import { writeFieldInput } from './field-input.js';

export interface ChoiceRadiosView {
  /** The question's group id: the radios share it as `name`; each has `<base>-<i>` as id. */
  base: string;
  questionId: string;
  options: readonly { value: string; label: string }[];
  /** The answer now: the option with this value is checked. */
  value: unknown;
  /** Side by side (yes / no) rather than stacked. */
  inline: boolean;
}

class ChoiceRadiosDirective extends Directive {
  private container: HTMLDivElement | undefined;
  private inputs: HTMLInputElement[] = [];
  private shape: { base: string; questionId: string; inline: boolean; options: readonly { value: string; label: string }[] } | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('choiceRadios() belongs in element content');
  }

  render(view: ChoiceRadiosView): HTMLDivElement {
    const shape = this.shape;
    const sameShape =
      this.container !== undefined &&
      shape !== undefined &&
      shape.base === view.base &&
      shape.questionId === view.questionId &&
      shape.inline === view.inline &&
      sameOptions(shape.options, view.options);
    if (!sameShape) this.build(view);
    for (const [i, input] of this.inputs.entries()) input.checked = view.value === view.options[i].value;
    return this.container!;
  }

  override update(_part: ChildPart, [view]: [ChoiceRadiosView]): HTMLDivElement | typeof noChange {
    const container = this.container;
    const result = this.render(view);
    // The same element is already in place: nothing for Lit to do.
    return result === container ? noChange : result;
  }

  private build(view: ChoiceRadiosView): void {
    const container = document.createElement('div');
    container.className = `choices ${view.inline ? 'choices--inline' : ''}`;
    this.inputs = view.options.map((option, i) => {
      const id = `${view.base}-${i}`;
      const choice = document.createElement('div');
      choice.className = 'choice';
      const input = document.createElement('input');
      input.type = 'radio';
      input.id = id;
      input.name = view.base;
      input.value = option.value;
      writeFieldInput(input, { kind: 'answer', questionId: view.questionId, control: 'choice' });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = option.label;
      choice.append(input, label);
      container.append(choice);
      return input;
    });
    this.container = container;
    this.shape = { base: view.base, questionId: view.questionId, inline: view.inline, options: view.options };
  }
}

function sameOptions(a: readonly { value: string; label: string }[], b: readonly { value: string; label: string }[]): boolean {
  return a.length === b.length && a.every((option, i) => option.value === b[i].value && option.label === b[i].label);
}

/** The radios of a yes / no, yes / no / not applicable or single-choice question. */
export const choiceRadios = directive(ChoiceRadiosDirective);
