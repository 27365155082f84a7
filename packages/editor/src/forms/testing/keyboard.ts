/** Driving the forms with the keyboard alone in browser tests, and mounting them on a test host. */
import { userEvent } from 'vitest/browser';
import type { ObjectForm } from '../object-form/object-form.js';
import type { FormTestHost } from './form-host.js';
import './form-host.js';

/** The focused element, looking inside shadow roots. */
export function deepActive(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

export async function mountForm(document_: unknown, pointer: string, options: { mergeWindowMs?: number } = {}) {
  const host = document.createElement('pe-form-test-host') as FormTestHost;
  host.load(document_, options);
  const form = document.createElement('pe-object-form') as ObjectForm;
  form.pointer = pointer;
  host.append(form);
  document.body.append(host);
  await settle();
  return { host, form, modeling: host.modeling, value: () => host.modeling.state.value as Record<string, unknown> };
}

/** Lets Lit render (nested forms update one after another). */
export async function settle(frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
export async function tabTo(matches: (element: HTMLElement) => boolean, description: string, limit = 300): Promise<HTMLElement> {
  for (let presses = 0; presses < limit; presses++) {
    const active = deepActive();
    if (active && matches(active)) return active;
    await userEvent.tab();
  }
  throw new Error(`Tab never reached ${description}`);
}

/** Starts the next Tab from the top of the page. */
export function fromTop(): void {
  (deepActive() as HTMLElement | null)?.blur();
  (document.activeElement as HTMLElement | null)?.blur();
}

export const atPointer = (pointer: string) => (element: HTMLElement) => element.dataset?.pointer === pointer;
export const summaryOf = (pointer: string) => (element: HTMLElement) =>
  element.localName === 'summary' && (element.parentElement as HTMLElement | null)?.dataset.pointer === pointer;
export const choice = (type: 'checkbox' | 'radio', value: string, near?: string) => (element: HTMLElement) =>
  element instanceof HTMLInputElement && element.type === type && element.value === value && (near === undefined || element.name.includes(near) || element.id.includes(near));
export const buttonNamed = (text: string) => (element: HTMLElement) =>
  element.localName === 'button' && (element.textContent ?? '').replace(/\s+/g, ' ').trim() === text;
export const actionButton = (list: string, action: string, item: number) => (element: HTMLElement) =>
  element.localName === 'button' && element.dataset.list === list && element.dataset.action === action && element.dataset.item === String(item);

/** Tabs to the field at `pointer` and types `text` over what it holds. */
export async function typeAt(pointer: string, text: string, options: { append?: boolean } = {}): Promise<void> {
  await tabTo(atPointer(pointer), pointer);
  // Tab selects a text box's content; End keeps it.
  await userEvent.keyboard(options.append ? '{End}' : '{Control>}a{/Control}{Backspace}');
  if (text !== '') await userEvent.keyboard(text);
  await settle();
}

/** In an open palette (a menu), moves down with the arrow key to the type `type`. */
export async function arrowTo(type: string, limit = 30): Promise<HTMLElement> {
  for (let presses = 0; presses < limit; presses++) {
    const active = deepActive();
    if (active?.getAttribute('role') === 'menuitem' && active.dataset.type === type) return active;
    await press('{ArrowDown}');
  }
  throw new Error(`The arrow keys never reached the ${type} type`);
}

export async function press(keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await settle();
}
