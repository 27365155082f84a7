/**
 * "Print" prints the summary, not the council's page around it. `window.print()` prints the
 * whole page (its header, menus and footer), and the widget must not restyle a page it is a
 * guest on. So it prints a page of its own: an iframe with no `src` (about:blank, same origin,
 * under the page's own policy; it never navigates, so frame-src/child-src do not apply) hidden
 * in the widget's shadow root, holding a copy of what the widget shows (cloned nodes: text
 * stays text) in a shadow root under the widget's own stylesheets, made as constructable
 * sheets in that frame (which `style-src 'self'` allows) so its print rules decide what shows,
 * as on the page. The frame is printed alone, then removed, and focus goes back to the button.
 */

/** The page's theme for the widget, carried into the copy. */
const THEME = ['font', 'font-size', 'text', 'secondary-text', 'accent', 'error', 'border', 'panel', 'success', 'background'];

export interface PrintOptions {
  /** The document's title: browsers print it in the page header. */
  title: string;
  lang: string;
  /** The widget's stylesheets, in order. */
  stylesheets: string[];
  /** Where focus goes afterwards (the Print button). */
  returnFocus: HTMLElement | null;
}

let removeLast: (() => void) | undefined;

/** Prints a copy of what `root` (the widget's shadow root) shows in `.container`. */
export function printSummary(host: HTMLElement, root: ShadowRoot, options: PrintOptions): void {
  const source = root.querySelector('.container');
  if (!source) return;
  removeLast?.();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  root.append(frame);
  const done = () => {
    removeLast = undefined;
    frame.remove();
    options.returnFocus?.focus();
  };
  removeLast = done;
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return done();
  doc.title = options.title;
  doc.documentElement.lang = options.lang;
  const copyHost = doc.body.appendChild(doc.createElement('div'));
  const shadow = copyHost.attachShadow({ mode: 'open' });
  const sheet = (text: string) => {
    // A sheet can be adopted only in the document whose window made it.
    const made = new (win as Window & typeof globalThis).CSSStyleSheet();
    made.replaceSync(text);
    return made;
  };
  const theme = sheet(':host{}');
  const themed = (theme.cssRules[0] as CSSStyleRule).style;
  const computed = getComputedStyle(host);
  for (const name of THEME) {
    const value = computed.getPropertyValue(`--pathway-${name}`).trim();
    if (value) themed.setProperty(`--pathway-${name}`, value);
  }
  shadow.adoptedStyleSheets = [...options.stylesheets.map(sheet), theme];
  shadow.append(doc.importNode(source, true));
  // On paper a closed disclosure would hide what it holds (the duties that do not apply now).
  for (const disclosure of shadow.querySelectorAll('details')) disclosure.open = true;
  // Browsers return from print() once the dialog is closed; afterprint covers any that do not.
  win.addEventListener('afterprint', done, { once: true });
  win.print();
  done();
}
