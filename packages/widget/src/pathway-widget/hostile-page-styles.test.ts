/**
 * A council page's global rules match the <pathway-widget> element itself (`* { … }` beats the
 * shadow root's `:host`), and inherited properties (colour, font, letter-spacing, alignment)
 * would flow from it into everything inside. The widget starts its own content from its own
 * values whatever the page sets on the element, on screen and in the print frame; and its
 * rules never reach the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget, settle } from '../testing/mount.js';
import { answer, clickButton, continueOn, start, throughMeasures } from '../testing/journey.js';
import { onFramePrint } from '../testing/print-frame.js';
import type { PathwayWidget } from './pathway-widget.js';

const added: Element[] = [];
function pageStyle(text: string): void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  added.push(style);
}

afterEach(() => {
  for (const element of added.splice(0)) element.remove();
  cleanup();
  vi.restoreAllMocks();
});

const WIDGET_TEXT = 'rgb(11, 12, 12)';

/** What the page could have leaked into an element, from its computed style. */
function looks(element: Element, view: Window = window) {
  const style = view.getComputedStyle(element);
  return {
    color: style.color,
    fontStyle: style.fontStyle,
    letterSpacing: style.letterSpacing,
    textTransform: style.textTransform,
    textAlign: style.textAlign,
    serif: /(^|,\s*)serif$/.test(style.fontFamily),
  };
}

const OWN = { fontStyle: 'normal', letterSpacing: 'normal', textTransform: 'none', textAlign: 'start', serif: false };

describe('a page whose global rules match the element', () => {
  it('leaves headings, labels, hints and buttons in the widget’s own colour, font and spacing', async () => {
    pageStyle(`* { color: #fff; text-transform: uppercase; letter-spacing: 3px; text-align: center; font-style: italic; }
      h1, h2, h3 { color: purple; } p.page-text { color: #fff; }`);
    const widget = await mountWidget({ pathway: seeds.wigan });
    const root = widget.shadowRoot!;
    expect(looks(root.querySelector('h1, h2')!)).toEqual({ color: WIDGET_TEXT, ...OWN });
    await start(widget);
    const heading = root.getElementById('page-heading')!;
    expect(looks(heading)).toEqual({ color: WIDGET_TEXT, ...OWN });
    const label = root.querySelector('label')!;
    expect(looks(label)).toEqual({ color: WIDGET_TEXT, ...OWN });
    expect(looks(root.querySelector('.hint')!)).toMatchObject({ color: 'rgb(80, 90, 95)', ...OWN });
    const button = [...root.querySelectorAll('button')].find((node) => node.textContent?.trim() === 'Continue')!;
    expect(looks(button)).toMatchObject({ color: 'rgb(255, 255, 255)', fontStyle: 'normal', letterSpacing: 'normal', textTransform: 'none', serif: false });
  });

  it('keeps its own font and size under `* { font: 20px serif }`', async () => {
    pageStyle('* { font: 20px serif; } html { font-size: 16px; }');
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    const heading = widget.shadowRoot!.getElementById('page-heading')!;
    const text = widget.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(heading).fontFamily).toMatch(/arial/);
    expect(getComputedStyle(heading).fontWeight).toBe('700');
    expect(getComputedStyle(text).fontFamily).toMatch(/arial/);
    // The widget's own size (1.1875rem, 1rem on a narrow screen), not the rule's 20px.
    expect(getComputedStyle(text).fontSize).toBe(matchMedia('(max-width: 40em)').matches ? '16px' : '19px');
  });

  it('a page theme through --pathway-* still applies', async () => {
    pageStyle('* { color: #fff; } pathway-widget { --pathway-text: rgb(1, 2, 3); --pathway-font: Georgia; }');
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    const heading = widget.shadowRoot!.getElementById('page-heading')!;
    expect(getComputedStyle(heading).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(heading).fontFamily).toBe('Georgia');
  });

  it('leaks nothing out: the page’s own text keeps the page’s rules', async () => {
    pageStyle('p.page-text { color: rgb(200, 0, 0); letter-spacing: 3px; font-family: serif; }');
    const text = document.body.appendChild(document.createElement('p'));
    text.className = 'page-text';
    text.textContent = 'Page footer text.';
    added.push(text);
    await mountWidget({ pathway: seeds.wigan });
    expect(getComputedStyle(text).color).toBe('rgb(200, 0, 0)');
    expect(getComputedStyle(text).letterSpacing).toBe('3px');
    expect(getComputedStyle(text).fontFamily).toBe('serif');
  });

  it('prints in its own colour and font too', async () => {
    pageStyle('* { color: #fff; text-transform: uppercase; letter-spacing: 3px; font-style: italic; }');
    const widget: PathwayWidget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    await answer(widget, 'q-reasons-listened-to', 'yes');
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    let printed: ReturnType<typeof looks> | undefined;
    onFramePrint((copy, frameWindow) => {
      printed = looks(copy.querySelector('#summary-document h2, #summary-document h3')!, frameWindow);
    });
    const printButton = [...widget.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Print')!;
    await commands.emulateMedia('print');
    try {
      printButton.click();
    } finally {
      await commands.emulateMedia(null);
    }
    await settle(widget);
    expect(printed).toEqual({ color: 'rgb(0, 0, 0)', ...OWN });
  });
});
