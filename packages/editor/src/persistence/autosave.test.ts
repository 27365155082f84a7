import { afterEach, describe, expect, it } from 'vitest';
import { LitElement } from 'lit';
import { openDB } from 'idb';
import { Modeling, formatJson } from '../modeling/index.js';
import { until } from '../testing/editor-testing.js';
import { AutosaveController } from './autosave-controller.js';
import type { AutosaveOptions, AutosaveState } from './autosave-controller.js';
import { EDITOR_DATABASE, SET_ASIDE_STORE, openDraftDatabase } from './draft-database.js';
import type { DraftDatabase, SetAsideDraft } from './draft-database.js';
import { historyToSave, readSavedDraft } from './saved-draft.js';
import type { SavedDraft } from './saved-draft.js';

class Host extends LitElement {}
customElements.define('pe-autosave-test-host', Host);

const given = formatJson({ schemaVersion: '1.1', id: 'test', title: 'A' });
let keys = 0;
const newKey = () => `test-${Date.now()}-${++keys}`;

const live: { host: Host; controller: AutosaveController }[] = [];

function start(options: Partial<AutosaveOptions> & Pick<AutosaveOptions, 'key' | 'modeling'>): { host: Host; controller: AutosaveController } {
  const host = new Host();
  const controller = new AutosaveController(host, { saveDelayMs: 10, retryDelayMs: 50, ...options });
  document.body.append(host);
  const started = { host, controller };
  live.push(started);
  return started;
}

afterEach(async () => {
  for (const { host, controller } of live.splice(0)) {
    await controller.dispose();
    host.remove();
  }
});

async function stored(key: string): Promise<unknown> {
  const database = await openDraftDatabase();
  try {
    return await database.get(key);
  } finally {
    database.close();
  }
}

