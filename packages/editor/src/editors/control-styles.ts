/** Form controls in the GOV.UK manner, shared by the purpose-built editors. */
import { css } from 'lit';

export const controlStyles = css`
  :host { font: inherit; color: #0b0c0c; }
  *, *::before, *::after { box-sizing: border-box; }
  label, legend { display: block; font-weight: 700; margin: 0 0 0.25rem; }
  fieldset { border: 0; padding: 0; margin: 0.5rem 0; min-width: 0; }
  fieldset.inline legend { font-size: 1rem; }
  input[type='text'], select {
    font: inherit; min-height: 2.5rem; padding: 0.25rem 0.4rem; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: inherit;
    max-width: 100%;
  }
  input.short { width: 6rem; }
  input:focus-visible, select:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
  .check { display: flex; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
  .check label { font-weight: 400; margin: 0; }
  .check input { width: 1.75rem; height: 1.75rem; margin: 0; accent-color: #0b0c0c; }
  .check input[aria-disabled='true'], .check input[aria-disabled='true'] + label { opacity: 0.6; }
  .hint { color: #505a5f; margin: 0.25rem 0; }
  button {
    font: inherit; min-height: 2.5rem; padding: 0.3rem 0.75rem; border: 0; border-radius: 0; cursor: pointer;
    background: #00703c; color: #fff; box-shadow: 0 2px 0 #002d18;
  }
  button.secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
  button:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 2px 0 #0b0c0c; }
  ol.plain { list-style: none; margin: 0; padding: 0; }
  .error-message { color: #d4351c; font-weight: 700; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
