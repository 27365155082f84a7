import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import wigan from '../../../../pathways/wigan.json';
import bandBounds from '@pathway/core/fixtures/lint/band-bounds.json';
import { formatJson } from '../modeling/index.js';
import { axeViolations, deepActiveElement, until } from '../testing/editor-testing.js';
import { isMonacoLoaded } from './monaco-state.js';
import { TestEditorHost, mountJsonView } from './testing.js';
import { Modeling } from '../modeling/index.js';
import { ProblemsPanel } from '../problems/problems-panel.js';
import { html } from 'lit';
import type { JsonView } from './json-view.js';

// The browser keeps 250 resource timings by default, and the test runner loads each source
// module as its own request: room for every request from here on, Monaco's included.
performance.setResourceTimingBufferSize(100_000);

const monacoRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /monaco-editor|monaco-loader|json-editor/.test(name));

const mounted: HTMLElement[] = [];
async function mount(text: string): Promise<{ host: TestEditorHost; view: JsonView }> {
  const result = await mountJsonView(text);
  mounted.push(result.host);
  return result;
}

afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

async function monacoApi() {
  return (await import('./monaco-loader.js')).monaco;
}

/** The text of a Monaco range. */
function textIn(view: JsonView, range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }): string {
  return view.codeEditor!.getModel()!.getValueInRange(range);
}

