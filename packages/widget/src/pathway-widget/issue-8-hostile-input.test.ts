/**
 * Issue 8, broken and hostile input: drafts never hold the pathway hostage, submitting must be
 * confirmed, everything has a time limit, bidirectional text stays in its place, and every
 * error message lists its problems.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { Pathway } from '@pathway/schema';
import { setTimeLimits } from '../controllers/time-limits.js';
import type { TimeLimits } from '../controllers/time-limits.js';
import { DRAFT_DATABASE, DRAFT_STORE } from '../drafts/draft-store.js';
import { buildDraft } from '../drafts/draft-envelope.js';
import { leavesBidiOpen } from '../journey/bidi.js';
import { indexPathway } from '../journey/pathway-index.js';
import { axeViolations } from '../testing/accessibility.js';
import { clearStoredDrafts, readStoredDraft, writeStoredDraft } from '../testing/drafts.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { byId, cleanup, eventually, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import { answer, chooseStage, clickButton, continueOn, fillField, start, throughMeasures } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

let restoreLimits: (() => void) | undefined;
const limits = (changed: Partial<TimeLimits>) => {
  restoreLimits?.();
  restoreLimits = setTimeLimits(changed);
};

beforeEach(clearStoredDrafts);
afterEach(() => {
  cleanup();
  restoreLimits?.();
  restoreLimits = undefined;
  vi.restoreAllMocks();
});

const query = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<T>(selector);
const problems = (widget: PathwayWidget) => [...widget.shadowRoot!.querySelectorAll('[data-problems] li')].map((item) => textOf(item));

/** A fetch that never answers, and gives up only when its request is aborted. */
function neverAnswers(_url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });
}

describe('drafts never hold the pathway hostage', () => {
  it('an IndexedDB open that never completes: drafts are said to be unavailable and the journey goes on', async () => {
    limits({ drafts: 150 });
    // A connection that ignores "versionchange" keeps a deletion pending, and every open queues behind it.
    const holder = await openDB(DRAFT_DATABASE, 1, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(DRAFT_STORE)) db.createObjectStore(DRAFT_STORE);
      },
    });
    const deletion = indexedDB.deleteDatabase(DRAFT_DATABASE);
    try {
      const element = document.createElement('pathway-widget');
      const errors = recordEvents(element, 'pathway-error');
      const ready = recordEvents(element, 'pathway-ready');
      element.setAttribute('save-drafts', '');
      element.pathway = seeds.wigan;
      document.body.append(element);
      await eventually(() => expect(ready).toHaveLength(1));
      await settle(element);
      expect(headingOf(element)).toBe('Wigan Council A pathway for supporting non-attendance');
      expect(query(element, '[data-drafts="unavailable"]')).not.toBeNull();
      expect(textOf(byId(element, 'drafts-hint'))).toBe(
        "Answers cannot be saved on this device just now: the browser's storage did not respond. Your answers are kept only while this page is open.",
      );
      expect(errors.map((event) => event.detail.code)).toEqual(['draft-timeout']);
      expect(await axeViolations(element)).toEqual([]);
      await start(element);
      await fillField(element, 'm-attendance-percentage', '88');
      await continueOn(element);
      expect(headingOf(element)).toBe('Which stage applies');
      element.remove();
    } finally {
      holder.close();
      await new Promise((resolve) => {
        deletion.onsuccess = resolve;
        deletion.onerror = resolve;
      });
    }
  });

  it('a tampered draft with 200,000 answers is refused as absurd, and the user starts afresh', async () => {
    const index = indexPathway(seeds.wigan);
    const answers: Record<string, string> = {};
    for (let i = 0; i < 200_000; i++) answers[`q-${i}`] = 'yes';
    await writeStoredDraft(seeds.wigan.id, { ...buildDraft(index, { answers: {}, measures: {}, cohorts: [], evidence: {} }), answers });
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'save-drafts': true } });
    await eventually(() => expect(query(widget, '[data-draft-notice="corrupt"]')).not.toBeNull());
    expect(headingOf(widget)).toBe('Wigan Council A pathway for supporting non-attendance');
    await eventually(async () => expect(await readStoredDraft(seeds.wigan.id)).toBeUndefined());
    await start(widget);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('');
  });
});

