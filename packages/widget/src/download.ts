/**
 * Downloads of the summary: the JSON the engine produced, and a self-contained web page that
 * opens offline. The page is copied from the rendered summary with DOM APIs (text stays
 * text), cleaned of anything interactive, and carries its own stylesheet and a Content
 * Security Policy that allows no script at all.
 */
import { todayIso } from './i18n/format.js';
import { closeBidi } from './journey/bidi.js';
import { SUMMARY_DOCUMENT_ID } from './pages/summary-page.js';

/** Offers `blob` to the user as a file called `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.click();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from authored parts: letters, digits, hyphens and dots only. */
export function safeFileName(...parts: string[]): string {
  const name = parts
    .map((part) => part.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, ''))
    .filter(Boolean)
    .join('-');
  return name.slice(0, 100) || 'pathway-summary';
}

/** What a summary file needs to know of the summary. */
export interface SummaryFileFacts {
  generatedAt: string;
  /** The day the rules were worked out for (the widget's `as-of`, else today). */
  asOf?: string;
  pathway: { id: string };
}

/**
 * The one date a summary goes by, on its page (so in print and in the web page file), in its
 * JSON (`asOf`) and in both files' names. Worked out for the day it was made (no `as-of`, or
 * today's), it is the moment it was made: "Summary made on 1 March 2025 at 09:05". Worked out as
 * at another day (a demo's or a test's `as-of`), it is that day alone, "Worked out as at 3 March
 * 2026": never today's date beside rules that counted to another day, and no time of day, which
 * would name a moment of that day that never happened.
 */
export function summaryDate(summary: SummaryFileFacts): { day: string; made?: Date } | undefined {
  const made = new Date(summary.generatedAt);
  // The calendar date on this device's clock: what people read as "today".
  const day = Number.isNaN(made.getTime()) ? undefined : todayIso(made);
  return summary.asOf !== undefined && summary.asOf !== day ? { day: summary.asOf } : day === undefined ? undefined : { day, made };
}

/**
 * The downloaded files' name without extension: "<pathway id>-summary-<date>-<HHMM>", dated as
 * the summary is (`summaryDate`; a summary worked out as at another day has its date without a
 * time). The time tells a morning's pupils' files apart; the pupil is never in the name (a file
 * name travels further than the file's contents: folders, attachments, recent-file lists).
 */
export function summaryFileStem(summary: SummaryFileFacts): string {
  const date = summaryDate(summary);
  const made = date?.made;
  const pad = (n: number) => String(n).padStart(2, '0');
  return safeFileName(summary.pathway.id, 'summary', date?.day ?? '', made ? `${pad(made.getHours())}${pad(made.getMinutes())}` : '');
}

/**
 * The summary as JSON, with the pupil it is about (`pupil`, the journey's list: journey/pupil.ts)
 * at its top, or left out when no details were given. Personal details are in the files the user
 * saves for themselves; the widget sends them nowhere unless the page set up submitting.
 */
export function summaryJsonBlob(summary: unknown): Blob {
  let document = summary;
  if (summary !== null && typeof summary === 'object' && 'pupil' in summary) {
    const { format, pupil, ...rest } = summary as Record<string, unknown>;
    document = Array.isArray(pupil) && pupil.length > 0 ? { format, pupil, ...rest } : { format, ...rest };
  }
  return new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
}

/** Elements and attributes the downloaded page never carries. */
const REMOVED_ELEMENTS =
  'script,style,iframe,frame,object,embed,img,picture,video,audio,source,svg,math,form,input,button,textarea,select,template,link,meta,base,.no-print';

export interface SummaryPageOptions {
  title: string;
  lang: string;
  /** The stylesheet text (the widget's own, with `:host` read as `body`). */
  css: string;
}

/** A complete HTML file showing a copy of `source`, safe to open anywhere, offline. */
export function summaryHtml(source: Element, options: SummaryPageOptions): string {
  const doc = document.implementation.createHTMLDocument(options.title);
  doc.documentElement.lang = options.lang;
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";
  doc.head.prepend(charset, viewport, policy);

  const main = doc.createElement('main');
  main.className = 'container';
  main.append(doc.importNode(source, true));
  clean(main);
  doc.body.append(main);
  // The stylesheet goes in as text after serialising: creating a <style> element, even in this
  // detached document, is checked against the page's CSP and breaks a strict `style-src 'self'`.
  // The CSS is the widget's own, never authored text; `</` is escaped so it cannot end the element.
  const css = options.css.replace(/<\//g, '<\\/');
  const html = doc.documentElement.outerHTML.replace('</head>', `<style>${css}</style></head>`);
  return `<!DOCTYPE html>\n${html}\n`;
}

export function summaryHtmlBlob(source: Element, options: SummaryPageOptions): Blob {
  return new Blob([summaryHtml(source, options)], { type: 'text/html;charset=utf-8' });
}

/**
 * Links were filtered to https, mailto and relative when rendered. In a file opened offline a
 * relative address means nothing, so it is made absolute against the page it came from, and
 * kept only if that is https; in-page "#" links are dropped.
 */
function fixLink(anchor: Element): void {
  const href = anchor.getAttribute('href') ?? '';
  if (/^(https|mailto):/i.test(href)) return;
  let absolute: URL | undefined;
  try {
    absolute = href === '' || href.startsWith('#') ? undefined : new URL(href, document.baseURI);
  } catch {
    absolute = undefined;
  }
  if (absolute?.protocol === 'https:') anchor.setAttribute('href', absolute.href);
  else {
    anchor.removeAttribute('href');
    anchor.removeAttribute('target');
    anchor.removeAttribute('rel');
  }
}

/** Removes comments, anything interactive, event handler attributes and unsafe links; opens disclosures; closes each text's bidi overrides. */
function clean(root: Element): void {
  for (const element of [...root.querySelectorAll(REMOVED_ELEMENTS)]) element.remove();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const comments: Node[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.COMMENT_NODE) comments.push(node);
    // Each piece of text keeps its bidi overrides to itself, whatever the viewer does with CSS.
    else if (node instanceof Text) node.data = closeBidi(node.data);
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'tabindex' || name === 'part' || name.startsWith('data-')) {
        element.removeAttribute(attribute.name);
      }
    }
    if (element.localName === 'a') fixLink(element);
    // Nothing is hidden in the file: a disclosure (e.g. the duties that do not apply now) is open.
    if (element.localName === 'details') element.setAttribute('open', '');
  }
}

/** Saves the summary as JSON, named after the pathway and the day it was made. */
export function downloadSummaryJson(summary: SummaryFileFacts): void {
  saveBlob(summaryJsonBlob(summary), `${summaryFileStem(summary)}.json`);
}

/**
 * Saves the summary shown in `root` as a web page that opens anywhere, offline. `stylesheets`
 * are the widget's own (`:host` read as `body`).
 */
export function downloadSummaryHtml(summary: SummaryFileFacts, root: ParentNode, options: { title: string; lang: string; stylesheets: string[] }): void {
  const source = root.querySelector(`#${SUMMARY_DOCUMENT_ID}`);
  if (!source) return;
  const css = options.stylesheets.join('').replaceAll(':host', 'body');
  saveBlob(summaryHtmlBlob(source, { title: options.title, lang: options.lang, css }), `${summaryFileStem(summary)}.html`);
}
