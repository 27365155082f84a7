/**
 * `<pe-library>` in real Chromium and IndexedDB: new from blank and from a seed, duplicate,
 * delete and undo (the record comes back exactly), import by dropping a file (bad JSON is kept
 * as written, with a plain-English report), export, the keyboard, and axe.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Pathway } from '@pathway/schema';
import wigan from '../../../../pathways/wigan.json' with { type: 'json' };
import '../embed.js';
import { formatJson } from '../modeling/index.js';
import { axeViolations, deepActiveElement, until } from '../testing/editor-testing.js';
import { openDB } from 'idb';
import { EDITOR_DATABASE, EDITOR_DATABASE_VERSION, upgradeEditorDatabase } from '../persistence/draft-database.js';
import { openLibraryStore } from './library-store.js';
import type { PathwayLibrary } from './pathway-library.js';

const seed = wigan as unknown as Pathway;
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
  vi.restoreAllMocks();
});

async function mountLibrary(): Promise<PathwayLibrary> {
  const library = document.createElement('pe-library') as PathwayLibrary;
  library.seeds = [{ name: 'Wigan', pathway: seed }];
  document.body.append(library);
  mounted.push(library);
  await library.ready();
  return library;
}

const inside = (library: HTMLElement, selector: string) => library.shadowRoot!.querySelector<HTMLElement>(selector);
const keys = (library: HTMLElement) => [...library.shadowRoot!.querySelectorAll<HTMLElement>('li[data-key]')].map((li) => li.dataset.key!);
const entry = (library: HTMLElement, key: string) => inside(library, `li[data-key="${key}"]`)!;
const name = (library: HTMLElement, key: string) => entry(library, key).querySelector('.name')!.textContent;

async function settle(library: PathwayLibrary): Promise<void> {
  await library.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await library.updateComplete;
}

/** The keys added since `before`. */
async function added(library: PathwayLibrary, before: string[], count = 1): Promise<string[]> {
  await until(() => keys(library).filter((key) => !before.includes(key)).length >= count, 'a new pathway in the list');
  await settle(library);
  return keys(library).filter((key) => !before.includes(key));
}

