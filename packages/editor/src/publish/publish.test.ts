/**
 * From an imported file to two published versions, in real Chromium and real IndexedDB: an
 * invalid file is imported with its report, opened in the editor (autosaving into the library's
 * record), fixed, and published as 1.0; five kinds of edit give an exact change list; 2.0 is
 * published with it in its changelog; both versions are kept as published; a widget holding a
 * draft of 1.0 is shown that change list when it meets 2.0. Publishing is blocked, with every
 * problem listed, by a JSON error, a schema error and a lint error. axe finds nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { Pathway } from '@pathway/schema';
import { DRAFT_DATABASE, DRAFT_STORE } from '@pathway/widget';
import type { PathwayWidget } from '@pathway/widget';
import wigan from '../../../../pathways/wigan.json' with { type: 'json' };
import southwark from '../../../../pathways/southwark.json' with { type: 'json' };
import { page, userEvent } from 'vitest/browser';
import '../embed.js';
import { Modeling, formatJson } from '../modeling/index.js';
import { axeViolations, cleanupEditors, closeEditor, deepActiveElement, freshDraftKey, mountSavingEditor, until } from '../testing/editor-testing.js';
import type { PathwayLibrary } from '../library/pathway-library.js';
import { openLibraryStore } from '../library/library-store.js';
import type { PublishPanel } from './publish-panel.js';
import { embedSnippet, today } from './versions.js';

const seed = wigan as unknown as Pathway;
const mounted: HTMLElement[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const element of mounted.splice(0)) element.remove();
  await cleanupEditors();
});

function mount<T extends HTMLElement>(tag: string, setup: (element: T) => void = () => undefined): T {
  const element = document.createElement(tag) as T;
  setup(element);
  document.body.append(element);
  mounted.push(element);
  return element;
}

const inside = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const texts = (element: HTMLElement, selector: string) => all(element, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** Waits for the panel to redraw after an edit (it waits for the author to pause, 150 ms). */
async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 200));
  await element.updateComplete;
}

