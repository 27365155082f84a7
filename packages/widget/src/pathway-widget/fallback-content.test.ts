/**
 * Text a page puts inside <pathway-widget> is its fallback: shown while the element is not
 * defined (the script blocked, or refused for want of CORS on another origin), and hidden,
 * from sight and from screen readers, once the widget runs (its shadow root has no slot).
 */
import { afterEach, expect, it } from 'vitest';
import { seeds } from '../testing/fixtures.js';
import { axeViolations } from '../testing/accessibility.js';
import { cleanup, headingOf, mountWidget } from '../testing/mount.js';

afterEach(cleanup);

it('hides the page’s fallback text inside the element once it runs', async () => {
  const widget = await mountWidget({ pathway: seeds.wigan });
  const fallback = widget.appendChild(document.createElement('p'));
  fallback.innerHTML = 'The attendance pathway tool could not be loaded. <a href="/pathway.pdf">Read the pathway as a PDF</a>.';
  expect(headingOf(widget)).toContain(seeds.wigan.title);
  expect(fallback.checkVisibility()).toBe(false);
  expect(fallback.getClientRects()).toHaveLength(0);
  expect(widget.shadowRoot!.querySelector('slot')).toBeNull();
  expect(await axeViolations(widget)).toEqual([]);
});
