/** GOV.UK-style panels for the library and publishing: headings, notification banners, summary lists, buttons. */
import { css } from 'lit';

export const panelStyles = css`
  :host { display: block; font: inherit; color: #0b0c0c; }
  *, *::before, *::after { box-sizing: border-box; }
  h2 { font-size: 1.5rem; margin: 0 0 1rem; }
  h3 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
  h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
  p { margin: 0 0 0.75rem; }
  ul { margin: 0 0 0.75rem; padding-left: 1.25rem; }
  li { margin-bottom: 0.25rem; overflow-wrap: anywhere; }
  label, legend { display: block; font-weight: 700; margin: 0 0 0.25rem; }
  fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
  legend { font-size: 1.1rem; }
  .hint { color: #484949; margin: 0 0 0.5rem; font-weight: 400; }
  .secondary-text { color: #484949; }
  .radio { display: grid; grid-template-columns: 2rem 1fr; gap: 0 0.5rem; margin: 0 0 0.75rem; align-items: start; }
  .radio input { width: 1.75rem; height: 1.75rem; margin: 0; accent-color: #0b0c0c; }
  .radio label { margin: 0.2rem 0 0; }
  .radio .hint { grid-column: 2; }
  textarea, select, input[type='text'] {
    font: inherit; width: 100%; max-width: 40rem; padding: 0.3rem 0.4rem; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: inherit;
  }
  select { width: auto; max-width: 100%; min-height: 2.5rem; }
  textarea.code { font-family: ui-monospace, Consolas, monospace; font-size: 0.85rem; }
  input:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
  button, a.button {
    display: inline-block; font: inherit; min-height: 2.5rem; padding: 0.4rem 0.75rem; border: 0; border-radius: 0; cursor: pointer; text-decoration: none;
    background: #00703c; color: #fff; box-shadow: 0 2px 0 #002d18; margin: 0 0.5rem 0.5rem 0; line-height: 1.6;
  }
  button.secondary, a.button.secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
  button.warning { background: #d4351c; box-shadow: 0 2px 0 #55150b; }
  button:hover { background: #005a30; }
  button.secondary:hover, a.button.secondary:hover { background: #dbdad9; }
  button.warning:hover { background: #aa2a16; }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  button:focus-visible, a:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 2px 0 #0b0c0c; }
  a { color: #1d70b8; }
  .buttons { display: flex; flex-wrap: wrap; align-items: center; }
  /* A select in a row of buttons: the same height, and the same gap after it. */
  .buttons select { margin: 0 0.5rem 0.5rem 0; }
  .banner { border: 5px solid #1d70b8; margin: 0 0 1rem; }
  .banner__title { background: #1d70b8; color: #fff; margin: 0; padding: 0.25rem 0.75rem 0.4rem; font-weight: 700; font-size: 1rem; }
  .banner__content { padding: 0.75rem; }
  .banner--success { border-color: #00703c; }
  .banner--success .banner__title { background: #00703c; }
  .banner:focus-visible, .error-summary:focus-visible { outline: 3px solid #fd0; }
  .error-summary { border: 5px solid #d4351c; padding: 0.75rem; margin: 0 0 1rem; }
  .error-summary h3 { margin-top: 0; }
  .error-summary li { color: #d4351c; font-weight: 700; }
  .error-message { color: #d4351c; font-weight: 700; }
  .form-group--error { border-left: 5px solid #d4351c; padding-left: 0.75rem; }
  .summary-list { list-style: none; padding: 0; margin: 0 0 1rem; }
  .summary-list > li { border-bottom: 1px solid #b1b4b6; padding: 0.75rem 0; }
  .summary-list .name { font-weight: 700; font-size: 1.1rem; margin: 0 0 0.25rem; }
  .tag { display: inline-block; padding: 0 0.4rem; font-weight: 700; background: #cce2d8; color: #005a30; }
  .tag--problem { background: #f4cdc6; color: #2a0b06; }
  .drop-zone { border: 2px dashed #505a5f; padding: 1rem; margin: 0 0 1rem; }
  .drop-zone.active { border-color: #1d70b8; background: #e8f1f8; }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
    overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }
`;
