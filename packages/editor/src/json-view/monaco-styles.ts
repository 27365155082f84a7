/**
 * Monaco's styles inside a shadow root. Monaco's modules import their CSS, which the bundler
 * puts in the document (Vite: a `<style>` per file in development, one stylesheet loaded with
 * the lazy chunk in a build); document styles do not reach into shadow roots, so their rules
 * are copied once into a constructed stylesheet that each JSON view adopts (no `<style>`
 * element, so a strict `style-src` allows it). `@font-face` rules are left where they are:
 * fonts are only loaded from document-level rules, which are already in place.
 *
 * Monaco's own theme colours are added to the shadow root by Monaco itself.
 */
let sheet: CSSStyleSheet | undefined;

function rulesOf(styleSheet: CSSStyleSheet): CSSRuleList | undefined {
  try {
    return styleSheet.cssRules;
  } catch {
    return undefined; // a stylesheet from another origin cannot be read, and is not Monaco's
  }
}

function isMonacos(styleSheet: CSSStyleSheet): boolean {
  const owner = styleSheet.ownerNode;
  // Vite in development: one <style> per CSS file, named by its path.
  const devId = owner instanceof Element ? owner.getAttribute('data-vite-dev-id') : null;
  if (devId !== null) return /[\\/]monaco-editor[\\/]/.test(devId);
  // A build: the stylesheet that came with the Monaco chunk.
  if (!(owner instanceof HTMLLinkElement)) return false;
  const rules = rulesOf(styleSheet);
  return rules !== undefined && Array.from(rules).some((rule) => rule.cssText.includes('.monaco-editor'));
}

/** One stylesheet with Monaco's rules, made the first time it is asked for. */
export function monacoStyleSheet(): CSSStyleSheet {
  if (sheet !== undefined) return sheet;
  const texts: string[] = [];
  for (const styleSheet of Array.from(document.styleSheets)) {
    if (!isMonacos(styleSheet)) continue;
    for (const rule of Array.from(rulesOf(styleSheet) ?? [])) {
      if (rule instanceof CSSFontFaceRule) continue;
      texts.push(rule.cssText);
    }
  }
  sheet = new CSSStyleSheet();
  sheet.replaceSync(texts.join('\n'));
  return sheet;
}
