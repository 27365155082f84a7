import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LitElement, html } from 'lit';
import { Modeling, formatJson } from '../modeling/index.js';
import { axeViolations, deepActiveElement, deepText, until } from '../testing/editor-testing.js';
import { AutosaveController } from './autosave-controller.js';
import type { AutosaveOptions } from './autosave-controller.js';
import { AutosaveStatus } from './autosave-status.js';

if (!customElements.get('pe-autosave-status')) customElements.define('pe-autosave-status', AutosaveStatus);

/** A stand-in for the editor's toolbar: its autosave, and the status element showing it. */
class StatusHost extends LitElement {
  modeling = new Modeling(formatJson({ schemaVersion: '1.1', id: 'status', title: 'Status' }));
  autosave!: AutosaveController;

  configure(options: Omit<AutosaveOptions, 'modeling'>): this {
    this.autosave = new AutosaveController(this, { modeling: this.modeling, saveDelayMs: 10, ...options });
    return this;
  }

  get status(): AutosaveStatus {
    return this.renderRoot.querySelector('pe-autosave-status') as AutosaveStatus;
  }

  override render() {
    return html`<div><pe-autosave-status .controller=${this.autosave} .state=${this.autosave.state}></pe-autosave-status></div>`;
  }
}
customElements.define('pe-autosave-status-test-host', StatusHost);

const hosts: StatusHost[] = [];
async function mount(options: Omit<AutosaveOptions, 'modeling'>): Promise<StatusHost> {
  const host = new StatusHost().configure(options);
  document.body.append(host);
  hosts.push(host);
  await host.autosave.ready;
  await host.updateComplete;
  await host.status.updateComplete;
  return host;
}

async function settle(...all: StatusHost[]): Promise<void> {
  for (const host of all) {
    await host.updateComplete;
    await host.status.updateComplete;
  }
}

function button(host: StatusHost, name: string): HTMLButtonElement | undefined {
  return Array.from(host.status.shadowRoot!.querySelectorAll('button')).find((element) => element.textContent!.trim() === name);
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const host of hosts.splice(0)) {
    await host.autosave.dispose();
    host.remove();
  }
});

describe('<pe-autosave-status>', () => {
  it('says when the work was saved', async () => {
    const host = await mount({ key: `status-${Date.now()}-saved` });
    expect(deepText(host.status)).toBe('Changes are saved on this computer as you work');
    host.modeling.set('/title', 'Changed');
    await until(() => host.autosave.state.save === 'saved' && !host.autosave.state.unsaved, 'saved');
    await settle(host);
    expect(deepText(host.status)).toMatch(/^Saved on this computer at \d\d:\d\d$/);
  });

  it('lets the author choose a tab by keyboard when the pathway is open in two', async () => {
    const key = `status-${Date.now()}-tabs`;
    const a = await mount({ key, tabId: 'a' });
    const b = await mount({ key, tabId: 'b' });
    await until(() => a.autosave.state.tabs === 'shared' && b.autosave.state.tabs === 'shared', 'both tabs noticed each other');
    await settle(a, b);
    expect(b.status.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('This pathway is open in another tab too.');
    expect(await axeViolations(b)).toEqual([]);
    // Keyboard only: Tab to "Carry on in this tab" in B, press Enter.
    const target = button(b, 'Carry on in this tab')!;
    (document.activeElement as HTMLElement | null)?.blur();
    for (let presses = 0; presses < 20 && deepActiveElement() !== target; presses++) await userEvent.tab();
    expect(deepActiveElement()).toBe(target);
    await userEvent.keyboard('{Enter}');
    await until(() => a.autosave.state.tabs === 'elsewhere', 'tab A stood aside');
    await settle(a, b);
    expect(b.status.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(button(a, 'Carry on in this tab instead')).toBeDefined();
    expect(await axeViolations(a)).toEqual([]);
    // And back again, from A.
    button(a, 'Carry on in this tab instead')!.click();
    await until(() => b.autosave.state.tabs === 'elsewhere', 'tab B stood aside');
  });

  it('offers the JSON as a download when storage does not answer', async () => {
    const host = await mount({ key: `status-${Date.now()}-hang`, openDatabase: () => new Promise<never>(() => undefined), openTimeoutMs: 20 });
    await settle(host);
    expect(deepText(host.status)).toContain("Warning: This browser's storage did not answer");
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:nowhere';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    host.modeling.setText('{ "kept": exactly as typed');
    button(host, 'Download the JSON')!.click();
    expect(create).toHaveBeenCalledOnce();
    expect(await blobs[0]!.text()).toBe('{ "kept": exactly as typed');
    expect(await axeViolations(host)).toEqual([]);
  });

  it('shows that a draft was restored, until the author hides the message', async () => {
    const key = `status-${Date.now()}-restored`;
    const first = await mount({ key });
    first.modeling.set('/title', 'Before the reload');
    await first.autosave.dispose();
    first.remove();
    const second = await mount({ key });
    await settle(second);
    const banner = second.status.shadowRoot!.querySelector('[role="region"]')!;
    expect(banner.textContent).toContain('Your work has been restored');
    expect(await axeViolations(second)).toEqual([]);
    button(second, 'Hide this message')!.click();
    await settle(second);
    expect(second.status.shadowRoot!.querySelector('[role="region"]')).toBeNull();
  });
});
