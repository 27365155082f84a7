/**
 * An evidence item's "Confirm" checkbox with its label and hint (`<div class="choice">`),
 * built with createElement once and afterwards only re-checked, for the same reason as
 * choice-radios.ts: a long stage has one per question, and as a Lit template each would keep a
 * dozen bindings alive for the life of the page although only `checked` changes. Authored text
 * goes in as text, never as markup.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ChildPart, PartInfo } from 'lit/directive.js';
import { writeFieldInput } from './field-input.js';

export interface EvidenceCheckboxView {
  /** The checkbox's id. */
  id: string;
  evidenceId: string;
  checked: boolean;
  /** "Confirm" (shown in bold, followed by a colon). */
  confirmWord: string;
  title: string;
  /** "(optional)" after the title, or undefined for a required item. */
  optional: string | undefined;
  /** Id and text of the hint under the label, or undefined for none. */
  hint: { id: string; text: string } | undefined;
}

class EvidenceCheckboxDirective extends Directive {
  private container: HTMLDivElement | undefined;
  private input: HTMLInputElement | undefined;
  private shape: Omit<EvidenceCheckboxView, 'checked'> | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('evidenceCheckbox() belongs in element content');
  }

  render(view: EvidenceCheckboxView): HTMLDivElement {
    if (!this.container || !this.shape || !sameShape(this.shape, view)) this.build(view);
    this.input!.checked = view.checked;
    return this.container!;
  }

  override update(_part: ChildPart, [view]: [EvidenceCheckboxView]): HTMLDivElement | typeof noChange {
    const container = this.container;
    const result = this.render(view);
    return result === container ? noChange : result;
  }

  private build(view: EvidenceCheckboxView): void {
    const container = document.createElement('div');
    container.className = 'choice';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = view.id;
    writeFieldInput(input, { kind: 'evidence', evidenceId: view.evidenceId, part: 'confirmed' });
    if (view.hint) input.setAttribute('aria-describedby', view.hint.id);
    const text = document.createElement('div');
    text.className = 'choice__text';
    const label = document.createElement('label');
    label.htmlFor = view.id;
    const confirm = document.createElement('strong');
    confirm.textContent = `${view.confirmWord}:`;
    label.append(confirm, ` ${view.title}`);
    if (view.optional !== undefined) {
      const optional = document.createElement('span');
      optional.className = 'secondary';
      optional.textContent = view.optional;
      label.append(' ', optional);
    }
    text.append(label);
    if (view.hint) {
      const hint = document.createElement('div');
      hint.className = 'hint';
      hint.id = view.hint.id;
      hint.textContent = view.hint.text;
      text.append(hint);
    }
    container.append(input, text);
    this.container = container;
    this.input = input;
    this.shape = {
      id: view.id,
      evidenceId: view.evidenceId,
      confirmWord: view.confirmWord,
      title: view.title,
      optional: view.optional,
      hint: view.hint,
    };
  }
}

function sameShape(a: Omit<EvidenceCheckboxView, 'checked'>, b: EvidenceCheckboxView): boolean {
  return (
    a.id === b.id &&
    a.evidenceId === b.evidenceId &&
    a.confirmWord === b.confirmWord &&
    a.title === b.title &&
    a.optional === b.optional &&
    a.hint?.id === b.hint?.id &&
    a.hint?.text === b.hint?.text
  );
}

/** The checkbox that confirms an evidence item, with its label and hint. */
export const evidenceCheckbox = directive(EvidenceCheckboxDirective);