describe('time limits on everything', () => {
  it('a src that never answers times out with Try again, which then loads it', async () => {
    limits({ load: 100 });
    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementationOnce(neverAnswers);
    const element = document.createElement('pathway-widget');
    const errors = recordEvents(element, 'pathway-error');
    element.src = '/pathways/norfolk.json';
    document.body.append(element);
    try {
      await eventually(() => expect(errors).toHaveLength(1));
      await settle(element);
      expect(headingOf(element)).toBe('Sorry, this pathway cannot be shown');
      expect(textOf(element)).toContain('The pathway took too long to download. Check your connection and try again.');
      expect(errors[0].detail.code).toBe('load-timeout');
      expect(await axeViolations(element)).toEqual([]);
      // The real download that Try again makes gets the time a loaded machine needs (100 ms was
      // this machine's speed: on a busy one the retry timed out too).
      limits({ load: 30_000 });
      await clickButton(element as PathwayWidget, 'Try again');
      await eventually(() => expect(headingOf(element)).toContain('A Staged Intervention Pathway'));
      expect(fetchSpy).toHaveBeenCalledTimes(2);
    } finally {
      element.remove();
    }
  });
});

describe('submitting must confirm, not assume', () => {
  async function toSummary(): Promise<PathwayWidget> {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01', 'submit-url': '/api/referrals' } });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    await answer(widget, 'q-reasons-listened-to', 'yes');
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    return widget;
  }

  it('a 200 with an HTML body (a sign-in page) is not success: it says so and offers Try again', async () => {
    const widget = await toSummary();
    const errors = recordEvents(widget, 'pathway-error');
    const fetchSpy = vi
      .spyOn(window, 'fetch')
      .mockResolvedValueOnce(new Response('<!DOCTYPE html><title>Sign in</title><form>…</form>', { status: 200, headers: { 'Content-Type': 'text/html' } }))
      .mockResolvedValueOnce(new Response('{"reference":"R-1"}', { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } }));
    await clickButton(widget, 'Submit summary');
    await eventually(() => expect(query(widget, '#submit-status')).not.toBeNull());
    const status = textOf(byId(widget, 'submit-status'));
    expect(status).toContain('The server answered, but did not confirm that it received your summary (it may want you to sign in).');
    expect(status).not.toContain('has been sent');
    expect(errors.map((event) => event.detail.code)).toEqual(['submit-unconfirmed']);
    expect(await axeViolations(widget)).toEqual([]);
    await clickButton(widget, 'Try again');
    await eventually(() => expect(textOf(byId(widget, 'submit-status'))).toBe('Your summary has been sent.'));
    const keys = fetchSpy.mock.calls.map(([, init]) => new Headers(init?.headers).get('Idempotency-Key'));
    expect(keys[0]).toBe(keys[1]);
  });

  it('a submit that hangs can be cancelled, times out on its own, and Try again sends it', async () => {
    limits({ submit: 60_000 });
    const widget = await toSummary();
    const errors = recordEvents(widget, 'pathway-error');
    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(neverAnswers);
    await clickButton(widget, 'Submit summary');
    expect(textOf(widget)).toContain('Sending…');
    expect(await axeViolations(widget)).toEqual([]);
    await clickButton(widget, 'Cancel sending');
    await eventually(() => expect(query(widget, '#submit-status')).not.toBeNull());
    expect(textOf(byId(widget, 'submit-status'))).toContain('You cancelled sending, so we cannot tell whether your summary arrived.');
    expect(errors).toEqual([]);

    limits({ submit: 100 });
    await clickButton(widget, 'Try again');
    await eventually(() => expect(textOf(byId(widget, 'submit-status'))).toContain('The server did not answer in time'));
    expect(errors.map((event) => event.detail.code)).toEqual(['submit-timeout']);

    fetchSpy.mockResolvedValue(new Response(null, { status: 204 }));
    // An answer, however busy the machine: only the hang above is meant to time out.
    limits({ submit: 60_000 });
    await clickButton(widget, 'Try again');
    await eventually(() => expect(textOf(byId(widget, 'submit-status'))).toBe('Your summary has been sent.'));
    expect(fetchSpy).toHaveBeenCalledTimes(3);
  });
});

/**
 * Whether `word`, wherever the widget shows it, is laid out left to right: its first letter
 * left of its last. (A word, so it is never split across lines; an override that leaks into it
 * draws it backwards.)
 */
function readsLeftToRight(widget: PathwayWidget, word: string): boolean {
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  let measured = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement?.closest('.visually-hidden')) continue;
    for (let at = text.data.indexOf(word); at >= 0; at = text.data.indexOf(word, at + 1)) {
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + word.length - 1);
      if (first.top !== last.top) continue;
      measured++;
      if (!(first.left < last.left)) return false;
    }
  }
  if (measured === 0) throw new Error(`"${word}" is not shown`);
  return true;
}

