/**
 * The journey's stylesheet comes with the journey part and is adopted after the first-paint
 * sheet: journey pages get their rules, and an element that extends the widget with styles of
 * its own keeps them.
 */
import { afterEach, expect, it } from 'vitest';
import { css } from 'lit';
import type { CSSResultGroup } from 'lit';
import { PathwayWidget } from './pathway-widget.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { cleanup } from '../testing/mount.js';
import { start } from '../testing/journey.js';

class ThemedWidget extends PathwayWidget {
  static override styles: CSSResultGroup = [PathwayWidget.styles, css`.heading-xl { letter-spacing: 3px; }`];
}
customElements.define('themed-pathway-widget', ThemedWidget);

const made: HTMLElement[] = [];
afterEach(() => {
  for (const element of made.splice(0)) element.remove();
  cleanup();
});

it('adopts the journey sheet after the element’s own styles, a subclass’s included', async () => {
  const widget = document.createElement('themed-pathway-widget') as ThemedWidget;
  widget.pathway = copyOf(seeds.wigan);
  const ready = new Promise((resolve) => widget.addEventListener('pathway-ready', resolve, { once: true }));
  document.body.append(widget);
  made.push(widget);
  await ready;
  await widget.updateComplete;
  await start(widget);
  const root = widget.shadowRoot!;
  const heading = root.querySelector('.heading-xl')!;
  // The subclass's rule survives the journey sheet's arrival...
  expect(getComputedStyle(heading).letterSpacing).toBe('3px');
  // ...and the journey's rules apply: the measures page's box has its GOV.UK border.
  const box = root.querySelector<HTMLInputElement>('input[type="text"]')!;
  expect(getComputedStyle(box).borderTop).toBe('2px solid rgb(11, 12, 12)');
});