/** Imports a file through the library's own file input, as the Import button does. */
async function importThroughInput(library: PathwayLibrary, name: string, text: string): Promise<void> {
  const input = inside(library, '#import-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => all(library, '[data-import-report]').length > 0, 'the import report');
  await settle(library);
}

/** The widget's stored draft for a pathway (its own database; one record per journey, keyed [pathwayId, journeyKey]). */
async function widgetDraft(pathwayId: string): Promise<{ pathwayVersion?: string } | undefined> {
  const db = await openDB(DRAFT_DATABASE);
  try {
    return db.objectStoreNames.contains(DRAFT_STORE) ? (await db.getAll(DRAFT_STORE, IDBKeyRange.bound([pathwayId], [pathwayId, []])))[0] : undefined;
  } finally {
    db.close();
  }
}

async function mountWidget(pathway: Pathway): Promise<PathwayWidget> {
  const widget = mount<PathwayWidget>('pathway-widget', (element) => {
    element.setAttribute('save-drafts', '');
    element.pathway = pathway;
  });
  await until(() => widget.shadowRoot?.querySelector('#drafts-toggle') !== null && widget.shadowRoot?.querySelector('#drafts-toggle') !== undefined, 'the widget');
  await widget.updateComplete;
  return widget;
}

describe('import, fix, publish, edit, publish again', () => {
  it('keeps both versions, writes the exact change list into the file, and a draft of 1.0 is told it on 2.0', async () => {
    // An invalid file: the second stage has lost its title. The widget's pathway id is made unique for this run.
    const broken = structuredClone(seed) as unknown as Record<string, unknown> & Pathway;
    broken.id = freshDraftKey('wigan');
    delete (broken.stages[1] as Partial<Pathway['stages'][number]>).title;
    const library = mount<PathwayLibrary>('pe-library');
    await library.ready();
    await importThroughInput(library, 'wigan-broken.json', formatJson(broken));

    const report = inside(library, '[data-import-report]')!;
    expect(report.textContent!.replace(/\s+/g, ' ')).toContain('Imported file: wigan-broken.json');
    expect(report.textContent!.replace(/\s+/g, ' ')).toContain('It was imported, but it has 1 error to fix before it can be published:');
    expect(texts(library, '[data-report-errors] li')).toEqual(['Stage 2: "title" (Name) is missing']);
    expect(library.shadowRoot!.activeElement).toBe(report);

    // Open it: the page loads it into the editor, which autosaves into the library's record.
    let opened: { key: string; text: string } | undefined;
    library.addEventListener('pe-library-open', (event) => (opened = (event as CustomEvent).detail));
    inside(library, '[data-report-open]')!.click();
    expect(opened?.text).toBe(formatJson(broken));
    const key = opened!.key;
    const editor = await mountSavingEditor(opened!.text, key);
    const modeling = editor.modeling;

    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = key;
      element.modeling = modeling;
    });
    await panel.ready();
    expect(texts(panel, '[data-blocked] li')).toEqual(['Stage 2: "title" (Name) is missing']);
    expect(inside(panel, '[data-publish]')).toBeNull();

    // Fix it, and publish the first version: 1.0, as the file says.
    modeling.set('/stages/1/title', 'Identify and Understand');
    await settle(panel);
    expect(inside(panel, '[data-blocked]')).toBeNull();
    expect(inside(panel, '[data-first]')!.textContent).toContain('It will be published as version 1.0');
    expect(inside(panel, '[data-publish]')!.textContent!.trim()).toBe('Publish version 1.0');
    inside(panel, '[data-publish]')!.click();
    await until(() => inside(panel, '[data-published]') !== null, 'version 1.0 published');
    const date = today();
    const v1 = JSON.parse(modeling.state.text) as Pathway;
    expect(v1.version).toBe('1.0');
    expect(v1.effectiveFrom).toBe(date);
    expect(v1.lastUpdated).toBe(date);
    expect(v1.changelog).toEqual([{ version: '1.0', published: date, summary: 'First published version.', changes: [] }]);

    // A school saves its answers against 1.0.
    const school = await mountWidget(v1);
    (school.shadowRoot!.querySelector('#drafts-toggle') as HTMLInputElement).click();
    await until(async () => (await widgetDraft(v1.id))?.pathwayVersion === '1.0', 'the school\'s draft saved against 1.0', 30_000);
    expect((await widgetDraft(v1.id))?.pathwayVersion).toBe('1.0');
    school.remove();

    // Five kinds of edit: a threshold, a new question, a renamed stage, a moved stage, a referral's address.
    modeling.set('/stages/1/bands/0/upper/value', 92);
    modeling.insert('/stages/3/questions', { id: 'q-parenting-contract', text: 'Has a parenting contract been offered?', type: 'yesNo' });
    modeling.set('/stages/2/title', 'Support for the family');
    modeling.move('/stages', 0, 1);
    modeling.set('/referrals/0/channel/email', 'attendance@wigan.gov.uk');
    await settle(panel);
    const changes = [
      'Stage "Identify and Understand" moved from position 2 to 1',
      'Stage "Identify and Understand" › band "persistently absent (90% and under)" now applies when "Attendance" is at most 92% (was at most 90%)',
      'Stage "Support for the child and family" renamed "Support for the family"',
      'Referral "Referral to enforcement action" › how to refer › email address: changed from "AttendancePathway@wigan.gov.uk" to "attendance@wigan.gov.uk"',
      'Question "Has a parenting contract been offered?" added to "Formalise support."',
    ];
    expect(texts(panel, '[data-changes] li')).toEqual(changes);
    expect(await axeViolations(panel)).toEqual([]);

    // A major change: 1.0 becomes 2.0. Publishing without choosing says so and focuses the choice.
    inside(panel, '[data-publish]')!.click();
    await until(() => inside(panel, '#size-error') !== null, 'the error asking for a choice');
    expect(inside(panel, '#size-error')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Error: Choose a major or a minor change');
    expect(panel.shadowRoot!.activeElement).toBe(inside(panel, '#size-major'));
    expect(inside(panel, 'label[for="size-major"]')!.textContent!.trim()).toBe('Major change: version 1.0 becomes 2.0');
    expect(inside(panel, 'label[for="size-minor"]')!.textContent!.trim()).toBe('Minor change: version 1.0 becomes 1.1');
    inside(panel, '#size-major')!.click();
    const summary = inside(panel, '#summary') as HTMLTextAreaElement;
    summary.value = 'Tier 2 now starts at 92%.';
    summary.dispatchEvent(new Event('input'));
    await settle(panel);
    expect(inside(panel, '[data-publish]')!.textContent!.trim()).toBe('Publish version 2.0');
    inside(panel, '[data-publish]')!.click();
    await until(() => inside(panel, '#published-title')?.textContent === 'Version 2.0 published', 'version 2.0 published');

    const v2 = JSON.parse(modeling.state.text) as Pathway;
    expect(v2.version).toBe('2.0');
    expect(v2.changelog).toEqual([
      { version: '2.0', published: date, kind: 'major', summary: 'Tier 2 now starts at 92%.', changes },
      { version: '1.0', published: date, summary: 'First published version.', changes: [] },
    ]);
    // Publishing is one undoable step on the working copy.
    expect(modeling.undoLabel).toBe('publish version 2.0');

    // Both versions are kept, as published.
    const store = await openLibraryStore();
    const kept = await store.published(key);
    store.close();
    expect(kept.map((version) => version.version)).toEqual(['2.0', '1.0']);
    expect(JSON.parse(kept[1]!.text)).toEqual(v1);
    expect(JSON.parse(kept[0]!.text)).toEqual(v2);
    expect(texts(panel, '[data-versions] .name')).toEqual(['Version 2.0', 'Version 1.0']);

    // The outputs: the JSON and snippet, the public page, the stage map.
    expect((inside(panel, '#out-json') as HTMLTextAreaElement).value).toBe(formatJson(v2));
    expect((inside(panel, '#out-snippet') as HTMLTextAreaElement).value).toBe(embedSnippet(v2));
    const publicPage = await (await fetch(inside(panel, '[data-page-download]')!.getAttribute('href')!)).text();
    expect(publicPage).toMatch(/^<!DOCTYPE html>/i);
    expect(publicPage).toContain('Tier 2 now starts at 92%.');
    expect(publicPage).not.toContain('<script');
    expect(inside(panel, '[data-page-download]')!.getAttribute('download')).toBe(`${v2.id}.html`);
    const map = await (await fetch(inside(panel, '[data-map-download]')!.getAttribute('href')!)).text();
    expect(map).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(map).toContain('Support for the family');
    expect(inside(panel, '[data-map-download]')!.getAttribute('download')).toBe(`${v2.id}.svg`);

    // Usable at 320 px: nothing wider than the screen.
    await page.viewport(320, 640);
    await settle(panel);
    expect(panel.scrollWidth).toBeLessThanOrEqual(320);
    expect(all(panel, 'button, a.button, textarea').every((element) => element.getBoundingClientRect().right <= 320)).toBe(true);
    await page.viewport(1280, 800);
    expect(await axeViolations(panel)).toEqual([]);

    // The library's record is the working copy, now at 2.0.
    await closeEditor(editor);
    await library.refresh();
    await settle(library);
    expect(inside(library, `li[data-key="${key}"] .secondary-text`)!.textContent).toMatch(/^Version 2\.0\. Last changed /);

    // The school comes back to the published 2.0 with its draft of 1.0.
    const returning = await mountWidget(JSON.parse(kept[0]!.text) as Pathway);
    await until(() => returning.shadowRoot!.querySelector('[data-draft-published]') !== null, 'the published change list in the widget');
    const shown = [...returning.shadowRoot!.querySelectorAll('[data-draft-published] p, [data-draft-published] li')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
    expect(shown[0]).toBe('What the council says has changed:');
    expect(shown[1]).toMatch(/^Version 2\.0, published .+ \(a major change: check your answers\):$/);
    expect(shown.slice(2)).toEqual(['Tier 2 now starts at 92%.', ...changes]);
  });
});

describe('with the keyboard alone', () => {
  async function tabTo(target: () => Element | null, description: string): Promise<void> {
    for (let i = 0; i < 40 && deepActiveElement() !== target(); i++) await userEvent.tab();
    expect(deepActiveElement(), description).toBe(target());
  }

  it('chooses a minor change, writes the sentence and publishes', async () => {
    const modeling = new Modeling(formatJson({ ...seed, id: freshDraftKey('keys') }));
    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = freshDraftKey('keys');
      element.modeling = modeling;
    });
    await panel.ready();
    (inside(panel, '[data-publish]') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => inside(panel, '[data-published]') !== null, 'version 1.0 published');
    expect(deepActiveElement()).toBe(inside(panel, '[data-published]'));

    modeling.set('/stages/0/title', 'Prevention');
    await settle(panel);
    await tabTo(() => inside(panel, '#size-major'), 'the first choice');
    await userEvent.keyboard('{ArrowDown}');
    expect((inside(panel, '#size-minor') as HTMLInputElement).checked).toBe(true);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(inside(panel, '#summary'));
    await userEvent.keyboard('A stage renamed.');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(inside(panel, '[data-publish]'));
    expect(inside(panel, '[data-publish]')!.textContent!.trim()).toBe('Publish version 1.1');
    await userEvent.keyboard('{Enter}');
    await until(() => inside(panel, '#published-title')?.textContent === 'Version 1.1 published', 'version 1.1 published');
    const published = JSON.parse(modeling.state.text) as Pathway;
    expect(published.changelog![0]).toEqual({
      version: '1.1',
      published: today(),
      kind: 'minor',
      summary: 'A stage renamed.',
      changes: ['Stage "Prevention of non-attendance" renamed "Prevention"'],
    });
  });
});

