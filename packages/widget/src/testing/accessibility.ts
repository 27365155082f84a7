/** axe-core on the widget, and keyboard-only driving. */
import axe from 'axe-core';
import { userEvent } from 'vitest/browser';

/** Every rule set axe has, best practices included (heading order, landmarks…). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The council's page around the widget: its own <h1>, which the widget's headings follow.
 * Heading order is only meaningful against it (an h3 straight after the page's h1 skips a level).
 */
function hostHeading(): HTMLElement {
  let heading = document.querySelector<HTMLElement>('h1[data-host-heading]');
  if (!heading) {
    heading = document.createElement('h1');
    heading.dataset.hostHeading = '';
    heading.textContent = 'A council page';
    document.body.prepend(heading);
  }
  return heading;
}

/**
 * Runs axe on the element (its shadow root included) under the host page's heading, with
 * every rule and at every impact (minor, moderate, serious, critical), and returns readable
 * violations, and the results axe could not decide ("incomplete") that are not about colour
 * contrast over a background it cannot see.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const host = hostHeading();
  const results = await axe.run(
    { include: [host, element] },
    {
      runOnly: { type: 'tag', values: AXE_TAGS },
      // The widget sits inside the council's page, whose landmarks hold it.
      rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false } },
    },
  );
  const undecided = results.incomplete.filter((result) => result.id !== 'color-contrast');
  return [...results.violations, ...undecided].map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
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