describe('bidirectional text is isolated', () => {
  const RLO = '\u202E';

  function hostile(): Pathway {
    const pathway = copyOf(seeds.wigan);
    pathway.title = `A pathway for supporting non-attendance${RLO}`;
    pathway.stages[0].title = `Prevention of non-attendance${RLO}`;
    const referral = pathway.referrals!.find((item) => item.id === 'enforcement-pathway-meeting')!;
    referral.fields = referral.fields!.map((field) => (field.id === 'child-name' ? { ...field, label: `Child's name${RLO}` } : field));
    return pathway;
  }

  it("an unclosed right-to-left override in a stage title does not reverse the widget's own words", async () => {
    const widget = await mountWidget({ pathway: hostile() });
    await throughMeasures(widget, '95');
    // "…so we have chosen Prevention of non-attendance‮, which applies to every pupil. You can choose another stage."
    expect(readsLeftToRight(widget, 'which')).toBe(true);
    expect(readsLeftToRight(widget, 'choose')).toBe(true);
    expect(await axeViolations(widget)).toEqual([]);
  });

  it("nor the pupil's details, on screen and in both downloads, even with an override in what the user typed", async () => {
    const widget = await mountWidget({ pathway: hostile(), attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '40');
    await chooseStage(widget, 'enforcement-referral');
    await continueOn(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    await fillField(widget, 'f-child-name-input', 'Sam Example');
    await fillField(widget, 'f-school-input', `St Mary's${RLO} School`);
    await continueOn(widget);
    await clickButton(widget, 'Continue to summary');
    expect(readsLeftToRight(widget, 'Sam')).toBe(true);
    expect(readsLeftToRight(widget, 'Example')).toBe(true);
    expect(readsLeftToRight(widget, 'version')).toBe(true);

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await clickButton(widget, 'Download as JSON');
    await clickButton(widget, 'Download as a web page');

    // JSON: every string closes what it opens, the pupil's own text included.
    const strings: string[] = [];
    JSON.parse(await blobs[0].text(), (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
    expect(strings.some((text) => text.includes(RLO))).toBe(true);
    expect(strings.filter(leavesBidiOpen)).toEqual([]);

    // The web page: every piece of text closes what it opens, and the stylesheet isolates.
    const html = await blobs[1].text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const texts: string[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node as Text).data);
    expect(texts.some((text) => text.includes(RLO))).toBe(true);
    expect(texts.filter(leavesBidiOpen)).toEqual([]);
    expect(doc.querySelector('style')?.textContent).toContain('unicode-bidi: isolate');
  });
});

describe('every error message lists its problems', () => {
  const expectListed = async (widget: PathwayWidget) => {
    expect(headingOf(widget)).toBe('Sorry, this pathway cannot be shown');
    expect(textOf(widget)).toContain('The pathway has mistakes that must be fixed by the council that publishes it:');
    expect(problems(widget).length).toBeGreaterThan(0);
    expect(await axeViolations(widget)).toEqual([]);
  };

  it('a definition nested very deep', async () => {
    const deep = copyOf(seeds.wigan) as unknown as { stages: { entry?: unknown }[] };
    let condition: unknown = { cohort: 'looked-after' };
    for (let level = 0; level < 20_000; level++) condition = { not: condition };
    deep.stages[1].entry = { when: condition };
    const widget = await mountWidget({ pathway: deep });
    await expectListed(widget);
    expect(problems(widget)).toEqual([
      'The pathway is nested more than 500 levels deep (or contains itself), deeper than any real pathway, so it was not read.',
    ]);
  });

  it('a definition that contains itself', async () => {
    const looped = copyOf(seeds.wigan) as unknown as { stages: Record<string, unknown>[] };
    looped.stages[0].self = looped;
    const widget = await mountWidget({ pathway: looped });
    await expectListed(widget);
  });

  it('an object with a getter that throws', async () => {
    const trap = copyOf(seeds.wigan) as unknown as { stages: object[] };
    Object.defineProperty(trap.stages[2], 'title', {
      enumerable: true,
      get() {
        throw new Error('not today');
      },
    });
    const consoleError = vi.spyOn(console, 'error');
    const widget = await mountWidget({ pathway: trap });
    await expectListed(widget);
    expect(problems(widget)).toEqual([
      'Part of the pathway could not be read (reading it caused an error), so it cannot be checked. Give the widget the pathway as plain JSON data.',
    ]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('a src document nested very deep', async () => {
    const depth = 100_000;
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(`${'['.repeat(depth)}${']'.repeat(depth)}`, { status: 200 }));
    const widget = await mountWidget({ src: '/deep.json' });
    await expectListed(widget);
  });
});
