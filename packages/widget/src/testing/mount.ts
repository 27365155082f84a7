/**
 * Putting a `<pathway-widget>` on the test page and waiting for it, plus lookups inside its
 * shadow root. Every widget mounted here is removed by `cleanup()` (call it in afterEach).
 */
import { vi } from 'vitest';
import '../embed.js';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import type { PathwayEventMap } from '../events.js';

const mounted: HTMLElement[] = [];

export interface MountOptions {
  src?: string;
  pathway?: unknown;
  attributes?: Record<string, string | boolean>;
  properties?: Partial<PathwayWidget>;
  /** Resolve on this event instead of pathway-ready / pathway-error. */
  until?: 'ready' | 'error' | 'none';
}

/** Mounts a widget and waits until it is ready (or has reported an error). */
export async function mountWidget(options: MountOptions = {}): Promise<PathwayWidget> {
  const element = document.createElement('pathway-widget');
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  if (options.src !== undefined) element.setAttribute('src', options.src);
  if (options.properties) Object.assign(element, options.properties);
  if (options.pathway !== undefined) element.pathway = options.pathway;
  const settled =
    options.until === 'none'
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const events = options.until === 'ready' ? ['pathway-ready'] : options.until === 'error' ? ['pathway-error'] : ['pathway-ready', 'pathway-error'];
          for (const type of events) element.addEventListener(type, () => resolve(), { once: true });
        });
  document.body.append(element);
  mounted.push(element);
  await settled;
  await element.updateComplete;
  return element;
}

export function cleanup(): void {
  for (const element of mounted.splice(0)) element.remove();
}

export function shadowOf(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('The widget has no shadow root');
  return element.shadowRoot;
}

/** The element with this id inside the widget. */
export function byId<T extends HTMLElement = HTMLElement>(element: HTMLElement, id: string): T {
  const found = shadowOf(element).getElementById(id);
  if (!found) throw new Error(`No element with id "${id}" in the widget`);
  return found as T;
}

/** The widget's visible text, whitespace collapsed. */
export function textOf(element: HTMLElement | ShadowRoot | Element): string {
  const root = element instanceof HTMLElement && element.shadowRoot ? element.shadowRoot : element;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The current page's main heading text. */
export function headingOf(element: HTMLElement): string {
  return textOf(byId(element, 'page-heading'));
}

/** Records every event of the given types fired by the widget. */
export function recordEvents<K extends keyof PathwayEventMap>(element: HTMLElement, ...types: K[]): PathwayEventMap[K][] {
  const events: PathwayEventMap[K][] = [];
  for (const type of types) element.addEventListener(type, (event) => events.push(event as PathwayEventMap[K]));
  return events;
}

/** Waits for the widget to finish its current render (twice: one change may cause another). */
export async function settle(element: PathwayWidget): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

/**
 * Waits until `check` passes. The timeout is a ceiling for a machine under load (CI shares two
 * cores), never a measure of speed: the check passes as soon as the work is done.
 */
export function eventually<T>(check: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}): Promise<T> {
  return vi.waitFor(check, { timeout: 15_000, interval: 20, ...options });
}

