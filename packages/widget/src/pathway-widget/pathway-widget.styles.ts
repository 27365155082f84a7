/**
 * The widget's look: GOV.UK Design System patterns, drawn with classes only (no style
 * attributes, which a strict CSP blocks). Lit adopts these as constructable stylesheets.
 * The same text, with `:host` read as `body`, styles the downloadable summary page.
 */
import { css } from 'lit';

export const widgetStyles = css`
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
    font-family: var(--pathway-font, 'GDS Transport', arial, sans-serif);
    font-size: var(--pathway-font-size, 1.1875rem);
    line-height: 1.32;
    color: var(--_text);
    background: var(--_background);
    overflow-wrap: anywhere;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .container { max-width: 48em; }
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

  /* Form groups, fieldsets, labels, hints */
  .form-group { margin-bottom: 1.5em; }
  .form-group--error { padding-left: 0.75em; border-left: 5px solid var(--_error); }
  fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
  legend { padding: 0; max-width: 100%; white-space: normal; }
  .legend-m { font-size: 1.25em; font-weight: 700; margin-bottom: 0.5em; }
  .legend-s { font-weight: 700; margin-bottom: 0.4em; }
  .label { display: block; margin-bottom: 0.3em; }
  .label--bold { font-weight: 700; }
  .hint { display: block; color: var(--_secondary); margin-bottom: 0.6em; }
  .error-message { display: block; color: var(--_error); font-weight: 700; margin-bottom: 0.6em; }

  /* Inputs */
  .input, .textarea {
    font: inherit;
    width: 100%;
    max-width: 100%;
    padding: 0.25em;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    color: var(--_text);
    background: var(--_background);
  }
  .input--short { max-width: 8em; }
  .input--date { max-width: 4em; }
  .input--year { max-width: 6em; }
  .input--error { border-color: var(--_error); }
  .textarea { min-height: 5em; resize: vertical; }
  .input:focus, .textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .input-wrapper { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
  .date-input { display: flex; flex-wrap: wrap; gap: 1em; }
  .date-input__item { display: flex; flex-direction: column; }

  /* Radios and checkboxes: real inputs at the GOV.UK size (40px targets), styled in place */
  .choices { display: flex; flex-direction: column; gap: 0.5em; }
  .choices--inline { flex-direction: row; flex-wrap: wrap; gap: 0.5em 1.5em; }
  .choice { display: flex; align-items: flex-start; gap: 0.5em; }
  .choice input {
    flex: none;
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .choice input:focus-visible { outline: 3px solid var(--_focus); outline-offset: 1px; box-shadow: 0 0 0 6px var(--_focus); }
  .choice label { padding: 8px 0 5px; cursor: pointer; }
  .choice .hint { margin: 0.2em 0 0; }
  /* A route that is not open (format 1.1): the radio looks unavailable; its reason stays readable. */
  .choice input:disabled { opacity: 0.5; cursor: not-allowed; }
  .choice input:disabled + .choice__text > label { cursor: not-allowed; }
  .choice__text { display: flex; flex-direction: column; }
  .conditional { margin: 0.5em 0 0.5em 0.75em; padding-left: 1.2em; border-left: 4px solid var(--_border); }

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
  .panel { padding: 1em; margin-bottom: 1.5em; background: var(--_panel); }
  .panel > :last-child { margin-bottom: 0; }
  .stage-banner { padding: 1em; margin-bottom: 1.5em; border: 5px solid var(--_text); }
  .stage-banner--ready { border-color: var(--_success); }

  /* Tags */
  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-size: 0.85em;
    font-weight: 700;
    border: 1px solid transparent;
    color: #0c2d4a;
    background: #bbd4ea;
  }
  .tag--green { color: #005a30; background: #cce2d8; }
  .tag--red { color: #942514; background: #f4cdc6; }
  .tag--grey { color: #383f43; background: #e5e6e7; }
  .tag--yellow { color: #594d00; background: #fff7bf; }

  /* Details (disclosure) */
  details { margin-bottom: 1em; }
  summary { color: var(--_accent); cursor: pointer; text-decoration: underline; display: list-item; }
  summary:focus-visible { outline: 3px solid transparent; color: var(--_focus-text); background: var(--_focus); box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text); }
  .details__text { margin-top: 0.5em; padding: 0.75em 1em; border-left: 5px solid var(--_border); }

  /* Summary lists (check your answers, summary) */
  .summary-list { margin: 0 0 1.5em; }
  .summary-list__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0.6em 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-list__key { flex: 1 1 14em; margin: 0; font-weight: 700; }
  .summary-list__value { flex: 2 1 14em; margin: 0; }
  .summary-list__value > :last-child { margin-bottom: 0; }
  .summary-list__actions { flex: 0 1 auto; margin: 0; }

  /* Questions page */
  .question {
    margin-bottom: 1.5em;
    padding-bottom: 1em;
    border-bottom: 1px solid var(--_border);
    /* Long pathways have thousands of rows: the browser lays out only those near the screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
  }
  .question--evidence { padding-left: 1em; border-left: 4px solid var(--_border); }
  .advice { margin: 0.5em 0 0; padding: 0.5em 0.75em; border-left: 5px solid var(--_error); background: var(--_panel); }
  .readiness { padding: 1em; margin-bottom: 1.5em; border: 2px solid var(--_border); }
  .readiness__status { font-weight: 700; }
  .readiness__status p { margin-bottom: 0.5em; }
  .readiness__group { margin-bottom: 1em; }
  .important { margin-bottom: 1.5em; padding: 0.5em 1em; border: 5px solid var(--_error); }
  .important > .heading-m { margin-top: 0.5em; }
  .group-heading:focus { outline: 3px solid var(--_focus); }
  .group-links { margin-bottom: 1.5em; }
  .readiness ul { margin-bottom: 0.75em; }
  .gate-reasons { margin: 0.25em 0 0; font-size: 0.85em; color: var(--_secondary); }

  /* Drafts bar */
  .drafts { margin-top: 2em; padding-top: 1em; border-top: 1px solid var(--_border); }

  /* Loading */
  .loading { color: var(--_secondary); }

  @media (max-width: 40em) {
    :host { font-size: var(--pathway-font-size, 1rem); }
    .heading-xl { font-size: 1.6em; }
  }

  @media (forced-colors: active) {
    .button, .tag, .panel, .readiness, .notification, .error-summary, .stage-banner, .inset, .advice, .important {
      border: 2px solid CanvasText;
    }
    .button:focus-visible, .input:focus, .textarea:focus, a:focus-visible, summary:focus-visible, .link-button:focus-visible {
      outline: 3px solid Highlight;
    }
    .choice input { forced-color-adjust: auto; }
    .warning__icon { border: 2px solid CanvasText; }
  }

  @media print {
    :host { font-size: 11pt; color: #000; background: #fff; }
    .no-print, .button, .button-group, .back-link, .drafts, .link-button { display: none !important; }
    a { color: #000; }
    a[href^='https:']::after, a[href^='mailto:']::after { content: ' (' attr(href) ')'; font-size: 0.85em; }
    .summary-list__row, .question, section { break-inside: avoid; }
    .question { content-visibility: visible; }
    .heading-m { break-after: avoid; }
    .stage-banner, .panel, .notification { border: 1px solid #000; background: none; }
    details > .details__text { display: block; }
  }
`;