describe('the first publication here of a pathway already published elsewhere', () => {
  it('lists what changed since the version the author started from, and writes the list into the changelog', async () => {
    const opened = formatJson({ ...seed, id: freshDraftKey('origin'), changelog: [{ version: '1.0', published: '2025-09-01', changes: [] }] });
    const modeling = new Modeling(opened);
    modeling.set('/stages/0/title', 'Prevention');
    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = freshDraftKey('origin');
      element.modeling = modeling;
      element.origin = opened;
    });
    await panel.ready();
    await settle(panel);
    expect(panel.shadowRoot!.textContent).not.toContain('nothing here to compare with');
    expect(texts(panel, 'h3')).toContain('What changed since version 1.0 as you first opened it');
    expect(texts(panel, '[data-changes] li')).toEqual(['Stage "Prevention of non-attendance" renamed "Prevention"']);
    (inside(panel, '#size-major') as HTMLInputElement).click();
    await settle(panel);
    (inside(panel, '[data-publish]') as HTMLButtonElement).click();
    await until(() => inside(panel, '#published-title')?.textContent === 'Version 2.0 published', 'version 2.0 published');
    const published = JSON.parse(modeling.state.text) as Pathway;
    expect(published.changelog![0]!.changes).toEqual(['Stage "Prevention of non-attendance" renamed "Prevention"']);
    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('the first publication here of a file dated when it was published elsewhere', () => {
  it('proposes a new version in the file\'s own style (a date: today\'s), never its own old one, nor one that looks older', async () => {
    const opened = formatJson({ ...(southwark as object), id: freshDraftKey('dated') });
    const modeling = new Modeling(opened);
    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = freshDraftKey('dated');
      element.modeling = modeling;
      element.origin = opened;
    });
    await panel.ready();
    await settle(panel);
    expect(inside(panel, '[data-first]')).toBeNull();
    // The same date whatever the size: said once, not in each choice as if the choice changed it.
    expect(texts(panel, 'label[for="size-major"]')).toEqual(['Major change']);
    expect(texts(panel, 'label[for="size-minor"]')).toEqual(['Minor change']);
    expect(texts(panel, '#size-same')).toEqual([`Version 2023-01-16 becomes ${today()} either way.`]);
    expect(inside(panel, '[data-version-order]')).toBeNull();
    (inside(panel, '#size-minor') as HTMLInputElement).click();
    await settle(panel);
    expect(inside(panel, '[data-publish]')!.textContent!.trim()).toBe(`Publish version ${today()}`);
    (inside(panel, '[data-publish]') as HTMLButtonElement).click();
    await until(() => inside(panel, '#published-title')?.textContent === `Version ${today()} published`, 'published as today');
    expect((JSON.parse(modeling.state.text) as Pathway).version).toBe(today());
  });

  it('says so when the next version cannot be told apart from the last by its label', async () => {
    const opened = formatJson({ ...seed, id: freshDraftKey('edition'), version: 'Edition A', lastUpdated: '2024-01-01' });
    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = freshDraftKey('edition');
      element.modeling = new Modeling(opened);
      element.origin = opened;
    });
    await panel.ready();
    await settle(panel);
    expect(texts(panel, 'label[for="size-major"]')).toEqual(['Major change: version Edition A becomes 2.0']);
    expect(texts(panel, '[data-version-order]')[0]).toContain('"Edition A" is not a number or a date');
  });
});