describe('<pe-library>', () => {
  it('tells two pathways with the same title apart in their buttons\' names, by version and when they last changed', async () => {
    const library = await mountLibrary();
    const before = keys(library);
    const title = 'Same title twice';
    await library.importFiles([
      new File([JSON.stringify({ ...seed, title, version: '1.0' })], 'one.json', { type: 'application/json' }),
      new File([JSON.stringify({ ...seed, title, version: '2.0' })], 'two.json', { type: 'application/json' }),
    ]);
    const [first, second] = await added(library, before, 2);
    const openName = (key: string) => entry(library, key).querySelector('[data-action="open"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(openName(first!)).toMatch(/^Open Same title twice \(version [12]\.0, last changed .+\)$/);
    expect(openName(second!)).toMatch(/^Open Same title twice \(version [12]\.0, last changed .+\)$/);
    expect(openName(first!)).not.toBe(openName(second!));
    // A title nobody else has is named by the title alone.
    const once = `Only once ${crypto.randomUUID()}`;
    const now = keys(library);
    await library.importFiles([new File([JSON.stringify({ ...seed, title: once })], 'once.json', { type: 'application/json' })]);
    const [unique] = await added(library, now);
    expect(openName(unique!)).toBe(`Open ${once}`);
  });

  it('starts a pathway from blank or from a seed, and duplicates one with its own id', async () => {
    const library = await mountLibrary();
    let before = keys(library);
    inside(library, '[data-new]')!.click();
    const [blank] = await added(library, before);
    expect(name(library, blank!)).toBe('New pathway');
    expect(entry(library, blank!).textContent).toContain('Version 1.0.');

    before = keys(library);
    (inside(library, '#start-from') as HTMLSelectElement).value = '0';
    inside(library, '[data-new]')!.click();
    const [fromSeed] = await added(library, before);
    expect(name(library, fromSeed!)).toBe(seed.title);
    expect(entry(library, fromSeed!).querySelector('.tag')!.textContent).toBe('Ready to publish');
    const store = await openLibraryStore();
    expect((await store.get(fromSeed!))!.text).toBe(formatJson(seed));

    before = keys(library);
    (entry(library, fromSeed!).querySelector('[data-action="duplicate"]') as HTMLElement).click();
    const [copy] = await added(library, before);
    expect(name(library, copy!)).toBe(`${seed.title} (copy)`);
    const copied = JSON.parse((await store.get(copy!))!.text) as Pathway;
    expect(copied.id).toBe(`${seed.id}-copy`);
    expect(copied.stages).toEqual(seed.stages);
    store.close();
    expect(await axeViolations(library)).toEqual([]);

    // Usable at 320 px: nothing wider than the screen.
    await page.viewport(320, 640);
    await settle(library);
    expect(library.scrollWidth).toBeLessThanOrEqual(320);
    expect([...library.shadowRoot!.querySelectorAll('button, select')].every((element) => element.getBoundingClientRect().right <= 320)).toBe(true);
    await page.viewport(1280, 800);
  });

  it('after Duplicate from the keyboard, focus is on the copy (added at the top), so Enter does not duplicate the original again', async () => {
    const library = await mountLibrary();
    let before = keys(library);
    (inside(library, '#start-from') as HTMLSelectElement).value = '0';
    inside(library, '[data-new]')!.click();
    const [original] = await added(library, before);
    before = keys(library);
    (entry(library, original!).querySelector('[data-action="duplicate"]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const [copy] = await added(library, before);
    expect(keys(library)[0]).toBe(copy);
    // The copy is listed before the library has finished reading its store (setting-aside list included),
    // and focus moves once it has: on a busy machine that is frames later.
    await until(() => deepActiveElement() === entry(library, copy!).querySelector('[data-action="open"]'), 'focus on the copy');
    // Named by its title (and, where an earlier copy shares it, by its version and when it last changed).
    expect(deepActiveElement()!.textContent!.startsWith(`Open ${seed.title} (copy)`)).toBe(true);
    expect(inside(library, '[role="status"]')!.textContent).toBe(`"${seed.title} (copy)" added at the top of the list.`);
  });

  it('deletes with undo, putting the record back exactly', async () => {
    const library = await mountLibrary();
    const before = keys(library);
    (inside(library, '#start-from') as HTMLSelectElement).value = '0';
    inside(library, '[data-new]')!.click();
    const [key] = await added(library, before);
    const store = await openLibraryStore();
    const original = await store.get(key!);

    (entry(library, key!).querySelector('[data-action="delete"]') as HTMLElement).click();
    await until(() => inside(library, '[data-deleted]') !== null, 'the deleted banner');
    await settle(library);
    expect(keys(library)).not.toContain(key);
    expect(await store.get(key!)).toBeUndefined();
    expect(inside(library, '[data-deleted]')!.textContent!.replace(/\s+/g, ' ')).toContain(
      `"${seed.title}" was deleted from this computer. Any versions you published from it are kept.`,
    );
    expect(library.shadowRoot!.activeElement).toBe(inside(library, '[data-deleted]'));
    expect(await axeViolations(library)).toEqual([]);

    inside(library, '[data-undo]')!.click();
    await until(() => keys(library).includes(key!), 'the pathway back in the list');
    await settle(library);
    expect(await store.get(key!)).toEqual(original);
    expect(inside(library, '[data-deleted]')).toBeNull();
    // Focus follows the put-back pathway once the list has redrawn (after the list shows it, so waited for).
    await until(() => deepActiveElement() === entry(library, key!).querySelector('[data-action="open"]'), 'focus on the pathway put back');
    store.close();
  });

  it('imports a dropped file that is not valid JSON exactly as written, and says what to fix', async () => {
    const library = await mountLibrary();
    const before = keys(library);
    const text = '{\n  "id": "broken",\n  "title": "Broken pathway",\n}\n';
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'broken.json', { type: 'application/json' }));
    const zone = inside(library, '[data-drop-zone]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
    await settle(library);
    expect(inside(library, '[data-drop-zone]')!.classList.contains('active')).toBe(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
    const [key] = await added(library, before);
    await until(() => inside(library, '[data-import-report]') !== null, 'the import report');
    await settle(library);

    const report = inside(library, '[data-import-report]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(report).toBe(
      'Imported file: broken.json It is not valid JSON (Line 4, column 1: a comma before "}" (remove the trailing comma)). ' +
        'It was imported exactly as it is, so you can open it and fix it in the JSON view. Open it Dismiss the report on broken.json',
    );
    expect(name(library, key!)).toBe('Broken pathway');
    expect(entry(library, key!).querySelector('.tag')!.textContent).toBe('JSON to fix');
    const store = await openLibraryStore();
    expect((await store.get(key!))!.text).toBe(text);
    store.close();
    expect(await axeViolations(library)).toEqual([]);

    inside(library, '[data-report-dismiss]')!.click();
    await settle(library);
    expect(inside(library, '[data-import-report]')).toBeNull();
  });

  it('says a file too big to import was not imported, on screen and to screen readers alike', async () => {
    const library = await mountLibrary();
    const huge = new File([new Uint8Array(6 * 1024 * 1024)], 'huge.json', { type: 'application/json' });
    const small = new File([JSON.stringify(seed)], 'small.json', { type: 'application/json' });
    await library.importFiles([huge]);
    await settle(library);
    const report = inside(library, '[data-import-report]')!;
    expect(report.querySelector('.banner__title')!.textContent).toBe('Not imported: huge.json');
    expect(report.textContent).toContain('It was not imported: it is 6.0 MB, over the 5 MB limit for a pathway file.');
    const status = () => inside(library, '[role="status"]')!.textContent!.trim();
    expect(status()).toBe('huge.json was not imported: it is 6.0 MB, over the 5 MB limit for a pathway file.');
    await library.importFiles([small, huge]);
    await settle(library);
    expect(status()).toBe('Imported 1 of 2 files. huge.json was not imported: it is 6.0 MB, over the 5 MB limit for a pathway file.');
    await library.importFiles([small]);
    await settle(library);
    expect(status()).toBe('Imported small.json.');
  });

  it('exports the text exactly, as <id>.json', async () => {
    const library = await mountLibrary();
    const before = keys(library);
    (inside(library, '#start-from') as HTMLSelectElement).value = '0';
    inside(library, '[data-new]')!.click();
    const [key] = await added(library, before);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    (entry(library, key!).querySelector('[data-action="export"]') as HTMLElement).click();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(`${seed.id}.json`);
    expect(await (await fetch(clicked[0]!.href)).text()).toBe(formatJson(seed));
  });

  it('can be used with the keyboard alone: start a pathway and open it', async () => {
    const library = await mountLibrary();
    const before = keys(library);
    const opened: string[] = [];
    library.addEventListener('pe-library-open', (event) => opened.push((event as CustomEvent<{ key: string }>).detail.key));
    (inside(library, '#start-from') as HTMLSelectElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(inside(library, '[data-new]'));
    await userEvent.keyboard('{Enter}');
    const [key] = await added(library, before);
    expect(name(library, key!)).toBe(seed.title);
    const open = entry(library, key!).querySelector<HTMLElement>('[data-action="open"]')!;
    open.focus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toEqual([key]);
  });

  it('shows hostile titles and problems as text, never as markup', async () => {
    const library = await mountLibrary();
    const before = keys(library);
    const title = '<img src=x onerror="window.__pwned=1"> \u202eevil';
    await library.importFiles([new File([JSON.stringify({ ...seed, title, stages: [{ id: 's', title }] })], '<b>x</b>.json')]);
    const [key] = await added(library, before);
    expect(name(library, key!)).toBe(title);
    expect(library.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(inside(library, '[data-import-report] .banner__title')!.textContent).toBe('Imported file: <b>x</b>.json');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<pe-library> with damaged records', () => {
  /** Writes records straight into the drafts store, as a damaged browser profile might hold them. */
  async function writeRaw(entries: Array<[string, unknown]>): Promise<void> {
    const db = await openDB(EDITOR_DATABASE, EDITOR_DATABASE_VERSION, { upgrade: upgradeEditorDatabase as never });
    const transaction = db.transaction('drafts', 'readwrite');
    await Promise.all([...entries.map(([key, value]) => transaction.store.put(value, key)), transaction.done]);
    db.close();
  }

  it('says which pathway could not be read, sets it aside without deleting it, and offers its text and published versions', async () => {
    const store = await openLibraryStore();
    const damagedKey = `damaged-${Math.random()}`;
    const futureKey = `future-${Math.random()}`;
    const published = { ...seed, version: '1.0', title: 'Published title' };
    await store.addPublished({ key: damagedKey, version: '1.0', publishedAt: new Date().toISOString(), text: formatJson(published) });
    const good = await store.put(`good-${Math.random()}`, formatJson(seed));
    const draftText = formatJson({ ...seed, title: 'Half-damaged draft' });
    await writeRaw([
      [damagedKey, { format: 1, key: damagedKey, text: 42, history: 'garbage', savedAt: new Date().toISOString() }],
      [futureKey, { format: 99, text: draftText }],
    ]);

    const library = await mountLibrary();
    await settle(library);
    // The rest keep working.
    expect(keys(library)).toContain(good.key);
    const notice = inside(library, '[data-unreadable]')!;
    expect(notice).not.toBeNull();
    // Other tests running beside this one may set records aside too: count at least these two.
    expect(inside(library, '#unreadable-title')!.textContent).toMatch(/^\d+ pathways could not be read$/);
    expect(notice.textContent).toContain('set aside on this computer, not deleted');
    const kept = (await store.setAside()).find((record) => record.key === damagedKey)!;
    const future = (await store.setAside()).find((record) => record.key === futureKey)!;
    const item = (id: number) => inside(library, `[data-unreadable] li[data-set-aside="${id}"]`)!;
    const said = (id: number) => item(id).textContent!.replace(/\s+/g, ' ');
    expect(said(kept.id)).toContain('Published title');
    expect(said(kept.id)).toContain('It could not be read because its text is missing. Its text cannot be read. It was published from this computer as version 1.0.');
    expect(said(future.id)).toContain('Half-damaged draft');
    expect(said(future.id)).toContain('It could not be read because it was saved in a form this editor does not know. Its text can still be read.');

    // Kept, not deleted: moved to the set-aside store exactly as it was, and gone from the drafts.
    expect(kept.value).toEqual({ format: 1, key: damagedKey, text: 42, history: 'garbage', savedAt: expect.any(String) });
    expect(await store.get(damagedKey)).toBeUndefined();
    expect(await axeViolations(library)).toEqual([]);

    // Its published version can be opened as a new working copy.
    let before = keys(library);
    (item(kept.id).querySelector('[data-recover^="published-"]') as HTMLElement).click();
    const [fromPublished] = await added(library, before);
    expect((await store.get(fromPublished!))!.text).toBe(formatJson(published));

    // The readable text of the other can be recovered too.
    before = keys(library);
    (item(future.id).querySelector('[data-recover="text"]') as HTMLElement).click();
    const [fromText] = await added(library, before);
    expect((await store.get(fromText!))!.text).toBe(draftText);
    // Focus follows the recovered pathway once the list has redrawn (waited for, as after Undo).
    await until(() => deepActiveElement() === entry(library, fromText!).querySelector('[data-action="open"]'), 'focus on the recovered pathway');

    // Hiding the notice keeps the record.
    for (const id of [kept.id, future.id]) {
      (item(id).querySelector('[data-hide-set-aside]') as HTMLElement).click();
      await until(() => inside(library, `[data-unreadable] li[data-set-aside="${id}"]`) === null, `the notice hidden (${inside(library, '.error-message')?.textContent ?? ''})`);
    }
    expect((await store.setAside()).some((record) => record.key === damagedKey)).toBe(false);
    const db = await openDB(EDITOR_DATABASE, EDITOR_DATABASE_VERSION);
    expect(((await db.getAll('set-aside')) as Array<{ key: string }>).some((record) => record.key === damagedKey)).toBe(true);
    db.close();
    store.close();
  });
});
