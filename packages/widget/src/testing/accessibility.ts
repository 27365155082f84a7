/** axe-core on the widget, and keyboard-only driving. */
import axe from 'axe-core';
import { userEvent } from 'vitest/browser';

/** Runs axe on the element (its shadow root included) and returns readable violations. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    resultTypes: ['violations'],
    // The widget sits inside the council's page, whose landmarks hold it.
    rules: { region: { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
export async function tabTo(matches: (element: Element) => boolean, description: string, limit = 400): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await userEvent.tab();
  }
  throw new Error(`Tab never reached ${description}`);
}

export const isButton = (name: string) => (element: Element) =>
  element.localName === 'button' && (element.textContent ?? '').replace(/\s+/g, ' ').trim() === name;

export const hasId = (id: string) => (element: Element) => element.id === id;
