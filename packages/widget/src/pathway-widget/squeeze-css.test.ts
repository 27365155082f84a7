/**
 * The shipped stylesheets are squeezed (build/squeeze-css.ts): the browser must read them
 * exactly as it reads the source, rule for rule.
 */
import { describe, expect, it } from 'vitest';
import { squeezeCss } from '../../build/squeeze-css.js';
import { firstPaintStyles } from './pathway-widget.styles.js';
import { journeyStyles } from './journey.styles.js';

/**
 * The rules as the browser reads them. A custom property's value and a var()'s fallback are
 * kept as written, so a space after their commas (which means nothing) is left out of both.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/, /g, ','));
}

describe('squeezeCss', () => {
  it.each([
    ['the first-paint sheet', firstPaintStyles.cssText],
    ['the journey sheet', journeyStyles.cssText],
  ])('%s reads the same, and is smaller', (_, source) => {
    const squeezed = squeezeCss(source);
    expect(rules(squeezed)).toEqual(rules(source));
    expect(rules(source).length).toBeGreaterThan(20);
    expect(squeezed.length).toBeLessThan(source.length * 0.85);
  });

  it('keeps the whitespace that means something: descendants, values, strings', () => {
    expect(squeezeCss(".a .b > c , d { margin: 0 0 1em ; content: ' (' attr(href) ')' ; }\n/* gone */ @media (max-width: 40em) { e { color: red; } }")).toBe(
      ".a .b>c,d{margin:0 0 1em;content:' (' attr(href) ')'}@media (max-width:40em){e{color:red}}",
    );
  });
});