function beforeUnloadWarns(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('AutosaveController', () => {
  it('saves every change and restores text, history and selection on reload', async () => {
    const key = newKey();
    const first = new Modeling(given);
    const { controller } = start({ key, modeling: first, selection: () => '/title' });
    await controller.ready;
    expect(controller.state).toMatchObject({ storage: 'ready', save: 'saved', tabs: 'alone', unsaved: false });
    first.set('/title', 'B', { label: 'rename' });
    expect(controller.state).toMatchObject({ save: 'pending', unsaved: true });
    first.setText('{ "title": "B",, ');
    await until(() => controller.state.save === 'saved', 'the change was saved');
    expect(controller.state.unsaved).toBe(false);
    expect(readSavedDraft(await stored(key), key)).toMatchObject({ ok: true, draft: { text: '{ "title": "B",, ', selection: '/title' } });

    // "Reload": this controller goes, a new one opens the same key on the pathway as first given.
    await controller.dispose();
    const second = new Modeling(given);
    const restored: SavedDraft[] = [];
    const reopened = start({ key, modeling: second, restore: (draft) => {
      restored.push(draft);
      second.setText(draft.text);
      second.restoreHistory(draft.history);
    } });
    await reopened.controller.ready;
    expect(second.state.text).toBe('{ "title": "B",, ');
    expect(restored[0]!.selection).toBe('/title');
    expect(reopened.controller.state.notice).toMatchObject({ kind: 'restored' });
    expect(reopened.controller.state.notice!.message).toMatch(/^Your unsaved work from .+ has been restored\.$/);
    expect(reopened.controller.state.unsaved).toBe(false);
    // The undo history came back too.
    second.undo();
    expect(JSON.parse(second.state.text)).toMatchObject({ title: 'B' });
    expect(second.undoLabel).toBe('rename');
    second.undo();
    expect(second.state.text).toBe(given);
  });

  it('restores into the modeling by itself when no restore function is given', async () => {
    const key = newKey();
    const first = new Modeling(given);
    const { controller } = start({ key, modeling: first });
    await controller.ready;
    first.setText('not json at all {');
    await controller.dispose();
    const second = new Modeling(given);
    const { controller: reopened } = start({ key, modeling: second });
    await reopened.ready;
    expect(second.state.text).toBe('not json at all {');
    expect(second.canUndo).toBe(true);
  });

  it('writes at once when the page is hidden, without waiting for the debounce', async () => {
    const key = newKey();
    const modeling = new Modeling(given);
    const { controller } = start({ key, modeling, saveDelayMs: 60_000 });
    await controller.ready;
    modeling.setText('{"typed": "just now"');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await controller.idle();
    expect(readSavedDraft(await stored(key), key)).toMatchObject({ ok: true, draft: { text: '{"typed": "just now"' } });
  });

  it('reports a saved draft it cannot read, sets it aside and starts from what it was given', async () => {
    const key = newKey();
    const database = await openDraftDatabase();
    await database.put(key, { format: 99, text: 42 });
    database.close();
    const modeling = new Modeling(given);
    const { controller } = start({ key, modeling });
    await controller.ready;
    expect(modeling.state.text).toBe(given);
    expect(controller.state.notice).toMatchObject({ kind: 'corrupt' });
    expect(controller.state.notice!.message).toBe(
      'The draft saved on this computer could not be used (it was saved in a form this editor does not know), so you are starting from the pathway as it was loaded. The unreadable draft has been kept, not deleted.',
    );
    // Kept, not deleted: moved to the set-aside store as it was.
    const raw = await openDB(EDITOR_DATABASE);
    const setAside = ((await raw.getAll(SET_ASIDE_STORE)) as SetAsideDraft[]).filter((item) => item.key === key);
    raw.close();
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.value).toEqual({ format: 99, text: 42 });
    // The editor carries on saving over the empty place.
    modeling.set('/title', 'C');
    await until(() => controller.state.save === 'saved' && !controller.state.unsaved, 'saved again');
    expect(readSavedDraft(await stored(key), key).ok).toBe(true);
    controller.dismissNotice();
    expect(controller.state.notice).toBeUndefined();
  });

  it('notices a second tab on the same pathway, saves in neither until the author chooses', async () => {
    const key = newKey();
    const modelingA = new Modeling(given);
    const a = start({ key, modeling: modelingA, tabId: 'tab-a' });
    await a.controller.ready;
    modelingA.set('/title', 'From A');
    await until(() => a.controller.state.save === 'saved', 'tab A saved');

    const modelingB = new Modeling(given);
    const events: AutosaveState[] = [];
    const b = start({ key, modeling: modelingB, tabId: 'tab-b' });
    b.host.addEventListener('pe-autosave-change', (event) => events.push((event as CustomEvent<AutosaveState>).detail));
    await b.controller.ready;
    // B restored what A saved.
    expect(JSON.parse(modelingB.state.text)).toMatchObject({ title: 'From A' });
    await until(() => a.controller.state.tabs === 'shared' && b.controller.state.tabs === 'shared', 'both tabs noticed each other');
    expect(events.at(-1)!.tabs).toBe('shared');
    expect(b.controller.state.message).toMatch(/^This pathway is open in another tab too\./);

    // Nothing is overwritten while the author has not chosen.
    modelingA.set('/title', 'A again');
    modelingB.set('/title', 'B here');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.parse((readSavedDraft(await stored(key), key) as { draft: SavedDraft }).draft.text)).toMatchObject({ title: 'From A' });
    expect(a.controller.state.unsaved && b.controller.state.unsaved).toBe(true);
    expect(beforeUnloadWarns()).toBe(true);

    // "Carry on in this tab" in B: B saves what it has, A stops.
    b.controller.takeOver();
    await until(() => a.controller.state.tabs === 'elsewhere' && b.controller.state.save === 'saved', 'B took over');
    expect(b.controller.state.tabs).toBe('here');
    expect(a.controller.state.message).toMatch(/^You chose to carry on in another tab/);
    expect(JSON.parse((readSavedDraft(await stored(key), key) as { draft: SavedDraft }).draft.text)).toMatchObject({ title: 'B here' });
    modelingA.set('/title', 'A ignored');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.parse((readSavedDraft(await stored(key), key) as { draft: SavedDraft }).draft.text)).toMatchObject({ title: 'B here' });
  });

  it('lets a tab stand aside: the other carries on saving', async () => {
    const key = newKey();
    const modelingA = new Modeling(given);
    const a = start({ key, modeling: modelingA, tabId: 'tab-a' });
    await a.controller.ready;
    const b = start({ key, modeling: new Modeling(given), tabId: 'tab-b' });
    await b.controller.ready;
    await until(() => a.controller.state.tabs === 'shared' && b.controller.state.tabs === 'shared', 'both tabs noticed each other');
    modelingA.set('/title', 'Kept');
    b.controller.yieldToOtherTab();
    await until(() => a.controller.state.tabs === 'alone' && a.controller.state.save === 'saved', 'A carried on saving');
    expect(b.controller.state.tabs).toBe('elsewhere');
    expect(JSON.parse((readSavedDraft(await stored(key), key) as { draft: SavedDraft }).draft.text)).toMatchObject({ title: 'Kept' });
  });

  it('reports a full quota, keeps the work, offers it as a download and saves again later', async () => {
    const key = newKey();
    let full = true;
    const openDatabase = async (): Promise<DraftDatabase> => {
      const database = await openDraftDatabase();
      return {
        ...database,
        put: async (draftKey, value) => {
          if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          await database.put(draftKey, value);
        },
      };
    };
    const modeling = new Modeling(given);
    const { controller } = start({ key, modeling, openDatabase, retryDelayMs: 100 });
    await controller.ready;
    const typed = '{ "title": "Ünïcödé ✓ 👍", \t"broken": [1,, ';
    modeling.setText(typed);
    await until(() => controller.state.save === 'failed', 'the save failed');
    expect(controller.state).toMatchObject({ failure: 'quota', unsaved: true });
    expect(controller.state.message).toBe(
      'The storage for this site on this computer is full, so your latest changes are not saved. Your changes are still here: download the JSON to keep a copy. Saving will be tried again.',
    );
    expect(modeling.state.text).toBe(typed);
    expect(beforeUnloadWarns()).toBe(true);
    const blob = controller.download();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(typed);
    // Space is freed: the retry saves it, and the warning goes.
    full = false;
    await until(() => controller.state.save === 'saved', 'saved on retry');
    expect(controller.state.failure).toBeUndefined();
    expect(controller.state.message).toBeUndefined();
    expect(beforeUnloadWarns()).toBe(false);
    expect(readSavedDraft(await stored(key), key)).toMatchObject({ ok: true, draft: { text: typed } });
  });

  it('goes on without saving, and says so, when IndexedDB never answers', async () => {
    const modeling = new Modeling(given);
    const { controller } = start({ key: newKey(), modeling, openDatabase: () => new Promise<never>(() => undefined), openTimeoutMs: 50 });
    await controller.ready;
    expect(controller.state).toMatchObject({ storage: 'unavailable', unavailableBecause: 'timeout', unsaved: false });
    expect(controller.state.message).toBe(
      "This browser's storage did not answer, so your changes are not being saved on this computer. Your changes are still here: download the JSON to keep a copy.",
    );
    expect(beforeUnloadWarns()).toBe(false);
    modeling.set('/title', 'Still editable');
    expect(JSON.parse(modeling.state.text)).toMatchObject({ title: 'Still editable' });
    expect(controller.state.unsaved).toBe(true);
    expect(beforeUnloadWarns()).toBe(true);
    expect(await controller.download().text()).toBe(modeling.state.text);
  });

  it('goes on without saving where the browser refuses storage', async () => {
    const modeling = new Modeling(given);
    const { controller } = start({ key: newKey(), modeling, openDatabase: () => Promise.reject(new DOMException('no', 'SecurityError')) });
    await controller.ready;
    expect(controller.state).toMatchObject({ storage: 'unavailable', unavailableBecause: 'refused' });
    expect(controller.state.message).toMatch(/^This browser does not allow saving here/);
  });

  it('warns before closing only while a save is pending or failed', async () => {
    const modeling = new Modeling(given);
    const { controller } = start({ key: newKey(), modeling, saveDelayMs: 50 });
    await controller.ready;
    expect(beforeUnloadWarns()).toBe(false);
    modeling.set('/title', 'Pending');
    expect(beforeUnloadWarns()).toBe(true);
    await until(() => controller.state.save === 'saved', 'saved');
    expect(beforeUnloadWarns()).toBe(false);
  });

  it('follows the host when it loads another modeling', async () => {
    const key = newKey();
    let modeling = new Modeling(given);
    const { host, controller } = start({ key, modeling: () => modeling });
    await controller.ready;
    modeling = new Modeling('{"loaded": "later"}');
    host.requestUpdate();
    await host.updateComplete;
    await until(() => controller.state.save === 'saved' && !controller.state.unsaved, 'the new text was saved');
    expect(readSavedDraft(await stored(key), key)).toMatchObject({ ok: true, draft: { text: '{"loaded": "later"}' } });
    modeling.setText('{"loaded": "and edited"}');
    await until(() => controller.state.save === 'saved' && !controller.state.unsaved, 'the edit was saved');
    expect(readSavedDraft(await stored(key), key)).toMatchObject({ ok: true, draft: { text: '{"loaded": "and edited"}' } });
  });
});

