/**
 * A tiny host for form tests: provides `editorContext` with a real `Modeling`, core's outline and
 * the problems the editor shows (schema errors explained, then lint), as `<pathway-editor>` does.
 */
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { checkPathway, outlinePathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import { editorContext } from '../../context.js';
import type { EditorContext, Selection } from '../../context.js';
import { Modeling } from '../../modeling/index.js';
import type { DraftState } from '../../modeling/index.js';
import '../define.js';

export class FormTestHost extends LitElement {
  @provide({ context: editorContext })
  @state()
  context!: EditorContext;

  modeling!: Modeling;
  private token = 0;

  load(document: unknown, options: { mergeWindowMs?: number } = {}): void {
    this.modeling = new Modeling(JSON.stringify(document, null, 2), options);
    this.modeling.subscribe((draft) => this.refresh(draft, this.context.selection));
    this.refresh(this.modeling.state, { pointer: '' });
  }

  select(pointer: string, options: { focus?: boolean } = {}): void {
    const selection: Selection = { pointer, token: ++this.token };
    if (options.focus) selection.focus = true;
    this.refresh(this.modeling.state, selection);
  }

  private refresh(draft: DraftState, selection: Selection): void {
    const value = draft.value;
    this.context = {
      modeling: this.modeling,
      draft,
      outline: value === undefined ? undefined : outlinePathway(value),
      problems: value === undefined ? [] : checkPathway(value, { validate: validatePathway }).problems,
      selection,
      select: (pointer, options) => this.select(pointer, options),
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('pe-form-test-host')) customElements.define('pe-form-test-host', FormTestHost);
