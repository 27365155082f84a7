/** Mounting `<pathway-editor>` in browser tests, looking inside its panels, and axe on them. */
import axe from 'axe-core';
import '../embed.js';
import type { PathwayEditor } from '../pathway-editor/pathway-editor.js';

const mounted: HTMLElement[] = [];

export async function mountEditor(source: string | object): Promise<PathwayEditor> {
  const editor = document.createElement('pathway-editor') as PathwayEditor;
  editor.load(source);
  document.body.append(editor);
  mounted.push(editor);
  await editor.updateComplete;
  return editor;
}

/** Removes every mounted editor; an editor that autosaves is stopped for good (its storage closed). */
export async function cleanupEditors(): Promise<void> {
  for (const element of mounted.splice(0)) {
    element.remove();
    await (element as PathwayEditor).autosaveController?.dispose();
  }
}

/** The first element matching `selector`, searching through every shadow root below `root`. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | undefined {
  if (root instanceof Element && root.shadowRoot) {
    const inside = deepQuery<T>(root.shadowRoot, selector);
    if (inside) return inside;
  }
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deepQuery<T>(element.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const found = root instanceof Element && root.shadowRoot ? deepQueryAll<T>(root.shadowRoot, selector) : [];
  found.push(...root.querySelectorAll<T>(selector));
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  return found;
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text of an element including its shadow content, whitespace collapsed. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const element = node as Element;
    if (element.shadowRoot) element.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** axe-core violations of any impact, readable. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'], rules: { region: { enabled: false } } });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Waits until `check` passes (it may read storage, asynchronously), polling each frame, and fails
 * after `timeoutMs` of wall-clock time. The bound is time rather than a count of frames because a
 * loaded CI machine draws fewer frames a second: a frame count that suffices here can run out there
 * while the thing awaited is still on its way. It stays under the test timeout so the failure names
 * what never happened.
 */
export async function until(check: () => boolean | Promise<boolean>, description: string, timeoutMs = 45_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Never happened: ${description}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

let keys = 0;
/** A draft key no other test uses, so autosave in one test never restores another's work. */
export function freshDraftKey(name = 'test'): string {
  return `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}-${++keys}`;
}

/** Mounts an editor that saves its draft under `draftKey` (autosave on), and waits for storage to open. */
export async function mountSavingEditor(source: string | object, draftKey: string): Promise<PathwayEditor> {
  const editor = document.createElement('pathway-editor') as PathwayEditor;
  editor.load(source);
  editor.draftKey = draftKey;
  document.body.append(editor);
  mounted.push(editor);
  await editor.autosaveController?.ready;
  await editor.updateComplete;
  return editor;
}

/** Removes one mounted editor, as a closed tab would: its autosave writes what is waiting first. */
export async function closeEditor(editor: PathwayEditor): Promise<void> {
  await editor.autosaveController?.saveNow();
  editor.remove();
  const index = mounted.indexOf(editor);
  if (index >= 0) mounted.splice(index, 1);
}
