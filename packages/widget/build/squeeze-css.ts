/**
 * A stylesheet's text as the widget ships it (vite.config.ts squeezes its `css` templates; they
 * are in the first-paint module and the journey part, so every byte of them is loaded): no
 * comments, and no whitespace beside the punctuation that ends or separates its parts (braces,
 * semicolons, commas, child combinators, a property's colon), nor a block's last semicolon.
 * Whitespace that means something stays: a descendant combinator, between the parts of a value
 * ("0 0 1em"), inside strings. The browser reads the squeezed text exactly as the source
 * (src/pathway-widget/squeeze-css.test.ts compares their rules).
 */
export function squeezeCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/([^\s{};,>]): /g, '$1:')
    .replace(/;}/g, '}');
}
