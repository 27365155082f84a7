import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { AutosaveController, AutosaveState } from './autosave-controller.js';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * What autosave is doing, for the editor's toolbar: "Saved on this computer at 14:05", and,
 * when something needs the author, a GOV.UK warning in plain English with the choices it
 * offers (carry on in this tab or the other, download the JSON), and the one-off notice that
 * a draft was restored or could not be read.
 *
 * Give it the controller and its state: `.controller=${autosave} .state=${autosave.state}`
 * (the host re-renders whenever the controller's state changes).
 *
 * @summary Autosave status, warnings and choices.
 */
export class AutosaveStatus extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; color: #0b0c0c; }
    p { margin: 0 0 0.5rem; }
    .status { color: #484949; }
    .warning { display: flex; gap: 0.75rem; align-items: flex-start; margin: 0 0 1rem; }
    .icon {
      flex: none; box-sizing: border-box; width: 2.1rem; height: 2.1rem; border-radius: 50%;
      background: #0b0c0c; color: #fff; font-weight: 700; font-size: 1.5rem; line-height: 2.1rem; text-align: center;
    }
    .text { font-weight: 700; overflow-wrap: anywhere; }
    .visually-hidden {
      position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
      overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
    }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-top: 0.5rem; }
    button {
      font: inherit; font-weight: 400; cursor: pointer; padding: 0.4rem 0.6rem; border: 2px solid transparent; border-radius: 0;
      color: #fff; background: #00703c; box-shadow: 0 2px 0 #002d18;
    }
    button.secondary { color: #0b0c0c; background: #f3f2f1; box-shadow: 0 2px 0 #929191; }
    button:hover { background: #005a30; }
    button.secondary:hover { background: #dbdad9; }
    button:focus-visible { outline: 3px solid transparent; border-color: #fd0; color: #0b0c0c; background: #fd0; box-shadow: inset 0 0 0 1px #fd0, 0 2px 0 #0b0c0c; }
    .banner { border: 5px solid #1d70b8; margin: 0 0 1rem; }
    .banner.corrupt { border-color: #d4351c; }
    .banner-title { margin: 0; padding: 0.125rem 0.75rem 0.25rem; color: #fff; background: #1d70b8; font-size: 1rem; font-weight: 700; }
    .banner.corrupt .banner-title { background: #d4351c; }
    .banner-content { padding: 0.75rem; }
    .link { color: #1d70b8; background: none; box-shadow: none; padding: 0; text-decoration: underline; text-underline-offset: 0.15em; }
    .link:hover { color: #003078; background: none; }
  `;

  /** The autosave controller whose choices the buttons make. */
  @property({ attribute: false }) controller: AutosaveController | undefined;

  /** Its state (pass `controller.state` so the element redraws when it changes). */
  @property({ attribute: false }) state: AutosaveState | undefined;

  /** The file name of the download; the pathway key with `.json` when not given. */
  @property() filename = '';

  private download(): void {
    const controller = this.controller;
    if (controller === undefined) return;
    const url = URL.createObjectURL(controller.download());
    const link = document.createElement('a');
    link.href = url;
    link.download = this.filename || `${controller.key}.json`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private renderNotice(state: AutosaveState) {
    const notice = state.notice;
    if (notice === undefined) return nothing;
    return html`<div class="banner ${notice.kind}" role="region" aria-labelledby="notice-title">
      <h2 class="banner-title" id="notice-title">${notice.kind === 'restored' ? 'Your work has been restored' : 'A saved draft could not be used'}</h2>
      <div class="banner-content">
        <p>${notice.message}</p>
        <button type="button" class="link" @click=${() => this.controller?.dismissNotice()}>Hide this message</button>
      </div>
    </div>`;
  }

  private renderWarning(state: AutosaveState) {
    if (state.message === undefined) return nothing;
    const canDownload = state.storage === 'unavailable' || state.save === 'failed' || state.tabs === 'elsewhere' || state.tabs === 'shared';
    return html`<div class="warning" role="alert">
      <span class="icon" aria-hidden="true">!</span>
      <div>
        <p class="text"><span class="visually-hidden">Warning: </span>${state.message}</p>
        <div class="buttons">
          ${state.tabs === 'shared'
            ? html`<button type="button" @click=${() => this.controller?.takeOver()}>Carry on in this tab</button>
                <button type="button" class="secondary" @click=${() => this.controller?.yieldToOtherTab()}>Carry on in the other tab</button>`
            : nothing}
          ${state.tabs === 'elsewhere'
            ? html`<button type="button" class="secondary" @click=${() => this.controller?.takeOver()}>Carry on in this tab instead</button>`
            : nothing}
          ${canDownload ? html`<button type="button" class="secondary" @click=${() => this.download()}>Download the JSON</button>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private statusText(state: AutosaveState): string {
    if (state.storage === 'opening') return 'Opening saved work…';
    if (state.message !== undefined) return '';
    if (state.save === 'saving' || state.save === 'pending') return 'Saving on this computer…';
    if (state.lastSavedAt !== undefined) return `Saved on this computer at ${timeFormat.format(new Date(state.lastSavedAt))}`;
    return 'Changes are saved on this computer as you work';
  }

  override render() {
    const state = this.state ?? this.controller?.state;
    if (state === undefined) return nothing;
    const status = this.statusText(state);
    return html`
      ${this.renderNotice(state)} ${this.renderWarning(state)}
      ${status === '' ? nothing : html`<p class="status">${status}</p>`}
    `;
  }
}