describe('<pe-json-view>', () => {
  // First, before anything in this file loads Monaco.
  it('fetches no Monaco code until the view is opened', async () => {
    await import('./index.js');
    expect(isMonacoLoaded()).toBe(false);
    expect(monacoRequests()).toEqual([]);
    const { view } = await mount(formatJson(wigan));
    expect(isMonacoLoaded()).toBe(true);
    expect(monacoRequests().some((name) => name.includes('monaco-editor'))).toBe(true);
    expect(view.status).toBe('ready');
    expect(view.codeEditor!.getModel()!.getValue()).toBe(formatJson(wigan));
  });

  it('marks exactly the problems checkPathway reports, in its words, at their pointers', async () => {
    const text = formatJson(bandBounds);
    const expected = checkPathway(bandBounds, { validate: validatePathway }).problems;
    expect(expected.length).toBeGreaterThan(1);
    const { view } = await mount(text);
    const monaco = await monacoApi();
    const markers = monaco.editor.getModelMarkers({ resource: view.codeEditor!.getModel()!.uri, owner: 'pathway' });
    expect(markers.map((marker) => marker.message).sort()).toEqual(expected.map((problem) => problem.message).sort());
    const first = markers.find((marker) => marker.message === expected[0]!.message)!;
    expect(first.severity).toBe(expected[0]!.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning);
    // Monaco's own schema check is off: no other markers.
    expect(monaco.editor.getModelMarkers({ resource: view.codeEditor!.getModel()!.uri }).length).toBe(markers.length);
  });

  it('marks schema errors at the value they are about', async () => {
    const broken = { ...wigan, title: 42 };
    const expected = checkPathway(broken, { validate: validatePathway }).problems;
    const { view } = await mount(formatJson(broken));
    const monaco = await monacoApi();
    const markers = monaco.editor.getModelMarkers({ resource: view.codeEditor!.getModel()!.uri, owner: 'pathway' });
    expect(markers.map((marker) => marker.message)).toEqual(expected.map((problem) => problem.message));
    const title = markers.find((marker) => expected.find((problem) => problem.message === marker.message)?.pointer === '/title')!;
    expect(textIn(view, title)).toBe('42');
  });

  it('sends typing to the modeling, keeps invalid JSON exactly as typed and marks it in plain English', async () => {
    const { host, view } = await mount('{\n  "title": "A"\n}\n');
    const editor = view.codeEditor!;
    editor.focus();
    editor.setPosition({ lineNumber: 2, column: 15 });
    await userEvent.keyboard('{End} ,, x');
    view.flush();
    const typed = editor.getModel()!.getValue();
    expect(typed).toContain('"A" ,, x');
    expect(host.modeling.state.text).toBe(typed);
    expect(host.modeling.state.value).toBeUndefined();
    await host.updateComplete;
    await view.updateComplete;
    const monaco = await monacoApi();
    const markers = monaco.editor.getModelMarkers({ resource: editor.getModel()!.uri, owner: 'pathway' });
    expect(markers.map((marker) => marker.message)).toEqual([host.modeling.state.syntax!.message]);
    expect(view.shadowRoot!.textContent).toContain(`The JSON is not valid. ${host.modeling.state.syntax!.message}`);
  });

  it('sends typing after a short pause without being asked', async () => {
    const { host, view } = await mount('{}\n');
    const editor = view.codeEditor!;
    editor.focus();
    editor.setPosition({ lineNumber: 1, column: 2 });
    await userEvent.keyboard('x');
    await until(() => host.modeling.state.text !== '{}\n', 'the typing reached the modeling');
    expect(host.modeling.state.text).toBe(editor.getModel()!.getValue());
  });

  it('closes mid-completion with nothing thrown into the page', async () => {
    // Typing asks Monaco's JSON worker for completions; the view closes before or after it
    // answers (when is Monaco's business, so at several moments). Reading the closed view's
    // model threw "TextModelPart is disposed!", which fails this file as an unhandled error.
    for (const wait of [0, 2, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100]) {
      const { host, view } = await mount('{}\n');
      const editor = view.codeEditor!;
      editor.focus();
      editor.setPosition({ lineNumber: 1, column: 2 });
      await userEvent.keyboard('x');
      await new Promise((resolve) => setTimeout(resolve, wait));
      host.remove();
    }
    // Long enough for the worker to have answered every request (it answers in milliseconds).
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  it('applies changes from the forms and undo as an edit, keeping the cursor', async () => {
    const { host, view } = await mount(formatJson(wigan));
    const editor = view.codeEditor!;
    const model = editor.getModel()!;
    const line = model.getLineCount() - 3;
    editor.setPosition({ lineNumber: line, column: 3 });
    const versionBefore = model.getAlternativeVersionId();
    host.modeling.set('/title', 'A new title of a different length');
    await host.updateComplete;
    await view.updateComplete;
    expect(model.getValue()).toBe(host.modeling.state.text);
    expect(editor.getPosition()).toMatchObject({ lineNumber: line, column: 3 });
    // The same model, edited: not replaced.
    expect(editor.getModel()).toBe(model);
    expect(model.getAlternativeVersionId()).not.toBe(versionBefore);
    host.modeling.undo();
    await host.updateComplete;
    await view.updateComplete;
    expect(model.getValue()).toBe(formatJson(wigan));
  });

  it('undoes and redoes with the editor history from inside Monaco', async () => {
    const { host, view } = await mount('{\n  "title": "A"\n}\n');
    const editor = view.codeEditor!;
    editor.focus();
    editor.setPosition({ lineNumber: 2, column: 14 });
    await userEvent.keyboard('BC');
    view.flush();
    expect(host.modeling.state.text).toBe('{\n  "title": "ABC"\n}\n');
    await userEvent.keyboard('{Control>}z{/Control}');
    await host.updateComplete;
    await view.updateComplete;
    expect(host.modeling.state.text).toBe('{\n  "title": "A"\n}\n');
    expect(editor.getModel()!.getValue()).toBe('{\n  "title": "A"\n}\n');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await host.updateComplete;
    await view.updateComplete;
    expect(editor.getModel()!.getValue()).toBe('{\n  "title": "ABC"\n}\n');
  });

  it('reveals and selects the text of what is selected elsewhere', async () => {
    const { host, view } = await mount(formatJson(wigan));
    const editor = view.codeEditor!;
    host.select('/stages/1/title');
    await host.updateComplete;
    await view.updateComplete;
    expect(textIn(view, editor.getSelection()!)).toBe(JSON.stringify(wigan.stages[1]!.title));
    expect(editor.getVisibleRanges().some((range) => range.containsPosition(editor.getSelection()!.getStartPosition()))).toBe(true);
    host.select('/stages/3/bands/0', { focus: true });
    await host.updateComplete;
    await view.updateComplete;
    expect(JSON.parse(textIn(view, editor.getSelection()!))).toEqual(wigan.stages[3]!.bands![0]);
    expect(editor.hasTextFocus()).toBe(true);
  });

  it('reports the pointer under the cursor so the forms can follow', async () => {
    const { host, view } = await mount(formatJson(wigan));
    const editor = view.codeEditor!;
    const model = editor.getModel()!;
    const offset = model.getValue().indexOf(JSON.stringify(wigan.stages[2]!.title));
    editor.focus();
    editor.setPosition(model.getPositionAt(offset));
    await userEvent.keyboard('{ArrowRight}');
    await until(() => host.context.selection.pointer === '/stages/2/title', 'the cursor reported its pointer');
    // Its own report is not revealed again (the cursor stays where the author put it).
    await host.updateComplete;
    await view.updateComplete;
    expect(editor.getSelection()!.isEmpty()).toBe(true);
    expect(model.getOffsetAt(editor.getPosition()!)).toBe(offset + 1);
  });

  it('lets the keyboard leave: Tab indents, Escape then Tab moves on', async () => {
    const { host, view } = await mount('{\n}\n');
    const editor = view.codeEditor!;
    editor.focus();
    editor.setPosition({ lineNumber: 1, column: 2 });
    await userEvent.keyboard('{Enter}{Tab}');
    expect(editor.hasTextFocus()).toBe(true);
    expect(editor.getModel()!.getValue()).toContain('\n  ');
    await userEvent.keyboard('{Escape}');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(host.renderRoot.querySelector('#after'));
    // Back in, Tab indents again.
    editor.focus();
    await userEvent.keyboard('{Tab}');
    expect(editor.hasTextFocus()).toBe(true);
  });

  it('offers the schema for completion and hover through the bundled JSON worker', async () => {
    const { view } = await mount('{\n  "title": "A"\n}\n');
    const model = view.codeEditor!.getModel()!;
    const { getWorker } = await import('monaco-editor/languages/features/json/register.js');
    const worker = (await (await getWorker())(model.uri)) as unknown as {
      doComplete(uri: string, position: { line: number; character: number }): Promise<{ items: { label: string }[] } | null>;
      doHover(uri: string, position: { line: number; character: number }): Promise<{ contents: unknown } | null>;
    };
    const completion = await worker.doComplete(model.uri.toString(), { line: 1, character: 2 });
    expect(completion!.items.map((item) => item.label)).toContain('schemaVersion');
    const hover = await worker.doHover(model.uri.toString(), { line: 1, character: 5 });
    expect(JSON.stringify(hover!.contents)).toContain('Plain text on one line');
  });

  it('suggests the property names the schema allows, and no stray words', async () => {
    const { view } = await mount('{\n  "title": "Wigan (draft)",\n  \n}\n');
    const editor = view.codeEditor!;
    editor.focus();
    editor.setPosition({ lineNumber: 3, column: 3 });
    await userEvent.keyboard('{Control>} {/Control}');
    const rows = () => Array.from(view.shadowRoot!.querySelectorAll('.suggest-widget .monaco-list-row')).map((row) => row.getAttribute('aria-label') ?? '');
    await until(() => rows().length > 0, 'the suggestions showed');
    // The list is drawn a screenful at a time: every row drawn is a property the schema names.
    expect(rows()).toContain('$schema, Property');
    expect(rows().every((label) => label.endsWith(', Property'))).toBe(true);
    expect(rows().join(' | ')).not.toContain('Wigan');
    await userEvent.keyboard('{Escape}');
  });

  it('completes a reference with the ids of the pathway’s own things, labelled with their titles, and an enum with its labels', async () => {
    const { view } = await mount(formatJson(wigan).replace('{\n', '{\n  "start": "",\n'));
    const editor = view.codeEditor!;
    const rows = () => Array.from(view.shadowRoot!.querySelectorAll('.suggest-widget .monaco-list-row')).map((row) => row.getAttribute('aria-label') ?? '');
    editor.focus();
    editor.setPosition({ lineNumber: 2, column: 13 });
    await userEvent.keyboard('{Control>} {/Control}');
    await until(() => rows().length > 0, 'the suggestions showed');
    expect(rows()[0]).toContain(`${wigan.stages[0]!.id}, ${wigan.stages[0]!.title}`);
    expect(rows().every((label) => wigan.stages.some((stage) => label.startsWith(`${stage.id},`)))).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(editor.getModel()!.getLineContent(2)).toBe(`  "start": "${wigan.stages[0]!.id}",`);
    // An enum value: each once, with its label.
    const model = editor.getModel()!;
    const type = model.getValue().indexOf('"type": "') + '"type": "'.length;
    editor.setPosition(model.getPositionAt(type));
    await userEvent.keyboard('{Control>} {/Control}');
    await until(() => rows().some((label) => label.startsWith('choice,')), 'the enum suggestions showed');
    expect(rows().find((label) => label.startsWith('choice,'))).toContain('One of a list');
    expect(rows().filter((label) => label.startsWith('yesNo,') || label.startsWith('"yesNo"'))).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
  });

  it('goes to the syntax problem from the message above the editor', async () => {
    const text = '{\n  "title": "A"\n  "id": "b"\n}\n';
    const { host, view } = await mount(text);
    const syntax = host.modeling.state.syntax!;
    await view.updateComplete;
    const goTo = Array.from(view.shadowRoot!.querySelectorAll('button')).find((button) => button.textContent!.startsWith('Go to line'))!;
    expect(goTo.textContent).toBe(`Go to line ${syntax.line}, column ${syntax.column}`);
    goTo.focus();
    await userEvent.keyboard('{Enter}');
    const editor = view.codeEditor!;
    expect(editor.hasTextFocus()).toBe(true);
    expect(editor.getModel()!.getOffsetAt(editor.getPosition()!)).toBe(syntax.offset);
  });

  it('goes to the syntax problem when it is chosen in the Problems list, not to line 1', async () => {
    if (!customElements.get('pe-problems')) customElements.define('pe-problems', ProblemsPanel);
    const text = '{\n  "title": "A",\n  "stages": [\n    "a",\n  ]\n}\n';
    const host = new TestEditorHost(new Modeling(text));
    host.content = () => html`<pe-problems></pe-problems><pe-json-view></pe-json-view>`;
    document.body.append(host);
    mounted.push(host);
    await host.updateComplete;
    const view = host.renderRoot.querySelector('pe-json-view') as JsonView;
    await view.whenReady();
    const syntax = host.modeling.state.syntax!;
    expect(syntax.line).toBe(5);
    const panel = host.renderRoot.querySelector('pe-problems')!;
    await (panel as ProblemsPanel).updateComplete;
    const button = panel.shadowRoot!.querySelector('li button') as HTMLButtonElement;
    expect(button.textContent).toContain('Line 5');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await host.updateComplete;
    await view.updateComplete;
    const editor = view.codeEditor!;
    expect(editor.hasTextFocus()).toBe(true);
    expect(editor.getPosition()!.toString()).toBe(`(${syntax.line},${syntax.column})`);
    // Typing there edits the problem's line, not the pathway's opening brace.
    await userEvent.keyboard('{Backspace}');
    view.flush();
    expect(host.modeling.state.text.startsWith('{')).toBe(true);
  });

  for (const keys of ['{Shift>}{Alt>}f{/Alt}{/Shift}', '{Control>}{Shift>}i{/Shift}{/Control}']) {
    it(`formats the document with ${keys.includes('Alt') ? 'Shift+Alt+F' : 'Ctrl+Shift+I'}, and the hint says so`, async () => {
      const { host, view } = await mount('{"title":"A","stages":[{"id":"s"}]}\n');
      view.codeEditor!.focus();
      await userEvent.keyboard(keys);
      await until(() => view.codeEditor!.getModel()!.getLineCount() > 2, 'the text to be formatted');
      view.flush();
      expect(host.modeling.state.text.trimEnd()).toBe(formatJson({ title: 'A', stages: [{ id: 's' }] }).trimEnd());
      const hint = view.shadowRoot!.querySelector('#json-hint')!.textContent!.replace(/\s+/g, ' ');
      expect(hint).toContain('Shift+Alt+F');
      expect(hint).toContain('Ctrl+Shift+I');
    });
  }

  it('does not mark ordinary punctuation as suspicious, but still marks a look-alike letter', async () => {
    // "а" below is Cyrillic: an id that only looks like "attendance".
    const { view } = await mount('{\n  "summary": "A young person’s “attendance” – in a school’s policy…",\n  "id": "\u0430ttendance"\n}\n');
    const model = view.codeEditor!.getModel()!;
    const marked = () => model.getAllDecorations().filter((decoration) => decoration.options.className === 'unicode-highlight').map((decoration) => model.getValueInRange(decoration.range));
    await until(() => marked().length > 0, 'the look-alike letter to be marked');
    expect(marked()).toEqual(['\u0430']);
  });

  it('can be optimised for a screen reader', async () => {
    const { view } = await mount('{}\n');
    const monaco = await monacoApi();
    const checkbox = view.shadowRoot!.querySelector<HTMLInputElement>('#screen-reader')!;
    expect(view.codeEditor!.getOption(monaco.editor.EditorOption.accessibilitySupport)).not.toBe(2);
    checkbox.focus();
    await userEvent.keyboard(' ');
    expect(checkbox.checked).toBe(true);
    // 2: AccessibilitySupport.Enabled.
    expect(view.codeEditor!.getOption(monaco.editor.EditorOption.accessibilitySupport)).toBe(2);
  });

  it('makes a fresh editor when moved in the page, keeping the text', async () => {
    const { host, view } = await mount('{ "moved": true,');
    const parent = document.createElement('div');
    document.body.append(parent);
    mounted.push(parent);
    parent.append(host);
    await view.whenReady();
    await view.updateComplete;
    expect(view.codeEditor!.getModel()!.getValue()).toBe('{ "moved": true,');
    expect(view.shadowRoot!.querySelectorAll('.editor .monaco-editor')).toHaveLength(1);
  });

  it('has no axe violations', async () => {
    const { host, view } = await mount(formatJson(wigan));
    view.codeEditor!.focus();
    // The text box is named by the visible label and described by the keyboard hint.
    const textarea = view.shadowRoot!.querySelector('.editor [role="textbox"]')!;
    expect(deepActiveElement()).toBe(textarea);
    expect(textarea.getAttribute('aria-label')).toBe('Pathway JSON');
    expect(view.shadowRoot!.querySelector('#json-label')!.textContent).toBe('Pathway JSON');
    expect(view.shadowRoot!.getElementById(textarea.getAttribute('aria-describedby')!)!.textContent).toContain('Escape then Tab');
    expect(await axeViolations(host)).toEqual([]);
  });

  it('has no axe violations while the JSON is invalid', async () => {
    const { host } = await mount('{\n  "title": "A",\n}\n');
    expect(await axeViolations(host)).toEqual([]);
  });
});
