/**
 * A council's stylesheet that frames whatever has focus (`:focus { outline: …; box-shadow: … }`)
 * matches the <pathway-widget> element itself whenever focus is inside it, so the whole widget
 * would be framed while the user types. The widget stops that from inside, even for !important
 * rules, and keeps its own GOV.UK focus indicator on the control that has focus.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget } from '../testing/mount.js';

let pageStyle: HTMLStyleElement | undefined;
afterEach(() => {
  cleanup();
  pageStyle?.remove();
});

const rules = {
  ':focus': ':focus { outline: 3px solid red; box-shadow: 0 0 0 4px yellow; }',
  '*:focus, important': '*:focus { outline: 3px solid red !important; box-shadow: 0 0 0 4px yellow !important; }',
  'pathway-widget:focus-visible': 'pathway-widget:focus-visible { outline: 3px solid red; box-shadow: 0 0 0 4px yellow; }',
};

describe("a page's focus rule", () => {
  it.each(Object.entries(rules))('%s does not frame the whole widget, and the focused control keeps its own indicator', async (_name, rule) => {
    pageStyle = document.createElement('style');
    pageStyle.textContent = `${rule} main { outline: 1px solid blue; }`;
    document.head.append(pageStyle);
    const widget = await mountWidget({ pathway: seeds.wigan });
    const startButton = widget.shadowRoot!.querySelector<HTMLButtonElement>('.button--start')!;
    // From the keyboard, as a user would: Tab until the start button has focus.
    for (let i = 0; i < 20 && widget.shadowRoot!.activeElement !== startButton; i++) await userEvent.keyboard('{Tab}');
    expect(widget.shadowRoot!.activeElement).toBe(startButton);
    expect(widget.matches(':focus')).toBe(true);

    const host = getComputedStyle(widget);
    expect(host.outlineStyle).toBe('none');
    expect(host.boxShadow).toBe('none');
    const button = getComputedStyle(startButton);
    expect(button.backgroundColor).toBe('rgb(255, 221, 0)');
    expect(button.borderColor).toBe('rgb(255, 221, 0)');
  });

  it('the element keeps what the page gives it when focus is elsewhere', async () => {
    pageStyle = document.createElement('style');
    pageStyle.textContent = 'pathway-widget { box-shadow: 0 0 0 2px green; }';
    document.head.append(pageStyle);
    const widget = await mountWidget({ pathway: seeds.wigan });
    expect(getComputedStyle(widget).boxShadow).toContain('0px 0px 0px 2px');
  });
});
