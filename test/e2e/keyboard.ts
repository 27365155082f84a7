/**
 * Driving a page with the keyboard alone: Tab (or Shift+Tab) until the focused element (looked
 * for inside shadow roots) is the one wanted, by its accessible name as a person hears it.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  type: string;
  role: string;
  /** aria-label, else its labels, else aria-labelledby, else its text; whitespace collapsed. */
  name: string;
}

/** What has focus now, looking inside shadow roots. */
export function focused(page: Page): Promise<Focused> {
  // No named helpers inside: the function is serialised into the page.
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return { tag: '', type: '', role: '', name: '' };
    const root = element.getRootNode() as Document | ShadowRoot;
    let name = element.getAttribute('aria-label') ?? '';
    const labels = (element as HTMLInputElement).labels;
    if (name === '' && labels && labels.length > 0) name = [...labels].map((label) => label.textContent ?? '').join(' ');
    const labelledBy = element.getAttribute('aria-labelledby');
    if (name === '' && labelledBy) name = labelledBy.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
    if (name === '') name = element.textContent ?? '';
    return {
      tag: element.localName,
      type: element.getAttribute('type') ?? '',
      role: element.getAttribute('role') ?? '',
      name: name.replace(/\s+/g, ' ').trim(),
    };
  });
}

export interface Wanted {
  /** The accessible name: exactly this string, or matching this pattern. */
  name?: string | RegExp;
  tag?: string;
  role?: string;
  type?: string;
}

function matches(element: Focused, wanted: Wanted): boolean {
  if (wanted.tag !== undefined && element.tag !== wanted.tag) return false;
  if (wanted.role !== undefined && element.role !== wanted.role) return false;
  if (wanted.type !== undefined && element.type !== wanted.type) return false;
  if (wanted.name === undefined) return true;
  return typeof wanted.name === 'string' ? element.name === wanted.name : wanted.name.test(element.name);
}

/** Presses Tab (or Shift+Tab) until the wanted element has focus; fails after `limit` presses, naming what it passed. */
export async function tabTo(page: Page, wanted: Wanted, options: { limit?: number; backwards?: boolean } = {}): Promise<Focused> {
  const limit = options.limit ?? 300;
  const seen: string[] = [];
  for (let presses = 0; presses <= limit; presses++) {
    const now = await focused(page);
    if (matches(now, wanted)) return now;
    seen.push(`${now.tag}${now.role ? `[${now.role}]` : ''} "${now.name.slice(0, 40)}"`);
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify({ ...wanted, name: String(wanted.name) })}; passed: ${seen.slice(-15).join(', ')}`);
}

/** Presses a key until the wanted element has focus (e.g. ArrowDown through a tree). */
export async function pressTo(page: Page, key: string, wanted: Wanted, limit = 100): Promise<Focused> {
  for (let presses = 0; presses <= limit; presses++) {
    const now = await focused(page);
    if (matches(now, wanted)) return now;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${String(wanted.name)}`);
}

/** The focused element's radio group: whether one of its radios is checked. */
export function focusedRadioGroupAnswered(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const radio = element as HTMLInputElement | null;
    if (!radio || radio.type !== 'radio') return true;
    const root = radio.getRootNode() as Document | ShadowRoot;
    return [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]`)].some((other) => other.checked);
  });
}
