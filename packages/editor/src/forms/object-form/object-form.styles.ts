import { css } from 'lit';

/** GOV.UK Design System patterns (form groups, labels, hints, error messages, buttons), sized for a laptop and for 320 px. */
export const objectFormStyles = css`
  :host {
    display: block;
    color: var(--pe-text, #0b0c0c);
    font-family: var(--pe-font, 'GDS Transport', arial, sans-serif);
    font-size: 1rem;
    line-height: 1.4;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  h2.heading {
    margin: 0 0 1rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .caption {
    display: block;
    color: var(--pe-secondary-text, #505a5f);
    font-size: 1rem;
    font-weight: normal;
  }
  .form-group {
    margin: 0 0 1.25rem;
  }
  .form-group--error {
    padding-left: 0.75rem;
    border-left: 5px solid var(--pe-error, #d4351c);
  }
  /* A warning does not stop publishing: GOV.UK's inset bar and warning text, not the error's red. */
  .form-group--warning {
    padding-left: 0.75rem;
    border-left: 5px solid var(--pe-border, #b1b4b6);
  }
  .label,
  legend {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 700;
  }
  legend {
    padding: 0;
  }
  .optional {
    font-weight: normal;
    color: var(--pe-secondary-text, #505a5f);
  }
  .hint {
    margin: 0 0 0.5rem;
    color: var(--pe-secondary-text, #505a5f);
  }
  /* A live region stays in place, empty, so what it is given later is announced. */
  .follow-status:empty {
    margin: 0;
  }
  .follow-status {
    margin: 0.5rem 0 0;
  }
  .error-message {
    margin: 0 0 0.5rem;
    color: var(--pe-error, #d4351c);
    font-weight: 700;
  }
  .warning-message,
  .warning-text p {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .warning-text {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    margin: 0 0 1.25rem;
  }
  .warning-text p {
    margin: 0.3rem 0 0;
  }
  .warning-icon {
    display: inline-flex;
    flex: none;
    justify-content: center;
    align-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    margin-right: 0.25rem;
    border-radius: 50%;
    background: var(--pe-text, #0b0c0c);
    color: var(--pe-background, #fff);
    font-weight: 700;
    line-height: 1;
  }
  .warning-message .warning-icon {
    min-width: 1.4rem;
    height: 1.4rem;
    font-size: 0.875rem;
  }
  .problems {
    margin: 0 0 1.25rem;
    padding: 0.75rem 1rem;
    border: 4px solid var(--pe-error, #d4351c);
  }
  .problems p {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .problems ul {
    margin: 0;
    padding-left: 1.25rem;
    color: var(--pe-error, #d4351c);
  }
  input[type='text'],
  select,
  textarea {
    width: 100%;
    max-width: 40rem;
    min-height: 2.5rem;
    padding: 0.3rem 0.4rem;
    border: 2px solid var(--pe-input-border, #0b0c0c);
    border-radius: 0;
    font: inherit;
    background: var(--pe-input-background, #fff);
    color: inherit;
  }
  input.input--number {
    max-width: 10rem;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--pe-error, #d4351c);
  }
  input:focus,
  select:focus,
  textarea:focus {
    outline: 3px solid var(--pe-focus, #fd0);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  fieldset {
    min-width: 0;
    margin: 0 0 1.25rem;
    padding: 0;
    border: 0;
  }
  fieldset.nested {
    padding: 0.75rem 0 0 1rem;
    border-left: 4px solid var(--pe-border, #b1b4b6);
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--pe-text, #0b0c0c);
  }
  .choice input:focus {
    outline: 3px solid var(--pe-focus, #fd0);
    outline-offset: 2px;
  }
  button {
    min-height: 2.5rem;
    padding: 0.4rem 0.75rem;
    border: 2px solid transparent;
    border-radius: 0;
    box-shadow: 0 2px 0 var(--pe-button-shadow, #002d18);
    background: var(--pe-button, #00703c);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }
  button.secondary {
    box-shadow: 0 2px 0 #929191;
    background: var(--pe-secondary-button, #f3f2f1);
    color: var(--pe-text, #0b0c0c);
  }
  button.warning {
    box-shadow: 0 2px 0 #55150b;
    background: var(--pe-error, #d4351c);
    color: #fff;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    background: var(--pe-focus, #fd0);
    box-shadow: 0 -2px var(--pe-focus, #fd0), 0 4px #0b0c0c;
    color: #0b0c0c;
  }
  .jump-list {
    margin: 0 0 1.5rem;
  }
  .jump-list > summary {
    color: var(--pe-link, #1d70b8);
    text-decoration: underline;
    cursor: pointer;
  }
  .jump-list ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  .jump-list li {
    margin: 0 0 0.25rem;
  }
  button.link {
    min-height: 0;
    margin: 0;
    padding: 0;
    border: 0;
    box-shadow: none;
    background: none;
    color: var(--pe-link, #1d70b8);
    text-decoration: underline;
    font-weight: 400;
  }
  button.link:focus-visible {
    background: var(--pe-focus, #fd0);
    color: #0b0c0c;
    box-shadow: 0 -2px var(--pe-focus, #fd0), 0 4px #0b0c0c;
    text-decoration: none;
  }
  .author-note {
    margin: 0 0 1.5rem;
    padding: 0.75rem 1rem;
    border-left: 8px solid var(--pe-note, #5694ca);
    background: var(--pe-note-background, #eef4fa);
  }
  .note-add {
    margin: 0 0 1rem;
  }
  .note-add button {
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    font-size: 0.875rem;
  }
  .author-note .label {
    margin-bottom: 0;
  }
  ol.items {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  li.item {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--pe-border, #b1b4b6);
  }
  li.item > details > summary {
    padding: 0.25rem 0;
    font-weight: 700;
    cursor: pointer;
  }
  li.item > details[open] > summary {
    margin-bottom: 0.75rem;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  /* Remove on an item's own form, under its heading: apart from the fields below it. */
  .item-actions.own {
    margin: 0 0 1.25rem;
  }
  .tag {
    display: inline-block;
    margin-left: 0.5rem;
    padding: 0 0.4rem;
    background: var(--pe-error-tag, #f6d7d2);
    color: var(--pe-error-tag-text, #2a0b06);
    font-weight: 700;
    font-size: 0.875rem;
  }
  .tag--warning {
    background: var(--pe-warning-tag, #505a5f);
    color: var(--pe-warning-tag-text, #fff);
  }
  .palette {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .palette li {
    margin: 0 0 0.5rem;
  }
  .palette button {
    display: block;
    width: 100%;
    max-width: 40rem;
    text-align: left;
  }
  .palette .description {
    display: block;
    font-weight: normal;
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 4px solid var(--pe-notice, #1d70b8);
  }
  .notice:focus {
    outline: 3px solid var(--pe-focus, #fd0);
  }
  .notice p {
    margin: 0 0 0.5rem;
  }
  /* "Where is this used?" and "Move to another stage" on an item's form. */
  .used-by,
  .move-to-stage {
    margin: 0 0 1.25rem;
  }
  .used-by > summary {
    color: var(--pe-link, #1d70b8);
    text-decoration: underline;
    cursor: pointer;
  }
  .used-by > summary:focus-visible,
  .used-by > summary:focus-visible .hint {
    color: #0b0c0c;
    text-decoration: none;
  }
  .used-by ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  .used-by li {
    margin: 0 0 0.25rem;
  }
  .move-to-stage .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .move-to-stage select {
    max-width: 100%;
  }
  .notice ul button.link {
    text-align: left;
  }
  .text-item {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  @media (max-width: 40rem) {
    li.item {
      padding: 0.5rem;
    }
    fieldset.nested {
      padding-left: 0.5rem;
    }
  }
`;
