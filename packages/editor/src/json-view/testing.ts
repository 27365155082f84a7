/**
 * A small stand-in for `<pathway-editor>` in the JSON view's and persistence's tests: it
 * provides the editor context (a `Modeling`, its problems from `checkPathway` with the full
 * validator, as the CLI runs it, and the selection) around whatever it is given to render.
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import type { Problem } from '@pathway/schema';
import { editorContext } from '../context.js';
import type { EditorContext, Selection } from '../context.js';
import { Modeling } from '../modeling/index.js';
import type { DraftState } from '../modeling/index.js';
import { JsonView } from './json-view.js';

if (!customElements.get('pe-json-view')) customElements.define('pe-json-view', JsonView);

/** The problems the CLI would report for a draft (its syntax problem while it is not JSON). */
export function problemsFor(draft: DraftState): Problem[] {
  if (draft.value === undefined) {
    const message = draft.syntax?.message ?? 'The JSON is not valid';
    return [{ severity: 'error', code: 'json.syntax', where: '', detail: message, message, pointer: '' }];
  }
  return checkPathway(draft.value, { validate: validatePathway }).problems;
}

export class TestEditorHost extends LitElement {
  modeling: Modeling;
  /** What the host renders inside the context; `<pe-json-view>` unless replaced. */
  content: () => TemplateResult = () => html`<pe-json-view></pe-json-view><button type="button" id="after">After the JSON</button>`;
  private token = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly provider: ContextProvider<typeof editorContext>;

  constructor(modeling: Modeling = new Modeling('{}\n')) {
    super();
    this.modeling = modeling;
    this.provider = new ContextProvider(this, { context: editorContext, initialValue: this.makeContext(modeling.state, { pointer: '' }) });
    this.attach(modeling);
  }

  get context(): EditorContext {
    return this.provider.value;
  }

  /** Starts over on another modeling, as `<pathway-editor>`'s `load` does. */
  attach(modeling: Modeling): void {
    this.unsubscribe?.();
    this.modeling = modeling;
    this.unsubscribe = modeling.subscribe((draft) => this.provider.setValue(this.makeContext(draft, this.context.selection)));
    this.provider.setValue(this.makeContext(modeling.state, this.context.selection));
  }

  select(pointer: string, options: { focus?: boolean } = {}): void {
    const selection: Selection = { pointer, token: ++this.token };
    if (options.focus === true) selection.focus = true;
    this.provider.setValue(this.makeContext(this.context.draft, selection));
  }

  private makeContext(draft: DraftState, selection: Selection): EditorContext {
    return {
      modeling: this.modeling,
      draft,
      outline: undefined,
      problems: problemsFor(draft),
      selection,
      select: (pointer, options) => this.select(pointer, options),
    };
  }

  override render() {
    return this.content();
  }
}

if (!customElements.get('pe-test-editor-host')) customElements.define('pe-test-editor-host', TestEditorHost);

/** The JSON view inside a host; resolves when Monaco is showing the draft. */
export async function mountJsonView(text: string): Promise<{ host: TestEditorHost; view: JsonView }> {
  const host = new TestEditorHost(new Modeling(text));
  document.body.append(host);
  await host.updateComplete;
  const view = host.renderRoot.querySelector('pe-json-view') as JsonView;
  await view.whenReady();
  return { host, view };
}
