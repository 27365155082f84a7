/**
 * Taking keyboard focus to a place in a form: the problems list and the outline select a pointer
 * "with focus", and the form that holds it opens the items on the way and focuses its field.
 */

/** Anything in a form that can reveal a pointer inside itself (a nested form, the band line…). */
type Revealer = HTMLElement & { reveal?: (pointer: string) => Promise<boolean>; updateComplete?: Promise<unknown> };

/**
 * Focuses the field for `pointer` in a form's `root` (or the nearest thing that holds it),
 * opening a closed item on the way with `openItem`. Resolves true when something was focused.
 */
export async function revealIn(root: ParentNode, pointer: string, openItem: (item: string) => Promise<void>): Promise<boolean> {
  let best: Revealer | undefined;
  let bestLength = -1;
  for (const element of root.querySelectorAll<HTMLElement>('[data-pointer]')) {
    const at = element.dataset.pointer as string;
    if ((pointer === at || pointer.startsWith(`${at}/`)) && at.length > bestLength) {
      best = element;
      bestLength = at.length;
    }
  }
  if (best === undefined) {
    // The object itself: its first field (not the button that adds an authors' note).
    const first = (await firstField(root)) ?? root.querySelector<HTMLElement>('button, summary');
    first?.focus();
    return first !== null;
  }
  if (best instanceof HTMLDetailsElement) {
    if (!best.open) await openItem(best.dataset.pointer as string);
    const inner = best.querySelector<Revealer>('pe-object-form');
    if (inner !== null && pointer !== best.dataset.pointer && (await inner.reveal?.(pointer))) return true;
    best.querySelector('summary')?.focus();
    return true;
  }
  // A nested form, or another editor that reveals its own fields.
  if (typeof best.reveal === 'function') return best.reveal(pointer);
  if (best.shadowRoot !== null) {
    // Another editor (the condition builder): its field for the pointer, or its first control.
    await best.updateComplete;
    const inside = [...best.shadowRoot.querySelectorAll<HTMLElement>('[data-pointer]')].find((element) => element.dataset.pointer === pointer);
    const target = inside ?? best.shadowRoot.querySelector<HTMLElement>('input, select, textarea, button');
    target?.focus();
    return target !== null && target !== undefined;
  }
  const inner = best.localName === 'fieldset' ? best.querySelector<Revealer>('pe-object-form') : null;
  if (inner?.reveal !== undefined) return inner.reveal(pointer);
  best.focus();
  return true;
}

/**
 * The first field of a form, in the order it shows them: a rule's first field too, though the
 * condition builder keeps its fields in a shadow root of its own (a breach's "Breached when" comes
 * before its "What happens").
 */
async function firstField(root: ParentNode): Promise<HTMLElement | null> {
  for (const element of root.querySelectorAll<Revealer>('input, select, textarea, [data-pointer]')) {
    if (element.matches('input, select, textarea')) return element;
    if (element.shadowRoot === null) continue;
    await element.updateComplete;
    const inside = element.shadowRoot.querySelector<HTMLElement>('input, select, textarea');
    if (inside !== null) return inside;
  }
  return null;
}