describe('saved drafts', () => {
  it('reads only records of the right shape, and says why not', () => {
    const good = { format: 1, key: 'k', text: '{', history: { undo: [], redo: [] }, savedAt: '2026-11-29T20:00:00.000Z' };
    expect(readSavedDraft(good, 'k')).toMatchObject({ ok: true });
    expect(readSavedDraft('text', 'k')).toEqual({ ok: false, reason: 'it is not a saved draft' });
    expect(readSavedDraft({ ...good, key: 'other' }, 'k')).toEqual({ ok: false, reason: 'it belongs to a different pathway' });
    expect(readSavedDraft({ ...good, text: undefined }, 'k')).toEqual({ ok: false, reason: 'its text is missing' });
    expect(readSavedDraft({ ...good, savedAt: 'yesterday' }, 'k')).toEqual({ ok: false, reason: 'it has no time of saving' });
    // A broken history is dropped, not trusted; the text is still restored.
    expect(readSavedDraft({ ...good, history: 'x' }, 'k')).toMatchObject({ ok: true, draft: { history: { undo: [], redo: [] } } });
  });

  it('keeps the newest undo steps that fit the budget', () => {
    const modeling = new Modeling('{}');
    for (let i = 0; i < 10; i++) modeling.setText(`{"n": ${i}, "pad": "${'x'.repeat(100)}"}`);
    const all = modeling.history();
    const kept = historyToSave(all, 1000);
    expect(kept.undo.length).toBeGreaterThan(0);
    expect(kept.undo.length).toBeLessThan(all.undo.length);
    expect(kept.undo).toEqual(all.undo.slice(-kept.undo.length));
  });
});
