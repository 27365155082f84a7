import { css } from 'lit';

export const editorStyles = css`
  /* A flex column: on a page that gives the editor a height (the playground's pane), the panels
     below the toolbar fill it and each scrolls itself; otherwise it is as tall as its content.
     A container, so the layout follows the editor's own width, not the window's. */
  :host {
    display: flex; flex-direction: column; container: pathway-editor / inline-size;
    font-family: var(--pathway-font, 'GDS Transport', arial, sans-serif);
    font-size: 1rem;
    line-height: 1.4;
    color: #0b0c0c;
    background: #fff;
  }
  *, *::before, *::after { box-sizing: border-box; }
  .toolbar {
    display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center;
    padding: 0.5rem 0.75rem; border-bottom: 1px solid #b1b4b6; background: #f3f2f1;
  }
  /* Two groups that wrap whole: the title with Undo and Redo, then the views with Download, so a
     long title never leaves Redo at the start of the tabs' row. */
  .toolbar .title { font-size: 1.1875rem; margin: 0; flex: 1 1 15rem; min-width: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }
  .toolbar .group { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .toolbar .history { flex: none; }
  button {
    font: inherit; font-size: 1rem; padding: 0.4rem 0.75rem; min-height: 2.5rem; min-width: 2.75rem;
    border: 0; border-radius: 0; cursor: pointer; background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191;
  }
  button.primary { background: #00703c; color: #fff; box-shadow: 0 2px 0 #002d18; }
  button[disabled] { opacity: 0.5; cursor: not-allowed; }
  button:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 2px 0 #0b0c0c; }
  /* "Back to the outline": a link's look, since it only moves focus. */
  button.back-to-outline { background: none; box-shadow: none; border: 0; padding: 0.25rem 0; margin: 0.5rem 0; color: #1d70b8; text-decoration: underline; font-weight: 400; }
  button.back-to-outline:focus-visible { background: #fd0; color: #0b0c0c; text-decoration: none; box-shadow: 0 4px 0 #0b0c0c; }
  [role='tablist'] { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  [role='tab'][aria-selected='true'] { background: #fff; box-shadow: inset 0 -4px 0 #1d70b8; font-weight: 700; }
  /* After the selected style, which would otherwise hide where focus is (Tab lands on the selected tab). */
  [role='tab']:focus-visible, [role='tab'][aria-selected='true']:focus-visible { background: #fd0; color: #0b0c0c; box-shadow: inset 0 -4px 0 #0b0c0c; }
  .layout {
    display: grid;
    grid-template-columns: minmax(14rem, 20rem) minmax(0, 1fr) minmax(0, 1fr);
    grid-template-areas: 'side main preview';
    grid-template-rows: minmax(0, 1fr);
    gap: 0;
    flex: 1 1 auto; min-height: 20rem;
  }
  :host([no-preview]) .layout { grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr); grid-template-areas: 'side main'; }
  .layout.no-side { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: 'main preview'; }
  :host([no-preview]) .layout.no-side { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'main'; }
  .layout.no-side .side { display: none; }
  /* The outline and the problems stay in view beside a long form: sticky in whatever scrolls the
     editor (the page, or a pane around it), each scrolling on its own within the height given. */
  .side {
    grid-area: side; position: sticky; top: 0; align-self: start; display: flex; flex-direction: column;
    max-height: var(--pathway-editor-side-height, 100vh); border-right: 1px solid #b1b4b6; background: #fff;
  }
  .outline { padding: 0.75rem; overflow: auto; flex: 1 1 auto; min-height: 6rem; }
  .problems { padding: 0.75rem; border-top: 1px solid #b1b4b6; overflow: auto; flex: 0 1 auto; max-height: 40%; }
  /* Every panel that scrolls is the containing block of what is positioned inside it: a visually
     hidden label deep in a long form must not reach past it and stretch the page. */
  .outline, .problems, main, .main, .preview { position: relative; }
  main, .main { grid-area: main; padding: 0.75rem; min-width: 0; overflow: auto; display: flex; flex-direction: column; }
  #editor-main { flex: 1 0 auto; display: flex; flex-direction: column; }
  /* The JSON view takes the height the pane has; Monaco scrolls the text itself. */
  :host([view='json']) #editor-main { flex: 1 1 auto; min-height: 0; }
  pe-json-view { flex: 1 1 auto; min-height: 0; }
  .preview { grid-area: preview; padding: 0.75rem; border-left: 1px solid #b1b4b6; min-width: 0; overflow: auto; }
  @media (max-width: 75rem) {
    .layout { grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr); grid-template-areas: 'side main' 'preview preview'; grid-template-rows: minmax(0, 1fr) auto; }
    .layout.no-side { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'main' 'preview'; }
    .preview { border-left: 0; border-top: 1px solid #b1b4b6; }
  }
  /* A narrow editor (a pane beside the preview on a small laptop): the outline and the problems
     go above the form, side by side and short, so the form and the JSON get the full width. */
  @container pathway-editor (max-width: 48rem) {
    .layout, :host([no-preview]) .layout {
      grid-template-columns: minmax(0, 1fr); grid-template-areas: 'side' 'main' 'preview';
      grid-template-rows: auto minmax(0, 1fr) auto;
    }
    .layout.no-side, :host([no-preview]) .layout.no-side { grid-template-areas: 'main' 'preview'; grid-template-rows: minmax(0, 1fr) auto; }
    .side {
      position: static; flex-direction: row; max-height: 11rem; border-right: 0; border-bottom: 1px solid #b1b4b6;
    }
    .outline { flex: 1 1 50%; min-height: 0; }
    .problems { flex: 1 1 50%; max-height: none; border-top: 0; border-left: 1px solid #b1b4b6; }
    /* Fixing JSON that does not parse, the text is what matters (the outline is of the last valid
       version, the problems say only to fix it): the strip shrinks, each half still scrolls. */
    .layout.json-broken .side { max-height: 6.5rem; }
    .preview { border-left: 0; border-top: 1px solid #b1b4b6; }
    .toolbar button { padding: 0.4rem 0.6rem; }
  }
  @media (max-width: 40rem) {
    .layout { display: block; }
    .side { position: static; max-height: none; border-right: 0; display: block; }
    .outline, .problems { max-height: none; }
    .preview { border-top: 1px solid #b1b4b6; }
  }
  .autosave { padding: 0.5rem 0.75rem 0; }
  .autosave:empty { display: none; }
  .hint { color: #484949; margin: 0 0 0.75rem; max-width: 40em; }
  .banner { margin: 0.5rem 0.75rem; padding: 0.75rem; border: 5px solid #d4351c; }
  .banner.info { border-color: #1d70b8; }
  .banner:focus-visible { outline: 3px solid #fd0; outline-offset: 0; }
  .banner h2 { font-size: 1.1875rem; margin: 0 0 0.5rem; }
  .banner p { margin: 0 0 0.5rem; }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
    overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }
`;