describe('the copy buttons', () => {
  async function published(): Promise<PublishPanel> {
    const editor = await mountSavingEditor(formatJson({ ...seed, id: freshDraftKey('copy') }), freshDraftKey('copy'));
    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = freshDraftKey('copy');
      element.modeling = editor.modeling;
    });
    await panel.ready();
    inside(panel, '[data-publish]')!.click();
    await until(() => inside(panel, '[data-published]') !== null, 'published');
    return panel;
  }
  const status = (panel: PublishPanel) => inside(panel, '[role="status"]')!.textContent;

  it('copy with the Clipboard API', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const panel = await published();
    inside(panel, '[data-copy="snippet"]')!.click();
    await until(() => status(panel) === 'The embed snippet is copied.', 'the copied message');
    expect(writeText).toHaveBeenCalledWith((inside(panel, '#out-snippet') as HTMLTextAreaElement).value);
  });

  it('fall back to selecting the text when the Clipboard API is refused', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'));
    const execCommand = vi.spyOn(document, 'execCommand').mockReturnValue(false);
    const panel = await published();
    inside(panel, '[data-copy="json"]')!.click();
    await until(() => status(panel) === 'The pathway file is selected: press Ctrl+C (or Cmd+C) to copy it.', 'the select-and-copy message');
    expect(execCommand).toHaveBeenCalledWith('copy');
    const field = inside(panel, '#out-json') as HTMLTextAreaElement;
    expect(panel.shadowRoot!.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });
});

