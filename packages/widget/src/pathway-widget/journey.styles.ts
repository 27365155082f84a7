/**
 * The journey's look: form controls, radios and checkboxes, summary lists, panels, tags, the
 * questions page and the readiness panel. It travels in the journey part (load/parts.ts) and is
 * adopted after the first-paint sheet (pathway-widget.styles.ts), so its rules, and its own
 * forced-colours and print rules last of all, come after those in the cascade.
 */
import { css } from 'lit';

export const journeyStyles = css`
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

  /* The frame the summary is printed from (print-summary.ts): laid out, never seen. */
  .print-frame { position: fixed; top: 0; left: 0; width: 0; height: 0; border: 0; opacity: 0; pointer-events: none; }

  /* Drafts bar */
  .drafts { margin-top: 2em; padding-top: 1em; border-top: 1px solid var(--_border); }

  @media (forced-colors: active) {
    .tag, .panel, .readiness, .stage-banner, .advice, .important { border: 2px solid CanvasText; }
    .input:focus, .textarea:focus { outline: 3px solid Highlight; }
    .choice input { forced-color-adjust: auto; }
  }

  @media print {
    .drafts { display: none !important; }
    .summary-list__row, .question { break-inside: avoid; }
    .question { content-visibility: visible; }
    .stage-banner, .panel { border: 1px solid #000; background: none; }
  }
`;
