/**
 * The widget's look at first paint: GOV.UK Design System patterns, drawn with classes only (no
 * style attributes, which a strict CSP blocks). Lit adopts these as constructable stylesheets.
 * They style what the first module draws (the start page, the error panel, "Loading…", notes)
 * and everything shared (type, links, buttons, details); the journey's forms, lists and panels
 * are in journey.styles.ts, adopted when the journey part arrives (load/parts.ts).
 *
 * A page's rules that match the element itself (`* { color: #fff; font: 20px serif }`) beat
 * `:host`, and what they set is inherited inside. So `.container`, which holds everything the
 * widget shows, starts again from initial values and then the widget's own font and colour
 * (custom properties, the page's `--pathway-*` theme among them, still inherit).
 */
import { css } from 'lit';

export const firstPaintStyles = css`
  :host {
    all: initial;
    display: block;
    --_text: var(--pathway-text, #0b0c0c);
    --_secondary: var(--pathway-secondary-text, #505a5f);
    --_accent: var(--pathway-accent, #1d70b8);
    --_button: var(--pathway-button, #00703c);
    --_button-text: var(--pathway-button-text, #ffffff);
    --_error: var(--pathway-error, #d4351c);
    --_focus: var(--pathway-focus, #ffdd00);
    --_focus-text: var(--pathway-focus-text, #0b0c0c);
    --_border: var(--pathway-border, #b1b4b6);
    --_input-border: var(--pathway-input-border, #0b0c0c);
    --_panel: var(--pathway-panel, #f3f2f1);
    --_success: var(--pathway-success, #00703c);
    --_background: var(--pathway-background, #ffffff);
  }
  /* The container starts again from initial values, so nothing a page sets on the element itself
     is inherited inside; then it, and the element, take the widget's own type and colours. */
  .container {
    all: initial;
    display: block;
    max-width: 48em;
  }
  :host, .container {
    font-family: var(--pathway-font, 'GDS Transport', arial, sans-serif);
    font-size: var(--pathway-font-size, 1.1875rem);
    line-height: 1.32;
    color: var(--_text);
    background: var(--_background);
    /* Lines break at spaces and hyphens; a word wider than the column alone breaks inside it.
       Not "anywhere", which lets boxes sized by their content (a flex item, an inline-block)
       shrink below a word's width and break it where a space would do. */
    overflow-wrap: break-word;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  /* Focus on a control inside makes the element itself match a page's :focus rule, which would
     frame the whole widget. !important because the shadow tree's important rules beat the
     page's, important or not; the control that has focus shows its own indicator. */
  :host(:focus) {
    outline: none !important;
    box-shadow: none !important;
  }
  /* min-width: a flex item holding text (a checkbox's label beside its box) may be narrower than
     its longest word, so a word too long for the column breaks instead of running off it. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
    min-width: 0;
  }

  /* Typography */
  h1, h2, h3, h4 {
    font-weight: 700;
    margin: 0 0 0.75em;
    line-height: 1.2;
  }
  .heading-xl { font-size: 2em; }
  .heading-l { font-size: 1.5em; }
  .heading-m { font-size: 1.25em; margin-top: 1.25em; }
  .heading-s { font-size: 1em; margin-top: 1em; }
  .heading-xl:focus, .heading-l:focus { outline: none; }
  .caption { display: block; color: var(--_secondary); font-size: 1em; font-weight: 400; margin-bottom: 0.25em; }
  p, ul, ol, dl { margin: 0 0 1em; }
  ul, ol { padding-left: 1.25em; }
  li { margin-bottom: 0.3em; }
  .body-s { font-size: 0.85em; }
  .secondary { color: var(--_secondary); }
  .lead { font-size: 1.2em; }
  .list-plain { list-style: none; padding-left: 0; }
  .block { display: block; }
  /* Text that may be authored or typed (a title, a label, a pupil's name) keeps its direction to
     itself: right-to-left text, or a stray override, never reorders the words around it. Each
     authored string also has its own overrides closed when the pathway is read (journey/bidi.ts). */
  bdi, strong, label, legend, dt, dd, .tag { unicode-bidi: isolate; }
  /* margin -1px: at the very end of a line ("Change" at the right edge of a 320 px screen) the
     1 px box would otherwise reach past the edge, and the page would scroll sideways. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .section-break { border: 0; border-top: 1px solid var(--_border); margin: 1.5em 0; }

  /* Links */
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:hover { text-decoration-thickness: max(3px, 0.1875rem); }
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .back-link { display: inline-block; margin: 0 0 1em; font-size: 0.85em; color: var(--_text); }

  /* Buttons */
  .button {
    font: inherit;
    font-size: 1em;
    line-height: 1.2;
    display: inline-block;
    margin: 0 0.75em 1em 0;
    padding: 0.45em 0.6em 0.4em;
    border: 2px solid transparent;
    border-radius: 0;
    color: var(--_button-text);
    background-color: var(--_button);
    box-shadow: 0 2px 0 #002d18;
    text-align: center;
    cursor: pointer;
    max-width: 100%;
  }
  .button:hover { filter: brightness(0.9); }
  .button:active { transform: translateY(2px); box-shadow: none; }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
  }
  .button--secondary { color: var(--_text); background-color: var(--_panel); box-shadow: 0 2px 0 #929191; }
  .button--warning { background-color: var(--_error); box-shadow: 0 2px 0 #55150b; }
  .button--start { font-weight: 700; font-size: 1.2em; }
  .button-group { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.5em; margin-top: 1em; }
  .link-button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
  }

  /* Error summary */
  .error-summary {
    padding: 1em;
    margin-bottom: 1.5em;
    border: 5px solid var(--_error);
  }
  .error-summary:focus { outline: 3px solid var(--_focus); }
  .error-summary__title { font-size: 1.25em; margin-bottom: 0.5em; }
  .error-summary a { color: var(--_error); font-weight: 700; }
  .error-summary a:focus-visible { color: var(--_focus-text); }
  .error-summary ul { margin-bottom: 0; }

  /* Panels, inset text, warnings, notifications */
  .inset { padding: 0.75em 1em; margin: 1em 0; border-left: 10px solid var(--_border); }
  .warning { display: flex; gap: 0.75em; align-items: flex-start; margin: 1em 0; font-weight: 700; }
  .warning__icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    color: var(--_background);
    background: var(--_text);
    font-size: 1em;
    line-height: 1;
  }
  .notification { padding: 1em; margin-bottom: 1.5em; border: 5px solid var(--_accent); }
  .notification--success { border-color: var(--_success); }
  .notification--error { border-color: var(--_error); }
  .notification__title { font-weight: 700; margin-bottom: 0.5em; }
  .notification:focus { outline: 3px solid var(--_focus); }
  /* Details (disclosure) */
  details { margin-bottom: 1em; }
  summary { color: var(--_accent); cursor: pointer; text-decoration: underline; display: list-item; }
  summary:focus-visible { outline: 3px solid transparent; color: var(--_focus-text); background: var(--_focus); box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text); }
  .details__text { margin-top: 0.5em; padding: 0.75em 1em; border-left: 5px solid var(--_border); }

  /* Loading */
  .loading { color: var(--_secondary); }

  @media (max-width: 40em) {
    :host, .container { font-size: var(--pathway-font-size, 1rem); }
    .heading-xl { font-size: 1.6em; }
  }

  @media (forced-colors: active) {
    .button, .notification, .error-summary, .inset { border: 2px solid CanvasText; }
    .button:focus-visible, a:focus-visible, summary:focus-visible, .link-button:focus-visible { outline: 3px solid Highlight; }
    .warning__icon { border: 2px solid CanvasText; }
  }

  @media print {
    :host, .container { font-size: 11pt; color: #000; background: #fff; }
    .no-print, .button, .button-group, .back-link, .link-button { display: none !important; }
    a { color: #000; }
    a[href^='https:']::after, a[href^='mailto:']::after { content: ' (' attr(href) ')'; font-size: 0.85em; }
    section { break-inside: avoid; }
    .heading-m { break-after: avoid; }
    .notification { border: 1px solid #000; background: none; }
    /* A closed disclosure hides nothing on paper (its content box is hidden while closed). */
    details::details-content { content-visibility: visible; }
    details > .details__text { display: block; }
  }
`;