describe('publishing is blocked while there are errors', () => {
  async function panelFor(text: string): Promise<PublishPanel> {
    const editor = await mountSavingEditor(text, freshDraftKey('blocked'));
    const panel = mount<PublishPanel>('pe-publish', (element) => {
      element.key = freshDraftKey('blocked');
      element.modeling = editor.modeling;
    });
    await panel.ready();
    return panel;
  }

  it('by JSON that does not parse, saying where', async () => {
    const panel = await panelFor('{\n  "id": "x",\n}\n');
    expect(inside(panel, '[data-blocked] h3')!.textContent).toBe('This pathway cannot be published until its JSON is fixed');
    expect(texts(panel, '[data-blocked] li')).toEqual(['Line 3, column 1: a comma before "}" (remove the trailing comma)']);
    expect(inside(panel, '[data-publish]')).toBeNull();
  });

  it('by schema errors and by lint errors, each listed', async () => {
    const schemaBroken = structuredClone(seed) as Pathway;
    delete (schemaBroken as Partial<Pathway>).title;
    (schemaBroken.stages[0] as unknown as Record<string, unknown>).colour = 'red';
    const panel = await panelFor(formatJson(schemaBroken));
    expect(inside(panel, '[data-blocked] h3')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('This pathway cannot be published until these 2 errors are fixed');
    expect(texts(panel, '[data-blocked] li')).toHaveLength(2);
    expect(inside(panel, '[data-publish]')).toBeNull();

    const lintBroken = structuredClone(seed) as Pathway;
    lintBroken.stages[1]!.bands![0]!.lower = { value: 95, inclusive: true };
    const linted = await panelFor(formatJson(lintBroken));
    expect(texts(linted, '[data-blocked] li')).toEqual([
      'Stage "Identify and Understand" › band "persistently absent (90% and under)": the lower bound (95) is above the upper bound (90): swap the two numbers, so the lower bound is 90 and the upper bound 95',
    ]);
    expect(inside(linted, '[data-publish]')).toBeNull();
    expect(await axeViolations(linted)).toEqual([]);
  });
});
